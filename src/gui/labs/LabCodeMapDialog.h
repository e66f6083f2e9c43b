#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace mmtrack::storage {
class LabCodeMap;
}

namespace mmtrack::gui {

// Edits the table that says which test each of the lab system's local codes means. Each
// saved or removed mapping is one audited change.
class LabCodeMapDialog : public QDialog {
    Q_OBJECT
public:
    LabCodeMapDialog(storage::LabCodeMap& map, QString user, QWidget* parent = nullptr);

    // Adds an empty row, or one for a code an import reported as unmapped.
    void addRow(const QString& code = {});
    bool save();
    QTableWidget* table() const { return m_table; }

private:
    void load();
    void removeSelected();

    storage::LabCodeMap& m_map;
    QString m_user;
    QTableWidget* m_table;
    QLabel* m_message;
    QStringList m_loadedCodes;
};

} // namespace mmtrack::gui
