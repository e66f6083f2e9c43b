#include "clinical/rules/Response.h"

#include "support/TestSupport.h"

#include <vector>

using namespace mmtrack::clinical;

namespace {

using Cat = ResponseCategory;

Decimal dec(const char* text)
{
    const auto value = Decimal::parse(QLatin1String(text));
    REQUIRE(value.has_value());
    return *value;
}

// One dated record, built fluently.
class Rec {
public:
    explicit Rec(QDate date) { m_obs.date = date; }
    Rec& serum(const char* v) { return set(m_obs.serumMProteinGPerL, dec(v)); }
    Rec& urine(const char* v) { return set(m_obs.urineMProteinMgPer24h, dec(v)); }
    Rec& sife(bool positive) { return set(m_obs.serumIfePositive, positive); }
    Rec& uife(bool positive) { return set(m_obs.urineIfePositive, positive); }
    Rec& ife(bool positive) { return sife(positive).uife(positive); }
    Rec& kappa(const char* v) { return set(m_obs.kappaFlcMgPerL, dec(v)); }
    Rec& lambda(const char* v) { return set(m_obs.lambdaFlcMgPerL, dec(v)); }
    Rec& ratio(const char* v) { return set(m_obs.flcRatio, dec(v)); }
    Rec& bmpc(const char* v) { return set(m_obs.bmPlasmaCellsPercent, dec(v)); }
    Rec& clonal(bool present) { return set(m_obs.bmClonalPcPresent, present); }
    Rec& plasmacytoma(bool present) { return set(m_obs.plasmacytomaPresent, present); }
    Rec& spd(const char* v) { return set(m_obs.plasmacytomaSpdReduction, dec(v)); }
    Rec& lesion(bool present) { return set(m_obs.newBoneLesion, present); }
    operator ResponseObservation() const { return m_obs; }

private:
    template <typename T, typename V> Rec& set(std::optional<T>& field, const V& value)
    {
        field = value;
        return *this;
    }
    ResponseObservation m_obs;
};

const QDate baseDay(2025, 1, 2);
const QDate start(2025, 1, 5);

QDate day(int n) // assessment dates after the first therapy event
{
    return start.addDays(30 * n);
}

ResponseResult run(const QList<ResponseObservation>& obs, QList<QDate> starts = {start},
                   ResponseRuleSet ruleSet = ResponseRuleSet::Imwg2016)
{
    ResponseInput input;
    input.ruleSet = ruleSet;
    input.observations = obs;
    input.lineStarts = starts;
    return Response::evaluate(input);
}

QString text(const ResponseAssessment& a)
{
    return (a.explanation + a.missing).join(QLatin1Char('\n'));
}

QString text(const ResponseResult& r)
{
    QStringList lines;
    for (const auto& a : r.assessments)
        lines << a.date.toString(Qt::ISODate) + QStringLiteral(" ") + categoryName(a.category) +
                     QStringLiteral(": ") + text(a);
    return lines.join(QLatin1Char('\n'));
}

// Category of the last assessment.
Cat last(const QList<ResponseObservation>& obs, ResponseRuleSet ruleSet = ResponseRuleSet::Imwg2016)
{
    const auto r = run(obs, {start}, ruleSet);
    INFO(text(r));
    REQUIRE_FALSE(r.assessments.isEmpty());
    return r.assessments.last().category;
}

// A serum/urine patient: baseline serum 100 g/L, urine 1000 mg/24 h.
ResponseObservation su(QDate date, const char* s, const char* u)
{
    return Rec(date).serum(s).urine(u);
}

} // namespace

TEST_CASE("Serum M-protein 10 g/L is measurable, 9.9 is not", "[rules][response][track]")
{
    auto r = run({Rec(baseDay).serum("10").urine("0"), Rec(day(1)).serum("10").urine("0")});
    REQUIRE(r.assessments.size() == 1);
    CHECK(r.assessments[0].track == ResponseTrack::SerumUrine);
    CHECK(r.assessments[0].category == Cat::SD);

    r = run({Rec(baseDay).serum("9.9").urine("0"), Rec(day(1)).serum("1").urine("0")});
    REQUIRE(r.assessments.size() == 1);
    CHECK(r.assessments[0].track == ResponseTrack::None);
    CHECK(r.assessments[0].category == Cat::NE);
    CHECK(r.ruleSet == QStringLiteral("IMWG-2016"));
}

TEST_CASE("Urine M-protein 200 mg per 24 h is measurable, 199 is not", "[rules][response][track]")
{
    auto r = run({Rec(baseDay).serum("2").urine("200"), Rec(day(1)).serum("2").urine("20")});
    CHECK(r.assessments[0].track == ResponseTrack::SerumUrine);
    CHECK(r.assessments[0].category == Cat::VGPR); // urine −90 % and < 100, serum not measurable
    r = run({Rec(baseDay).serum("2").urine("199"), Rec(day(1)).serum("2").urine("20")});
    CHECK(r.assessments[0].track == ResponseTrack::None);
    CHECK(r.assessments[0].category == Cat::NE);
}

TEST_CASE("Involved FLC 100 mg/L with an abnormal ratio makes the FLC-only track",
          "[rules][response][track]")
{
    const auto trackOf = [](const char* k, const char* l, const char* ratio) {
        return run({Rec(baseDay).serum("0").urine("0").kappa(k).lambda(l).ratio(ratio),
                    Rec(day(1)).kappa(k).lambda(l)})
            .assessments[0]
            .track;
    };
    CHECK(trackOf("100", "10", "10") == ResponseTrack::FlcOnly);
    CHECK(trackOf("99.9", "10", "9.99") == ResponseTrack::None);
    // Ratio 1.65 is normal, 1.66 is not.
    CHECK(trackOf("165", "100", "1.65") == ResponseTrack::None);
    CHECK(trackOf("166", "100", "1.66") == ResponseTrack::FlcOnly);
    // λ patient: 0.26 normal, 0.25 abnormal.
    CHECK(trackOf("26", "100", "0.26") == ResponseTrack::None);
    CHECK(trackOf("25", "100", "0.25") == ResponseTrack::FlcOnly);
    // Without a reported ratio it is computed exactly from κ/λ.
    const auto computed = [](const char* k, const char* l) {
        return run({Rec(baseDay).kappa(k).lambda(l), Rec(day(1)).kappa(k).lambda(l)})
            .assessments[0]
            .track;
    };
    CHECK(computed("165", "100") == ResponseTrack::None);
    CHECK(computed("165.1", "100") == ResponseTrack::FlcOnly);
    CHECK(computed("26", "100") == ResponseTrack::None);
    CHECK(computed("25.9", "100") == ResponseTrack::FlcOnly);
}

TEST_CASE("Bone-marrow track needs baseline BMPC 30 percent", "[rules][response][track]")
{
    auto r = run({Rec(baseDay).bmpc("30"), Rec(day(1)).bmpc("15")});
    CHECK(r.assessments[0].track == ResponseTrack::BmOnly);
    CHECK(r.assessments[0].category == Cat::PR);
    r = run({Rec(baseDay).bmpc("29.9"), Rec(day(1)).bmpc("10")});
    CHECK(r.assessments[0].track == ResponseTrack::None);
    CHECK(r.assessments[0].category == Cat::NE);
}

TEST_CASE("VGPR needs 90 percent serum reduction exactly, 89.99 is PR",
          "[rules][response][threshold]")
{
    CHECK(last({su(baseDay, "100", "1000"), su(day(1), "10", "60")}) == Cat::VGPR);
    CHECK(last({su(baseDay, "100", "1000"), su(day(1), "10.01", "60")}) == Cat::PR);
    // The numbers named in the explanation.
    const auto r = run({su(baseDay, "62", "380"), su(day(1), "4.1", "60")});
    CHECK(text(r.assessments[0])
              .contains(QStringLiteral(
                  "VGPR: serum M-protein 62 → 4.1 g/L (−93.4 %), urine 60 mg/24 h < 100")));
}

TEST_CASE("PR needs 50 percent, MR 25 percent, below is SD", "[rules][response][threshold]")
{
    CHECK(last({su(baseDay, "100", "1000"), su(day(1), "50", "100")}) == Cat::PR);
    CHECK(last({su(baseDay, "100", "1000"), su(day(1), "50.01", "100")}) == Cat::MR);
    CHECK(last({su(baseDay, "100", "1000"), su(day(1), "75", "100")}) == Cat::MR);
    CHECK(last({su(baseDay, "100", "1000"), su(day(1), "75.01", "100")}) == Cat::SD);
    // MR urine: 50 % reduction.
    CHECK(last({su(baseDay, "100", "1000"), su(day(1), "70", "500")}) == Cat::MR);
    CHECK(last({su(baseDay, "100", "1000"), su(day(1), "70", "500.1")}) == Cat::SD);
}

TEST_CASE("VGPR urine below 100, PR urine below 200 or reduced 90 percent",
          "[rules][response][threshold]")
{
    // Urine not measurable at baseline (150): VGPR still needs urine < 100.
    CHECK(last({su(baseDay, "100", "150"), su(day(1), "5", "99")}) == Cat::VGPR);
    CHECK(last({su(baseDay, "100", "150"), su(day(1), "5", "100")}) == Cat::PR);
    // Urine measurable (3000): PR needs −90 % (≤ 300) or < 200.
    CHECK(last({su(baseDay, "100", "3000"), su(day(1), "40", "300")}) == Cat::PR);
    CHECK(last({su(baseDay, "100", "3000"), su(day(1), "40", "300.1")}) == Cat::MR);
    CHECK(last({su(baseDay, "100", "1000"), su(day(1), "40", "199")}) == Cat::PR);
    CHECK(last({su(baseDay, "100", "1000"), su(day(1), "40", "200")}) == Cat::MR);
}

TEST_CASE("Serum PD needs 5 g/L and 25 percent over the nadir", "[rules][response][pd]")
{
    // Nadir 10: 15 is +5 and ≥ 12.5; 14.9 is +4.9.
    CHECK(last({su(baseDay, "20", "0"), su(day(1), "10", "0"), su(day(2), "15", "0")}) == Cat::PD);
    CHECK(last({su(baseDay, "20", "0"), su(day(1), "10", "0"), su(day(2), "14.9", "0")}) !=
          Cat::PD);
    // Nadir 30: 37 is +7 but below 1.25 × 30 = 37.5.
    CHECK(last({su(baseDay, "60", "0"), su(day(1), "30", "0"), su(day(2), "37", "0")}) != Cat::PD);
    CHECK(last({su(baseDay, "60", "0"), su(day(1), "30", "0"), su(day(2), "37.5", "0")}) ==
          Cat::PD);
    // The baseline itself can be the nadir.
    CHECK(last({su(baseDay, "20", "0"), su(day(1), "25", "0")}) == Cat::PD);
}

TEST_CASE("Serum PD from a nadir of 50 g/L needs 10 g/L only", "[rules][response][pd]")
{
    CHECK(last({su(baseDay, "100", "0"), su(day(1), "50", "0"), su(day(2), "60", "0")}) == Cat::PD);
    CHECK(last({su(baseDay, "100", "0"), su(day(1), "50", "0"), su(day(2), "59.9", "0")}) !=
          Cat::PD);
    // Nadir 49.9 (< 50): +10 is not enough without +25 %.
    CHECK(last({su(baseDay, "100", "0"), su(day(1), "49.9", "0"), su(day(2), "59.9", "0")}) !=
          Cat::PD);
    CHECK(last({su(baseDay, "100", "0"), su(day(1), "49.9", "0"), su(day(2), "62.375", "0")}) ==
          Cat::PD);
}

TEST_CASE("Urine PD needs 200 mg and 25 percent over the nadir", "[rules][response][pd]")
{
    CHECK(last({su(baseDay, "0", "2000"), su(day(1), "0", "400"), su(day(2), "0", "600")}) ==
          Cat::PD);
    CHECK(last({su(baseDay, "0", "2000"), su(day(1), "0", "400"), su(day(2), "0", "599")}) !=
          Cat::PD);
    // Nadir 1000: +200 is below 1.25 × 1000.
    CHECK(last({su(baseDay, "0", "4000"), su(day(1), "0", "1000"), su(day(2), "0", "1200")}) !=
          Cat::PD);
}

TEST_CASE("dFLC PD needs more than 100 mg/L and 25 percent", "[rules][response][pd][flc]")
{
    const auto flc = [](QDate d, const char* k) {
        return ResponseObservation(Rec(d).kappa(k).lambda("10"));
    };
    // Baseline dFLC 390, nadir 40, then 140 (+100: not PD) or 140.1 (PD).
    auto r = run({flc(baseDay, "400"), flc(day(1), "50"), flc(day(2), "150")});
    INFO(text(r));
    REQUIRE(r.assessments.size() == 2);
    CHECK(r.assessments[0].track == ResponseTrack::FlcOnly);
    CHECK(r.assessments[1].category != Cat::PD);
    r = run({flc(baseDay, "400"), flc(day(1), "50"), flc(day(2), "150.1")});
    CHECK(r.assessments[1].category == Cat::PD);
    CHECK(r.assessments[1].pd);
}

TEST_CASE("FLC-only VGPR needs more than 90 percent dFLC reduction", "[rules][response][flc]")
{
    const auto flc = [](QDate d, const char* k, const char* l) {
        return ResponseObservation(Rec(d).kappa(k).lambda(l));
    };
    // dFLC 800 → 80 is exactly 90 %: PR, not VGPR; 79.9 is VGPR.
    CHECK(last({flc(baseDay, "810", "10"), flc(day(1), "90", "10")}) == Cat::PR);
    CHECK(last({flc(baseDay, "810", "10"), flc(day(1), "89.9", "10")}) == Cat::VGPR);
    // PR at 50 %, SD at 49.99 %.
    CHECK(last({flc(baseDay, "810", "10"), flc(day(1), "410", "10")}) == Cat::PR);
    CHECK(last({flc(baseDay, "810", "10"), flc(day(1), "410.08", "10")}) == Cat::SD);
    // λ involved: dFLC = λ − κ.
    CHECK(last({flc(baseDay, "10", "810"), flc(day(1), "10", "89.9")}) == Cat::VGPR);
    // FLC-only CR needs a normal ratio on top of negative IFE and BMPC < 5.
    const auto cr = [](const char* ratio) {
        return last({Rec(baseDay).kappa("810").lambda("10"),
                     Rec(day(1)).kappa("12").lambda("10").ratio(ratio).ife(false).bmpc("2")});
    };
    CHECK(cr("1.2") == Cat::CR);
    CHECK(cr("1.66") == Cat::VGPR);
}

TEST_CASE("BM-only PD needs 10 points and 25 percent", "[rules][response][pd][bm]")
{
    CHECK(last({Rec(baseDay).bmpc("40"), Rec(day(1)).bmpc("20"), Rec(day(2)).bmpc("30")}) ==
          Cat::PD);
    CHECK(last({Rec(baseDay).bmpc("40"), Rec(day(1)).bmpc("20"), Rec(day(2)).bmpc("29.9")}) !=
          Cat::PD);
    CHECK(last({Rec(baseDay).bmpc("40"), Rec(day(1)).bmpc("20.1")}) == Cat::SD);
}

TEST_CASE("New bone lesion is PD", "[rules][response][pd]")
{
    CHECK(last({su(baseDay, "100", "0"), Rec(day(1)).serum("5").urine("0").lesion(true)}) ==
          Cat::PD);
    CHECK(last({su(baseDay, "100", "0"), Rec(day(1)).serum("5").urine("0").lesion(false)}) ==
          Cat::VGPR);
}

TEST_CASE("CR needs BMPC below 5 percent", "[rules][response][cr]")
{
    const auto at = [](const char* bmpc) {
        return last({su(baseDay, "100", "1000"),
                     Rec(day(1)).serum("0").urine("0").ife(false).bmpc(bmpc).ratio("3")});
    };
    CHECK(at("4.9") == Cat::CR);
    CHECK(at("5") == Cat::VGPR);
    // Without a marrow CR cannot be decided: the next lower level, with the gap listed.
    const auto r = run({su(baseDay, "100", "1000"), Rec(day(1)).serum("0").urine("0").ife(false)});
    CHECK(r.assessments[0].category == Cat::VGPR);
    CHECK(r.assessments[0].missing.contains(QStringLiteral("bone-marrow plasma cells (%)")));
    // A positive IFE is no CR.
    CHECK(last({su(baseDay, "100", "1000"),
                Rec(day(1)).serum("0").urine("0").sife(true).uife(false).bmpc("1")}) == Cat::VGPR);
}

TEST_CASE("sCR needs FLC ratio 0.26 to 1.65 and no clonal plasma cells", "[rules][response][cr]")
{
    const auto at = [](const char* ratio, bool clonal) {
        return last(
            {su(baseDay, "100", "1000"),
             Rec(day(1)).serum("0").urine("0").ife(false).bmpc("2").ratio(ratio).clonal(clonal)});
    };
    CHECK(at("0.26", false) == Cat::sCR);
    CHECK(at("1.65", false) == Cat::sCR);
    CHECK(at("0.25", false) == Cat::CR);
    CHECK(at("1.66", false) == Cat::CR);
    CHECK(at("1", true) == Cat::CR);
}

TEST_CASE("A persisting plasmacytoma blocks CR but not VGPR, PR needs SPD 50 percent",
          "[rules][response][plasmacytoma]")
{
    const auto base = ResponseObservation(Rec(baseDay).serum("100").urine("0").plasmacytoma(true));
    CHECK(last({base, Rec(day(1)).serum("0").urine("0").ife(false).bmpc("1").plasmacytoma(true)}) ==
          Cat::VGPR);
    CHECK(last({base, Rec(day(1)).serum("0").urine("0").ife(false).bmpc("1").plasmacytoma(
                          false)}) == Cat::CR);
    CHECK(last({base, Rec(day(1)).serum("40").urine("0").plasmacytoma(true).spd("50")}) == Cat::PR);
    CHECK(last({base, Rec(day(1)).serum("40").urine("0").plasmacytoma(true).spd("49.9")}) ==
          Cat::MR);
    CHECK(last({base, Rec(day(1)).serum("40").urine("0").plasmacytoma(true).spd("24.9")}) ==
          Cat::SD);
}

TEST_CASE("Missing values give NE and never SD", "[rules][response][ne]")
{
    // Serum measurable, only FLC on the date.
    auto r = run({su(baseDay, "100", "1000"), Rec(day(1)).kappa("20").lambda("10")});
    REQUIRE(r.assessments.size() == 1);
    CHECK(r.assessments[0].category == Cat::NE);
    CHECK(r.assessments[0].missing.contains(QStringLiteral("serum M-protein (g/L)")));
    CHECK(r.assessments[0].missing.contains(QStringLiteral("24-h urine M-protein (mg/24 h)")));
    // Urine measurable but missing: NE even with a serum value.
    r = run({su(baseDay, "100", "1000"), Rec(day(1)).serum("10")});
    CHECK(r.assessments[0].category == Cat::NE);
    // NE comes before PD.
    r = run({su(baseDay, "100", "1000"), Rec(day(1)).serum("200")});
    CHECK(r.assessments[0].category == Cat::NE);
    CHECK_FALSE(r.assessments[0].pd);
    // FLC-only with a missing λ; BM-only with no marrow on the date.
    CHECK(last({Rec(baseDay).kappa("400").lambda("10"), Rec(day(1)).kappa("20")}) == Cat::NE);
    CHECK(last({Rec(baseDay).bmpc("40"), Rec(day(1)).bmpc("10"), Rec(day(2)).ife(false)}) ==
          Cat::NE);
    // A date before the first therapy event is baseline, never an assessment.
    r = run({su(baseDay, "100", "1000"), su(start, "10", "50")});
    CHECK(r.assessments.isEmpty());
    CHECK_FALSE(r.bestConfirmedResponse.has_value());
}

TEST_CASE("Confirmation takes the lower of two consecutive assessments",
          "[rules][response][confirmation]")
{
    auto r = run({su(baseDay, "100", "1000"), su(day(1), "40", "100"), su(day(2), "5", "50")});
    INFO(text(r));
    REQUIRE(r.assessments.size() == 2);
    CHECK_FALSE(r.assessments[0].confirmedCategory.has_value());
    CHECK(r.assessments[1].category == Cat::VGPR);
    CHECK(r.assessments[1].confirmedCategory == Cat::PR);
    CHECK(r.bestConfirmedResponse == Cat::PR);

    // An NE between breaks the pair.
    r = run({su(baseDay, "100", "1000"), su(day(1), "40", "100"), Rec(day(2)).serum("5"),
             su(day(3), "5", "50"), su(day(4), "5", "50")});
    REQUIRE(r.assessments.size() == 4);
    CHECK(r.assessments[1].category == Cat::NE);
    CHECK_FALSE(r.assessments[1].confirmedCategory.has_value());
    CHECK_FALSE(r.assessments[2].confirmedCategory.has_value());
    CHECK(r.assessments[3].confirmedCategory == Cat::VGPR);
    CHECK(r.bestConfirmedResponse == Cat::VGPR);

    // PD once is unconfirmed, PD twice is confirmed PD.
    r = run({su(baseDay, "20", "0"), su(day(1), "10", "0"), su(day(2), "20", "0"),
             su(day(3), "25", "0")});
    REQUIRE(r.assessments.size() == 3);
    CHECK(r.assessments[1].pd);
    CHECK_FALSE(r.assessments[1].confirmedCategory.has_value());
    CHECK(r.assessments[2].confirmedCategory == Cat::PD);
}

TEST_CASE("A new line breaks confirmation and resets the baseline",
          "[rules][response][confirmation]")
{
    const QDate line2 = day(2).addDays(10);
    const auto r = run({su(baseDay, "100", "1000"), su(day(1), "40", "100"),
                        su(day(2), "30", "100"), su(day(3), "20", "100"), su(day(4), "20", "90")},
                       {start, line2});
    INFO(text(r));
    REQUIRE(r.assessments.size() == 4);
    CHECK(r.assessments[1].confirmedCategory == Cat::PR);
    CHECK(r.assessments[2].line == 1);
    CHECK(r.assessments[2].category == Cat::MR); // against the line-2 baseline: 30 → 20 (−33 %)
    CHECK_FALSE(r.assessments[2].confirmedCategory.has_value());
    CHECK(r.assessments[3].confirmedCategory == Cat::MR);
    // The best of the last line only.
    CHECK(r.bestConfirmedResponse == Cat::MR);
}

TEST_CASE("Marrow is carried forward within the line", "[rules][response][carry]")
{
    const auto base = su(baseDay, "100", "1000");
    const auto cr = ResponseObservation(
        Rec(day(1)).serum("0").urine("0").ife(false).ratio("1").bmpc("2").clonal(false));
    const auto later = ResponseObservation(Rec(day(2)).serum("0").urine("0").ife(false).ratio("1"));
    auto r = run({base, cr, later});
    INFO(text(r));
    REQUIRE(r.assessments.size() == 2);
    CHECK(r.assessments[1].category == Cat::sCR);
    CHECK(r.assessments[1].confirmedCategory == Cat::sCR);
    CHECK(text(r.assessments[1]).contains(QStringLiteral("Carried forward")));
    // The baseline marrow (BMPC 2 before therapy) is not carried.
    r = run({Rec(baseDay).serum("100").urine("1000").bmpc("2").clonal(false), later});
    CHECK(r.assessments[0].category == Cat::VGPR);
    // Nor across a line change.
    r = run({base, cr, later}, {start, day(1).addDays(1)});
    CHECK(r.assessments.last().category != Cat::sCR);
}

TEST_CASE("Relapse from CR when IFE turns positive or BMPC reaches 5 percent",
          "[rules][response][relapse]")
{
    const auto base = su(baseDay, "100", "1000");
    const auto cr = ResponseObservation(Rec(day(1)).serum("0").urine("0").ife(false).bmpc("2"));
    auto r = run({base, cr, Rec(day(2)).serum("0").urine("0").sife(true).uife(false)});
    REQUIRE(r.assessments.size() == 2);
    CHECK(r.assessments[0].category == Cat::CR);
    CHECK_FALSE(r.assessments[0].relapseFromCr);
    CHECK(r.assessments[1].relapseFromCr);
    r = run({base, cr, Rec(day(2)).serum("0").urine("0").ife(false).bmpc("5")});
    CHECK(r.assessments[1].relapseFromCr);
    r = run({base, cr, Rec(day(2)).serum("0").urine("0").ife(false).bmpc("4.9")});
    CHECK_FALSE(r.assessments[1].relapseFromCr);
    // Never in CR: no relapse from CR.
    r = run({base, su(day(1), "5", "50"), Rec(day(2)).serum("5").urine("50").sife(true)});
    CHECK_FALSE(r.assessments[1].relapseFromCr);
}

TEST_CASE("A deeper reduction never yields a lower category", "[rules][response][property]")
{
    const std::vector<const char*> serum = {"0",     "1",  "9.9",   "10", "10.01", "30", "50",
                                            "50.01", "75", "75.01", "99", "100",   "130"};
    const std::vector<const char*> urine = {"0",   "60",  "99.9",  "100",  "199.9", "200",
                                            "300", "500", "500.1", "1000", "1100"};
    const auto category = [](const char* s, const char* u) {
        const auto r = run({su(baseDay, "100", "3000"), su(day(1), s, u)});
        return r.assessments[0].category;
    };
    std::vector<std::vector<int>> ranks;
    for (const char* s : serum) {
        std::vector<int> row;
        for (const char* u : urine) {
            const Cat c = category(s, u);
            REQUIRE(c != Cat::NE);
            row.push_back(static_cast<int>(c));
        }
        ranks.push_back(row);
    }
    for (std::size_t i = 0; i < serum.size(); ++i) {
        for (std::size_t j = 0; j < urine.size(); ++j) {
            INFO(serum[i] << " / " << urine[j]);
            if (i > 0)
                CHECK(ranks[i - 1][j] >= ranks[i][j]); // lower serum ⇒ rank at least as high
            if (j > 0)
                CHECK(ranks[i][j - 1] >= ranks[i][j]);
        }
    }
    CHECK(ranks.front().front() == static_cast<int>(Cat::VGPR));
    CHECK(ranks.back().back() == static_cast<int>(Cat::PD));
}

TEST_CASE("Adding a later assessment never changes an earlier one", "[rules][response][property]")
{
    const QList<ResponseObservation> all = {
        su(baseDay, "62", "380"),
        su(day(1), "30", "150"),
        su(day(2), "5", "60"),
        Rec(day(3)).serum("0").urine("0").ife(false).bmpc("3").ratio("1").clonal(false),
        Rec(day(4)).serum("0").urine("0").ife(false),
        Rec(day(5)).serum("0").urine("0").sife(true),
        Rec(day(6)).kappa("20"),
        su(day(7), "8", "10"),
        su(day(8), "9", "250"),
    };
    const auto full = run(all);
    REQUIRE(full.assessments.size() == all.size() - 1);
    for (qsizetype n = 2; n < all.size(); ++n) {
        const auto part = run(all.mid(0, n));
        REQUIRE(part.assessments.size() == n - 1);
        for (qsizetype i = 0; i < part.assessments.size(); ++i) {
            INFO("prefix " << n << " assessment " << i);
            CHECK(part.assessments[i].category == full.assessments[i].category);
            CHECK(part.assessments[i].confirmedCategory == full.assessments[i].confirmedCategory);
            CHECK(part.assessments[i].relapseFromCr == full.assessments[i].relapseFromCr);
        }
    }
    // The sequence exercises several categories.
    CHECK(full.assessments[2].category == Cat::sCR);
    CHECK(full.assessments[4].relapseFromCr);
    CHECK(full.assessments[5].category == Cat::NE);
}

TEST_CASE("Demo case reaches VGPR then sCR before the first transplant", "[rules][response][demo]")
{
    // resources/demo/make_demo_case.py, myeloma_panel: M g/L, urine mg/24 h, sIFE, uIFE, κ, λ.
    const auto panel = [](QDate d, const char* m, const char* u, bool sife, bool uife,
                          const char* k, const char* l) {
        return Rec(d).serum(m).urine(u).sife(sife).uife(uife).kappa(k).lambda(l);
    };
    ResponseInput input;
    input.involvedChain = LightChain::Kappa;
    input.lineStarts = {QDate(2025, 4, 20)};
    input.observations = {
        panel(QDate(2025, 4, 15), "62", "380", true, true, "845", "9.6")
            .ratio("88.02")
            .bmpc("46")
            .clonal(true),
        panel(QDate(2025, 8, 8), "4.1", "60", true, true, "38.5", "9.1").ratio("4.23"),
        panel(QDate(2025, 8, 19), "3.6", "45", true, false, "31.2", "9.4").ratio("3.32"),
        panel(QDate(2025, 10, 14), "0", "0", false, false, "14.2", "11.8")
            .ratio("1.2")
            .bmpc("2")
            .clonal(false),
        panel(QDate(2025, 10, 28), "0", "0", false, false, "13.5", "12.1").ratio("1.12"),
        panel(QDate(2026, 2, 11), "0", "0", false, false, "12.4", "11.2")
            .ratio("1.11")
            .bmpc("1")
            .clonal(false),
        panel(QDate(2026, 3, 6), "0", "0", false, false, "11.9", "10.8").ratio("1.1"),
    };
    const auto r = Response::evaluate(input);
    INFO(text(r));
    REQUIRE(r.assessments.size() == 6);
    for (const auto& a : r.assessments) {
        CHECK(a.track == ResponseTrack::SerumUrine);
        CHECK(a.line == 0);
        CHECK_FALSE(a.pd);
        CHECK_FALSE(a.relapseFromCr);
    }
    CHECK(r.assessments[0].date == QDate(2025, 8, 8));
    CHECK(r.assessments[0].category == Cat::VGPR);
    CHECK_FALSE(r.assessments[0].confirmedCategory.has_value());
    CHECK(text(r.assessments[0])
              .contains(QStringLiteral(
                  "VGPR: serum M-protein 62 → 4.1 g/L (−93.4 %), urine 60 mg/24 h < 100")));
    CHECK(r.assessments[1].category == Cat::VGPR);
    CHECK(r.assessments[1].confirmedCategory == Cat::VGPR);
    CHECK(r.assessments[2].date == QDate(2025, 10, 14));
    CHECK(r.assessments[2].category == Cat::sCR);
    CHECK(r.assessments[2].confirmedCategory == Cat::VGPR);
    CHECK(r.assessments[3].category == Cat::sCR);
    CHECK(r.assessments[3].confirmedCategory == Cat::sCR); // before ASCT1 (2025-11-03)
    CHECK(r.assessments[4].date == QDate(2026, 2, 11));    // day +100 of ASCT1
    CHECK(r.assessments[4].category == Cat::sCR);
    CHECK(r.assessments[5].category == Cat::sCR);
    CHECK(r.bestConfirmedResponse == Cat::sCR);
}

TEST_CASE("IMWG-2006 has no MR", "[rules][response][imwg2006]")
{
    const QList<ResponseObservation> obs = {su(baseDay, "100", "1000"), su(day(1), "70", "400")};
    CHECK(last(obs) == Cat::MR);
    CHECK(last(obs, ResponseRuleSet::Imwg2006) == Cat::SD);
    CHECK(run(obs, {start}, ResponseRuleSet::Imwg2006).ruleSet == QStringLiteral("IMWG-2006"));
    // PR and above are the same in both.
    const QList<ResponseObservation> pr = {su(baseDay, "100", "1000"), su(day(1), "50", "100")};
    CHECK(last(pr, ResponseRuleSet::Imwg2006) == Cat::PR);
}

TEST_CASE("IMWG-2006 counts a BMPC rise to 10 percent as PD on any track",
          "[rules][response][imwg2006]")
{
    const QList<ResponseObservation> obs = {
        Rec(baseDay).serum("100").urine("1000").bmpc("46"),
        Rec(day(1)).serum("40").urine("100").bmpc("4"),
        Rec(day(2)).serum("40").urine("100").bmpc("10"),
    };
    CHECK(last(obs) == Cat::PR);
    CHECK(last(obs, ResponseRuleSet::Imwg2006) == Cat::PD);
    const QList<ResponseObservation> below = {
        Rec(baseDay).serum("100").urine("1000").bmpc("46"),
        Rec(day(1)).serum("40").urine("100").bmpc("4"),
        Rec(day(2)).serum("40").urine("100").bmpc("9.9"),
    };
    CHECK(last(below, ResponseRuleSet::Imwg2006) == Cat::PR);
}
