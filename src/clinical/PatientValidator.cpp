#include "clinical/PatientValidator.h"

#include <QLocale>
#include <algorithm>

namespace mmtrack::clinical {

namespace {

bool hasControlCharacters(const QString& text, bool allowLineBreaks)
{
    for (const QChar c : text) {
        if (allowLineBreaks && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// Accepts "68", "68.5" and the decimal comma "68,5".
std::optional<double> parseDecimal(QString text)
{
    text = text.trimmed();
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

} // namespace

Result<Patient> PatientValidator::fromDraft(const PatientDraft& draft, QDate today)
{
    Problems problems;
    Patient patient;
    patient.mrn = draft.mrn.trimmed();
    patient.name = draft.name.trimmed();
    patient.notes = draft.notes.trimmed();

    const QString sex = draft.sex.trimmed();
    if (!sex.isEmpty()) {
        patient.sex = sexFromCode(sex);
        if (!patient.sex)
            problems << Problem{field::sex, tr("Unknown sex \"%1\": use male or female.").arg(sex)};
    }

    auto parseDate = [&](const QString& text, const QString& where) -> std::optional<PartialDate> {
        if (text.trimmed().isEmpty())
            return std::nullopt;
        auto date = PartialDate::fromIso(text);
        if (!date)
            problems << Problem{where, tr("\"%1\" is not a date: write YYYY-MM-DD, or YYYY-MM "
                                          "or YYYY when only that much is known.")
                                           .arg(text.trimmed())};
        return date;
    };
    patient.birthDate = parseDate(draft.birthDate, field::birthDate);
    patient.diagnosisDate = parseDate(draft.diagnosisDate, field::diagnosisDate);

    if (!draft.weightKg.trimmed().isEmpty()) {
        patient.weightKg = parseDecimal(draft.weightKg);
        if (!patient.weightKg)
            problems << Problem{
                field::weightKg,
                tr("\"%1\" is not a number of kilograms.").arg(draft.weightKg.trimmed())};
    }

    const QString heavy = draft.heavyChain.trimmed();
    if (!heavy.isEmpty()) {
        patient.heavyChain = heavyChainFromCode(heavy);
        if (!patient.heavyChain)
            problems << Problem{field::heavyChain,
                                tr("Unknown heavy chain \"%1\": use one of %2.")
                                    .arg(heavy, allHeavyChainCodes().join(QStringLiteral(", ")))};
    }
    const QString light = draft.lightChain.trimmed();
    if (!light.isEmpty()) {
        patient.lightChain = lightChainFromCode(light);
        if (!patient.lightChain)
            problems << Problem{field::lightChain,
                                tr("Unknown light chain \"%1\": use kappa or lambda.").arg(light)};
    }

    // Rules on the parsed values, skipping fields that already failed to parse.
    for (const Problem& problem : check(patient, today)) {
        const bool alreadyReported =
            std::any_of(problems.cbegin(), problems.cend(),
                        [&](const Problem& p) { return p.where == problem.where; });
        if (!alreadyReported)
            problems << problem;
    }
    if (!problems.isEmpty()) {
        // In the order of the form, so the first problem is the first field to correct.
        const QStringList order{field::mrn,        field::name,       field::sex,
                                field::birthDate,  field::weightKg,   field::diagnosisDate,
                                field::heavyChain, field::lightChain, field::notes};
        std::stable_sort(problems.begin(), problems.end(), [&](const Problem& a, const Problem& b) {
            return order.indexOf(a.where) < order.indexOf(b.where);
        });
        return problems;
    }
    return patient;
}

Problems PatientValidator::check(const Patient& patient, QDate today)
{
    Problems problems;
    if (patient.mrn.isEmpty())
        problems << Problem{field::mrn, tr("The medical record number (MRN) is required.")};
    else if (patient.mrn.size() > kMaxMrnLength)
        problems << Problem{field::mrn,
                            tr("The MRN is longer than %1 characters.").arg(kMaxMrnLength)};
    else if (std::any_of(patient.mrn.cbegin(), patient.mrn.cend(),
                         [](QChar c) { return c.isSpace(); }) ||
             hasControlCharacters(patient.mrn, false))
        problems << Problem{field::mrn,
                            tr("The MRN may not contain spaces or control characters.")};

    if (patient.name.isEmpty())
        problems << Problem{field::name, tr("The patient's name is required.")};
    else if (patient.name.size() > kMaxNameLength)
        problems << Problem{field::name,
                            tr("The name is longer than %1 characters.").arg(kMaxNameLength)};
    else if (hasControlCharacters(patient.name, false))
        problems << Problem{field::name, tr("The name may not contain control characters.")};

    if (!patient.sex)
        problems << Problem{field::sex, tr("Choose the patient's sex.")};

    bool birthDateValid = patient.birthDate.has_value();
    if (patient.birthDate) {
        birthDateValid = false;
        if (patient.birthDate->earliest() > today)
            problems << Problem{
                field::birthDate,
                tr("The birth date %1 is in the future.").arg(patient.birthDate->toIso())};
        else if (patient.birthDate->year() < kEarliestBirthYear)
            problems << Problem{field::birthDate, tr("The birth date %1 is before %2.")
                                                      .arg(patient.birthDate->toIso())
                                                      .arg(kEarliestBirthYear)};
        else
            birthDateValid = true;
    }
    if (patient.diagnosisDate) {
        if (patient.diagnosisDate->earliest() > today)
            problems << Problem{
                field::diagnosisDate,
                tr("The diagnosis date %1 is in the future.").arg(patient.diagnosisDate->toIso())};
        else if (birthDateValid && patient.diagnosisDate->latest() < patient.birthDate->earliest())
            problems << Problem{
                field::diagnosisDate,
                tr("The diagnosis date %1 is before the birth date %2.")
                    .arg(patient.diagnosisDate->toIso(), patient.birthDate->toIso())};
    }
    if (patient.weightKg &&
        (!(*patient.weightKg >= kMinWeightKg) || !(*patient.weightKg <= kMaxWeightKg)))
        problems << Problem{field::weightKg,
                            tr("A weight of %1 kg is not plausible (expected %2–%3 kg).")
                                .arg(*patient.weightKg)
                                .arg(kMinWeightKg)
                                .arg(kMaxWeightKg)};
    if (patient.notes.size() > kMaxNotesLength)
        problems << Problem{field::notes,
                            tr("The notes are longer than %1 characters.").arg(kMaxNotesLength)};
    else if (hasControlCharacters(patient.notes, true))
        problems << Problem{field::notes, tr("The notes may not contain control characters.")};
    return problems;
}

PatientDraft PatientValidator::toDraft(const Patient& patient)
{
    PatientDraft draft;
    draft.mrn = patient.mrn;
    draft.name = patient.name;
    draft.sex = patient.sex ? sexCode(*patient.sex) : QString();
    draft.birthDate = patient.birthDate ? patient.birthDate->toIso() : QString();
    draft.weightKg =
        patient.weightKg ? QLocale::c().toString(*patient.weightKg, 'g', 6) : QString();
    draft.diagnosisDate = patient.diagnosisDate ? patient.diagnosisDate->toIso() : QString();
    draft.heavyChain = patient.heavyChain ? heavyChainCode(*patient.heavyChain) : QString();
    draft.lightChain = patient.lightChain ? lightChainCode(*patient.lightChain) : QString();
    draft.notes = patient.notes;
    return draft;
}

} // namespace mmtrack::clinical
