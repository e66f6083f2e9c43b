#include "clinical/rules/Collection.h"

#include "support/TestSupport.h"

using namespace mmtrack::clinical;

namespace {
Decimal dec(const char* text)
{
    const auto value = Decimal::parse(QLatin1String(text));
    REQUIRE(value.has_value());
    return *value;
}

Collection::Assessment assess(std::initializer_list<const char*> yields, std::optional<int> planned)
{
    QList<Decimal> values;
    for (const char* y : yields)
        values.append(dec(y));
    const auto result = Collection::assess(values, planned);
    REQUIRE(result.has_value());
    return *result;
}
} // namespace

TEST_CASE("No collection recorded gives no assessment", "[rules][collection]")
{
    CHECK_FALSE(Collection::assess({}, 2).has_value());
}

TEST_CASE("Yields are summed exactly", "[rules][collection]")
{
    CHECK(Collection::sum(dec("0.1"), dec("0.2")) == dec("0.3"));
    CHECK(Collection::sum(dec("2.95"), dec("1.05")) == dec("4"));
    CHECK(Collection::sum(dec("-0.5"), dec("0.25")) == dec("-0.25"));
    CHECK(Collection::sum(dec("0.001"), dec("0")) == dec("0.001"));
    const auto a = assess({"1.3", "1.4", "1.2"}, std::nullopt);
    CHECK(a.cd34Total == dec("3.9"));
    CHECK(a.transplantsPlanned == 1);
}

TEST_CASE("Single transplant targets are minimum 2 and optimal 4", "[rules][collection]")
{
    const auto below = assess({"1.9"}, 1);
    CHECK_FALSE(below.meetsMinimum);
    CHECK_FALSE(below.meetsOptimal);
    const auto minimum = assess({"1.2", "0.8"}, std::nullopt);
    CHECK(minimum.meetsMinimum);
    CHECK_FALSE(minimum.meetsOptimal);
    const auto almost = assess({"2.5", "1.4"}, 1);
    CHECK(almost.meetsMinimum);
    CHECK_FALSE(almost.meetsOptimal);
    const auto optimal = assess({"2.5", "1.5"}, 1);
    CHECK(optimal.meetsOptimal);
    CHECK(optimal.explanation.join(QLatin1Char(' ')).contains(QStringLiteral("4 ≥ 4")));
}

TEST_CASE("Tandem targets are minimum 4 and optimal 8", "[rules][collection]")
{
    const auto below = assess({"3.9"}, 2);
    CHECK(below.transplantsPlanned == 2);
    CHECK_FALSE(below.meetsMinimum);
    const auto minimum = assess({"4"}, 2);
    CHECK(minimum.meetsMinimum);
    CHECK_FALSE(minimum.meetsOptimal);
    const auto almost = assess({"5.1", "2.8"}, 2);
    CHECK(almost.cd34Total == dec("7.9"));
    CHECK(almost.meetsMinimum);
    CHECK_FALSE(almost.meetsOptimal);
    const auto optimal = assess({"5.1", "2.9"}, 2);
    CHECK(optimal.meetsOptimal);
    const auto demo = assess({"9.1"}, 2);
    CHECK(demo.meetsMinimum);
    CHECK(demo.meetsOptimal);
    INFO(demo.explanation.join(QLatin1Char('\n')));
    CHECK(demo.explanation.join(QLatin1Char(' ')).contains(QStringLiteral("9.1 ≥ 8")));
}
