#include "clinical/PatientValidator.h"

#include "support/TestSupport.h"

using namespace mmtrack::clinical;

namespace {

const QDate kToday(2026, 11, 24);

PatientDraft validDraft()
{
    PatientDraft draft;
    draft.mrn = QStringLiteral("HO-0001");
    draft.name = QStringLiteral("王建国");
    draft.sex = QStringLiteral("male");
    draft.birthDate = QStringLiteral("1960-05-02");
    draft.weightKg = QStringLiteral("68,5");
    draft.diagnosisDate = QStringLiteral("2025-04");
    draft.heavyChain = QStringLiteral("IgA");
    draft.lightChain = QStringLiteral("lambda");
    return draft;
}

QStringList fieldsOf(const Problems& problems)
{
    QStringList fields;
    for (const Problem& problem : problems)
        fields << problem.where;
    return fields;
}

} // namespace

TEST_CASE("A complete draft becomes a patient", "[clinical][patient]")
{
    const Result<Patient> patient = PatientValidator::fromDraft(validDraft(), kToday);
    REQUIRE(patient.ok());
    CHECK(patient.value().name == QStringLiteral("王建国"));
    CHECK(patient.value().sex == Sex::Male);
    CHECK(*patient.value().weightKg == Approx(68.5));
    CHECK(patient.value().heavyChain == HeavyChain::IgA);
    CHECK(patient.value().lightChain == LightChain::Lambda);
    CHECK(patient.value().diagnosisDate->precision() == PartialDate::Precision::Month);
}

TEST_CASE("A draft survives a round trip through a patient", "[clinical][patient]")
{
    const Result<Patient> patient = PatientValidator::fromDraft(validDraft(), kToday);
    const PatientDraft again = PatientValidator::toDraft(patient.value());
    CHECK(again.weightKg == QStringLiteral("68.5"));
    CHECK(PatientValidator::fromDraft(again, kToday).ok());
}

TEST_CASE("Each bad field is reported under its own name, all at once", "[clinical][patient]")
{
    PatientDraft draft = validDraft();
    draft.mrn = QStringLiteral("   ");
    draft.name.clear();
    draft.sex = QStringLiteral("unknown");
    draft.birthDate = QStringLiteral("2030-01-01");
    draft.weightKg = QStringLiteral("heavy");
    draft.diagnosisDate = QStringLiteral("April 2025");
    draft.heavyChain = QStringLiteral("IgX");
    draft.lightChain = QStringLiteral("mu");
    const Result<Patient> patient = PatientValidator::fromDraft(draft, kToday);
    REQUIRE_FALSE(patient.ok());
    const QStringList fields = fieldsOf(patient.problems());
    for (const QString& expected :
         {field::mrn, field::name, field::sex, field::birthDate, field::weightKg,
          field::diagnosisDate, field::heavyChain, field::lightChain})
        CHECK(fields.count(expected) == 1);
}

TEST_CASE("Dates in the future are refused, today is accepted", "[clinical][patient]")
{
    PatientDraft draft = validDraft();
    draft.birthDate = QStringLiteral("2026-11-25");
    CHECK(fieldsOf(PatientValidator::fromDraft(draft, kToday).problems()) ==
          QStringList{field::birthDate});
    draft.birthDate = QStringLiteral("2026-11-24");
    draft.diagnosisDate = QStringLiteral("2026-11-24");
    CHECK(PatientValidator::fromDraft(draft, kToday).ok());
    draft.diagnosisDate = QStringLiteral("2026-12"); // the month has not begun
    CHECK(fieldsOf(PatientValidator::fromDraft(draft, kToday).problems()) ==
          QStringList{field::diagnosisDate});
    draft.diagnosisDate = QStringLiteral("2026-11"); // the current month may hold today
    CHECK(PatientValidator::fromDraft(draft, kToday).ok());
}

TEST_CASE("A diagnosis before birth is refused", "[clinical][patient]")
{
    PatientDraft draft = validDraft();
    draft.birthDate = QStringLiteral("1990-06");
    draft.diagnosisDate = QStringLiteral("1990-05-31");
    CHECK(fieldsOf(PatientValidator::fromDraft(draft, kToday).problems()) ==
          QStringList{field::diagnosisDate});
    draft.diagnosisDate = QStringLiteral("1990"); // may be after June 1990
    CHECK(PatientValidator::fromDraft(draft, kToday).ok());
}

TEST_CASE("Implausible weights are refused at both ends", "[clinical][patient]")
{
    PatientDraft draft = validDraft();
    for (const char* weight : {"9.9", "350.1", "0", "-60", "nan", "inf"}) {
        INFO(weight);
        draft.weightKg = QLatin1String(weight);
        CHECK(fieldsOf(PatientValidator::fromDraft(draft, kToday).problems()) ==
              QStringList{field::weightKg});
    }
    for (const char* weight : {"10", "350", "45.2"}) {
        draft.weightKg = QLatin1String(weight);
        CHECK(PatientValidator::fromDraft(draft, kToday).ok());
    }
}

TEST_CASE("MRNs with spaces or control characters are refused", "[clinical][patient]")
{
    PatientDraft draft = validDraft();
    for (const QString& mrn :
         {QStringLiteral("HO 1"), QStringLiteral("HO\t1"), QString(41, QLatin1Char('1'))}) {
        draft.mrn = mrn;
        CHECK(fieldsOf(PatientValidator::fromDraft(draft, kToday).problems()) ==
              QStringList{field::mrn});
    }
    draft.mrn = QStringLiteral("  HO-0001  "); // surrounding spaces are trimmed
    CHECK(PatientValidator::fromDraft(draft, kToday).value().mrn == QStringLiteral("HO-0001"));
}

TEST_CASE("Optional fields may stay empty", "[clinical][patient]")
{
    PatientDraft draft;
    draft.mrn = QStringLiteral("A1");
    draft.name = QStringLiteral("李");
    draft.sex = QStringLiteral("female");
    const Result<Patient> patient = PatientValidator::fromDraft(draft, kToday);
    REQUIRE(patient.ok());
    CHECK_FALSE(patient.value().birthDate);
    CHECK_FALSE(patient.value().weightKg);
    CHECK_FALSE(patient.value().heavyChain);
}
