// mmtrack: the desktop application. Parses arguments, opens the database, shows the window.
#include "clinical/Clock.h"
#include "common/AppIdentity.h"
#include "common/Language.h"
#include "common/Logging.h"
#include "gui/Appearance.h"
#include "gui/MainWindow.h"
#include "gui/MessageBanner.h"
#include "gui/maintenance/Maintenance.h"
#include "workspace/DemoCase.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

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
        QStringLiteral("SQLite database file (default: %1).").arg(common::defaultDatabasePath()),
        QStringLiteral("path"));
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
    parser.addOptions({dbOption, verboseOption, langOption, screenshotOption, tabOption});
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

        gui::MainWindow window(*opened.value(), common::currentUserName());
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
            const QString file = parser.value(screenshotOption);
            QTimer::singleShot(500, &window, [&window, file, log] {
                if (!window.grab().save(file))
                    log->error("could not save the screenshot to {}", file.toStdString());
                QApplication::quit();
            });
        }
        const int status = QApplication::exec();
        if (status == kRestore)
            continue; // the window and the workspace close here, before the file is replaced
        // A copy of the database at every exit, the newest ten kept (backups/ beside it).
        if (!parser.isSet(screenshotOption))
            gui::rotateOnExit(*opened.value());
        return status;
    }
}
