#include "gui/MainWindow.h"
#include "gui/accounts/AccountsDialog.h"
#include "gui/accounts/ChangePasswordDialog.h"
#include "gui/accounts/IdleWatcher.h"
#include "gui/accounts/LockScreen.h"
#include "gui/accounts/SignInDialog.h"
#include "support/TestSupport.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace mmtrack;
using storage::Role;

namespace {

const QString kPassword = QStringLiteral("ward-secret-2");

// The demo database with three accounts (admin.zhang, dr.wang, nurse.li); one of them is
// signed in and the window opens for it.
struct Ward {
    test::Scratch scratch;
    clinical::FixedClock clock = test::fixedClock();
    std::unique_ptr<workspace::Workspace> workspace;
    std::unique_ptr<gui::MainWindow> window;

    Ward()
    {
        auto opened = workspace::Workspace::open(scratch.path(QStringLiteral("gui.sqlite")), clock,
                                                 workspace::Workspace::Seed::DemoWhenNew);
        REQUIRE(opened.ok());
        workspace = std::move(opened).value();
        storage::AccountStore& accounts = workspace->accounts();
        const auto admin = accounts.createFirstAdmin(
            {QStringLiteral("admin.zhang"), QStringLiteral("张主任"), Role::Admin, kPassword});
        REQUIRE(admin.ok());
        workspace->database().setSession(admin.value());
        REQUIRE(
            accounts.add({QStringLiteral("dr.wang"), QString(), Role::Clinician, kPassword}).ok());
        REQUIRE(
            accounts
                .add({QStringLiteral("nurse.li"), QStringLiteral("李护士"), Role::Entry, kPassword})
                .ok());
        workspace->database().setSession(std::nullopt);
    }

    void openAs(const QString& username)
    {
        const auto session = workspace->accounts().signIn(username, kPassword);
        REQUIRE(session.ok());
        workspace->database().setSession(session.value());
        window = std::make_unique<gui::MainWindow>(*workspace, username);
        window->resize(1280, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    QAction* action(const char* name) const
    {
        auto* found = window->findChild<QAction*>(QLatin1String(name));
        REQUIRE(found);
        return found;
    }
};

} // namespace

TEST_CASE("An entry account sees export, plans, accounts and settings disabled, with the reason",
          "[accounts][gui]")
{
    Ward ward;
    ward.openAs(QStringLiteral("nurse.li"));
    REQUIRE(ward.window->selectedPatient().has_value());
    CHECK(ward.action("actionNewPatient")->isEnabled());
    CHECK(ward.action("actionEditPatient")->isEnabled());
    CHECK(ward.action("actionImportLabs")->isEnabled());
    for (const char* name : {"actionExportSummary", "actionApplyProtocol", "actionRestoreBackup",
                             "actionReportHeader", "actionBackUp"}) {
        INFO(name);
        CHECK_FALSE(ward.action(name)->isEnabled());
        CHECK(ward.action(name)->toolTip().contains(QStringLiteral("data entry")));
    }
    CHECK(ward.action("actionExportSummary")->toolTip().contains(QStringLiteral("clinician")));
    CHECK_FALSE(ward.window->accountsAction()->isEnabled());
    CHECK(ward.window->accountsAction()->toolTip().contains(QStringLiteral("administrator")));
    CHECK_FALSE(ward.window->idleLockAction()->isEnabled());
    CHECK(ward.window->openAccounts() == nullptr);
    // Called directly (a shortcut, a script), the export is refused all the same.
    CHECK(ward.window->exportSummary() == nullptr);
}

TEST_CASE("A clinician may export and plan but not manage accounts", "[accounts][gui]")
{
    Ward ward;
    ward.openAs(QStringLiteral("dr.wang"));
    CHECK(ward.action("actionExportSummary")->isEnabled());
    CHECK(ward.action("actionApplyProtocol")->isEnabled());
    CHECK(ward.action("actionBackUp")->isEnabled());
    CHECK_FALSE(ward.action("actionRestoreBackup")->isEnabled());
    CHECK_FALSE(ward.window->accountsAction()->isEnabled());
    CHECK_FALSE(ward.action("actionReportHeader")->isEnabled());
}

TEST_CASE("An administrator manages accounts from Settings > Accounts", "[accounts][gui]")
{
    Ward ward;
    ward.openAs(QStringLiteral("admin.zhang"));
    for (const char* name : {"actionExportSummary", "actionApplyProtocol", "actionRestoreBackup",
                             "actionReportHeader", "actionBackUp"})
        CHECK(ward.action(name)->isEnabled());
    REQUIRE(ward.window->accountsAction()->isEnabled());
    gui::AccountsDialog* dialog = ward.window->openAccounts();
    REQUIRE(dialog);
    CHECK(dialog->table()->rowCount() == 3);

    CHECK_FALSE(dialog->addAccount(
        {QStringLiteral("nurse.zhao"), QString(), Role::Entry, kPassword}, QStringLiteral("typo")));
    CHECK(dialog->messageLabel()->text().contains(QStringLiteral("differ")));
    REQUIRE(dialog->addAccount(
        {QStringLiteral("nurse.zhao"), QStringLiteral("赵护士"), Role::Entry, kPassword},
        kPassword));
    CHECK(dialog->table()->rowCount() == 4);
    CHECK(dialog->selectedUsername() == QStringLiteral("nurse.zhao"));

    dialog->roleCombo()->setCurrentIndex(
        dialog->roleCombo()->findData(static_cast<int>(Role::Clinician)));
    REQUIRE(dialog->applyRole());
    CHECK(ward.workspace->accounts().byUsername(QStringLiteral("nurse.zhao")).value().role ==
          Role::Clinician);
    REQUIRE(dialog->toggleActive());
    CHECK_FALSE(ward.workspace->accounts().byUsername(QStringLiteral("nurse.zhao")).value().active);
    REQUIRE(dialog->resetPassword(QStringLiteral("fresh-pass-1"), QStringLiteral("fresh-pass-1")));

    // The last administrator cannot be disabled from the dialog either.
    dialog->selectAccount(QStringLiteral("admin.zhang"));
    CHECK_FALSE(dialog->toggleActive());
    CHECK(dialog->messageLabel()->text().contains(QStringLiteral("last active administrator")));
}

TEST_CASE("The window locks after the idle time and only the same password unlocks it",
          "[accounts][gui]")
{
    Ward ward;
    ward.openAs(QStringLiteral("nurse.li"));
    REQUIRE(ward.window->idleWatcher()->isActive());
    CHECK(ward.window->idleWatcher()->timeout() == std::chrono::minutes(10));
    ward.window->idleWatcher()->setTimeout(std::chrono::milliseconds(100));
    CHECK_FALSE(ward.window->isLocked());
    QTRY_VERIFY_WITH_TIMEOUT(ward.window->isLocked(), 3000);
    gui::LockScreen* lock = ward.window->lockScreen();
    CHECK(lock->isVisible());
    CHECK(lock->geometry() == ward.window->rect());
    // Nothing works under the lock screen, not even shortcuts.
    CHECK_FALSE(ward.action("actionNewPatient")->isEnabled());
    CHECK_FALSE(ward.window->menuBar()->isEnabled());

    QTest::keyClicks(lock->passwordEdit(), QStringLiteral("not-my-password"));
    QTest::keyClick(lock->passwordEdit(), Qt::Key_Return);
    CHECK(ward.window->isLocked());
    CHECK(lock->messageLabel()->text().contains(QStringLiteral("wrong")));

    QTest::keyClicks(lock->passwordEdit(), kPassword);
    QTest::keyClick(lock->passwordEdit(), Qt::Key_Return);
    CHECK_FALSE(ward.window->isLocked());
    CHECK(ward.action("actionNewPatient")->isEnabled());
    CHECK_FALSE(ward.action("actionExportSummary")->isEnabled()); // still an entry account
    CHECK(ward.window->menuBar()->isEnabled());
    CHECK(ward.window->idleWatcher()->isActive());
}

TEST_CASE("Input keeps the window unlocked, and File > Lock locks it at once", "[accounts][gui]")
{
    Ward ward;
    ward.openAs(QStringLiteral("dr.wang"));
    ward.window->idleWatcher()->setTimeout(std::chrono::milliseconds(400));
    for (int i = 0; i < 6; ++i) {
        QTest::qWait(150);
        QTest::keyClick(ward.window.get(), Qt::Key_Shift);
    }
    CHECK_FALSE(ward.window->isLocked());
    ward.window->lockAction()->trigger();
    CHECK(ward.window->isLocked());
    bool signedOut = false;
    QObject::connect(ward.window.get(), &gui::MainWindow::signOutRequested,
                     [&signedOut] { signedOut = true; });
    ward.window->lockScreen()->signOutButton()->click();
    CHECK(signedOut);
}

TEST_CASE("The sign-in dialog says why a sign-in failed and stays open", "[accounts][gui]")
{
    Ward ward;
    gui::SignInDialog dialog(ward.workspace->accounts(), gui::SignInDialog::Mode::SignIn);
    dialog.show();
    dialog.usernameEdit()->setText(QStringLiteral("nurse.li"));
    dialog.passwordEdit()->setText(QStringLiteral("wrong-password"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.session().has_value());
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("wrong")));
    CHECK(dialog.passwordEdit()->text().isEmpty());

    REQUIRE(ward.workspace->database().session() == std::nullopt);
    ward.workspace->database().setSession(
        ward.workspace->accounts().signIn(QStringLiteral("admin.zhang"), kPassword).value());
    REQUIRE(ward.workspace->accounts().setActive(QStringLiteral("dr.wang"), false).ok());
    dialog.usernameEdit()->setText(QStringLiteral("dr.wang"));
    dialog.passwordEdit()->setText(kPassword);
    dialog.accept();
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("disabled")));

    dialog.usernameEdit()->setText(QStringLiteral("nurse.li"));
    dialog.passwordEdit()->setText(kPassword);
    dialog.accept();
    REQUIRE(dialog.session().has_value());
    CHECK(dialog.session()->role == Role::Entry);
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("The first start creates the administrator from the dialog", "[accounts][gui]")
{
    test::Scratch scratch;
    const clinical::FixedClock clock = test::fixedClock();
    auto opened = workspace::Workspace::open(scratch.path(QStringLiteral("new.sqlite")), clock,
                                             workspace::Workspace::Seed::Nothing);
    REQUIRE(opened.ok());
    gui::SignInDialog dialog(opened.value()->accounts(), gui::SignInDialog::Mode::CreateAdmin);
    dialog.show();
    dialog.usernameEdit()->setText(QStringLiteral("admin.zhang"));
    dialog.displayNameEdit()->setText(QStringLiteral("张主任"));
    dialog.passwordEdit()->setText(QStringLiteral("short"));
    dialog.repeatEdit()->setText(QStringLiteral("short"));
    dialog.accept();
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("at least 8")));
    dialog.passwordEdit()->setText(kPassword);
    dialog.repeatEdit()->setText(kPassword + QLatin1Char('x'));
    dialog.accept();
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("differ")));
    CHECK_FALSE(opened.value()->accounts().anyAccount().value());
    dialog.passwordEdit()->setText(kPassword);
    dialog.repeatEdit()->setText(kPassword);
    dialog.accept();
    REQUIRE(dialog.session().has_value());
    CHECK(dialog.session()->role == Role::Admin);
    CHECK(dialog.session()->displayName == QStringLiteral("张主任"));
}

namespace {

struct AppRun {
    int status = -1;
    QString err;
};

// The real mmtrack window program, offscreen, on a database of the test's own.
AppRun runApp(const test::Scratch& scratch, const QStringList& arguments, const QString& password)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), scratch.path(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch.path(QStringLiteral("config")));
    environment.remove(QStringLiteral("MMTRACK_PASSWORD"));
    if (!password.isEmpty())
        environment.insert(QStringLiteral("MMTRACK_PASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MMTRACK_APP),
                  QStringList{QStringLiteral("--db"), scratch.path(QStringLiteral("app.sqlite")),
                              QStringLiteral("--lang"), QStringLiteral("en")} +
                      arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("The window program opens only for an account that signs in", "[accounts][gui][app]")
{
    test::Scratch scratch;
    const QString shot = scratch.path(QStringLiteral("window.png"));
    // Without an account nobody gets in, not even to take a screenshot.
    const AppRun anonymous = runApp(scratch, {QStringLiteral("--screenshot"), shot}, {});
    CHECK(anonymous.status == 2);
    CHECK_FALSE(QFile::exists(shot));
    // The first start with --user creates that administrator and signs it in.
    const AppRun first = runApp(scratch,
                                {QStringLiteral("--user"), QStringLiteral("admin.zhang"),
                                 QStringLiteral("--screenshot"), shot},
                                kPassword);
    INFO(first.err.toStdString());
    REQUIRE(first.status == 0);
    CHECK(QFile::exists(shot));
    QFile::remove(shot);
    // From then on, a wrong password is refused.
    const AppRun wrong = runApp(scratch,
                                {QStringLiteral("--user"), QStringLiteral("admin.zhang"),
                                 QStringLiteral("--screenshot"), shot},
                                QStringLiteral("not-the-password"));
    CHECK(wrong.status == 2);
    CHECK(wrong.err.contains(QStringLiteral("wrong")));
    CHECK_FALSE(QFile::exists(shot));
    // Without --user the sign-in dialog comes first.
    const QString dialog = scratch.path(QStringLiteral("sign-in.png"));
    CHECK(runApp(scratch,
                 {QStringLiteral("--screenshot"), dialog, QStringLiteral("--screenshot-of"),
                  QStringLiteral("sign-in")},
                 {})
              .status == 0);
    CHECK(QFile::exists(dialog));
}

TEST_CASE("File > Change my password needs the current password", "[accounts][gui]")
{
    Ward ward;
    ward.openAs(QStringLiteral("nurse.li"));
    gui::ChangePasswordDialog* dialog = ward.window->changePassword();
    REQUIRE(dialog);
    dialog->currentEdit()->setText(QStringLiteral("not-my-password"));
    dialog->newEdit()->setText(QStringLiteral("brand-new-pass"));
    dialog->repeatEdit()->setText(QStringLiteral("brand-new-pass"));
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(dialog->messageLabel()->text().contains(QStringLiteral("wrong")));
    dialog->currentEdit()->setText(kPassword);
    dialog->newEdit()->setText(QStringLiteral("brand-new-pass"));
    dialog->repeatEdit()->setText(QStringLiteral("brand-new-pass"));
    dialog->accept();
    CHECK_FALSE(ward.workspace->accounts().signIn(QStringLiteral("nurse.li"), kPassword).ok());
    CHECK(ward.workspace->accounts()
              .signIn(QStringLiteral("nurse.li"), QStringLiteral("brand-new-pass"))
              .ok());
}
