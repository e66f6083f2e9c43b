#include "gui/patients/PatientListModel.h"

#include <QFont>

namespace mmtrack::gui {

using clinical::Patient;
using clinical::PatientText;

PatientListModel::PatientListModel(QObject* parent)
    : QAbstractTableModel(parent), m_today(QDate::currentDate())
{
}

void PatientListModel::setPatients(QList<Patient> patients)
{
    beginResetModel();
    m_patients = std::move(patients);
    endResetModel();
}

void PatientListModel::setToday(QDate today)
{
    m_today = today;
    if (!m_patients.isEmpty())
        emit dataChanged(index(0, Age), index(rowCount() - 1, Age));
}

void PatientListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_patients.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Patient* PatientListModel::patientAt(int row) const
{
    return row >= 0 && row < m_patients.size() ? &m_patients[row] : nullptr;
}

int PatientListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_patients.size(); ++row)
        if (m_patients[row].id == id)
            return row;
    return -1;
}

int PatientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_patients.size());
}

int PatientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientListModel::display(const Patient& patient, int column) const
{
    switch (column) {
    case Name:
        return patient.archived ? tr("%1 (archived)").arg(patient.name) : patient.name;
    case Mrn:
        return patient.mrn;
    case Sex:
        return patient.sex ? PatientText::sex(*patient.sex) : QString();
    case Age:
        return PatientText::age(patient, m_today);
    case Isotype:
        return PatientText::isotype(patient);
    case DiagnosisDate:
        return patient.diagnosisDate ? patient.diagnosisDate->toIso() : QString();
    default:
        return {};
    }
}

QVariant PatientListModel::sortKey(const Patient& patient, int column) const
{
    switch (column) {
    case Age:
        // Oldest possible birth date first; patients without one sort last.
        return patient.birthDate ? QVariant(-patient.birthDate->earliest().toJulianDay())
                                 : QVariant(1LL << 40);
    case DiagnosisDate:
        return patient.diagnosisDate ? patient.diagnosisDate->toIso() : QString();
    case Name:
        return patient.name;
    default:
        return display(patient, column);
    }
}

QVariant PatientListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Patient& patient = m_patients[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(patient, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DiagnosisDate && patient.diagnosisDate &&
            patient.diagnosisDate->precision() != clinical::PartialDate::Precision::Day)
            return patient.diagnosisDate->precision() == clinical::PartialDate::Precision::Month
                       ? tr("Known to the month only")
                       : tr("Known to the year only");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Age)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (patient.archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case SortRole:
        return sortKey(patient, index.column());
    case PatientIdRole:
        return patient.id;
    default:
        return {};
    }
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Mrn:
        return tr("MRN");
    case Sex:
        return tr("Sex");
    case Age:
        return tr("Age");
    case Isotype:
        return tr("Isotype");
    case DiagnosisDate:
        return tr("Diagnosed");
    default:
        return {};
    }
}

} // namespace mmtrack::gui
