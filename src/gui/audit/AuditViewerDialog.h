#pragma once

#include "storage/AuditLog.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QHash>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace mmtrack::workspace {
class Workspace;
}

namespace mmtrack::gui {

// Audit rows as a table: time (UTC, ISO), user, action, table, row, patient, reason and the
// values before and after.
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        UserColumn,
        ActionColumn,
        TableColumn,
        RowColumn,
        PatientColumn,
        ReasonColumn,
        ChangesColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // patients: MRN and name by patient id, for the patient column.
    void setRecords(QList<storage::AuditRecord> records, QHash<qint64, QString> patients);
    const storage::AuditRecord& record(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<storage::AuditRecord> m_records;
    QHash<qint64, QString> m_patients;
};

// The audit log, filtered by patient (part of an MRN or name), user and a range of days, with
// a button that checks the hash chain.
class AuditViewerDialog : public QDialog {
    Q_OBJECT
public:
    AuditViewerDialog(workspace::Workspace& workspace, QWidget* parent = nullptr);

    // Reads the rows again with the current filters.
    void refresh();
    // Checks the chain and shows the result; true when it is intact.
    bool verifyChain();

    AuditLogModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* patientFilter() const { return m_patient; }
    QLineEdit* userFilter() const { return m_user; }
    QCheckBox* fromEnabled() const { return m_fromEnabled; }
    QDateEdit* fromDate() const { return m_from; }
    QCheckBox* toEnabled() const { return m_toEnabled; }
    QDateEdit* toDate() const { return m_to; }
    QPushButton* verifyButton() const { return m_verify; }
    QLabel* message() const { return m_message; }

private:
    workspace::Workspace& m_workspace;
    AuditLogModel* m_model;
    QTableView* m_view;
    QLineEdit* m_patient;
    QLineEdit* m_user;
    QCheckBox* m_fromEnabled;
    QDateEdit* m_from;
    QCheckBox* m_toEnabled;
    QDateEdit* m_to;
    QPushButton* m_verify;
    QLabel* m_message;
};

} // namespace mmtrack::gui
