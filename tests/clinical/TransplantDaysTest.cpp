#include "clinical/rules/TransplantDays.h"

#include "support/TestSupport.h"

using namespace mmtrack::clinical;

namespace {
const QDate asct1(2025, 11, 3);
const QDate asct2(2026, 3, 17);

PartialDate partial(const char* iso)
{
    const auto date = PartialDate::fromIso(QLatin1String(iso));
    REQUIRE(date.has_value());
    return *date;
}
} // namespace

TEST_CASE("Day numbers count calendar days from day 0 without skipping day 0", "[rules][days]")
{
    CHECK(TransplantDays::dayNumber(asct1, QDate(2025, 11, 2)) == -1);
    CHECK(TransplantDays::dayNumber(asct1, QDate(2025, 11, 3)) == 0);
    CHECK(TransplantDays::dayNumber(asct1, QDate(2025, 11, 4)) == 1);
    CHECK(TransplantDays::dayNumber(asct1, QDate(2025, 11, 12)) == 9);
    CHECK(TransplantDays::dayNumber(asct1, QDate(2025, 8, 27)) == -68);
    CHECK(TransplantDays::dayNumber(asct2, QDate(2025, 8, 27)) == -202);
    CHECK(TransplantDays::dayNumber(asct1, QDate(2026, 3, 25)) == 142);
}

TEST_CASE("Day labels read D-1, D0, D+9", "[rules][days]")
{
    CHECK(TransplantDays::label(TransplantDays::dayNumber(asct1, QDate(2025, 11, 2))) ==
          QStringLiteral("D-1"));
    CHECK(TransplantDays::label(0) == QStringLiteral("D0"));
    CHECK(TransplantDays::label(9) == QStringLiteral("D+9"));
    CHECK(TransplantDays::label(-202) == QStringLiteral("D-202"));
}

TEST_CASE("Partial dates have no day number", "[rules][days]")
{
    CHECK(TransplantDays::dayNumber(asct1, partial("2025-11-12")) == std::optional<int>(9));
    CHECK(TransplantDays::dayNumber(asct1, partial("2025-11")) == std::nullopt);
    CHECK(TransplantDays::dayNumber(asct1, partial("2025")) == std::nullopt);
}

TEST_CASE("The demo tandem is 134 days apart and within 6 months", "[rules][days][tandem]")
{
    const auto tandem = TransplantDays::tandem(asct1, asct2);
    CHECK(tandem.intervalDays == 134);
    CHECK(tandem.within6Months);
    CHECK(tandem.explanation.join(QLatin1Char(' ')).contains(QStringLiteral("2026-05-03")));
}

TEST_CASE("Six calendar months is the limit, inclusive", "[rules][days][tandem]")
{
    const auto onLimit = TransplantDays::tandem(asct1, QDate(2026, 5, 3));
    CHECK(onLimit.intervalDays == 181);
    CHECK(onLimit.within6Months);
    const auto beyond = TransplantDays::tandem(asct1, QDate(2026, 5, 4));
    CHECK(beyond.intervalDays == 182);
    CHECK_FALSE(beyond.within6Months);
    // addMonths clamps to the end of a shorter month.
    CHECK(TransplantDays::tandem(QDate(2025, 8, 31), QDate(2026, 2, 28)).within6Months);
    CHECK_FALSE(TransplantDays::tandem(QDate(2025, 8, 31), QDate(2026, 3, 1)).within6Months);
}
