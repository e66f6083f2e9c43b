#pragma once

#include "clinical/Patient.h"
#include "clinical/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace mmtrack::clinical {

// A patient as typed into a form or given on the command line: every field as text.
// Codes are the case-file codes (male, IgG, kappa); an empty text means "not recorded".
struct PatientDraft {
    QString mrn;
    QString name;
    QString sex;
    QString birthDate;
    QString weightKg;
    QString diagnosisDate;
    QString heavyChain;
    QString lightChain;
    QString notes;
};

// Field keys used as Problem::where, shared by the form, the CLI and storage.
namespace field {
inline const QString mrn = QStringLiteral("mrn");
inline const QString name = QStringLiteral("name");
inline const QString sex = QStringLiteral("sex");
inline const QString birthDate = QStringLiteral("birth_date");
inline const QString weightKg = QStringLiteral("weight_kg");
inline const QString diagnosisDate = QStringLiteral("diagnosis_date");
inline const QString heavyChain = QStringLiteral("heavy_chain");
inline const QString lightChain = QStringLiteral("light_chain");
inline const QString notes = QStringLiteral("notes");
} // namespace field

// The rules a patient record must satisfy before anything is written. Every problem is
// reported at once, each naming its field, so a form can mark all of them together.
class PatientValidator {
    Q_DECLARE_TR_FUNCTIONS(PatientValidator)
public:
    static constexpr int kMaxMrnLength = 40;
    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxNotesLength = 4000;
    static constexpr double kMinWeightKg = 10.0;
    static constexpr double kMaxWeightKg = 350.0;
    static constexpr int kEarliestBirthYear = 1900;

    // Parses and checks a draft. `today` decides what is "in the future".
    static Result<Patient> fromDraft(const PatientDraft& draft, QDate today);
    // Checks an already-parsed patient (from a file or a caller); empty when valid.
    static Problems check(const Patient& patient, QDate today);

    static PatientDraft toDraft(const Patient& patient);
};

} // namespace mmtrack::clinical
