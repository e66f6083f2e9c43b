#include "gui/plans/ApplyProtocolDialog.h"

#include "workspace/ProtocolLibrary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace mmtrack::gui {

ApplyProtocolDialog::ApplyProtocolDialog(storage::ProtocolRepository repository, qint64 patientId,
                                         QString user, QWidget* parent)
    : QDialog(parent), m_repository(std::move(repository)), m_patientId(patientId),
      m_user(std::move(user)), m_template(new QComboBox(this)), m_start(new QLineEdit(this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Apply a protocol"));
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const clinical::ProtocolTemplate& protocol : workspace::ProtocolLibrary::shipped())
        m_template->addItem(chinese && !protocol.nameZh.isEmpty() ? protocol.nameZh : protocol.name,
                            protocol.id);
    m_start->setPlaceholderText(tr("YYYY-MM-DD"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #B00020;"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Protocol"), m_template);
    form->addRow(tr("&First step on"), m_start);
    auto* hint = new QLabel(tr("Planned steps get expected dates from this day; recorded events "
                               "are matched to them. Applying replaces the current plan."),
                            this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QLineEdit::textChanged, this, &ApplyProtocolDialog::validate);
    // Start from the patient's current plan when there is one.
    if (const auto current = m_repository.forPatient(m_patientId); current && current.value()) {
        m_template->setCurrentIndex(
            std::max(0, m_template->findData(current.value()->protocol.id)));
        m_start->setText(current.value()->start.toString(Qt::ISODate));
    }
    validate();
}

void ApplyProtocolDialog::validate()
{
    const QString text = m_start->text().trimmed();
    const bool valid = text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
    m_message->setText(valid || text.isEmpty()
                           ? QString()
                           : tr("First step on: %1 is not a date (YYYY-MM-DD).").arg(text));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid && m_template->count() > 0);
}

void ApplyProtocolDialog::accept()
{
    const auto protocol = workspace::ProtocolLibrary::byId(m_template->currentData().toString());
    if (!protocol)
        return;
    const auto applied = m_repository.apply(
        m_patientId, *protocol, QDate::fromString(m_start->text().trimmed(), Qt::ISODate), m_user);
    if (!applied) {
        m_message->setText(applied.errorText());
        return;
    }
    QDialog::accept();
}

} // namespace mmtrack::gui
