#include "clinical/rules/Engraftment.h"

#include "support/TestSupport.h"

#include <vector>

using namespace mmtrack::clinical;

namespace {

using Reached = Engraftment::Reached;

const QDate asct1(2025, 11, 3);
const QDate asct2(2026, 3, 17);

Decimal dec(const char* text)
{
    const auto value = Decimal::parse(QLatin1String(text));
    REQUIRE(value.has_value());
    return *value;
}

Decimal dec(double value)
{
    return dec(QString::number(value).toLatin1().constData());
}

// Daily counts from `firstDay` (relative to day 0): anc and platelets may be empty.
QList<Engraftment::Count> daily(QDate day0, int firstDay, const std::vector<double>& anc,
                                const std::vector<double>& plt)
{
    QList<Engraftment::Count> counts;
    const std::size_t n = std::max(anc.size(), plt.size());
    for (std::size_t i = 0; i < n; ++i) {
        Engraftment::Count count;
        count.date = day0.addDays(firstDay + static_cast<int>(i));
        if (i < anc.size())
            count.anc = dec(anc[i]);
        if (i < plt.size())
            count.platelets = dec(plt[i]);
        counts.append(count);
    }
    return counts;
}

Engraftment::Count anc(QDate date, const char* value)
{
    Engraftment::Count count;
    count.date = date;
    count.anc = dec(value);
    return count;
}

QString text(const Engraftment::Result& result)
{
    return result.explanation.join(QLatin1Char('\n'));
}

Engraftment::Outcome reached(QDate day0, int day)
{
    return Reached{day0.addDays(day), day};
}

// From resources/demo/make_demo_case.py: daily values from D-2.
const std::vector<double> anc1 = {3.4,  3.1,  2.6,  1.7,  0.9,  0.41, 0.12, 0.03,
                                  0.01, 0.02, 0.21, 0.62, 1.35, 2.4,  3.1,  3.6,
                                  3.9,  4.0,  3.8,  3.7,  3.9,  4.1,  3.8,  3.9};
const std::vector<double> plt1 = {171, 165, 152, 131, 104, 78, 51, 33, 17, 26,  14,  22,
                                  19,  21,  24,  29,  38,  52, 66, 81, 95, 108, 116, 124};
const std::vector<double> anc2 = {3.6, 3.3, 2.9, 1.9, 1.0, 0.45, 0.15, 0.04, 0.02, 0.09, 0.58, 1.2,
                                  2.1, 2.9, 3.4, 3.8, 4.0, 3.9,  4.1,  3.8,  4.0,  4.2,  3.9,  4.0};
const std::vector<double> plt2 = {182, 176, 160, 139, 112, 84,  57,  36,  18,  24,  31,  44,
                                  59,  77,  96,  112, 125, 134, 140, 146, 150, 153, 155, 158};

} // namespace

TEST_CASE("Demo case ASCT1 engrafts neutrophils on D+9 and platelets on D+17",
          "[rules][engraftment][demo]")
{
    Engraftment::Input input;
    input.day0 = asct1;
    input.nextDay0 = asct2;
    input.counts = daily(asct1, -2, anc1, plt1) + daily(asct2, -2, anc2, plt2);
    input.plateletTransfusions = {asct1.addDays(6), asct1.addDays(8), asct1.addDays(10),
                                  asct2.addDays(6)};
    const auto result = Engraftment::evaluate(input);
    INFO(text(result));
    CHECK(result.ruleSet == QStringLiteral("CIBMTR-2024"));
    CHECK(result.neutrophils == reached(asct1, 9));
    CHECK(std::get<Reached>(result.neutrophils).date == QDate(2025, 11, 12));
    // >= 20 from D+11 (21, 24, 29), but the D+10 transfusion pushes it to D+17.
    CHECK(result.platelets20 == reached(asct1, 17));
    // >= 50 from D+15 (52, 66, 81), D+10 transfusion is 5 days before: D+17 as well.
    CHECK(result.platelets50 == reached(asct1, 17));
    CHECK(text(result).contains(QStringLiteral(
        "Neutrophils ≥ 0.5 ×10⁹/L on D+9, D+10, D+11 (0.62, 1.35, 2.4) after the nadir 0.01 on "
        "D+6: engrafted on D+9 (2025-11-12).")));
    CHECK(text(result).contains(QStringLiteral("Last platelet transfusion before it: D+10")));
}

TEST_CASE("Demo case ASCT2 engrafts neutrophils on D+8 and platelets on D+13",
          "[rules][engraftment][demo]")
{
    Engraftment::Input input;
    input.day0 = asct2;
    input.counts = daily(asct1, -2, anc1, plt1) + daily(asct2, -2, anc2, plt2);
    input.plateletTransfusions = {asct1.addDays(6), asct1.addDays(8), asct1.addDays(10),
                                  asct2.addDays(6)};
    const auto result = Engraftment::evaluate(input);
    INFO(text(result));
    CHECK(result.neutrophils == reached(asct2, 8));
    CHECK(std::get<Reached>(result.neutrophils).date == QDate(2026, 3, 25));
    CHECK(result.platelets20 == reached(asct2, 13));
    CHECK(result.platelets50 == reached(asct2, 13));
}

TEST_CASE("ANC 0.49 does not count, 0.5 does", "[rules][engraftment][neutrophils]")
{
    Engraftment::Input input;
    input.day0 = asct1;
    input.counts = daily(asct1, 0, {2.0, 0.1, 0.5, 0.49, 0.5, 0.5, 0.5}, {});
    auto result = Engraftment::evaluate(input);
    INFO(text(result));
    CHECK(result.neutrophils == reached(asct1, 4));

    input.counts = daily(asct1, 0, {2.0, 0.1, 0.5, 0.5, 0.49, 0.5, 0.5}, {});
    CHECK(Engraftment::evaluate(input).neutrophils ==
          Engraftment::Outcome(Engraftment::NotReached{}));
}

TEST_CASE("Values before the nadir do not count", "[rules][engraftment][neutrophils]")
{
    Engraftment::Input input;
    input.day0 = asct1;
    // D0..D2 are >= 0.5 three times running, but before the nadir on D+5.
    input.counts = daily(asct1, 0, {1.2, 0.9, 0.7, 0.3, 0.1, 0.05, 0.6, 0.8, 1.1}, {});
    const auto result = Engraftment::evaluate(input);
    INFO(text(result));
    CHECK(result.neutrophils == reached(asct1, 6));
    CHECK(text(result).contains(QStringLiteral("after the nadir 0.05 on D+5")));
}

TEST_CASE("Two days above the threshold are not enough and nothing is extrapolated",
          "[rules][engraftment][neutrophils]")
{
    Engraftment::Input input;
    input.day0 = asct1;
    input.counts = daily(asct1, 0, {2.0, 0.1, 0.02, 0.7, 0.9}, {});
    const auto result = Engraftment::evaluate(input);
    INFO(text(result));
    CHECK(result.neutrophils == Engraftment::Outcome(Engraftment::NotReached{}));
    CHECK(text(result).contains(QStringLiteral("not reached")));

    Engraftment::Input empty;
    empty.day0 = asct1;
    const auto none = Engraftment::evaluate(empty);
    CHECK(none.neutrophils == Engraftment::Outcome(Engraftment::NotReached{}));
    CHECK(none.platelets20 == Engraftment::Outcome(Engraftment::NotReached{}));
}

TEST_CASE("Three consecutive values need not be on consecutive calendar days",
          "[rules][engraftment][neutrophils]")
{
    Engraftment::Input input;
    input.day0 = asct1;
    input.counts = {anc(asct1, "2.0"), anc(asct1.addDays(6), "0.01"),
                    anc(asct1.addDays(9), "0.6"), // D+10 not drawn
                    anc(asct1.addDays(11), "0.8"), anc(asct1.addDays(13), "1.4")};
    const auto result = Engraftment::evaluate(input);
    INFO(text(result));
    CHECK(result.neutrophils == reached(asct1, 9));
    CHECK(text(result).contains(QStringLiteral("D+9, D+11, D+13")));
}

TEST_CASE("Several values on one day count once, as the lowest", "[rules][engraftment]")
{
    Engraftment::Input input;
    input.day0 = asct1;
    input.counts = daily(asct1, 0, {2.0, 0.1, 0.6, 0.7, 0.8, 0.9}, {});
    // A second, lower draw on D+3 breaks the run that began on D+2.
    Engraftment::Count evening = anc(asct1.addDays(3), "0.3");
    evening.time = QTime(18, 0);
    input.counts.append(evening);
    // Two draws >= 0.5 on the same day are one value, not two.
    input.counts.append(anc(asct1.addDays(5), "1.0"));
    auto result = Engraftment::evaluate(input);
    INFO(text(result));
    CHECK(result.neutrophils == Engraftment::Outcome(Engraftment::NotReached{}));

    input.counts.append(anc(asct1.addDays(6), "1.1"));
    result = Engraftment::evaluate(input);
    CHECK(result.neutrophils == reached(asct1, 4));
}

TEST_CASE("ANC is computed from WBC and neutrophil percent when not reported",
          "[rules][engraftment][neutrophils]")
{
    Engraftment::Count count;
    count.date = asct1;
    count.wbc = dec("1.25");
    count.neutrophilPercent = dec("40");
    CHECK(Engraftment::absoluteNeutrophils(count) == dec("0.5"));
    count.neutrophilPercent = dec("39");
    CHECK(Engraftment::absoluteNeutrophils(count) == dec("0.4875"));
    count.anc = dec("0.7");
    CHECK(Engraftment::absoluteNeutrophils(count) == dec("0.7"));
    Engraftment::Count wbcOnly;
    wbcOnly.wbc = dec("3");
    CHECK_FALSE(Engraftment::absoluteNeutrophils(wbcOnly).has_value());

    Engraftment::Input input;
    input.day0 = asct1;
    input.counts = daily(asct1, 0, {2.0, 0.01}, {});
    for (int day = 2; day <= 4; ++day) {
        Engraftment::Count c;
        c.date = asct1.addDays(day);
        c.wbc = dec("1.25");
        c.neutrophilPercent = dec(day == 2 ? "39" : "40"); // 0.4875 on D+2, then 0.5
        input.counts.append(c);
    }
    input.counts.append(anc(asct1.addDays(5), "0.9"));
    const auto result = Engraftment::evaluate(input);
    INFO(text(result));
    CHECK(result.neutrophils == reached(asct1, 3));
}

TEST_CASE("Platelets 19 does not count, 20 does, and 49 versus 50",
          "[rules][engraftment][platelets]")
{
    Engraftment::Input input;
    input.day0 = asct1;
    input.counts = daily(asct1, 0, {}, {150, 10, 20, 19, 20, 20, 20, 49, 50, 50, 49, 50, 50, 50});
    const auto result = Engraftment::evaluate(input);
    INFO(text(result));
    CHECK(result.platelets20 == reached(asct1, 4));
    CHECK(result.platelets50 == reached(asct1, 11));
}

TEST_CASE("A platelet transfusion 6 days before the candidate day blocks it, 7 days does not",
          "[rules][engraftment][platelets]")
{
    Engraftment::Input input;
    input.day0 = asct1;
    input.counts = daily(asct1, 0, {}, {150, 10, 8, 12, 25, 30, 35, 40, 45, 48, 49, 49, 49});
    input.plateletTransfusions = {asct1.addDays(2)};
    // Candidate D+8: 8 - 2 = 6 days -> blocked; D+9: 7 days -> engrafted (CIBMTR example).
    SECTION("7 days")
    {
        input.counts = daily(asct1, 0, {}, {150, 10, 8, 12, 25, 30, 35, 40, 45, 48, 49, 49, 49});
        const auto result = Engraftment::evaluate(input);
        INFO(text(result));
        CHECK(result.platelets20 == reached(asct1, 9));
        CHECK(result.platelets50 == Engraftment::Outcome(Engraftment::NotReached{}));
    }
    SECTION("6 days")
    {
        // Only D+8, D+9, D+10 are >= 20 after the nadir and D+11 falls again.
        input.counts = daily(asct1, 0, {}, {150, 10, 8, 5, 12, 15, 18, 19, 25, 30, 35, 15, 12});
        const auto result = Engraftment::evaluate(input);
        INFO(text(result));
        CHECK(result.platelets20 == Engraftment::Outcome(Engraftment::NotReached{}));
        CHECK(text(result).contains(QStringLiteral("without a platelet transfusion")));
        input.plateletTransfusions = {asct1.addDays(1)};
        CHECK(Engraftment::evaluate(input).platelets20 == reached(asct1, 8));
    }
    SECTION("a transfusion during the run")
    {
        input.counts = daily(asct1, 0, {}, {150, 10, 8, 5, 25, 30, 35, 15});
        input.plateletTransfusions = {asct1.addDays(5)};
        CHECK(Engraftment::evaluate(input).platelets20 ==
              Engraftment::Outcome(Engraftment::NotReached{}));
    }
}

TEST_CASE("Platelets not applicable when they never fell and nothing was transfused",
          "[rules][engraftment][platelets]")
{
    Engraftment::Input input;
    input.day0 = asct1;
    input.nextDay0 = asct1.addDays(30);
    input.counts = daily(asct1, 0, {}, {150, 90, 60, 40, 25, 20, 22, 35, 60, 80, 90});
    auto result = Engraftment::evaluate(input);
    INFO(text(result));
    CHECK(result.platelets20 == Engraftment::Outcome(Engraftment::NotApplicable{}));
    CHECK(text(result).contains(
        QStringLiteral("Platelets never below 20 ×10⁹/L (lowest 20 on D+5)")));
    // Below 50, so >= 50 must be reached after the nadir on D+5.
    CHECK(result.platelets50 == reached(asct1, 8));

    // A transfusion anywhere in the window makes it applicable.
    input.plateletTransfusions = {asct1.addDays(25)};
    result = Engraftment::evaluate(input);
    CHECK(result.platelets20 == reached(asct1, 6));
    // ... but not one given after the next day 0.
    input.plateletTransfusions = {asct1.addDays(30)};
    CHECK(Engraftment::evaluate(input).platelets20 ==
          Engraftment::Outcome(Engraftment::NotApplicable{}));
    // Without a next transplant the window ends at the last value.
    input.nextDay0.reset();
    input.plateletTransfusions = {asct1.addDays(10)};
    CHECK(Engraftment::evaluate(input).platelets20 !=
          Engraftment::Outcome(Engraftment::NotApplicable{}));
    input.plateletTransfusions = {asct1.addDays(11)};
    CHECK(Engraftment::evaluate(input).platelets20 ==
          Engraftment::Outcome(Engraftment::NotApplicable{}));
}

TEST_CASE("Values from the next transplant on and before day 0 are ignored", "[rules][engraftment]")
{
    Engraftment::Input input;
    input.day0 = asct1;
    input.nextDay0 = asct1.addDays(5);
    input.counts = daily(asct1, -3, {0.01, 0.6, 0.7, 2.0, 0.1, 0.02, 0.3, 0.4, 0.6, 0.7, 0.8}, {});
    // D-2..D-1 would be a run after a pre-transplant nadir; D+5.. lies after the next day 0.
    const auto result = Engraftment::evaluate(input);
    INFO(text(result));
    CHECK(result.neutrophils == Engraftment::Outcome(Engraftment::NotReached{}));

    input.nextDay0.reset();
    CHECK(Engraftment::evaluate(input).neutrophils == reached(asct1, 5));
}
