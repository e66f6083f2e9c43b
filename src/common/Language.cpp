#include "common/Language.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <memory>
#include <vector>

namespace mmtrack::common {

namespace {

const QString kSettingKey = QStringLiteral("ui/language");
QString g_current = QStringLiteral("en");
std::vector<std::unique_ptr<QTranslator>> g_translators;

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString languageSetting()
{
    return QSettings().value(kSettingKey, QStringLiteral("system")).toString();
}

void setLanguageSetting(const QString& language)
{
    QSettings().setValue(kSettingKey, language);
}

QString resolveLanguage(const QString& choice)
{
    const QLocale locale = (choice.isEmpty() || choice == QLatin1String("system"))
                               ? QLocale::system()
                               : QLocale(choice.section(QLatin1Char('.'), 0, 0));
    if (locale.language() == QLocale::Chinese)
        return QStringLiteral("zh_CN"); // the only Chinese catalogue: Simplified
    return QStringLiteral("en");
}

bool installLanguage(const QString& language)
{
    for (auto& translator : g_translators)
        QCoreApplication::removeTranslator(translator.get());
    g_translators.clear();
    g_current = language;
    QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en"))
        return true; // the sources are written in English

    bool complete = true;
    auto load = [&](const QString& file, const QString& directory, bool required) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(file, directory)) {
            if (required) {
                complete = false;
                logger("i18n")->error("translation catalogue {} not found", file.toStdString());
            }
            return;
        }
        QCoreApplication::installTranslator(translator.get());
        g_translators.push_back(std::move(translator));
    };
    // Qt's own strings (standard buttons, context menus), when Debian's package is there.
    load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath),
         false);
    load(QStringLiteral("mmtrack_") + language, QStringLiteral(":/i18n"), true);
    return complete;
}

QString currentLanguage()
{
    return g_current;
}

} // namespace mmtrack::common
