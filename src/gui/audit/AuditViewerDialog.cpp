#include "gui/audit/AuditViewerDialog.h"

#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace mmtrack::gui {

namespace {

QString actionText(const QString& action)
{
    if (action == QLatin1String("insert"))
        return AuditLogModel::tr("added");
    if (action == QLatin1String("update"))
        return AuditLogModel::tr("changed");
    if (action == QLatin1String("delete"))
        return AuditLogModel::tr("deleted");
    return action;
}

QString tableText(const QString& table)
{
    if (table == QLatin1String("patients"))
        return AuditLogModel::tr("Patient");
    if (table == QLatin1String("lab_results"))
        return AuditLogModel::tr("Lab result");
    if (table == QLatin1String("lab_imports"))
        return AuditLogModel::tr("Lab import");
    if (table == QLatin1String("lab_code_map"))
        return AuditLogModel::tr("Lab code");
    if (table == QLatin1String("pathway_events"))
        return AuditLogModel::tr("Event");
    if (table == QLatin1String("diagnosis_details"))
        return AuditLogModel::tr("Diagnosis details");
    if (table == QLatin1String("patient_protocols"))
        return AuditLogModel::tr("Protocol");
    return table;
}

} // namespace

void AuditLogModel::setRecords(QList<storage::AuditRecord> records, QHash<qint64, QString> patients)
{
    beginResetModel();
    m_records = std::move(records);
    m_patients = std::move(patients);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const storage::AuditRecord& record = m_records.at(index.row());
    const storage::AuditEntry& entry = record.entry;
    if (role == Qt::ToolTipRole && index.column() == ChangesColumn)
        return storage::AuditLog::changesText(entry).replace(QStringLiteral("; "),
                                                             QStringLiteral("\n"));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return entry.at.toUTC().toString(Qt::ISODate);
    case UserColumn:
        return entry.user;
    case ActionColumn:
        return actionText(entry.action);
    case TableColumn:
        return tableText(entry.table);
    case RowColumn:
        return entry.rowId;
    case PatientColumn:
        return record.patientId ? m_patients.value(*record.patientId) : QString();
    case ReasonColumn:
        return entry.reason;
    case ChangesColumn:
        return storage::AuditLog::changesText(entry);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time (UTC)");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case TableColumn:
        return tr("Record");
    case RowColumn:
        return tr("Row");
    case PatientColumn:
        return tr("Patient");
    case ReasonColumn:
        return tr("Reason");
    case ChangesColumn:
        return tr("Old → new values");
    default:
        return {};
    }
}

AuditViewerDialog::AuditViewerDialog(workspace::Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_model(new AuditLogModel(this)),
      m_view(new QTableView(this)), m_patient(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_fromEnabled(new QCheckBox(tr("&From"), this)), m_from(new QDateEdit(this)),
      m_toEnabled(new QCheckBox(tr("&To"), this)), m_to(new QDateEdit(this)),
      m_verify(new QPushButton(tr("&Verify chain"), this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Audit log"));
    resize(1000, 600);
    auto* layout = new QVBoxLayout(this);

    auto* filters = new QHBoxLayout;
    m_patient->setPlaceholderText(tr("MRN or name"));
    m_patient->setClearButtonEnabled(true);
    m_user->setPlaceholderText(tr("User name"));
    m_user->setClearButtonEnabled(true);
    auto* patientLabel = new QLabel(tr("&Patient:"), this);
    patientLabel->setBuddy(m_patient);
    auto* userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(today);
        edit->setEnabled(false);
    }
    filters->addWidget(patientLabel);
    filters->addWidget(m_patient, 1);
    filters->addWidget(userLabel);
    filters->addWidget(m_user, 1);
    filters->addWidget(m_fromEnabled);
    filters->addWidget(m_from);
    filters->addWidget(m_toEnabled);
    filters->addWidget(m_to);
    layout->addLayout(filters);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_verify, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_verify, &QPushButton::clicked, this, [this] { verifyChain(); });
    connect(m_patient, &QLineEdit::textChanged, this, &AuditViewerDialog::refresh);
    connect(m_user, &QLineEdit::textChanged, this, &AuditViewerDialog::refresh);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox* box : {m_fromEnabled, m_toEnabled})
        connect(box, &QCheckBox::toggled, this, &AuditViewerDialog::refresh);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditViewerDialog::refresh);
    refresh();
}

void AuditViewerDialog::refresh()
{
    storage::AuditFilter filter;
    filter.user = m_user->text().trimmed();
    if (m_fromEnabled->isChecked())
        filter.from = m_from->date();
    if (m_toEnabled->isChecked())
        filter.to = m_to->date();

    // Every patient, archived ones too: their labels, and the ones the patient filter matches.
    storage::PatientQuery all;
    all.includeArchived = true;
    const auto patients = m_workspace.patients().search(all);
    QHash<qint64, QString> labels;
    if (patients)
        for (const clinical::Patient& patient : patients.value())
            labels.insert(patient.id, patient.mrn + QStringLiteral(" · ") + patient.name);
    const QString text = m_patient->text().trimmed();
    QSet<qint64> wanted;
    if (!text.isEmpty()) {
        storage::PatientQuery matching;
        matching.text = text;
        matching.includeArchived = true;
        const auto found = m_workspace.patients().search(matching);
        if (found)
            for (const clinical::Patient& patient : found.value())
                wanted.insert(patient.id);
    }

    const auto rows = storage::AuditLog::query(m_workspace.database().connection(), filter);
    if (!rows) {
        m_model->setRecords({}, labels);
        m_message->setText(rows.errorText());
        return;
    }
    QList<storage::AuditRecord> shown;
    for (const storage::AuditRecord& record : rows.value())
        if (text.isEmpty() || (record.patientId && wanted.contains(*record.patientId)))
            shown << record;
    m_message->setText(tr("%n audit rows", nullptr, int(shown.size())));
    m_model->setRecords(std::move(shown), std::move(labels));
    m_view->resizeColumnsToContents();
}

bool AuditViewerDialog::verifyChain()
{
    const auto result = storage::AuditLog::verify(m_workspace.database().connection());
    if (!result) {
        m_message->setText(result.errorText());
        return false;
    }
    if (result.value().intact()) {
        m_message->setText(
            tr("The audit log is intact: %n rows, none changed or removed outside mmtrack.",
               nullptr, int(result.value().rows)));
        return true;
    }
    m_message->setText(tr("The audit log was altered outside mmtrack: %1")
                           .arg(storage::AuditLog::describe(*result.value().broken)));
    return false;
}

} // namespace mmtrack::gui
