#include "common/Language.h"

#include "support/TestSupport.h"

#include <QCoreApplication>

using namespace mmtrack;

TEST_CASE("The language follows the system locale unless the setting names one", "[i18n][settings]")
{
    CHECK(common::resolveLanguage(QStringLiteral("zh_CN.UTF-8")) == QStringLiteral("zh_CN"));
    CHECK(common::resolveLanguage(QStringLiteral("zh_TW")) == QStringLiteral("zh_CN"));
    CHECK(common::resolveLanguage(QStringLiteral("de_DE")) == QStringLiteral("en"));
    CHECK(common::resolveLanguage(QStringLiteral("en")) == QStringLiteral("en"));

    CHECK(common::languageSetting() == QStringLiteral("system")); // nothing chosen yet
    common::setLanguageSetting(QStringLiteral("zh_CN"));
    CHECK(common::resolveLanguage(common::languageSetting()) == QStringLiteral("zh_CN"));
    common::setLanguageSetting(QStringLiteral("system"));
}

TEST_CASE("Installing Chinese translates library strings — English restores them", "[i18n]")
{
    REQUIRE(common::installLanguage(QStringLiteral("zh_CN")));
    CHECK(QCoreApplication::translate("PatientText", "Male") == QStringLiteral("男"));
    CHECK(common::currentLanguage() == QStringLiteral("zh_CN"));
    REQUIRE(common::installLanguage(QStringLiteral("en")));
    CHECK(QCoreApplication::translate("PatientText", "Male") == QStringLiteral("Male"));
}
