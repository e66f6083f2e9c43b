#include "gui/patients/PatientSummaryWidget.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace mmtrack::gui {

using clinical::PartialDate;
using clinical::PatientText;

namespace {

QString dateWithPrecision(const std::optional<PartialDate>& date)
{
    if (!date)
        return PatientSummaryWidget::tr("not recorded");
    switch (date->precision()) {
    case PartialDate::Precision::Year:
        return PatientSummaryWidget::tr("%1 (year only)").arg(date->toIso());
    case PartialDate::Precision::Month:
        return PatientSummaryWidget::tr("%1 (month only)").arg(date->toIso());
    case PartialDate::Precision::Day:
        return date->toIso();
    }
    return {};
}

} // namespace

PatientSummaryWidget::PatientSummaryWidget(QWidget* parent)
    : QWidget(parent), m_name(new QLabel(this)), m_identity(new QLabel(this)),
      m_archived(new QLabel(this)), m_details(new QWidget(this)),
      m_form(new QFormLayout(m_details)), m_empty(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(8);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identity->setTextFormat(Qt::PlainText);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_archived->setStyleSheet(QStringLiteral("QLabel { border: 1px solid #666666; border-radius: "
                                             "4px; padding: 2px 8px; color: #333333; }"));
    auto* header = new QHBoxLayout;
    header->setSpacing(16);
    header->addWidget(m_name);
    header->addWidget(m_archived);
    header->addStretch(1);
    layout->addLayout(header);
    layout->addWidget(m_identity);
    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setStyleSheet(QStringLiteral("color: #D0D4DA;"));
    layout->addWidget(rule);
    m_form->setHorizontalSpacing(24);
    m_form->setVerticalSpacing(8);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->addWidget(m_details);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: #666666;"));
    layout->addWidget(m_empty, 1);
    layout->addStretch(0);
    refresh();
}

void PatientSummaryWidget::setPatient(const std::optional<clinical::Patient>& patient, QDate today)
{
    m_patient = patient;
    m_today = today;
    refresh();
}

QString PatientSummaryWidget::headerText() const
{
    return m_name->text() + QLatin1Char(' ') + m_identity->text();
}

void PatientSummaryWidget::addRow(const QString& label, const QString& value)
{
    auto* valueLabel = new QLabel(value, m_details);
    valueLabel->setTextFormat(Qt::PlainText);
    valueLabel->setWordWrap(true);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* nameLabel = new QLabel(label, m_details);
    nameLabel->setStyleSheet(QStringLiteral("color: #555555;"));
    m_form->addRow(nameLabel, valueLabel);
}

void PatientSummaryWidget::refresh()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const bool shown = m_patient.has_value();
    m_name->setVisible(shown);
    m_identity->setVisible(shown);
    m_details->setVisible(shown);
    m_empty->setVisible(!shown);
    m_empty->setText(tr("Select a patient in the list, or add one with Ctrl+N."));
    m_archived->setVisible(shown && m_patient->archived);
    m_archived->setText(tr("Archived"));
    if (!shown)
        return;

    const clinical::Patient& patient = *m_patient;
    m_name->setText(patient.name);
    QStringList identity{patient.mrn};
    if (patient.sex)
        identity << PatientText::sex(*patient.sex);
    if (const QString age = PatientText::age(patient, m_today); !age.isEmpty())
        identity << tr("%1 y").arg(age);
    if (const QString isotype = PatientText::isotype(patient); !isotype.isEmpty())
        identity << isotype;
    m_identity->setText(identity.join(QStringLiteral(" · ")));

    addRow(tr("MRN"), patient.mrn);
    addRow(tr("Sex"), patient.sex ? PatientText::sex(*patient.sex) : tr("not recorded"));
    addRow(tr("Birth date"), dateWithPrecision(patient.birthDate));
    addRow(tr("Weight"), patient.weightKg
                             ? tr("%1 kg").arg(QLocale().toString(*patient.weightKg, 'f', 1))
                             : tr("not recorded"));
    addRow(tr("Diagnosis date"), dateWithPrecision(patient.diagnosisDate));
    addRow(tr("Heavy chain"),
           patient.heavyChain ? PatientText::heavyChain(*patient.heavyChain) : tr("not recorded"));
    addRow(tr("Light chain"),
           patient.lightChain ? PatientText::lightChain(*patient.lightChain) : tr("not recorded"));
    addRow(tr("Notes"), patient.notes.isEmpty() ? QStringLiteral("—") : patient.notes);
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    addRow(tr("Registered"),
           tr("%1 by %2").arg(patient.createdAt.toLocalTime().toString(format), patient.createdBy));
    addRow(tr("Last changed"),
           tr("%1 by %2").arg(patient.updatedAt.toLocalTime().toString(format), patient.updatedBy));
}

void PatientSummaryWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace mmtrack::gui
