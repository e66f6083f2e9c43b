#pragma once

#include "clinical/Patient.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace mmtrack::gui {

// The patients shown in the main window's list, one row each. The list is filled from a
// repository search; sorting happens in a proxy on SortRole.
class PatientListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Mrn, Sex, Age, Isotype, DiagnosisDate, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, PatientIdRole };

    explicit PatientListModel(QObject* parent = nullptr);

    void setPatients(QList<clinical::Patient> patients);
    // The day ages are counted to.
    void setToday(QDate today);
    // Called after a language change so that headers and words are asked for again.
    void retranslate();

    const clinical::Patient* patientAt(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const clinical::Patient& patient, int column) const;
    QVariant sortKey(const clinical::Patient& patient, int column) const;

    QList<clinical::Patient> m_patients;
    QDate m_today;
};

} // namespace mmtrack::gui
