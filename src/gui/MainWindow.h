#pragma once

#include "clinical/Patient.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

class QAction;
class QActionGroup;
class QLabel;
class QSortFilterProxyModel;
class QTimer;
class QUndoStack;

namespace mmtrack::workspace {
class Workspace;
}

namespace mmtrack::gui {

class AccountsDialog;
class ApplyProtocolDialog;
class ChangePasswordDialog;
class IdleWatcher;
class LockScreen;
class AssessmentOverviewWidget;
class SignaturePanel;
class CaseSummaryDialog;
class EventsPage;
class TimelineView;
class LabEntryPage;
class LabImportDialog;
class LabResultsPage;
class MessageBanner;
class PatientFormDialog;
class PatientListModel;
class PatientSummaryWidget;

// The patient registry: a searchable, sortable list on the left, the selected patient on the
// right, messages in a banner. Every action has a keyboard shortcut.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(workspace::Workspace& workspace, QString user, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Reads the list again from the registry, keeping the selection where possible.
    void reload();
    void selectPatient(qint64 id);
    std::optional<clinical::Patient> selectedPatient() const;

    // Opens the form (non-blocking) for a new patient or for the selected one.
    PatientFormDialog* newPatient();
    PatientFormDialog* editSelectedPatient();

    MessageBanner* banner() const { return m_banner; }
    QSortFilterProxyModel* patientView() const { return m_proxy; }
    PatientSummaryWidget* summary() const { return m_summary; }
    AssessmentOverviewWidget* assessment() const { return m_assessment; }
    void setSearchText(const QString& text);
    LabResultsPage* resultsPage() const { return m_results; }
    LabEntryPage* entryPage() const { return m_entry; }
    TimelineView* timeline() const { return m_timeline; }
    EventsPage* eventsPage() const { return m_events; }
    QUndoStack* undoStack() const { return m_undoStack; }
    // Opens the import dialog (non-blocking) on a file, or empty to choose one.
    LabImportDialog* importLabResults(const QString& path = {});
    // Opens the protocol dialog (non-blocking) for the selected patient.
    ApplyProtocolDialog* applyProtocol();
    // Opens the case summary dialog (non-blocking): options, print preview, save, open.
    CaseSummaryDialog* exportSummary();
    // Reads the selected patient's lab results again.
    void reloadResults();
    // "overview", "timeline", "assessment", "results", "entry" or "events".
    void showTab(const QString& name);

    // Accounts. What the signed-in role may not do is disabled, with the reason as its tooltip
    // (the library refuses it too). Without any account (a database before its first sign-in)
    // everything stays enabled.
    void applyPermissions();
    // Covers the window with the lock screen until the same account types its password.
    void lock();
    bool isLocked() const;
    LockScreen* lockScreen() const { return m_lockScreen; }
    IdleWatcher* idleWatcher() const { return m_idle; }
    QAction* lockAction() const { return m_lockAction; }
    QAction* signOutAction() const { return m_signOutAction; }
    QAction* passwordAction() const { return m_passwordAction; }
    QAction* accountsAction() const { return m_accountsAction; }
    QAction* idleLockAction() const { return m_idleLockAction; }
    // Settings > Accounts (administrators).
    AccountsDialog* openAccounts();
    // File > Change my password.
    ChangePasswordDialog* changePassword();

signals:
    // The user chose a backup to restore: whoever owns the workspace closes it and the window,
    // restores the file, and opens it again (src/app/main.cpp).
    void restoreRequested(const QString& backupPath);
    // File > Sign out, or Sign out on the lock screen: whoever owns the window closes it and
    // asks for a sign-in again (src/app/main.cpp).
    void signOutRequested();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void connectActions();
    void buildLanguageMenu();
    void chooseLanguage(const QString& language);
    void archiveSelectedPatient(bool archived);
    void onSelectionChanged();
    void openForm(PatientFormDialog* dialog);
    void updateStatus();
    void buildPatientTabs();
    void retranslateTabs();
    void openLabCodes();
    void buildAccountActions();
    void retranslateAccountActions();
    void chooseIdleMinutes();
    void setActionsLocked(bool locked);

    std::unique_ptr<Ui::MainWindow> m_ui;
    workspace::Workspace& m_workspace;
    QString m_user;
    PatientListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    PatientSummaryWidget* m_summary;
    MessageBanner* m_banner;
    QTimer* m_searchDelay;
    QActionGroup* m_languageGroup;
    QUndoStack* m_undoStack;
    LabResultsPage* m_results;
    LabEntryPage* m_entry;
    TimelineView* m_timeline = nullptr;
    EventsPage* m_events = nullptr;
    AssessmentOverviewWidget* m_assessment;
    SignaturePanel* m_signatures = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_passwordAction = nullptr;
    QAction* m_accountsAction = nullptr;
    QAction* m_idleLockAction = nullptr;
    QLabel* m_signedInLabel = nullptr;
    LockScreen* m_lockScreen = nullptr;
    IdleWatcher* m_idle = nullptr;
    QList<std::pair<QPointer<QObject>, bool>> m_lockedInputs; // enabled before the lock
};

} // namespace mmtrack::gui
