#pragma once

#include <QDialog>

class QLineEdit;

namespace mmtrack::gui {

// Settings → Report header…: the hospital and department printed at the top of every case
// summary (QSettings "report/hospital" and "report/department"; empty: the defaults).
class ReportHeaderDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportHeaderDialog(QWidget* parent = nullptr);

    QLineEdit* hospitalEdit() const { return m_hospital; }
    QLineEdit* departmentEdit() const { return m_department; }

    void accept() override;

private:
    QLineEdit* m_hospital;
    QLineEdit* m_department;
};

} // namespace mmtrack::gui
