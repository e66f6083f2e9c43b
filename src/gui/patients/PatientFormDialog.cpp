#include "gui/patients/PatientFormDialog.h"

#include "storage/PatientRepository.h"
#include "ui_PatientFormDialog.h"

#include <QEvent>
#include <QPushButton>

namespace mmtrack::gui {

using clinical::PartialDate;
using clinical::PatientText;
namespace field = clinical::field;

namespace {

void selectCode(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QString precisionHint(const QString& text)
{
    // Only partial dates get a hint: a full date needs no comment.
    const auto date = PartialDate::fromIso(text);
    if (!date)
        return {};
    switch (date->precision()) {
    case PartialDate::Precision::Year:
        return PatientFormDialog::tr("Known to the year only");
    case PartialDate::Precision::Month:
        return PatientFormDialog::tr("Known to the month only");
    case PartialDate::Precision::Day:
        return {};
    }
    return {};
}

} // namespace

PatientFormDialog::PatientFormDialog(storage::PatientRepository& patients,
                                     const clinical::Clock& clock, QString user, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PatientFormDialog>()), m_patients(patients),
      m_clock(clock), m_user(std::move(user))
{
    m_ui->setupUi(this);
    m_fields = {
        {field::mrn, {m_ui->mrnError, m_ui->mrnEdit}},
        {field::name, {m_ui->nameError, m_ui->nameEdit}},
        {field::sex, {m_ui->sexError, m_ui->sexCombo}},
        {field::birthDate, {m_ui->birthDateError, m_ui->birthDateEdit}},
        {field::weightKg, {m_ui->weightError, m_ui->weightEdit}},
        {field::diagnosisDate, {m_ui->diagnosisDateError, m_ui->diagnosisDateEdit}},
        {field::heavyChain, {m_ui->heavyChainError, m_ui->heavyChainCombo}},
        {field::lightChain, {m_ui->lightChainError, m_ui->lightChainCombo}},
        {field::notes, {m_ui->notesError, m_ui->notesEdit}},
    };
    fillChoices();
    setWindowTitle(tr("New patient"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PatientFormDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PatientFormDialog::reject);
    connect(m_ui->birthDateEdit, &QLineEdit::textChanged, this,
            &PatientFormDialog::updateDateHints);
    connect(m_ui->diagnosisDateEdit, &QLineEdit::textChanged, this,
            &PatientFormDialog::updateDateHints);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    m_ui->mrnEdit->setFocus();
}

PatientFormDialog::~PatientFormDialog() = default;

void PatientFormDialog::fillChoices()
{
    // The combo boxes carry case-file codes as data and words for people as text.
    const QString sex = m_ui->sexCombo->currentData().toString();
    const QString heavy = m_ui->heavyChainCombo->currentData().toString();
    const QString light = m_ui->lightChainCombo->currentData().toString();
    m_ui->sexCombo->clear();
    m_ui->sexCombo->addItem(tr("— choose —"), QString());
    for (const clinical::Sex value : {clinical::Sex::Male, clinical::Sex::Female})
        m_ui->sexCombo->addItem(PatientText::sex(value), clinical::sexCode(value));
    m_ui->heavyChainCombo->clear();
    m_ui->heavyChainCombo->addItem(tr("not recorded"), QString());
    for (const QString& code : clinical::allHeavyChainCodes())
        m_ui->heavyChainCombo->addItem(PatientText::heavyChain(*clinical::heavyChainFromCode(code)),
                                       code);
    m_ui->lightChainCombo->clear();
    m_ui->lightChainCombo->addItem(tr("not recorded"), QString());
    m_ui->lightChainCombo->addItem(tr("kappa (κ)"),
                                   clinical::lightChainCode(clinical::LightChain::Kappa));
    m_ui->lightChainCombo->addItem(tr("lambda (λ)"),
                                   clinical::lightChainCode(clinical::LightChain::Lambda));
    selectCode(m_ui->sexCombo, sex);
    selectCode(m_ui->heavyChainCombo, heavy);
    selectCode(m_ui->lightChainCombo, light);
}

void PatientFormDialog::setPatient(const clinical::Patient& patient)
{
    m_editing = patient;
    const clinical::PatientDraft draft = clinical::PatientValidator::toDraft(patient);
    m_ui->mrnEdit->setText(draft.mrn);
    m_ui->nameEdit->setText(draft.name);
    selectCode(m_ui->sexCombo, draft.sex);
    m_ui->birthDateEdit->setText(draft.birthDate);
    m_ui->weightEdit->setText(draft.weightKg);
    m_ui->diagnosisDateEdit->setText(draft.diagnosisDate);
    selectCode(m_ui->heavyChainCombo, draft.heavyChain);
    selectCode(m_ui->lightChainCombo, draft.lightChain);
    m_ui->notesEdit->setPlainText(draft.notes);
    setWindowTitle(tr("Edit patient %1").arg(patient.name));
}

clinical::PatientDraft PatientFormDialog::draft() const
{
    clinical::PatientDraft draft;
    draft.mrn = m_ui->mrnEdit->text();
    draft.name = m_ui->nameEdit->text();
    draft.sex = m_ui->sexCombo->currentData().toString();
    draft.birthDate = m_ui->birthDateEdit->text();
    draft.weightKg = m_ui->weightEdit->text();
    draft.diagnosisDate = m_ui->diagnosisDateEdit->text();
    draft.heavyChain = m_ui->heavyChainCombo->currentData().toString();
    draft.lightChain = m_ui->lightChainCombo->currentData().toString();
    draft.notes = m_ui->notesEdit->toPlainText();
    return draft;
}

void PatientFormDialog::accept()
{
    clearProblems();
    clinical::Result<clinical::Patient> parsed =
        clinical::PatientValidator::fromDraft(draft(), m_clock.today());
    if (!parsed) {
        showProblems(parsed.problems());
        return;
    }
    clinical::Patient patient = std::move(parsed).value();
    const bool adding = m_editing.id == 0;
    if (!adding) {
        patient.id = m_editing.id;
        patient.rowVersion = m_editing.rowVersion;
        patient.archived = m_editing.archived;
    }
    const clinical::Result<clinical::Patient> saved =
        adding ? m_patients.add(patient, m_user) : m_patients.update(patient, m_user);
    if (!saved) {
        if (!adding) {
            // A stale edit: show what is stored now, so that the change is made again on
            // top of the other workstation's, never silently over it.
            if (auto fresh = m_patients.byId(m_editing.id);
                fresh && fresh.value().rowVersion != m_editing.rowVersion)
                setPatient(fresh.value());
        }
        showProblems(saved.problems());
        return;
    }
    m_saved = saved.value();
    QDialog::accept();
}

void PatientFormDialog::showProblems(const clinical::Problems& problems)
{
    QWidget* firstInvalid = nullptr;
    QStringList general;
    for (const clinical::Problem& problem : problems) {
        const auto it = m_fields.constFind(problem.where);
        if (it == m_fields.constEnd()) {
            general << problem.message;
            continue;
        }
        it->error->setText(QStringLiteral("⚠ ") + problem.message);
        it->error->setVisible(true);
        it->input->setAccessibleDescription(problem.message);
        if (!firstInvalid)
            firstInvalid = it->input;
    }
    if (!general.isEmpty()) {
        m_ui->formError->setText(QStringLiteral("⚠ ") + general.join(QLatin1Char('\n')));
        m_ui->formError->setVisible(true);
    }
    // Keyboard users land on the first field to correct.
    if (firstInvalid)
        firstInvalid->setFocus();
}

void PatientFormDialog::clearProblems()
{
    for (const FieldWidgets& widgets : std::as_const(m_fields)) {
        widgets.error->clear();
        widgets.error->setVisible(false);
        widgets.input->setAccessibleDescription(QString());
    }
    m_ui->formError->clear();
    m_ui->formError->setVisible(false);
}

QString PatientFormDialog::errorFor(const QString& key) const
{
    if (key.isEmpty())
        return m_ui->formError->isVisibleTo(this) ? m_ui->formError->text() : QString();
    const auto it = m_fields.constFind(key);
    return it != m_fields.constEnd() && it->error->isVisibleTo(this) ? it->error->text()
                                                                     : QString();
}

void PatientFormDialog::updateDateHints()
{
    for (auto [edit, hint] : {std::pair{m_ui->birthDateEdit, m_ui->birthDateHint},
                              std::pair{m_ui->diagnosisDateEdit, m_ui->diagnosisDateHint}}) {
        hint->setText(precisionHint(edit->text()));
        hint->setVisible(!hint->text().isEmpty());
    }
}

void PatientFormDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        updateDateHints();
    }
    QDialog::changeEvent(event);
}

} // namespace mmtrack::gui
