#include "gui/report/ReportHeaderDialog.h"

#include "gui/report/CaseSummary.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace mmtrack::gui {

namespace {

const QString kHospital = QStringLiteral("report/hospital");
const QString kDepartment = QStringLiteral("report/department");

} // namespace

ReportHeaderDialog::ReportHeaderDialog(QWidget* parent)
    : QDialog(parent), m_hospital(new QLineEdit(this)), m_department(new QLineEdit(this))
{
    setWindowTitle(tr("Report header"));
    const QSettings settings;
    m_hospital->setText(settings.value(kHospital).toString());
    m_department->setText(settings.value(kDepartment).toString());
    // The placeholders show what an empty field prints.
    m_hospital->setPlaceholderText(CaseSummaryBuilder::hospitalSetting());
    m_department->setPlaceholderText(CaseSummaryBuilder::departmentSetting());
    auto* form = new QFormLayout;
    form->addRow(tr("&Hospital"), m_hospital);
    form->addRow(tr("&Department"), m_department);
    auto* hint = new QLabel(tr("Printed at the top of every case summary. Leave a field empty "
                               "for the default shown in it."),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ReportHeaderDialog::accept()
{
    QSettings settings;
    settings.setValue(kHospital, m_hospital->text().trimmed());
    settings.setValue(kDepartment, m_department->text().trimmed());
    QDialog::accept();
}

} // namespace mmtrack::gui
