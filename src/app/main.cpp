// mmtrack: the desktop application. Parses arguments, opens the database, shows the window.
#include "clinical/Clock.h"
#include "common/AppIdentity.h"
#include "common/Language.h"
#include "common/Logging.h"
#include "gui/Appearance.h"
#include "gui/MainWindow.h"
#include "gui/accounts/AccountsDialog.h"
#include "gui/accounts/SignInDialog.h"
#include "gui/app/AppSession.h"
#include "workspace/DemoCase.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <cstdio>

using namespace mmtrack;

int main(int argc, char* argv[])
{
    common::cacheTimeZone();
    QApplication app(argc, argv);
    common::setApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("mmtrack: multiple-myeloma transplant pathway tracker"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("SQLite database file, or a PostgreSQL database as "
                       "postgresql://user@host:port/dbname (default: %1).")
            .arg(common::defaultDatabasePath()),
        QStringLiteral("path|url"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Log at debug level."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: en or zh_CN."),
                                        QStringLiteral("language"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the main window to this file and quit."),
        QStringLiteral("file"));
    const QCommandLineOption tabOption(
        QStringLiteral("tab"),
        QStringLiteral(
            "Open the selected patient on this tab: overview, timeline, assessment, results, "
            "entry, events."),
        QStringLiteral("tab"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QStringLiteral("Sign in as this account without the dialog; the password comes from the "
                       "environment variable MMTRACK_PASSWORD (never the command line)."),
        QStringLiteral("name"));
    const QCommandLineOption screenshotOfOption(
        QStringLiteral("screenshot-of"),
        QStringLiteral("With --screenshot: what to take instead of the main window: sign-in (the "
                       "sign-in or first-administrator dialog), accounts (Settings > Accounts), "
                       "lock (the locked window)."),
        QStringLiteral("what"));
    parser.addOptions({dbOption, verboseOption, langOption, screenshotOption, tabOption});
    parser.addOptions({userOption, screenshotOfOption});
    parser.process(app);

    const bool verbose = parser.isSet(verboseOption);
    common::initLogging({common::logDirectory(),
                         verbose ? spdlog::level::debug : spdlog::level::info,
                         verbose ? spdlog::level::debug : spdlog::level::info});
    auto log = common::logger("app");
    log->info("mmtrack {} starting", QCoreApplication::applicationVersion().toStdString());

    const QString language = common::resolveLanguage(
        parser.isSet(langOption) ? parser.value(langOption) : common::languageSetting());
    common::installLanguage(language);
    gui::applyAppearance(app);

    clinical::SystemClock clock;
    const bool useDefault = !parser.isSet(dbOption);
    gui::AppStart start;
    start.databasePath = useDefault ? common::defaultDatabasePath() : parser.value(dbOption);
    start.seedDemoWhenNew = useDefault;
    start.rotatingBackups = !parser.isSet(screenshotOption);

    // --screenshot: the first window (or the sign-in dialog, the accounts dialog, the locked
    // window) is saved to a PNG, then the application quits.
    const QString screenshotOf = parser.value(screenshotOfOption);
    const bool dialogShot =
        parser.isSet(screenshotOption) && screenshotOf == QLatin1String("sign-in");
    auto saveScreenshot = [&parser, &screenshotOption, log](QWidget* widget) {
        const QString file = parser.value(screenshotOption);
        if (!widget->grab().save(file))
            log->error("could not save the screenshot to {}", file.toStdString());
    };
    // Every start signs in: the first start creates the administrator; --user with
    // MMTRACK_PASSWORD signs in without the dialog (screenshots, kiosk scripts).
    if (parser.isSet(userOption) && !dialogShot) {
        start.user = parser.value(userOption);
        start.password = qEnvironmentVariable("MMTRACK_PASSWORD");
    } else if (parser.isSet(screenshotOption) && !dialogShot) {
        std::fprintf(stderr, "%s\n",
                     "--screenshot needs --user NAME with the password in MMTRACK_PASSWORD.");
        return 2;
    }

    gui::AppSession session(start, clock);
    session.onFirstSignInDialog([&](gui::SignInDialog& dialog) {
        if (parser.isSet(userOption))
            dialog.setUsername(parser.value(userOption));
        if (dialogShot) {
            QTimer::singleShot(500, &dialog, [&dialog, &saveScreenshot] {
                saveScreenshot(&dialog);
                dialog.reject();
            });
        }
    });
    session.onWindowShown(
        [&](gui::MainWindow& window, workspace::Workspace& workspace, bool first) {
            if (!first)
                return;
            if (parser.isSet(screenshotOption)) {
                if (const auto demo = workspace.patients().byMrn(workspace::DemoCase::mrn()))
                    window.selectPatient(demo.value().id);
            }
            if (parser.isSet(tabOption))
                window.showTab(parser.value(tabOption));
            if (!parser.isSet(screenshotOption))
                return;
            QTimer::singleShot(500, &window, [&window, &saveScreenshot, &screenshotOf] {
                if (screenshotOf == QLatin1String("accounts")) {
                    if (gui::AccountsDialog* dialog = window.openAccounts()) {
                        QTimer::singleShot(300, dialog, [dialog, &saveScreenshot] {
                            saveScreenshot(dialog);
                            QApplication::quit();
                        });
                        return;
                    }
                } else if (screenshotOf == QLatin1String("lock")) {
                    window.lock();
                }
                saveScreenshot(&window);
                QApplication::quit();
            });
        });
    return session.run();
}
