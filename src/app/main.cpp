// mmtrack: the desktop application. Parses arguments, opens the database, shows the window.
#include "clinical/Clock.h"
#include "common/AppIdentity.h"
#include "common/Language.h"
#include "common/Logging.h"
#include "gui/Appearance.h"
#include "gui/MainWindow.h"
#include "gui/MessageBanner.h"
#include "gui/accounts/AccountsDialog.h"
#include "gui/accounts/SignInDialog.h"
#include "gui/maintenance/Maintenance.h"
#include "workspace/DemoCase.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
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
    const QString path = useDefault ? common::defaultDatabasePath() : parser.value(dbOption);
    // The window runs until it closes, or until the user restores a backup: then the window
    // and the workspace close (nothing holds the file), the backup replaces it, and both open
    // again on the restored database with the outcome in the banner.
    constexpr int kRestore = 0x5253;
    constexpr int kSignOut = 0x534f;
    const QString screenshotOf = parser.value(screenshotOfOption);
    auto saveScreenshot = [&parser, &screenshotOption, log](QWidget* widget) {
        const QString file = parser.value(screenshotOption);
        if (!widget->grab().save(file))
            log->error("could not save the screenshot to {}", file.toStdString());
    };
    QString restoreFrom;
    std::optional<gui::MaintenanceOutcome> restored;
    for (bool first = true;; first = false) {
        if (!restoreFrom.isEmpty()) {
            restored = gui::Maintenance::restoreFrom(path, restoreFrom);
            restoreFrom.clear();
        }
        auto opened =
            workspace::Workspace::open(path, clock,
                                       useDefault ? workspace::Workspace::Seed::DemoWhenNew
                                                  : workspace::Workspace::Seed::Nothing);
        if (!opened) {
            log->error("cannot open the database: {}", opened.errorText().toStdString());
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "mmtrack cannot open the database"),
                opened.errorText());
            return 2;
        }

        // Every start signs in: the first start creates the administrator; --user with
        // MMTRACK_PASSWORD signs in without the dialog (screenshots, kiosk scripts).
        storage::AccountStore& accounts = opened.value()->accounts();
        const clinical::Result<bool> anyAccount = accounts.anyAccount();
        if (!anyAccount) {
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "mmtrack cannot open the database"),
                anyAccount.errorText());
            return 2;
        }
        std::optional<storage::Session> session;
        const bool dialogShot =
            first && parser.isSet(screenshotOption) && screenshotOf == QLatin1String("sign-in");
        if (first && parser.isSet(userOption) && !dialogShot) {
            // On a database without any account, this first start creates that administrator.
            const QString password = qEnvironmentVariable("MMTRACK_PASSWORD");
            const auto signedIn =
                anyAccount.value() ? accounts.signIn(parser.value(userOption), password)
                                   : accounts.createFirstAdmin({parser.value(userOption), QString(),
                                                                storage::Role::Admin, password});
            if (!signedIn) {
                std::fprintf(stderr, "%s\n", qPrintable(signedIn.errorText()));
                return 2;
            }
            session = signedIn.value();
        } else {
            if (first && parser.isSet(screenshotOption) && !dialogShot) {
                std::fprintf(
                    stderr, "%s\n",
                    "--screenshot needs --user NAME with the password in MMTRACK_PASSWORD.");
                return 2;
            }
            gui::SignInDialog dialog(accounts, anyAccount.value()
                                                   ? gui::SignInDialog::Mode::SignIn
                                                   : gui::SignInDialog::Mode::CreateAdmin);
            if (parser.isSet(userOption))
                dialog.setUsername(parser.value(userOption));
            if (dialogShot) {
                QTimer::singleShot(500, &dialog, [&dialog, &saveScreenshot] {
                    saveScreenshot(&dialog);
                    dialog.reject();
                });
            }
            if (dialog.exec() != QDialog::Accepted || !dialog.session())
                return 0;
            session = dialog.session();
        }
        opened.value()->database().setSession(session);

        gui::MainWindow window(*opened.value(), session->username);
        QObject::connect(&window, &gui::MainWindow::signOutRequested, &window,
                         [] { QApplication::exit(kSignOut); });
        QObject::connect(&window, &gui::MainWindow::restoreRequested, &window,
                         [&restoreFrom](const QString& from) {
                             restoreFrom = from;
                             QApplication::exit(kRestore);
                         });
        window.resize(1280, 800);
        window.show();
        if (restored)
            window.banner()->show(restored->kind, restored->text);
        if (first && parser.isSet(screenshotOption)) {
            if (const auto demo = opened.value()->patients().byMrn(workspace::DemoCase::mrn()))
                window.selectPatient(demo.value().id);
        }
        if (first && parser.isSet(tabOption))
            window.showTab(parser.value(tabOption));
        if (first && parser.isSet(screenshotOption)) {
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
        }
        const int status = QApplication::exec();
        // The account log records the end of the session, however it ended.
        if (const auto ended = accounts.signOut(*session); !ended)
            log->warn("could not record the sign-out: {}", ended.errorText().toStdString());
        opened.value()->database().setSession(std::nullopt);
        if (status == kSignOut)
            continue; // a new sign-in, on a fresh window
        if (status == kRestore)
            continue; // the window and the workspace close here, before the file is replaced
        // A copy of the database at every exit, the newest ten kept (backups/ beside it).
        if (!parser.isSet(screenshotOption))
            gui::rotateOnExit(*opened.value());
        return status;
    }
}
