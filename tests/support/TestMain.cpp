// The main of every Qt-using test program.
#define CATCH_CONFIG_RUNNER
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtGlobal>
#include <catch2/catch.hpp>

#ifdef MMTRACK_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char* argv[])
{
    // No display in CI, nor when catch_discover_tests lists the tests at build time.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Private data, settings and runtime folders: a test never sees the user's database.
    QTemporaryDir home;
    for (const char* variable :
         {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString path = home.path() + QLatin1Char('/') + QLatin1String(variable);
        QDir().mkpath(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ExeOwner);
        qputenv(variable, path.toUtf8());
    }
    qputenv("LANG", "C.UTF-8");
    qunsetenv("LC_ALL");
    qunsetenv("LANGUAGE");
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("mmtrack"));
    TestApplication::setOrganizationName(QStringLiteral("mmtrack"));
    return Catch::Session().run(argc, argv);
}
