#include "clinical/Decimal.h"

#include "support/TestSupport.h"

using mmtrack::clinical::Decimal;

namespace {

Decimal dec(const char* text)
{
    const auto value = Decimal::parse(QLatin1String(text));
    REQUIRE(value);
    return *value;
}

} // namespace

TEST_CASE("Decimals parse what labs print and nothing else", "[clinical][decimal]")
{
    CHECK(dec("83").toString() == QStringLiteral("83"));
    CHECK(dec("0.02").toString() == QStringLiteral("0.02"));
    CHECK(dec("-1.50").toString() == QStringLiteral("-1.5"));
    CHECK(dec("1,5").toString() == QStringLiteral("1.5"));
    CHECK(dec(" +7 ").toString() == QStringLiteral("7"));
    CHECK(dec(".5").toString() == QStringLiteral("0.5"));
    for (const char* bad : {"", "-", ".", "1.2.3", "1e3", "1 000", "<0.5", "abc", "0x10", "1,000.5",
                            "NaN", "123456789012345678", "0.0000000000001"}) {
        INFO(bad);
        CHECK_FALSE(Decimal::parse(QLatin1String(bad)));
    }
}

TEST_CASE("Unit conversions are exact", "[clinical][decimal]")
{
    CHECK(*dec("17.5").times(dec("10")) == dec("175")); // g/dL to g/L
    CHECK(dec("17.5").times(dec("10"))->toString() == QStringLiteral("175"));
    CHECK(*dec("2").times(dec("88.4")) == dec("176.8"));     // creatinine mg/dL to umol/L
    CHECK(*dec("11").times(dec("0.2495")) == dec("2.7445")); // calcium mg/dL to mmol/L
    CHECK(*dec("15000").times(dec("0.001")) == dec("15"));   // /uL to 10*9/L
    CHECK(dec("0.1").times(dec("0.2"))->toString() == QStringLiteral("0.02"));
}

TEST_CASE("Comparisons are exact at every threshold", "[clinical][decimal]")
{
    CHECK(dec("175") == dec("175.000"));
    CHECK(dec("89.99") < dec("90"));
    CHECK(dec("0.5") >= dec("0.50"));
    CHECK(dec("-0.1") < dec("0"));
    CHECK(dec("100000000000") > dec("99999999999.999"));
}

TEST_CASE("Rounded display rounds half away from zero", "[clinical][decimal]")
{
    CHECK(dec("2.745").toString(2) == QStringLiteral("2.75"));
    CHECK(dec("-2.745").toString(2) == QStringLiteral("-2.75"));
    CHECK(dec("83").toString(1) == QStringLiteral("83.0"));
    CHECK(dec("0.02").toString(0) == QStringLiteral("0"));
    CHECK(dec("0.5").toString(0) == QStringLiteral("1"));
}

TEST_CASE("Sums are exact", "[clinical][decimal]")
{
    CHECK(*dec("0.1").plus(dec("0.2")) == dec("0.3"));
    CHECK(dec("4.55").plus(dec("4.45"))->toString() == QStringLiteral("9"));
    CHECK(*dec("-1.5").plus(dec("1.5")) == dec("0"));
    CHECK_FALSE(dec("99999999999999999").plus(dec("99999999999999999"))->toString().isEmpty());
}

TEST_CASE("A converted value divides back exactly to what was entered", "[clinical][decimal]")
{
    CHECK(*dec("176.8").dividedBy(dec("88.4")) == dec("2"));
    CHECK(*dec("2.7445").dividedBy(dec("0.2495")) == dec("11"));
    CHECK(*dec("15").dividedBy(dec("0.001")) == dec("15000"));
    CHECK(*dec("175").dividedBy(dec("10")) == dec("17.5"));
    CHECK_FALSE(dec("1").dividedBy(dec("3")));
    CHECK_FALSE(dec("1").dividedBy(dec("0")));
}
