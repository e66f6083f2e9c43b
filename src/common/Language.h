#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace mmtrack::common {

// The interface languages mmtrack ships: "en" and "zh_CN".
QStringList availableLanguages();

// The setting that overrides the system locale ("" or "system" follows the system).
QString languageSetting();
void setLanguageSetting(const QString& language);

// Resolves a language choice ("", "system", "en", "zh_CN", or a locale name such as
// "zh_CN.UTF-8") to one of the available languages; the system locale decides when the
// choice is empty or "system", and English is the fallback.
QString resolveLanguage(const QString& choice);

// Installs the catalogues for `language` (mmtrack's own and Qt's), replacing any installed
// before; widgets then receive QEvent::LanguageChange. Returns false when a catalogue for a
// language other than English could not be loaded.
bool installLanguage(const QString& language);

// The language installed last ("en" before any call).
QString currentLanguage();

} // namespace mmtrack::common
