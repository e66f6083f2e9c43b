#include "clinical/rules/Diagnosis.h"

#include "support/TestSupport.h"

using namespace mmtrack::clinical;

namespace {

Decimal d(const char* text)
{
    const auto value = Decimal::parse(QLatin1String(text));
    REQUIRE(value.has_value());
    return *value;
}

// Clonal disease (BMPC 20 %) and every MDE input reported and normal.
DiagnosisInput noEvent()
{
    DiagnosisInput in;
    in.clonalBmpcPercent = d("20");
    in.biopsyProvenPlasmacytoma = false;
    in.calciumMmolPerL = d("2.4");
    in.calciumUpperLimit = d("2.6");
    in.creatinineClearanceMlPerMin = d("90");
    in.creatinineUmolPerL = d("80");
    in.hemoglobinGPerL = d("140");
    in.hemoglobinLowerLimit = d("130");
    in.osteolyticLesions = 0;
    in.kappaFlcMgPerL = d("30");
    in.lambdaFlcMgPerL = d("15");
    in.mriFocalLesions = 0;
    return in;
}

QList<MyelomaDefiningEvent> eventsOf(const DiagnosisInput& in)
{
    const auto r = Diagnosis::evaluate(in);
    if (r.events.isEmpty())
        CHECK(r.multipleMyeloma == false);
    else
        CHECK(r.multipleMyeloma == true);
    return r.events;
}

using E = MyelomaDefiningEvent;

} // namespace

TEST_CASE("IMWG 2014 with no myeloma-defining event", "[clinical][rules][diagnosis]")
{
    CHECK(QLatin1String(DiagnosisResult::kRuleSet) == QLatin1String("IMWG-2014-diagnosis"));
    const auto r = Diagnosis::evaluate(noEvent());
    CHECK(r.multipleMyeloma == false);
    CHECK(r.clonalPlasmaCellDisease == true);
    CHECK(r.events.isEmpty());
    CHECK(r.undecidedEvents.isEmpty());
    CHECK(r.missing.isEmpty());
}

TEST_CASE("Hypercalcaemia boundaries", "[clinical][rules][diagnosis]")
{
    DiagnosisInput in = noEvent();
    in.calciumUpperLimit = d("2.6");
    in.calciumMmolPerL = d("2.75");
    CHECK(eventsOf(in).isEmpty()); // 2.75 not met, ULN + 0.25 = 2.85 not exceeded
    in.calciumMmolPerL = d("2.76");
    CHECK(eventsOf(in) == QList<E>{E::Hypercalcemia});

    // ULN + 0.25 rule with a low ULN: 2.2 + 0.25 = 2.45.
    in.calciumUpperLimit = d("2.2");
    in.calciumMmolPerL = d("2.45");
    CHECK(eventsOf(in).isEmpty());
    in.calciumMmolPerL = d("2.46");
    CHECK(eventsOf(in) == QList<E>{E::Hypercalcemia});

    // ULN missing: > 2.75 still decides; otherwise undecided.
    in.calciumUpperLimit.reset();
    in.calciumMmolPerL = d("2.8");
    CHECK(eventsOf(in) == QList<E>{E::Hypercalcemia});
    in.calciumMmolPerL = d("2.4");
    const auto r = Diagnosis::evaluate(in);
    CHECK_FALSE(r.multipleMyeloma.has_value());
    CHECK(r.undecidedEvents == QList<E>{E::Hypercalcemia});
    CHECK(r.missing == QStringList{QStringLiteral("calcium upper limit of normal")});
}

TEST_CASE("Renal boundaries", "[clinical][rules][diagnosis]")
{
    DiagnosisInput in = noEvent();
    in.creatinineUmolPerL = d("177");
    CHECK(eventsOf(in).isEmpty());
    in.creatinineUmolPerL = d("177.1");
    CHECK(eventsOf(in) == QList<E>{E::Renal});

    in = noEvent();
    in.creatinineClearanceMlPerMin = d("40");
    CHECK(eventsOf(in).isEmpty());
    in.creatinineClearanceMlPerMin = d("39.9");
    CHECK(eventsOf(in) == QList<E>{E::Renal});

    // Either one decides when met; both are needed to rule out.
    in.creatinineUmolPerL.reset();
    CHECK(eventsOf(in) == QList<E>{E::Renal});
    in.creatinineClearanceMlPerMin = d("60");
    const auto r = Diagnosis::evaluate(in);
    CHECK_FALSE(r.multipleMyeloma.has_value());
    CHECK(r.missing == QStringList{QStringLiteral("creatinine (µmol/L)")});
}

TEST_CASE("Anaemia boundaries", "[clinical][rules][diagnosis]")
{
    DiagnosisInput in = noEvent();
    in.hemoglobinLowerLimit = d("115");
    in.hemoglobinGPerL = d("100");
    CHECK(eventsOf(in).isEmpty());
    in.hemoglobinGPerL = d("99.9");
    CHECK(eventsOf(in) == QList<E>{E::Anemia});

    // LLN 130: exactly 20 below (110) is not met, 20.1 below (109.9) is.
    in.hemoglobinLowerLimit = d("130");
    in.hemoglobinGPerL = d("110");
    CHECK(eventsOf(in).isEmpty());
    in.hemoglobinGPerL = d("109.9");
    CHECK(eventsOf(in) == QList<E>{E::Anemia});
}

TEST_CASE("Bone and MRI lesions", "[clinical][rules][diagnosis]")
{
    DiagnosisInput in = noEvent();
    in.osteolyticLesions = 1;
    CHECK(eventsOf(in) == QList<E>{E::Bone});

    in = noEvent();
    in.mriFocalLesions = 1;
    CHECK(eventsOf(in).isEmpty());
    in.mriFocalLesions = 2;
    CHECK(eventsOf(in) == QList<E>{E::MriGt1Focal});
}

TEST_CASE("Bone-marrow plasma cell boundaries", "[clinical][rules][diagnosis]")
{
    DiagnosisInput in = noEvent();
    in.clonalBmpcPercent = d("59.9");
    CHECK(eventsOf(in).isEmpty());
    in.clonalBmpcPercent = d("60");
    CHECK(eventsOf(in) == QList<E>{E::BmpcGe60});

    // Clonal criterion: 9.9 % without plasmacytoma is not myeloma even with an MDE.
    in = noEvent();
    in.hemoglobinGPerL = d("90");
    in.clonalBmpcPercent = d("9.9");
    auto r = Diagnosis::evaluate(in);
    CHECK(r.clonalPlasmaCellDisease == false);
    CHECK(r.multipleMyeloma == false);
    CHECK(r.events == QList<E>{E::Anemia});
    in.clonalBmpcPercent = d("10");
    CHECK(Diagnosis::evaluate(in).multipleMyeloma == true);
    in.clonalBmpcPercent = d("5");
    in.biopsyProvenPlasmacytoma = true;
    CHECK(Diagnosis::evaluate(in).multipleMyeloma == true);
    in.clonalBmpcPercent.reset();
    in.biopsyProvenPlasmacytoma.reset();
    r = Diagnosis::evaluate(in);
    CHECK_FALSE(r.multipleMyeloma.has_value());
    CHECK(r.missing.contains(QStringLiteral("biopsy-proven plasmacytoma")));
}

TEST_CASE("Free light chain ratio and involved level", "[clinical][rules][diagnosis]")
{
    DiagnosisInput in = noEvent();
    in.kappaFlcMgPerL = d("999");
    in.lambdaFlcMgPerL = d("10"); // ratio 99.9
    CHECK(eventsOf(in).isEmpty());
    in.kappaFlcMgPerL = d("1000"); // ratio exactly 100
    CHECK(eventsOf(in) == QList<E>{E::FlcRatioGe100});

    // Lambda involved; involved FLC 99.9 vs 100 mg/L.
    in.kappaFlcMgPerL = d("0.999");
    in.lambdaFlcMgPerL = d("99.9"); // ratio 100 but involved < 100
    CHECK(eventsOf(in).isEmpty());
    in.kappaFlcMgPerL = d("1");
    in.lambdaFlcMgPerL = d("100");
    CHECK(eventsOf(in) == QList<E>{E::FlcRatioGe100});

    in.lambdaFlcMgPerL.reset();
    const auto r = Diagnosis::evaluate(in);
    CHECK_FALSE(r.multipleMyeloma.has_value());
    CHECK(r.undecidedEvents == QList<E>{E::FlcRatioGe100});
}

TEST_CASE("Demo case at diagnosis", "[clinical][rules][diagnosis][demo]")
{
    DiagnosisInput in;
    in.clonalBmpcPercent = d("46");
    in.creatinineUmolPerL = d("81");
    in.hemoglobinGPerL = d("83");
    in.hemoglobinLowerLimit = d("130");
    in.calciumMmolPerL = d("2.38");
    in.kappaFlcMgPerL = d("845");
    in.lambdaFlcMgPerL = d("9.6");
    const auto r = Diagnosis::evaluate(in);
    CHECK(r.multipleMyeloma == true);
    QStringList codes;
    for (const auto e : r.events)
        codes << mdeCode(e);
    CHECK(codes == QStringList{QStringLiteral("anemia")});
    CHECK(r.explanation.contains(QStringLiteral("Anaemia: haemoglobin 83 g/L < 100")));
    CHECK(r.explanation.contains(
        QStringLiteral("FLC ratio 88.0 < 100: not a myeloma-defining event")));
    CHECK(r.missing.contains(QStringLiteral("MRI focal lesions")));
}
