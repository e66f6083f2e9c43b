#include "clinical/PartialDate.h"

#include "support/TestSupport.h"

using mmtrack::clinical::PartialDate;

TEST_CASE("Partial dates keep the precision they were written with", "[clinical][date]")
{
    const auto year = PartialDate::fromIso(QStringLiteral("1989"));
    const auto month = PartialDate::fromIso(QStringLiteral("2025-04"));
    const auto day = PartialDate::fromIso(QStringLiteral("2025-11-03"));
    REQUIRE(year);
    REQUIRE(month);
    REQUIRE(day);
    CHECK(year->precision() == PartialDate::Precision::Year);
    CHECK(month->precision() == PartialDate::Precision::Month);
    CHECK(day->precision() == PartialDate::Precision::Day);
    CHECK(year->toIso() == QStringLiteral("1989"));
    CHECK(month->toIso() == QStringLiteral("2025-04"));
    CHECK(day->toIso() == QStringLiteral("2025-11-03"));
}

TEST_CASE("A partial date stands for the whole period it names", "[clinical][date]")
{
    const auto month = PartialDate::fromIso(QStringLiteral("2024-02"));
    CHECK(month->earliest() == QDate(2024, 2, 1));
    CHECK(month->latest() == QDate(2024, 2, 29)); // leap year
    const auto year = PartialDate::fromIso(QStringLiteral("1989"));
    CHECK(year->earliest() == QDate(1989, 1, 1));
    CHECK(year->latest() == QDate(1989, 12, 31));
}

TEST_CASE("Text that is not an ISO date is refused", "[clinical][date]")
{
    for (const char* text :
         {"", "2025-13", "2025-02-30", "2025-00-10", "25-04-01", "2025/04/01", "2025-4-1", "0000",
          "2025-04-01T10:00", "abcd", "2025-04-01 ", "１９８９"}) {
        INFO(text);
        if (QByteArray(text).endsWith(' ')) // surrounding spaces are forgiven
            CHECK(PartialDate::fromIso(QString::fromUtf8(text)));
        else
            CHECK_FALSE(PartialDate::fromIso(QString::fromUtf8(text)));
    }
}

TEST_CASE("Ages are completed years, a range when the birth day is unknown", "[clinical][date]")
{
    const auto exact = PartialDate::fromIso(QStringLiteral("1989-03-14"));
    CHECK(exact->ageAt(QDate(2025, 3, 13)).max == 35);
    CHECK(exact->ageAt(QDate(2025, 3, 14)).min == 36);
    const auto month = PartialDate::fromIso(QStringLiteral("1989-03"));
    const auto inMarch = month->ageAt(QDate(2025, 3, 15));
    CHECK(inMarch.min == 35);
    CHECK(inMarch.max == 36);
    const auto inApril = month->ageAt(QDate(2025, 4, 17));
    CHECK(inApril.min == 36);
    CHECK(inApril.max == 36);
}
