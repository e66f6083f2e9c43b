#include "gui/MainWindow.h"

#include "common/Language.h"
#include "common/Logging.h"
#include "gui/MessageBanner.h"
#include "gui/accounts/AccountsDialog.h"
#include "gui/accounts/ChangePasswordDialog.h"
#include "gui/accounts/IdleWatcher.h"
#include "gui/accounts/LockScreen.h"
#include "gui/audit/AuditViewerDialog.h"
#include "gui/events/EventFormDialog.h" // EventsPage::form() needs the whole type
#include "gui/events/EventsPage.h"
#include "gui/labs/LabCodeMapDialog.h"
#include "gui/labs/LabEntryPage.h"
#include "gui/labs/LabImportDialog.h"
#include "gui/labs/LabResultsPage.h"
#include "gui/maintenance/Maintenance.h"
#include "gui/patients/AssessmentOverviewWidget.h"
#include "gui/patients/PatientFormDialog.h"
#include "gui/patients/PatientListModel.h"
#include "gui/patients/PatientSummaryWidget.h"
#include "gui/plans/ApplyProtocolDialog.h"
#include "gui/report/CaseSummaryDialog.h"
#include "gui/report/ReportHeaderDialog.h"
#include "gui/signatures/SignaturePanel.h"
#include "gui/timeline/TimelineView.h"
#include "ui_MainWindow.h"
#include "workspace/CasePlan.h"
#include "workspace/Workspace.h"

#include <QActionGroup>
#include <QDialog>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mmtrack::gui {

MainWindow::MainWindow(workspace::Workspace& workspace, QString user, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_workspace(workspace),
      m_user(std::move(user)), m_model(new PatientListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_summary(new PatientSummaryWidget),
      m_banner(new MessageBanner), m_searchDelay(new QTimer(this)),
      m_languageGroup(new QActionGroup(this)), m_undoStack(new QUndoStack(this)),
      m_results(nullptr), m_entry(nullptr), m_assessment(new AssessmentOverviewWidget)
{
    m_ui->setupUi(this);
    m_ui->centralLayout->insertWidget(0, m_banner);
    m_ui->summaryArea->setWidget(m_summary);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({440, 840});

    m_model->setToday(m_workspace.clock().today());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PatientListModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_ui->patientTable->setModel(m_proxy);
    m_ui->patientTable->sortByColumn(PatientListModel::Name, Qt::AscendingOrder);
    m_ui->patientTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->patientTable->horizontalHeader()->setHighlightSections(false);
    m_ui->patientTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->patientTable->verticalHeader()->setDefaultSectionSize(32);
    m_ui->searchEdit->installEventFilter(this);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::reload);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->showArchivedCheck, &QCheckBox::toggled, this, &MainWindow::reload);
    connect(m_ui->patientTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_ui->patientTable, &QTableView::activated, this, [this] { editSelectedPatient(); });
    buildPatientTabs();
    connectActions();
    buildLanguageMenu();
    buildAccountActions();

    reload();
    if (m_proxy->rowCount() > 0)
        m_ui->patientTable->selectRow(0);
    m_ui->searchEdit->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectActions()
{
    connect(m_ui->actionNewPatient, &QAction::triggered, this, [this] { newPatient(); });
    connect(m_ui->actionEditPatient, &QAction::triggered, this, [this] { editSelectedPatient(); });
    connect(m_ui->actionArchivePatient, &QAction::triggered, this,
            [this] { archiveSelectedPatient(true); });
    connect(m_ui->actionRestorePatient, &QAction::triggered, this,
            [this] { archiveSelectedPatient(false); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionImportLabs, &QAction::triggered, this, [this] { importLabResults(); });
    connect(m_ui->actionLabCodes, &QAction::triggered, this, &MainWindow::openLabCodes);
    connect(m_ui->actionApplyProtocol, &QAction::triggered, this, [this] { applyProtocol(); });
    connect(m_ui->actionExportSummary, &QAction::triggered, this, [this] { exportSummary(); });
    connect(m_ui->actionBackUp, &QAction::triggered, this,
            [this] { Maintenance::backUpNow(this, m_workspace, m_banner); });
    connect(m_ui->actionRestoreBackup, &QAction::triggered, this, [this] {
        const QString from =
            Maintenance::chooseBackupToRestore(this, m_workspace.database().location());
        if (!from.isEmpty())
            emit restoreRequested(from);
    });
    connect(m_ui->actionCheckDatabase, &QAction::triggered, this,
            [this] { Maintenance::checkDatabase(this, m_workspace, m_banner); });
    connect(m_ui->actionAuditLog, &QAction::triggered, this, [this] {
        auto* dialog = new AuditViewerDialog(m_workspace, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionReportHeader, &QAction::triggered, this, [this] {
        auto* dialog = new ReportHeaderDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction* undo = m_undoStack->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    m_ui->menuEdit->addAction(undo);
    m_ui->menuEdit->addAction(redo);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
}

void MainWindow::buildLanguageMenu()
{
    // Language names are written in their own language, so anyone can find theirs.
    const QList<std::pair<QString, QString>> choices{
        {QStringLiteral("system"), QString()},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    const QString setting = common::languageSetting();
    for (const auto& [code, name] : choices) {
        QAction* action = m_ui->menuLanguage->addAction(name);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == setting);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }
    m_languageGroup->actions().constFirst()->setText(tr("Follow the system"));
}

void MainWindow::chooseLanguage(const QString& language)
{
    common::setLanguageSetting(language);
    common::installLanguage(common::resolveLanguage(language));
}

void MainWindow::reload()
{
    const std::optional<clinical::Patient> selected = selectedPatient();
    const auto found = m_workspace.patients().search(
        {m_ui->searchEdit->text(), m_ui->showArchivedCheck->isChecked()});
    if (!found) {
        m_banner->show(MessageBanner::Kind::Error, found.errorText());
        return;
    }
    m_model->setPatients(found.value());
    if (selected)
        selectPatient(selected->id);
    if (!selectedPatient() && m_proxy->rowCount() > 0 && !m_ui->searchEdit->text().isEmpty())
        m_ui->patientTable->selectRow(0);
    onSelectionChanged();
    updateStatus();
}

void MainWindow::setSearchText(const QString& text)
{
    m_ui->searchEdit->setText(text);
    m_searchDelay->stop();
    reload();
}

void MainWindow::selectPatient(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_ui->patientTable->setCurrentIndex(index);
    m_ui->patientTable->selectRow(index.row());
    m_ui->patientTable->scrollTo(index);
}

std::optional<clinical::Patient> MainWindow::selectedPatient() const
{
    const QModelIndexList rows = m_ui->patientTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const clinical::Patient* patient = m_model->patientAt(m_proxy->mapToSource(rows.first()).row());
    return patient ? std::optional<clinical::Patient>(*patient) : std::nullopt;
}

void MainWindow::onSelectionChanged()
{
    const std::optional<clinical::Patient> patient = selectedPatient();
    m_summary->setPatient(patient, m_workspace.clock().today());
    for (int tab = 1; tab < m_ui->patientTabs->count(); ++tab)
        m_ui->patientTabs->setTabEnabled(tab, patient.has_value());
    if (patient)
        m_entry->setPatient(*patient);
    m_events->setPatient(patient ? std::optional<qint64>(patient->id) : std::nullopt);
    reloadResults();
    m_ui->actionEditPatient->setEnabled(patient.has_value());
    m_ui->actionApplyProtocol->setEnabled(patient.has_value());
    m_ui->actionExportSummary->setEnabled(patient.has_value());
    m_ui->actionArchivePatient->setEnabled(patient && !patient->archived);
    m_ui->actionRestorePatient->setEnabled(patient && patient->archived);
    applyPermissions();
}

void MainWindow::buildAccountActions()
{
    m_lockAction = new QAction(this);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_signOutAction = new QAction(this);
    m_passwordAction = new QAction(this);
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_passwordAction);
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_lockAction);
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_signOutAction);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    m_accountsAction = new QAction(this);
    m_idleLockAction = new QAction(this);
    m_ui->menuSettings->addSeparator();
    m_ui->menuSettings->addAction(m_accountsAction);
    m_ui->menuSettings->addAction(m_idleLockAction);
    m_ui->menuFile->setToolTipsVisible(true);
    m_ui->menuPatient->setToolTipsVisible(true);
    m_ui->menuSettings->setToolTipsVisible(true);
    m_signedInLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_signedInLabel);

    m_lockScreen = new LockScreen(m_workspace.accounts(), this);
    m_idle = new IdleWatcher(this);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_passwordAction, &QAction::triggered, this, [this] { changePassword(); });
    connect(m_accountsAction, &QAction::triggered, this, [this] { openAccounts(); });
    connect(m_idleLockAction, &QAction::triggered, this, &MainWindow::chooseIdleMinutes);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOutRequested);
    connect(m_lockScreen, &LockScreen::unlocked, this, [this](const storage::Session& session) {
        m_workspace.database().setSession(session);
        setActionsLocked(false);
        applyPermissions();
        m_idle->start();
    });
    retranslateAccountActions();
    if (m_workspace.database().session())
        m_idle->start();
}

void MainWindow::retranslateAccountActions()
{
    m_lockAction->setText(tr("&Lock"));
    m_signOutAction->setText(tr("Sign &out"));
    m_passwordAction->setText(tr("Change my &password…"));
    m_accountsAction->setText(tr("&Accounts…"));
    m_idleLockAction->setText(tr("&Idle lock…"));
    const std::optional<storage::Session>& session = m_workspace.database().session();
    m_signedInLabel->setText(
        session ? tr("Signed in as %1 (%2)")
                      .arg(session->displayName, storage::Permissions::roleName(session->role))
                : QString());
    applyPermissions();
}

void MainWindow::applyPermissions()
{
    if (!m_accountsAction)
        return; // still being built
    const std::optional<storage::Session>& session = m_workspace.database().session();
    m_lockAction->setEnabled(session.has_value());
    m_signOutAction->setEnabled(session.has_value());
    m_passwordAction->setEnabled(session.has_value());
    const QList<std::pair<QAction*, storage::Action>> guarded{
        {m_ui->actionNewPatient, storage::Action::EditPatients},
        {m_ui->actionEditPatient, storage::Action::EditPatients},
        {m_ui->actionArchivePatient, storage::Action::EditPatients},
        {m_ui->actionRestorePatient, storage::Action::EditPatients},
        {m_ui->actionImportLabs, storage::Action::ImportLabs},
        {m_ui->actionLabCodes, storage::Action::ImportLabs},
        {m_ui->actionApplyProtocol, storage::Action::PlanTreatment},
        {m_ui->actionExportSummary, storage::Action::Export},
        {m_ui->actionBackUp, storage::Action::Backup},
        {m_ui->actionRestoreBackup, storage::Action::Restore},
        {m_ui->actionReportHeader, storage::Action::ChangeSettings},
        {m_accountsAction, storage::Action::ManageAccounts},
        {m_idleLockAction, storage::Action::ChangeSettings},
    };
    for (const auto& [action, needed] : guarded) {
        // Without a session (no account yet) nothing is refused, as the library does.
        const QString why = session ? storage::Permissions::refusal(session, needed) : QString();
        if (!why.isEmpty())
            action->setEnabled(false);
        else if (action == m_accountsAction || action == m_idleLockAction)
            action->setEnabled(session.has_value());
        action->setToolTip(why);
        action->setStatusTip(why);
    }
    m_timeline->setExportRefusal(
        session ? storage::Permissions::refusal(session, storage::Action::Export) : QString());
    if (isLocked())
        setActionsLocked(true);
}

bool MainWindow::isLocked() const
{
    return m_lockScreen && m_lockScreen->isLocked();
}

void MainWindow::lock()
{
    const std::optional<storage::Session>& session = m_workspace.database().session();
    if (!session || isLocked())
        return;
    m_idle->stop();
    // Dialogs of this window close: nothing of a patient stays on the screen.
    for (QDialog* dialog : findChildren<QDialog*>()) {
        if (dialog->isVisible())
            dialog->reject();
    }
    m_lockScreen->lock(*session);
    setActionsLocked(true);
}

void MainWindow::setActionsLocked(bool locked)
{
    // Shortcuts of actions and QShortcuts work even under the lock screen: switch them off.
    if (locked) {
        if (!m_lockedInputs.isEmpty())
            return;
        for (QAction* action : findChildren<QAction*>()) {
            if (action->menu() || action->isSeparator())
                continue;
            m_lockedInputs.append({action, action->isEnabled()});
            action->setEnabled(false);
        }
        for (QShortcut* shortcut : findChildren<QShortcut*>()) {
            m_lockedInputs.append({shortcut, shortcut->isEnabled()});
            shortcut->setEnabled(false);
        }
        menuBar()->setEnabled(false);
        return;
    }
    for (const auto& [object, enabled] : m_lockedInputs) {
        if (auto* action = qobject_cast<QAction*>(object.data()))
            action->setEnabled(enabled);
        else if (auto* shortcut = qobject_cast<QShortcut*>(object.data()))
            shortcut->setEnabled(enabled);
    }
    m_lockedInputs.clear();
    menuBar()->setEnabled(true);
}

AccountsDialog* MainWindow::openAccounts()
{
    if (!m_accountsAction->isEnabled())
        return nullptr;
    auto* dialog = new AccountsDialog(m_workspace.accounts(), m_workspace.clock(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ChangePasswordDialog* MainWindow::changePassword()
{
    if (!m_workspace.database().session())
        return nullptr;
    auto* dialog = new ChangePasswordDialog(m_workspace.accounts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_banner->show(MessageBanner::Kind::Info, tr("Your password was changed."));
    });
    dialog->open();
    return dialog;
}

void MainWindow::chooseIdleMinutes()
{
    bool ok = false;
    const int minutes = QInputDialog::getInt(
        this, tr("Idle lock"), tr("Lock the window after this many minutes without input:"),
        IdleWatcher::minutesSetting(), 1, 240, 1, &ok);
    if (!ok)
        return;
    IdleWatcher::setMinutesSetting(minutes);
    m_idle->setTimeout(std::chrono::minutes(minutes));
    m_banner->show(MessageBanner::Kind::Info,
                   tr("The window locks after %n minute(s) without input.", nullptr, minutes));
}

void MainWindow::updateStatus()
{
    const int shown = m_proxy->rowCount();
    statusBar()->showMessage(m_ui->searchEdit->text().trimmed().isEmpty()
                                 ? tr("%n patient(s)", nullptr, shown)
                                 : tr("%n patient(s) match the search", nullptr, shown));
}

void MainWindow::openForm(PatientFormDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const clinical::Patient saved = dialog->savedPatient();
        reload();
        if (m_model->rowOfId(saved.id) < 0) {
            // Saved but hidden by the current search: clear it so the patient can be seen.
            m_ui->searchEdit->clear();
            m_searchDelay->stop();
            reload();
        }
        selectPatient(saved.id);
        m_banner->show(MessageBanner::Kind::Info, tr("Saved %1 (%2).").arg(saved.name, saved.mrn));
    });
    dialog->open();
}

PatientFormDialog* MainWindow::newPatient()
{
    auto* dialog = new PatientFormDialog(m_workspace.patients(), m_workspace.clock(), m_user, this);
    openForm(dialog);
    return dialog;
}

PatientFormDialog* MainWindow::editSelectedPatient()
{
    const std::optional<clinical::Patient> patient = selectedPatient();
    if (!patient)
        return nullptr;
    // Edit what is stored now, not what the list read a while ago.
    const auto fresh = m_workspace.patients().byId(patient->id);
    if (!fresh) {
        m_banner->show(MessageBanner::Kind::Error, fresh.errorText());
        return nullptr;
    }
    auto* dialog = new PatientFormDialog(m_workspace.patients(), m_workspace.clock(), m_user, this);
    dialog->setPatient(fresh.value());
    openForm(dialog);
    return dialog;
}

void MainWindow::archiveSelectedPatient(bool archived)
{
    const std::optional<clinical::Patient> patient = selectedPatient();
    if (!patient)
        return;
    if (archived) {
        const auto answer =
            QMessageBox::question(this, tr("Archive patient"),
                                  tr("Archive %1 (%2)? The record is kept and can be restored; it "
                                     "is hidden from the list.")
                                      .arg(patient->name, patient->mrn),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    const auto result =
        m_workspace.patients().setArchived(patient->id, patient->rowVersion, archived, m_user);
    if (!result) {
        m_banner->show(MessageBanner::Kind::Error, result.errorText());
        reload();
        return;
    }
    reload();
    m_banner->show(MessageBanner::Kind::Info,
                   archived ? tr("Archived %1 (%2).").arg(patient->name, patient->mrn)
                            : tr("Restored %1 (%2).").arg(patient->name, patient->mrn));
}

void MainWindow::buildPatientTabs()
{
    m_results = new LabResultsPage;
    m_entry = new LabEntryPage(m_workspace, m_user, m_undoStack);
    // The assessment tab: the signature bar above the scrolling assessment.
    auto* assessmentArea = new QScrollArea;
    assessmentArea->setWidgetResizable(true);
    assessmentArea->setFrameShape(QFrame::NoFrame);
    assessmentArea->setWidget(m_assessment);
    m_signatures = new SignaturePanel(m_workspace);
    auto* assessmentPage = new QWidget;
    auto* assessmentLayout = new QVBoxLayout(assessmentPage);
    assessmentLayout->setContentsMargins(0, 0, 0, 0);
    assessmentLayout->setSpacing(0);
    assessmentLayout->addWidget(m_signatures);
    assessmentLayout->addWidget(assessmentArea, 1);
    connect(m_signatures, &SignaturePanel::signedAssessment, this,
            [this] { m_banner->show(MessageBanner::Kind::Info, m_signatures->statusText()); });
    m_timeline = new TimelineView;
    m_events = new EventsPage(m_workspace, m_user);
    m_ui->patientTabs->addTab(m_timeline, QString());
    m_ui->patientTabs->addTab(assessmentPage, QString());
    m_ui->patientTabs->addTab(m_results, QString());
    m_ui->patientTabs->addTab(m_entry, QString());
    m_ui->patientTabs->addTab(m_events, QString());
    retranslateTabs();
    connect(m_entry, &LabEntryPage::resultsChanged, this, &MainWindow::reloadResults);
    connect(m_events, &EventsPage::eventsChanged, this, &MainWindow::reloadResults);
    // A click on the timeline opens what was clicked: an event in the Events tab, a result in
    // the Results tab.
    // The timeline numbers the case's events in date order, as the Events page lists them.
    connect(m_timeline, &TimelineView::eventActivated, this, [this](int index) {
        const QList<storage::StoredEvent> events = m_events->events();
        if (index < 0 || index >= events.size())
            return;
        m_ui->patientTabs->setCurrentWidget(m_events);
        m_events->selectEvent(events[index].id);
    });
    connect(m_timeline, &TimelineView::resultActivated, this, [this](qint64 resultId) {
        m_ui->patientTabs->setCurrentWidget(m_results);
        m_results->selectResult(resultId);
    });
}

void MainWindow::retranslateTabs()
{
    m_ui->patientTabs->setTabText(1, tr("&Timeline"));
    m_ui->patientTabs->setTabText(2, tr("Assess&ment"));
    m_ui->patientTabs->setTabText(3, tr("&Results"));
    m_ui->patientTabs->setTabText(4, tr("E&nter results"));
    m_ui->patientTabs->setTabText(5, tr("E&vents"));
}

void MainWindow::showTab(const QString& name)
{
    const QStringList names{QStringLiteral("overview"),   QStringLiteral("timeline"),
                            QStringLiteral("assessment"), QStringLiteral("results"),
                            QStringLiteral("entry"),      QStringLiteral("events")};
    if (const qsizetype index = names.indexOf(name); index >= 0)
        m_ui->patientTabs->setCurrentIndex(int(index));
}

void MainWindow::reloadResults()
{
    const std::optional<clinical::Patient> patient = selectedPatient();
    if (!patient) {
        m_results->setResults({}, std::nullopt);
        m_assessment->clear();
        m_signatures->clear();
        m_timeline->setData({});
        return;
    }
    // One read of the case feeds both the assessment and the results page.
    QString error;
    const auto assessed = AssessmentOverviewWidget::assessStored(m_workspace, patient->id, &error);
    if (!assessed) {
        m_banner->show(MessageBanner::Kind::Error, error);
        return;
    }
    const auto plan = workspace::CasePlan::review(m_workspace, assessed->first, assessed->second);
    if (!plan)
        m_banner->show(MessageBanner::Kind::Error, plan.errorText());
    const std::optional<workspace::CasePlanView> planView = plan ? plan.value() : std::nullopt;
    m_assessment->setAssessment(assessed->first, assessed->second, planView);
    m_signatures->setCase(patient->id, assessed->first);
    m_timeline->setCase(assessed->first, assessed->second,
                        planView ? std::optional<clinical::PlanReview>(planView->review)
                                 : std::nullopt,
                        m_workspace.clock().today());
    m_results->setResults(assessed->first.results, patient->sex);
}

LabImportDialog* MainWindow::importLabResults(const QString& path)
{
    auto* dialog =
        new LabImportDialog(m_workspace.database().location(), m_workspace.clock(), m_user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LabImportDialog::finished, this, [this](bool committed) {
        if (committed) {
            reloadResults();
            if (const auto patient = selectedPatient())
                m_entry->setPatient(*patient);
        }
    });
    dialog->setSession(m_workspace.database().session());
    if (!path.isEmpty())
        dialog->setFile(path);
    dialog->open();
    return dialog;
}

CaseSummaryDialog* MainWindow::exportSummary()
{
    const std::optional<clinical::Patient> patient = selectedPatient();
    if (!patient)
        return nullptr;
    // A PDF leaves through no repository: the export right is checked here.
    if (const std::optional<storage::Session>& session = m_workspace.database().session()) {
        if (const QString why = storage::Permissions::refusal(session, storage::Action::Export);
            !why.isEmpty()) {
            m_banner->show(MessageBanner::Kind::Error, why);
            return nullptr;
        }
    }
    auto* dialog = new CaseSummaryDialog(m_workspace, patient->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ApplyProtocolDialog* MainWindow::applyProtocol()
{
    const std::optional<clinical::Patient> patient = selectedPatient();
    if (!patient)
        return nullptr;
    auto* dialog = new ApplyProtocolDialog(
        storage::ProtocolRepository(m_workspace.database(), m_workspace.clock()), patient->id,
        m_user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reloadResults();
        m_banner->show(MessageBanner::Kind::Info, tr("The protocol was applied."));
    });
    dialog->open();
    return dialog;
}

void MainWindow::openLabCodes()
{
    auto* dialog = new LabCodeMapDialog(m_workspace.labCodes(), m_user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_languageGroup->actions().constFirst()->setText(tr("Follow the system"));
        m_model->retranslate();
        retranslateTabs();
        updateStatus();
        if (m_accountsAction)
            retranslateAccountActions();
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the search field moves into the list, so search-then-pick needs no mouse.
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_ui->patientTable->setFocus();
            if (!selectedPatient())
                m_ui->patientTable->selectRow(0);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_proxy->rowCount() > 0) {
            m_searchDelay->stop();
            reload();
            m_ui->patientTable->setFocus();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace mmtrack::gui
