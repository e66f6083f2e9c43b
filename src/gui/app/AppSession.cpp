#include "gui/app/AppSession.h"

#include "common/Logging.h"
#include "gui/MainWindow.h"
#include "gui/MessageBanner.h"
#include "gui/accounts/SignInDialog.h"
#include "gui/maintenance/Maintenance.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QMessageBox>
#include <cstdio>

namespace mmtrack::gui {

namespace {

// How a round's event loop ended, besides the window closing.
constexpr int kRestore = 0x5253;
constexpr int kSignOut = 0x534f;

void cannotOpen(const QString& reason)
{
    common::logger("app")->error("cannot open the database: {}", reason.toStdString());
    QMessageBox::critical(
        nullptr, QCoreApplication::translate("main", "mmtrack cannot open the database"), reason);
}

} // namespace

AppSession::AppSession(AppStart start, const clinical::Clock& clock)
    : m_start(std::move(start)), m_clock(clock)
{
}

int AppSession::run()
{
    auto log = common::logger("app");
    QString restoreFrom;
    std::optional<MaintenanceOutcome> restored;
    for (bool first = true;; first = false) {
        if (!restoreFrom.isEmpty()) {
            restored = Maintenance::restoreFrom(m_start.databasePath, restoreFrom);
            restoreFrom.clear();
        }
        auto opened = workspace::Workspace::open(m_start.databasePath, m_clock,
                                                 m_start.seedDemoWhenNew
                                                     ? workspace::Workspace::Seed::DemoWhenNew
                                                     : workspace::Workspace::Seed::Nothing);
        if (!opened) {
            cannotOpen(opened.errorText());
            return 2;
        }
        workspace::Workspace& workspace = *opened.value();
        storage::AccountStore& accounts = workspace.accounts();
        const clinical::Result<bool> anyAccount = accounts.anyAccount();
        if (!anyAccount) {
            cannotOpen(anyAccount.errorText());
            return 2;
        }

        std::optional<storage::Session> session;
        if (first && m_start.user) {
            const auto signedIn =
                anyAccount.value()
                    ? accounts.signIn(*m_start.user, m_start.password)
                    : accounts.createFirstAdmin(
                          {*m_start.user, QString(), storage::Role::Admin, m_start.password});
            if (!signedIn) {
                std::fprintf(stderr, "%s\n", qPrintable(signedIn.errorText()));
                return 2;
            }
            session = signedIn.value();
        } else {
            SignInDialog dialog(accounts, anyAccount.value() ? SignInDialog::Mode::SignIn
                                                             : SignInDialog::Mode::CreateAdmin);
            if (first && m_dialogShown)
                m_dialogShown(dialog);
            if (dialog.exec() != QDialog::Accepted || !dialog.session())
                return 0;
            session = dialog.session();
        }
        workspace.database().setSession(session);

        MainWindow window(workspace, session->username);
        QObject::connect(&window, &MainWindow::signOutRequested, &window,
                         [] { QApplication::exit(kSignOut); });
        QObject::connect(&window, &MainWindow::restoreRequested, &window,
                         [&restoreFrom](const QString& from) {
                             restoreFrom = from;
                             QApplication::exit(kRestore);
                         });
        window.resize(1280, 800);
        window.show();
        if (restored)
            window.banner()->show(restored->kind, restored->text);
        restored.reset();
        if (m_windowShown)
            m_windowShown(window, workspace, first);
        const int status = QApplication::exec();
        // The account log records the end of the session, however it ended.
        if (const auto ended = accounts.signOut(*session); !ended)
            log->warn("could not record the sign-out: {}", ended.errorText().toStdString());
        workspace.database().setSession(std::nullopt);
        // A sign-out or a restore: the window and the workspace close here, before the next
        // round (and before the file is replaced).
        if (status == kSignOut || status == kRestore)
            continue;
        // A copy of the database at every exit, the newest ten kept (backups/ beside it).
        if (m_start.rotatingBackups)
            rotateOnExit(workspace);
        return status;
    }
}

} // namespace mmtrack::gui
