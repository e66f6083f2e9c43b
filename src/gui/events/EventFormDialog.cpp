#include "gui/events/EventFormDialog.h"

#include "clinical/PathwayEventText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mmtrack::gui {

using clinical::PathwayEventValidator;
using clinical::Problems;
namespace field = clinical::eventField;

namespace {

constexpr int kSpacing = 8; // the 8-pixel grid of screens.md

// The order of the rows, which is also the order of Tab.
const QStringList& fieldOrder()
{
    static const QStringList order{field::type,    field::date,    field::endDate, field::phase,
                                   field::regimen, field::cycle,   field::number,  field::cd34,
                                   field::agents,  field::product, field::label,   field::note,
                                   field::reason};
    return order;
}

// A combo's choices as (text, code), keeping the chosen code across a refill.
void refill(QComboBox* combo, const QList<std::pair<QString, QString>>& items)
{
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto& [text, code] : items)
        combo->addItem(text, code);
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

} // namespace

EventFormDialog::EventFormDialog(QDate today, QWidget* parent) : QDialog(parent), m_today(today)
{
    setObjectName(QStringLiteral("eventFormDialog"));
    setStyleSheet(QStringLiteral("QLabel[state=\"error\"] { color: #A63D00; }"));
    build();
    m_date->setText(today.toString(Qt::ISODate));
    retranslate();
    onTypeChanged();
    m_type->setFocus();
}

void EventFormDialog::build()
{
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(kSpacing);
    // A grid rather than a QFormLayout: on Qt 6.4 a form row shown again while the dialog is
    // open keeps no height.
    m_form = new QGridLayout;
    m_form->setVerticalSpacing(kSpacing);
    m_form->setHorizontalSpacing(kSpacing * 2);
    m_form->setColumnStretch(1, 1);
    layout->addLayout(m_form);

    m_type = new QComboBox(this);
    addField(field::type, m_type);
    m_date = new QLineEdit(this);
    m_date->setMaxLength(10);
    addField(field::date, m_date);
    m_endDate = new QLineEdit(this);
    m_endDate->setMaxLength(10);
    addField(field::endDate, m_endDate);
    m_phase = new QComboBox(this);
    addField(field::phase, m_phase);
    m_regimen = new QLineEdit(this);
    addField(field::regimen, m_regimen);
    // 0 stands for "not given" and shows as a dash.
    m_cycle = new QSpinBox(this);
    m_cycle->setRange(0, PathwayEventValidator::kMaxCycle);
    m_cycle->setSpecialValueText(QStringLiteral("—"));
    addField(field::cycle, m_cycle);
    m_number = new QSpinBox(this);
    m_number->setRange(0, 2);
    m_number->setSpecialValueText(QStringLiteral("—"));
    addField(field::number, m_number);
    m_cd34 = new QLineEdit(this);
    m_cd34Unit = new QLabel(QStringLiteral("×10⁶/kg"), this);
    addField(field::cd34, m_cd34, m_cd34Unit);
    m_agents = new QLineEdit(this);
    addField(field::agents, m_agents);
    m_product = new QComboBox(this);
    addField(field::product, m_product);
    m_label = new QLineEdit(this);
    addField(field::label, m_label);
    m_note = new QLineEdit(this);
    addField(field::note, m_note);
    m_reason = new QLineEdit(this);
    addField(field::reason, m_reason);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("eventFormMessage"));
    m_message->setProperty("state", QStringLiteral("error"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_ok->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EventFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillCombos();
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_touched.insert(field::type);
        onTypeChanged();
    });
    for (const auto& [key, combo] : {std::pair(field::phase, m_phase), {field::product, m_product}})
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key = key] { onEdited(key); });
    for (const auto& [key, spin] : {std::pair(field::cycle, m_cycle), {field::number, m_number}})
        connect(spin, &QSpinBox::valueChanged, this, [this, key = key] { onEdited(key); });
    for (const auto& [key, line] : {std::pair(field::date, m_date),
                                    {field::endDate, m_endDate},
                                    {field::regimen, m_regimen},
                                    {field::cd34, m_cd34},
                                    {field::agents, m_agents},
                                    {field::label, m_label},
                                    {field::note, m_note},
                                    {field::reason, m_reason}})
        connect(line, &QLineEdit::textEdited, this, [this, key = key] { onEdited(key); });
    setMinimumWidth(460);
}

void EventFormDialog::addField(const QString& key, QWidget* input, QWidget* extra)
{
    Field f;
    f.input = input;
    input->setObjectName(QStringLiteral("event_") + key);
    f.row = new QWidget(this);
    auto* rowLayout = new QVBoxLayout(f.row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(2);
    auto* line = new QHBoxLayout;
    line->setSpacing(kSpacing);
    line->addWidget(input, 1);
    if (extra)
        line->addWidget(extra);
    rowLayout->addLayout(line);
    f.error = new QLabel(f.row);
    f.error->setObjectName(QStringLiteral("error_") + key);
    f.error->setProperty("state", QStringLiteral("error"));
    f.error->setWordWrap(true);
    f.error->hide();
    rowLayout->addWidget(f.error);
    f.label = new QLabel(this);
    f.label->setBuddy(input);
    const int gridRow = m_form->rowCount();
    m_form->addWidget(f.label, gridRow, 0, Qt::AlignLeft | Qt::AlignTop);
    m_form->addWidget(f.row, gridRow, 1);
    m_fields.insert(key, f);
}

void EventFormDialog::fillCombos()
{
    QList<std::pair<QString, QString>> types;
    for (const QString& code : clinical::allEventTypeCodes())
        types.append(
            {clinical::PathwayEventText::typeName(*clinical::eventTypeFromCode(code)), code});
    refill(m_type, types);
    QList<std::pair<QString, QString>> phases{{QStringLiteral("—"), QString()}};
    for (const QString& code : PathwayEventValidator::phaseCodes())
        phases.append({clinical::PathwayEventText::phaseName(code), code});
    refill(m_phase, phases);
    QList<std::pair<QString, QString>> products{{QStringLiteral("—"), QString()}};
    for (const QString& code : PathwayEventValidator::productCodes())
        products.append({clinical::PathwayEventText::productName(code), code});
    refill(m_product, products);
}

void EventFormDialog::retranslate()
{
    setWindowTitle(m_editing ? tr("Edit a pathway event") : tr("Add a pathway event"));
    const QHash<QString, QString> labels{{field::type, tr("&Type")},
                                         {field::date, tr("&Date")},
                                         {field::endDate, tr("&End date")},
                                         {field::phase, tr("&Phase")},
                                         {field::regimen, tr("&Regimen")},
                                         {field::cycle, tr("&Cycle")},
                                         {field::number, tr("Transplant &number")},
                                         {field::cd34, tr("CD&34+")},
                                         {field::agents, tr("&Agents")},
                                         {field::product, tr("&Product")},
                                         {field::label, tr("&Label")},
                                         {field::note, tr("N&ote")},
                                         {field::reason, tr("Rea&son")}};
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it->label->setText(labels.value(it.key()));
    m_date->setPlaceholderText(tr("YYYY-MM-DD, or YYYY-MM or YYYY"));
    m_date->setToolTip(tr("Write only as much of the date as is known."));
    m_endDate->setPlaceholderText(tr("optional: YYYY-MM-DD"));
    m_cd34->setPlaceholderText(tr("e.g. 3.2"));
    m_cd34Unit->setAccessibleName(tr("×10⁶ CD34+ cells per kg of body weight"));
    m_agents->setPlaceholderText(tr("optional, comma-separated: G-CSF, plerixafor"));
    m_label->setPlaceholderText(tr("required, e.g. WBC engrafted"));
    m_note->setPlaceholderText(tr("optional"));
    m_reason->setPlaceholderText(tr("optional: why the line of therapy changed"));
    m_cycle->setToolTip(tr("The cycle's number within its phase; — when not known."));
    m_number->setToolTip(tr("1 for the first transplant, 2 for the second."));
    m_ok->setText(tr("OK"));
    m_cancel->setText(tr("Cancel"));
    fillCombos();
    onTypeChanged();
}

void EventFormDialog::onTypeChanged()
{
    const auto type = clinical::eventTypeFromCode(m_type->currentData().toString());
    const QStringList shown = type ? PathwayEventValidator::fieldsOf(*type) : QStringList();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (it.key() != field::type && it.key() != field::date) {
            // Hiding the widgets (not QFormLayout::setRowVisible, which on Qt 6.4 leaves a row
            // shown again without height while the dialog is open).
            it->label->setVisible(shown.contains(it.key()));
            it->row->setVisible(shown.contains(it.key()));
        }
    m_regimen->setPlaceholderText(type == clinical::EventType::Conditioning
                                      ? tr("required, e.g. MEL200")
                                      : tr("required, e.g. VRD"));
    revalidate();
    adjustSize();
}

void EventFormDialog::onEdited(const QString& key)
{
    m_touched.insert(key);
    revalidate();
}

void EventFormDialog::setEvent(const clinical::PathwayEvent& event)
{
    m_editing = true;
    const clinical::PathwayEventDraft d = PathwayEventValidator::toDraft(event);
    m_type->setCurrentIndex(std::max(0, m_type->findData(d.type)));
    m_date->setText(d.date);
    m_endDate->setText(d.endDate);
    m_phase->setCurrentIndex(std::max(0, m_phase->findData(d.phase)));
    m_regimen->setText(d.regimen);
    m_cycle->setValue(event.cycle.value_or(0));
    m_number->setValue(event.number.value_or(0));
    m_cd34->setText(d.cd34);
    m_agents->setText(d.agents);
    m_product->setCurrentIndex(std::max(0, m_product->findData(d.product)));
    m_label->setText(d.label);
    m_note->setText(d.note);
    m_reason->setText(d.reason);
    // What was stored is shown with its problems at once (a rule may have changed since).
    for (const QString& key : fieldOrder())
        m_touched.insert(key);
    retranslate();
}

clinical::PathwayEventDraft EventFormDialog::draft() const
{
    clinical::PathwayEventDraft d;
    d.type = m_type->currentData().toString();
    d.date = m_date->text();
    d.endDate = m_endDate->text();
    d.phase = m_phase->currentData().toString();
    d.regimen = m_regimen->text();
    d.cycle = m_cycle->value() > 0 ? QString::number(m_cycle->value()) : QString();
    d.number = m_number->value() > 0 ? QString::number(m_number->value()) : QString();
    d.cd34 = m_cd34->text();
    d.agents = m_agents->text();
    d.product = m_product->currentData().toString();
    d.label = m_label->text();
    d.note = m_note->text();
    d.reason = m_reason->text();
    // Hidden fields keep what was typed (a type chosen by mistake loses nothing) but never
    // reach the event.
    PathwayEventValidator::keepFieldsOfType(d);
    return d;
}

QString EventFormDialog::errorFor(const QString& key) const
{
    if (key.isEmpty())
        return m_message->isVisibleTo(this) ? m_message->text() : QString();
    const auto it = m_fields.constFind(key);
    return it != m_fields.cend() && it->error->isVisibleTo(this) ? it->error->text() : QString();
}

bool EventFormDialog::isFieldShown(const QString& key) const
{
    const auto it = m_fields.constFind(key);
    return it != m_fields.cend() && it->row->isVisibleTo(this);
}

QWidget* EventFormDialog::input(const QString& key) const
{
    return m_fields.value(key).input;
}

void EventFormDialog::revalidate()
{
    const auto parsed = PathwayEventValidator::fromDraft(draft(), m_today);
    m_ok->setEnabled(parsed.ok());
    Problems touched;
    for (const clinical::Problem& problem : parsed.problems())
        if (m_touched.contains(problem.where))
            touched << problem;
    showProblems(touched);
}

void EventFormDialog::showProblems(const Problems& problems)
{
    QStringList general;
    for (const clinical::Problem& problem : problems)
        if (!m_fields.contains(problem.where) || !isFieldShown(problem.where))
            general << problem.toString();
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        QStringList messages;
        for (const clinical::Problem& problem : problems)
            if (problem.where == it.key())
                messages << problem.message;
        it->error->setText(messages.join(QLatin1Char('\n')));
        it->error->setVisible(!messages.isEmpty());
        it->input->setAccessibleDescription(messages.join(QLatin1Char(' ')));
    }
    m_message->setText(general.join(QLatin1Char('\n')));
    m_message->setVisible(!general.isEmpty());
}

void EventFormDialog::accept()
{
    const auto parsed = PathwayEventValidator::fromDraft(draft(), m_today);
    if (!parsed) {
        for (const QString& key : fieldOrder())
            m_touched.insert(key);
        revalidate();
        if (QWidget* first = input(parsed.problems().constFirst().where))
            first->setFocus();
        return;
    }
    if (m_submit) {
        const Problems refused = m_submit(parsed.value());
        if (!refused.isEmpty()) {
            showProblems(refused);
            return;
        }
    }
    QDialog::accept();
}

void EventFormDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace mmtrack::gui
