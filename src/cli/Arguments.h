#pragma once

#include <QStringList>
#include <optional>

namespace mmtrack::cli {

// The words of a command line, taken one by one. Whatever nobody took is an error, so a
// misspelt option never passes silently.
class Arguments {
public:
    explicit Arguments(QStringList words) : m_words(std::move(words)) {}

    // --name VALUE or --name=VALUE. A missing value is reported by missingValue().
    std::optional<QString> option(const QString& name);
    // The same, also as the short form -x VALUE.
    std::optional<QString> option(const QString& name, QChar shortName);
    bool flag(const QString& name);
    // The next word that is not an option.
    std::optional<QString> positional();

    QStringList leftovers() const { return m_words; }
    QString missingValue() const { return m_missingValue; }

private:
    QStringList m_words;
    QString m_missingValue;
};

} // namespace mmtrack::cli
