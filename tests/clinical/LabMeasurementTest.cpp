#include "clinical/LabMeasurement.h"

#include "support/TestSupport.h"

using namespace mmtrack::clinical;

namespace {

LabMeasurement::Measured measured(const char* test, const char* value, const char* unit,
                                  std::optional<Sex> sex = Sex::Male, const char* low = "",
                                  const char* high = "")
{
    const auto result =
        LabMeasurement::measure({QLatin1String(test), QLatin1String(value), QString::fromUtf8(unit),
                                 QLatin1String(low), QLatin1String(high)},
                                sex);
    INFO(result.errorText().toStdString());
    REQUIRE(result.ok());
    return result.value();
}

QString refusal(const char* test, const char* value, const char* unit)
{
    const auto result = LabMeasurement::measure(
        {QLatin1String(test), QLatin1String(value), QString::fromUtf8(unit), {}, {}}, Sex::Male);
    REQUIRE_FALSE(result.ok());
    return result.problems().first().where + QStringLiteral(": ") +
           result.problems().first().message;
}

} // namespace

TEST_CASE("Every test of the case format is in the catalogue", "[clinical][labs]")
{
    for (const char* key : {"hemoglobin",
                            "wbc",
                            "anc",
                            "neutrophil_percent",
                            "platelets",
                            "total_protein",
                            "albumin",
                            "globulin",
                            "beta2_microglobulin",
                            "ldh",
                            "creatinine",
                            "creatinine_clearance",
                            "calcium",
                            "serum_m_protein",
                            "urine_m_protein_24h",
                            "serum_ife",
                            "urine_ife",
                            "kappa_flc",
                            "lambda_flc",
                            "flc_ratio",
                            "bm_plasma_cells",
                            "bm_clonal_pc_ihc",
                            "plasmacytoma_present",
                            "plasmacytoma_spd_reduction_percent",
                            "new_bone_lesion",
                            "igg",
                            "iga",
                            "igm",
                            "mrd"}) {
        INFO(key);
        CHECK(LabCatalogue::byKey(QLatin1String(key)) != nullptr);
    }
    CHECK(LabCatalogue::byLoinc(QStringLiteral("718-7"))->key == QStringLiteral("hemoglobin"));
    CHECK(LabCatalogue::byLoinc(QStringLiteral("2160-0"))->key == QStringLiteral("creatinine"));
    CHECK(LabCatalogue::byLoinc(QStringLiteral("26499-4"))->key == QStringLiteral("anc"));
    CHECK(LabCatalogue::byLoinc(QStringLiteral("40844-3")) == nullptr); // deprecated FLC ratio code
}

TEST_CASE("Values are converted exactly to the canonical unit", "[clinical][labs]")
{
    CHECK(measured("hemoglobin", "8.3", "g/dL").value == Decimal::parse(QStringLiteral("83")));
    CHECK(measured("platelets", "15000", "/uL").value == Decimal::parse(QStringLiteral("15")));
    CHECK(measured("platelets", "15", "10^9/L").value == Decimal::parse(QStringLiteral("15")));
    CHECK(measured("creatinine", "2", "mg/dL").value == Decimal::parse(QStringLiteral("176.8")));
    CHECK(measured("urine_m_protein_24h", "0.35", "g/24h").value ==
          Decimal::parse(QStringLiteral("350")));
    CHECK(measured("kappa_flc", "85", "mg/dL").value == Decimal::parse(QStringLiteral("850")));
    CHECK(measured("flc_ratio", "89.5", "").value == Decimal::parse(QStringLiteral("89.5")));
    CHECK(measured("wbc", "4.2", "×10⁹/L").unit == QStringLiteral("10*9/L"));
}

TEST_CASE("Flags: high and low against the range, critical against the critical limits",
          "[clinical][labs]")
{
    CHECK(measured("hemoglobin", "83", "g/L").flag == LabFlag::Low);
    CHECK(measured("hemoglobin", "130", "g/L").flag == LabFlag::None); // the low end is in range
    CHECK(measured("hemoglobin", "129", "g/L").flag == LabFlag::Low);
    CHECK(measured("hemoglobin", "175", "g/L").flag == LabFlag::None);
    CHECK(measured("hemoglobin", "17.5", "g/dL").flag ==
          LabFlag::None); // exact: 175, not 175.000001
    CHECK(measured("hemoglobin", "176", "g/L").flag == LabFlag::High);
    CHECK(measured("hemoglobin", "59", "g/L").flag == LabFlag::CriticalLow);
    CHECK(measured("hemoglobin", "60", "g/L").flag == LabFlag::Low);
    CHECK(measured("anc", "0.49", "10*9/L").flag == LabFlag::CriticalLow);
    CHECK(measured("anc", "0.5", "10*9/L").flag == LabFlag::Low);
    CHECK(measured("platelets", "19", "10*9/L").flag == LabFlag::CriticalLow);
    CHECK(measured("platelets", "20", "10*9/L").flag == LabFlag::Low);
    CHECK(measured("calcium", "3.6", "mmol/L").flag == LabFlag::CriticalHigh);
    CHECK(measured("globulin", "95", "g/L").flag == LabFlag::High);
}

TEST_CASE("The default range depends on sex — a printed range wins", "[clinical][labs]")
{
    CHECK(measured("hemoglobin", "120", "g/L", Sex::Male).flag == LabFlag::Low);
    CHECK(measured("hemoglobin", "120", "g/L", Sex::Female).flag == LabFlag::None);
    const auto printed = measured("hemoglobin", "12", "g/dL", Sex::Male, "11.5", "15.0");
    CHECK(printed.refFromReport);
    CHECK(printed.refLow == Decimal::parse(QStringLiteral("115")));
    CHECK(printed.flag == LabFlag::None);
    CHECK_FALSE(measured("hemoglobin", "120", "g/L").refFromReport);
}

TEST_CASE("Impossible values, wrong units and text are refused with the field named",
          "[clinical][labs]")
{
    CHECK(refusal("hemoglobin", "830", "g/L")
              .startsWith(QStringLiteral("value: 830 g/L is not a possible")));
    CHECK(refusal("platelets", "-5", "10*9/L").startsWith(QStringLiteral("value:")));
    CHECK(refusal("hemoglobin", "83", "mg/L")
              .startsWith(QStringLiteral("unit: mg/L is not a unit for")));
    CHECK(refusal("hemoglobin", "83", "").startsWith(QStringLiteral("unit: No unit")));
    CHECK(refusal("hemoglobin", "eighty", "g/L").startsWith(QStringLiteral("value:")));
    CHECK(refusal("hemoglobin", "<60", "g/L").startsWith(QStringLiteral("value:")));
    CHECK(refusal("serum_ife", "weak", "").startsWith(QStringLiteral("value:")));
    CHECK(refusal("no_such_test", "1", "g/L").startsWith(QStringLiteral("test:")));
    const auto reversed = LabMeasurement::measure({QStringLiteral("hemoglobin"),
                                                   QStringLiteral("100"), QStringLiteral("g/L"),
                                                   QStringLiteral("150"), QStringLiteral("130")},
                                                  Sex::Male);
    CHECK_FALSE(reversed.ok());
}

TEST_CASE("Qualitative results take their words, in any case", "[clinical][labs]")
{
    CHECK(measured("serum_ife", "Negative", "").qualitative == QStringLiteral("negative"));
    CHECK(measured("bm_clonal_pc_ihc", "absent", "").qualitative == QStringLiteral("absent"));
    CHECK_FALSE(measured("serum_ife", "positive", "").value);
}

TEST_CASE("Without a recorded sex only ranges common to both sexes are used", "[clinical][labs]")
{
    const auto hb = LabMeasurement::measure(
        {QStringLiteral("hemoglobin"), QStringLiteral("120"), QStringLiteral("g/L"), {}, {}},
        std::nullopt);
    REQUIRE(hb.ok());
    CHECK_FALSE(hb.value().refLow);
    CHECK(hb.value().flag == LabFlag::None);
    const auto platelets = LabMeasurement::measure(
        {QStringLiteral("platelets"), QStringLiteral("100"), QStringLiteral("10*9/L"), {}, {}},
        std::nullopt);
    CHECK(platelets.value().flag == LabFlag::Low);
}
