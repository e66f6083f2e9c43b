// The application's rounds (gui::AppSession, what main.cpp runs): sign-out to a fresh sign-in,
// restore of a backup into a new window, and the backup at the final exit.
#include "gui/app/AppSession.h"

#include "gui/MainWindow.h"
#include "gui/MessageBanner.h"
#include "gui/accounts/SignInDialog.h"
#include "gui/maintenance/Maintenance.h"
#include "support/TestSupport.h"
#include "support/WardAccounts.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

using namespace mmtrack;

namespace {

qsizetype patientCount(workspace::Workspace& workspace)
{
    const auto everyone = workspace.patients().search({QString(), true});
    REQUIRE(everyone.ok());
    return everyone.value().size();
}

// Signs `username` in on the sign-in dialog when it comes up (it runs modally).
void signInWhenAsked(const QString& username)
{
    QTimer::singleShot(50, [username] {
        auto* dialog = qobject_cast<gui::SignInDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            signInWhenAsked(username); // not up yet
            return;
        }
        dialog->usernameEdit()->setText(username);
        dialog->passwordEdit()->setText(test::kWardPassword);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
}

} // namespace

TEST_CASE("The application signs out to a new sign-in, restores a backup into a new window, "
          "and backs up at exit",
          "[gui][app]")
{
    test::Scratch scratch;
    const auto clock = test::fixedClock();
    const QString path = scratch.path(QStringLiteral("ward.sqlite"));
    const QString backup = scratch.path(QStringLiteral("before.sqlite"));
    {
        auto opened = workspace::Workspace::open(path, clock, workspace::Workspace::Seed::Nothing);
        REQUIRE(opened.ok());
        test::addWardAccounts(opened.value()->database(), clock);
        REQUIRE(gui::Maintenance::backUpTo(*opened.value(), backup).kind ==
                gui::MessageBanner::Kind::Info);
        clinical::Patient added;
        added.mrn = QStringLiteral("TZ-2026-0001");
        added.name = QStringLiteral("王五");
        added.sex = clinical::Sex::Female;
        REQUIRE(opened.value()->patients().add(added, QStringLiteral("dr.wang")).ok());
    }

    gui::AppStart start;
    start.databasePath = path;
    start.user = QStringLiteral("dr.wang");
    start.password = test::kWardPassword;
    gui::AppSession session(start, clock);
    QStringList rounds;
    session.onWindowShown(
        [&](gui::MainWindow& window, workspace::Workspace& workspace, bool first) {
            const std::optional<storage::Session> who = workspace.database().session();
            REQUIRE(who);
            rounds << QStringLiteral("%1:%2:%3")
                          .arg(who->username)
                          .arg(patientCount(workspace))
                          .arg(window.banner()->isVisible() ? window.banner()->text() : QString());
            if (rounds.size() == 1) {
                CHECK(first);
                // Sign out: the next round asks who signs in.
                signInWhenAsked(QStringLiteral("nurse.li"));
                QTimer::singleShot(0, &window, [&window] { emit window.signOutRequested(); });
            } else if (rounds.size() == 2) {
                CHECK_FALSE(first);
                // Restore: the window closes, the backup replaces the database, and the next
                // round's window opens on it after a new sign-in.
                signInWhenAsked(QStringLiteral("dr.wang"));
                QTimer::singleShot(0, &window,
                                   [&window, backup] { emit window.restoreRequested(backup); });
            } else {
                QTimer::singleShot(0, &window, [&window] { window.close(); });
            }
        });
    CHECK(session.run() == 0);

    REQUIRE(rounds.size() == 3);
    CHECK(rounds[0] == QStringLiteral("dr.wang:1:"));
    CHECK(rounds[1] == QStringLiteral("nurse.li:1:"));
    // The backup was taken before the patient was added: the restored database has none, and
    // the new window says where it came from.
    CHECK(rounds[2].startsWith(
        QStringLiteral("dr.wang:0:The database was restored from before.sqlite.")));

    // The final exit wrote one rotating backup beside the database.
    const QStringList backups = QDir(gui::Maintenance::backupFolder(path))
                                    .entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    CHECK(backups.size() == 1);
}
