#pragma once

#include "clinical/Patient.h"

#include <QMainWindow>
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

class QActionGroup;
class QSortFilterProxyModel;
class QTimer;
class QUndoStack;

namespace mmtrack::workspace {
class Workspace;
}

namespace mmtrack::gui {

class ApplyProtocolDialog;
class AssessmentOverviewWidget;
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

signals:
    // The user chose a backup to restore: whoever owns the workspace closes it and the window,
    // restores the file, and opens it again (src/app/main.cpp).
    void restoreRequested(const QString& backupPath);

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
};

} // namespace mmtrack::gui
