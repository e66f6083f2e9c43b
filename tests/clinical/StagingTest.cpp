#include "clinical/rules/Staging.h"

#include "support/TestSupport.h"

using namespace mmtrack::clinical;

namespace {

Decimal d(const char* text)
{
    const auto value = Decimal::parse(QLatin1String(text));
    REQUIRE(value.has_value());
    return *value;
}

Cytogenetics standardRisk()
{
    Cytogenetics c;
    c.del17p = false;
    c.t4_14 = false;
    c.t14_16 = false;
    c.t14_20 = false;
    c.t11_14 = false;
    c.chr1qCopies = 2;
    c.del1p32 = Del1p32::None;
    return c;
}

// The published demo case: t(4;14) + 1q21 amplification (4 copies), del(17p) not present.
Cytogenetics demoCytogenetics()
{
    Cytogenetics c = standardRisk();
    c.del17pCcfPercent = d("0");
    c.tp53Mutation = false;
    c.t4_14 = true;
    c.chr1qCopies = 4;
    return c;
}

StagingInput labs(const char* b2, const char* albumin, const char* ldh = "200",
                  const char* uln = "250")
{
    StagingInput in;
    in.beta2mMgPerL = d(b2);
    in.albuminGPerL = d(albumin);
    in.ldhUPerL = d(ldh);
    in.ldhUpperLimit = d(uln);
    in.cytogenetics = standardRisk();
    return in;
}

std::optional<IssStage> issOf(const char* b2, const char* albumin)
{
    return Staging::iss(labs(b2, albumin)).stage;
}

} // namespace

TEST_CASE("Rule sets are named and versioned", "[clinical][rules][staging]")
{
    CHECK(QLatin1String(IssResult::kRuleSet) == QLatin1String("ISS-2005"));
    CHECK(QLatin1String(RIssResult::kRuleSet) == QLatin1String("R-ISS-2015"));
    CHECK(QLatin1String(R2IssResult::kRuleSet) == QLatin1String("R2-ISS-2022"));
}

TEST_CASE("ISS beta2-microglobulin and albumin boundaries", "[clinical][rules][staging]")
{
    CHECK(issOf("3.49", "35") == IssStage::I);
    CHECK(issOf("3.5", "35") == IssStage::II);
    CHECK(issOf("3.49", "34.9") == IssStage::II);
    CHECK(issOf("5.49", "40") == IssStage::II);
    CHECK(issOf("5.5", "40") == IssStage::III);
    CHECK(issOf("5.5", "20") == IssStage::III);

    const auto r = Staging::iss(labs("6.1", "30"));
    REQUIRE(r.explanation.size() == 1);
    CHECK(r.explanation.first() == QString::fromUtf8("ISS III: β2-microglobulin 6.1 mg/L ≥ 5.5"));
    CHECK(r.missing.isEmpty());
}

TEST_CASE("ISS with missing values", "[clinical][rules][staging]")
{
    StagingInput in = labs("5.5", "35");
    in.albuminGPerL.reset();
    CHECK(Staging::iss(in).stage == IssStage::III); // albumin irrelevant for III

    in.beta2mMgPerL = d("3.4");
    auto r = Staging::iss(in);
    CHECK_FALSE(r.stage.has_value());
    CHECK(r.possible == QList<IssStage>{IssStage::I, IssStage::II});
    CHECK(r.missing.size() == 1);

    in.beta2mMgPerL = d("4");
    CHECK(Staging::iss(in).stage == IssStage::II); // β2M alone excludes I and III

    in.beta2mMgPerL.reset();
    in.albuminGPerL = d("30");
    r = Staging::iss(in);
    CHECK_FALSE(r.stage.has_value());
    CHECK(r.possible == QList<IssStage>{IssStage::II, IssStage::III});

    in.albuminGPerL.reset();
    r = Staging::iss(in);
    CHECK(r.possible.size() == 3);
    CHECK(r.missing.size() == 2);
}

TEST_CASE("R-ISS stages and the LDH boundary", "[clinical][rules][staging]")
{
    CHECK(Staging::rIss(labs("3", "40", "250", "250")).stage == IssStage::I); // LDH == ULN
    CHECK(Staging::rIss(labs("3", "40", "251", "250")).stage == IssStage::II);
    CHECK(Staging::rIss(labs("3", "40", "250.1", "250")).stage == IssStage::II);
    CHECK(Staging::rIss(labs("6", "40", "250", "250")).stage == IssStage::II);
    CHECK(Staging::rIss(labs("6", "40", "250.1", "250")).stage == IssStage::III);

    StagingInput in = labs("6", "40", "100", "250");
    in.cytogenetics->del17p = true; // del(17p) alone counts, without a CCF
    CHECK(Staging::rIss(in).stage == IssStage::III);
    in.cytogenetics->del17p = false;
    in.cytogenetics->t14_16 = true;
    CHECK(Staging::rIss(in).stage == IssStage::III);
    in.cytogenetics->t14_16 = false;
    in.cytogenetics->chr1qCopies = 5; // 1q+ is not an R-ISS abnormality
    CHECK(Staging::rIss(in).stage == IssStage::II);

    in = labs("3", "40");
    in.cytogenetics->t4_14 = true;
    CHECK(Staging::rIss(in).stage == IssStage::II);
}

TEST_CASE("R-ISS missing-data logic", "[clinical][rules][staging]")
{
    // ISS II => R-ISS II regardless of FISH and LDH.
    StagingInput in = labs("4", "40");
    in.cytogenetics.reset();
    in.ldhUPerL.reset();
    CHECK(Staging::rIss(in).stage == IssStage::II);

    // ISS III + high LDH => III without FISH.
    in = labs("6", "40", "300", "250");
    in.cytogenetics.reset();
    CHECK(Staging::rIss(in).stage == IssStage::III);

    // ISS III + normal LDH + FISH missing => II or III.
    in.ldhUPerL = d("200");
    auto r = Staging::rIss(in);
    CHECK_FALSE(r.stage.has_value());
    CHECK(r.possible == QList<IssStage>{IssStage::II, IssStage::III});
    CHECK(r.missing.contains(QStringLiteral("FISH cytogenetics")));

    // ISS I + normal LDH + FISH missing => not evaluable (I or II).
    in = labs("3", "40");
    in.cytogenetics.reset();
    r = Staging::rIss(in);
    CHECK_FALSE(r.stage.has_value());
    CHECK(r.possible == QList<IssStage>{IssStage::I, IssStage::II});

    // A single unknown FISH item is named.
    in = labs("3", "40");
    in.cytogenetics->t14_16.reset();
    r = Staging::rIss(in);
    CHECK_FALSE(r.stage.has_value());
    CHECK(r.missing == QStringList{QStringLiteral("t(14;16)")});
}

TEST_CASE("R2-ISS points at every group boundary", "[clinical][rules][staging]")
{
    // 0 points: group I.
    auto r = Staging::r2Iss(labs("3", "40"));
    CHECK(r.stage == R2IssStage::I);
    CHECK(r.points == d("0"));

    // 0.5: 1q gain (3 copies) alone -> II.
    StagingInput in = labs("3", "40");
    in.cytogenetics->chr1qCopies = 3;
    r = Staging::r2Iss(in);
    CHECK(r.points == d("0.5"));
    CHECK(r.stage == R2IssStage::II);

    // 1: ISS II -> II.
    r = Staging::r2Iss(labs("4", "40"));
    CHECK(r.points == d("1"));
    CHECK(r.stage == R2IssStage::II);

    // 1.5: ISS III -> III.
    r = Staging::r2Iss(labs("6", "40"));
    CHECK(r.points == d("1.5"));
    CHECK(r.stage == R2IssStage::III);

    // 2: ISS III + 1q+ -> III.
    in = labs("6", "40");
    in.cytogenetics->chr1qCopies = 3;
    r = Staging::r2Iss(in);
    CHECK(r.points == d("2"));
    CHECK(r.stage == R2IssStage::III);

    // 2.5: ISS III + t(4;14) -> III.
    in = labs("6", "40");
    in.cytogenetics->t4_14 = true;
    r = Staging::r2Iss(in);
    CHECK(r.points == d("2.5"));
    CHECK(r.stage == R2IssStage::III);

    // 3: ISS II + high LDH + t(4;14) -> IV.
    in = labs("4", "40", "251", "250");
    in.cytogenetics->t4_14 = true;
    r = Staging::r2Iss(in);
    CHECK(r.points == d("3"));
    CHECK(r.stage == R2IssStage::IV);

    // 5: everything -> IV.
    in = labs("6", "40", "251", "250");
    in.cytogenetics->t4_14 = true;
    in.cytogenetics->del17p = true;
    in.cytogenetics->chr1qCopies = 4;
    r = Staging::r2Iss(in);
    CHECK(r.points == d("5"));
    CHECK(r.stage == R2IssStage::IV);

    // t(14;16) is not scored; LDH == ULN scores nothing.
    in = labs("3", "40", "250", "250");
    in.cytogenetics->t14_16 = true;
    CHECK(Staging::r2Iss(in).points == d("0"));
}

TEST_CASE("R2-ISS is not evaluable with missing data but gives the range",
          "[clinical][rules][staging]")
{
    StagingInput in = labs("3", "40");
    in.cytogenetics.reset();
    auto r = Staging::r2Iss(in);
    CHECK_FALSE(r.stage.has_value());
    CHECK_FALSE(r.points.has_value());
    CHECK(r.minPoints == d("0"));
    CHECK(r.maxPoints == d("2.5"));
    CHECK(r.possible == QList<R2IssStage>{R2IssStage::I, R2IssStage::II, R2IssStage::III});
    CHECK(r.missing.size() == 3);
}

TEST_CASE("Demo case without labs", "[clinical][rules][staging][demo]")
{
    StagingInput in;
    in.cytogenetics = demoCytogenetics();
    const auto s = Staging::evaluate(in);

    CHECK_FALSE(s.iss.stage.has_value());

    CHECK_FALSE(s.rIss.stage.has_value());
    CHECK(s.rIss.possible == QList<IssStage>{IssStage::II, IssStage::III}); // ">= II"

    CHECK_FALSE(s.r2Iss.stage.has_value());
    CHECK_FALSE(s.r2Iss.points.has_value());
    CHECK(s.r2Iss.minPoints == d("1.5"));
    CHECK(s.r2Iss.maxPoints == d("4"));
    CHECK(s.r2Iss.possible == QList<R2IssStage>{R2IssStage::III, R2IssStage::IV});
    CHECK(s.r2Iss.missing.contains(QStringLiteral("LDH (U/L)")));
}

TEST_CASE("Demo case with the illustrative values at diagnosis", "[clinical][rules][staging][demo]")
{
    StagingInput in;
    in.beta2mMgPerL = d("4.2");
    in.albuminGPerL = d("37");
    in.ldhUPerL = d("212");
    in.ldhUpperLimit = d("250");
    in.cytogenetics = demoCytogenetics();
    const auto s = Staging::evaluate(in);

    CHECK(s.iss.stage == IssStage::II);
    CHECK(s.rIss.stage == IssStage::II);
    CHECK(s.r2Iss.stage == R2IssStage::III);
    CHECK(s.r2Iss.points == d("2.5"));
    CHECK(s.r2Iss.points->toString() == QStringLiteral("2.5"));
    CHECK(s.iss.missing.isEmpty());
    CHECK(s.rIss.missing.isEmpty());
    CHECK(s.r2Iss.missing.isEmpty());
    CHECK(s.r2Iss.explanation.last() == QStringLiteral("R2-ISS III: 2.5 points"));
    CHECK(stageName(*s.r2Iss.stage) == QStringLiteral("III"));
}
