#include "clinical/Patient.h"
#include "support/TestSupport.h"

using namespace mmtrack::clinical;

TEST_CASE("Case-file codes read back to the same values", "[clinical][codes]")
{
    for (const QString& code : allHeavyChainCodes())
        CHECK(heavyChainCode(*heavyChainFromCode(code)) == code);
    for (const QString& code : allLightChainCodes())
        CHECK(lightChainCode(*lightChainFromCode(code)) == code);
    for (const QString& code : allSexCodes())
        CHECK(sexCode(*sexFromCode(code)) == code);
    CHECK_FALSE(heavyChainFromCode(QStringLiteral("igg"))); // codes are exact
    CHECK_FALSE(sexFromCode(QStringLiteral("unknown")));
}

TEST_CASE("The isotype reads as clinicians write it", "[clinical][codes]")
{
    Patient patient;
    CHECK(PatientText::isotype(patient).isEmpty());
    patient.heavyChain = HeavyChain::IgG;
    patient.lightChain = LightChain::Kappa;
    CHECK(PatientText::isotype(patient) == QStringLiteral("IgG κ"));
    patient.heavyChain = HeavyChain::None;
    patient.lightChain = LightChain::Lambda;
    CHECK(PatientText::isotype(patient) == QStringLiteral("λ light chain only"));
}

TEST_CASE("The age shows a range when the birth date is partial", "[clinical][codes]")
{
    Patient patient;
    CHECK(PatientText::age(patient, QDate(2025, 4, 17)).isEmpty());
    patient.birthDate = PartialDate::fromIso(QStringLiteral("1989"));
    CHECK(PatientText::age(patient, QDate(2025, 4, 17)) == QStringLiteral("35–36"));
    patient.birthDate = PartialDate::fromIso(QStringLiteral("1989-03"));
    CHECK(PatientText::age(patient, QDate(2025, 4, 17)) == QStringLiteral("36"));
}
