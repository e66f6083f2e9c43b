#include "clinical/rules/HighRisk.h"

#include "support/TestSupport.h"

using namespace mmtrack::clinical;

namespace {

Decimal d(const char* text)
{
    const auto value = Decimal::parse(QLatin1String(text));
    REQUIRE(value.has_value());
    return *value;
}

// Everything reported and normal: no criterion met.
HighRiskInput normalInput()
{
    Cytogenetics c;
    c.del17p = false;
    c.del17pCcfPercent = d("0");
    c.tp53Mutation = false;
    c.t4_14 = false;
    c.t14_16 = false;
    c.t14_20 = false;
    c.t11_14 = false;
    c.chr1qCopies = 2;
    c.del1p32 = Del1p32::None;
    HighRiskInput in;
    in.cytogenetics = c;
    in.beta2mMgPerL = d("3");
    in.creatinineUmolPerL = d("80");
    return in;
}

} // namespace

TEST_CASE("IMS-IMWG 2025 with nothing abnormal is not high risk", "[clinical][rules][risk]")
{
    CHECK(QLatin1String(HighRiskResult::kRuleSet) == QLatin1String("IMS-IMWG-2025"));
    const auto r = HighRisk::evaluate(normalInput());
    CHECK(r.highRisk == false);
    CHECK(r.criteriaMet.isEmpty());
    CHECK(r.criteriaUndecided.isEmpty());
    CHECK(r.missing.isEmpty());
}

TEST_CASE("Criterion 1 del17p clonal fraction boundary and TP53", "[clinical][rules][risk]")
{
    HighRiskInput in = normalInput();
    in.cytogenetics->del17p = true;
    in.cytogenetics->del17pCcfPercent = d("20"); // exactly 20 %: not met (convention)
    auto r = HighRisk::evaluate(in);
    CHECK(r.highRisk == false);
    CHECK(r.criteriaMet.isEmpty());

    in.cytogenetics->del17pCcfPercent = d("20.1");
    r = HighRisk::evaluate(in);
    CHECK(r.highRisk == true);
    CHECK(r.criteriaMet == QList<int>{1});

    // del17p without a CCF: cannot decide criterion 1.
    in.cytogenetics->del17pCcfPercent.reset();
    r = HighRisk::evaluate(in);
    CHECK_FALSE(r.highRisk.has_value());
    CHECK(r.criteriaUndecided == QList<int>{1});
    CHECK(r.missing.contains(QStringLiteral("del(17p) cancer clonal fraction (%)")));

    // TP53 mutation alone meets criterion 1.
    in = normalInput();
    in.cytogenetics->tp53Mutation = true;
    CHECK(HighRisk::evaluate(in).criteriaMet == QList<int>{1});
}

TEST_CASE("Criterion 2 IgH translocation with 1q+ or del1p32", "[clinical][rules][risk]")
{
    HighRiskInput in = normalInput();
    in.cytogenetics->t4_14 = true; // t(4;14) alone is no longer high risk
    CHECK(HighRisk::evaluate(in).highRisk == false);

    in.cytogenetics->chr1qCopies = 3; // gain
    CHECK(HighRisk::evaluate(in).criteriaMet == QList<int>{2});

    in = normalInput();
    in.cytogenetics->t14_16 = true;
    in.cytogenetics->del1p32 = Del1p32::Monoallelic;
    CHECK(HighRisk::evaluate(in).criteriaMet == QList<int>{2});

    in = normalInput();
    in.cytogenetics->t14_20 = true;
    in.cytogenetics->chr1qCopies = 4;
    CHECK(HighRisk::evaluate(in).criteriaMet == QList<int>{2});

    // 1q+ without a translocation is not criterion 2.
    in = normalInput();
    in.cytogenetics->chr1qCopies = 4;
    CHECK(HighRisk::evaluate(in).highRisk == false);
}

TEST_CASE("Criterion 3 del1p32", "[clinical][rules][risk]")
{
    HighRiskInput in = normalInput();
    in.cytogenetics->del1p32 = Del1p32::Monoallelic;
    CHECK(HighRisk::evaluate(in).highRisk == false); // monoallelic without 1q+

    in.cytogenetics->chr1qCopies = 3;
    CHECK(HighRisk::evaluate(in).criteriaMet == QList<int>{3});

    in = normalInput();
    in.cytogenetics->del1p32 = Del1p32::Biallelic;
    CHECK(HighRisk::evaluate(in).criteriaMet == QList<int>{3});

    in = normalInput();
    in.cytogenetics->del1p32 = Del1p32::Monoallelic;
    in.cytogenetics->chr1qCopies.reset();
    const auto r = HighRisk::evaluate(in);
    CHECK_FALSE(r.highRisk.has_value());
    CHECK(r.criteriaUndecided == QList<int>{3});
}

TEST_CASE("Criterion 4 beta2-microglobulin with normal creatinine", "[clinical][rules][risk]")
{
    CHECK(HighRisk::creatinineLimitUmolPerL() == d("106.08"));

    HighRiskInput in = normalInput();
    in.beta2mMgPerL = d("5.49");
    CHECK(HighRisk::evaluate(in).highRisk == false);
    in.beta2mMgPerL = d("5.5");
    CHECK(HighRisk::evaluate(in).criteriaMet == QList<int>{4});

    in.creatinineUmolPerL = d("106.07");
    CHECK(HighRisk::evaluate(in).criteriaMet == QList<int>{4});
    in.creatinineUmolPerL = d("106.08"); // 1.2 mg/dL is not < 1.2 mg/dL
    CHECK(HighRisk::evaluate(in).highRisk == false);

    in.creatinineUmolPerL.reset();
    auto r = HighRisk::evaluate(in);
    CHECK_FALSE(r.highRisk.has_value());
    CHECK(r.missing == QStringList{QStringLiteral("creatinine (µmol/L)")});

    // Low β2M decides criterion 4 without creatinine.
    in.beta2mMgPerL = d("3");
    r = HighRisk::evaluate(in);
    CHECK(r.highRisk == false);
}

TEST_CASE("High risk with FISH missing", "[clinical][rules][risk]")
{
    HighRiskInput in = normalInput();
    in.cytogenetics.reset();
    auto r = HighRisk::evaluate(in);
    CHECK_FALSE(r.highRisk.has_value());
    CHECK(r.criteriaUndecided == QList<int>{1, 2, 3});
    CHECK(r.missing.contains(QStringLiteral("FISH cytogenetics")));

    in.beta2mMgPerL = d("7");
    r = HighRisk::evaluate(in);
    CHECK(r.highRisk == true); // criterion 4 alone decides
    CHECK(r.criteriaMet == QList<int>{4});
}

TEST_CASE("Demo case is high risk by criterion 2", "[clinical][rules][risk][demo]")
{
    HighRiskInput in = normalInput();
    in.cytogenetics->t4_14 = true;
    in.cytogenetics->chr1qCopies = 4;
    in.beta2mMgPerL.reset();
    in.creatinineUmolPerL.reset();
    auto r = HighRisk::evaluate(in);
    CHECK(r.highRisk == true);
    CHECK(r.criteriaMet == QList<int>{2});
    CHECK(r.criteriaUndecided == QList<int>{4});

    // With the illustrative values at diagnosis.
    in.beta2mMgPerL = d("4.2");
    in.creatinineUmolPerL = d("81");
    r = HighRisk::evaluate(in);
    CHECK(r.highRisk == true);
    CHECK(r.criteriaMet == QList<int>{2});
    CHECK(r.criteriaUndecided.isEmpty());
    CHECK(r.explanation.contains(
        QString::fromUtf8("Criterion 2 met: t(4;14) with 1q+ (4 copies of 1q21)")));
}
