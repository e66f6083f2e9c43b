#include "cli/Arguments.h"

namespace mmtrack::cli {

std::optional<QString> Arguments::option(const QString& name)
{
    const QString dashed = QStringLiteral("--") + name;
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (m_words[i] == QLatin1String("--"))
            break;
        if (m_words[i] == dashed) {
            if (i + 1 >= m_words.size()) {
                m_missingValue = dashed;
                m_words.removeAt(i);
                return std::nullopt;
            }
            const QString value = m_words[i + 1];
            m_words.remove(i, 2);
            return value;
        }
        if (m_words[i].startsWith(dashed + QLatin1Char('='))) {
            const QString value = m_words[i].mid(dashed.size() + 1);
            m_words.removeAt(i);
            return value;
        }
    }
    return std::nullopt;
}

std::optional<QString> Arguments::option(const QString& name, QChar shortName)
{
    if (auto value = option(name))
        return value;
    const QString dashed = QStringLiteral("-") + shortName;
    const qsizetype index = m_words.indexOf(dashed);
    if (index < 0)
        return std::nullopt;
    if (index + 1 >= m_words.size()) {
        m_missingValue = dashed;
        m_words.removeAt(index);
        return std::nullopt;
    }
    const QString value = m_words[index + 1];
    m_words.remove(index, 2);
    return value;
}

bool Arguments::flag(const QString& name)
{
    const qsizetype index = m_words.indexOf(QStringLiteral("--") + name);
    if (index < 0)
        return false;
    m_words.removeAt(index);
    return true;
}

std::optional<QString> Arguments::positional()
{
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (m_words[i] == QLatin1String("--")) {
            if (i + 1 < m_words.size()) {
                const QString value = m_words[i + 1];
                m_words.removeAt(i + 1);
                return value;
            }
            return std::nullopt;
        }
        if (!m_words[i].startsWith(QLatin1String("--"))) {
            const QString value = m_words[i];
            m_words.removeAt(i);
            return value;
        }
    }
    return std::nullopt;
}

} // namespace mmtrack::cli
