#include "clinical/ProtocolPlan.h"

#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace mmtrack::clinical;

namespace {

// Two induction cycles, an admission, a transplant and its day +100 assessment.
ProtocolTemplate smallPlan(int transplants = 1)
{
    const QByteArray json = R"({
      "format": "mmtrack-protocol", "version": 1, "id": "t", "name": "test plan",
      "transplants_planned": )" +
                            QByteArray::number(transplants) + R"(,
      "steps": [
        {"key": "c1", "type": "therapy_cycle", "phase": "induction", "regimen": "VRD", "cycle": 1},
        {"key": "c2", "type": "therapy_cycle", "phase": "induction", "regimen": "VRD", "cycle": 2,
         "after": "c1", "offset_days": 21, "duration_days": 21},
        {"key": "adm", "type": "admission", "after": "c2", "offset_days": 30},
        {"key": "asct", "type": "transplant", "number": 1, "after": "adm", "offset_days": 3},
        {"key": "d100", "assessment": true, "after": "asct", "offset_days": 100, "window_days": 20}
      ]})";
    auto plan = ProtocolTemplate::fromJson(QJsonDocument::fromJson(json).object());
    REQUIRE(plan.ok());
    return plan.value();
}

PathwayEvent cycle(int number, const char* date)
{
    PathwayEvent e;
    e.type = EventType::TherapyCycle;
    e.phase = QStringLiteral("induction");
    e.regimen = QStringLiteral("VRD");
    e.cycle = number;
    e.date = *PartialDate::fromIso(QLatin1String(date));
    return e;
}

PathwayEvent event(EventType type, const char* date)
{
    PathwayEvent e;
    e.type = type;
    e.date = *PartialDate::fromIso(QLatin1String(date));
    if (type == EventType::Transplant)
        e.number = 1;
    return e;
}

QStringList codes(const PlanReview& review)
{
    QStringList list;
    for (const PlanAlert& alert : review.alerts)
        list << alert.code;
    return list;
}

const QDate kStart(2025, 4, 1);

} // namespace

TEST_CASE("A template that cannot be read names the JSON path of each fault", "[plan]")
{
    const QByteArray json = R"({"format": "mmtrack-protocol", "version": 1, "id": "x",
      "name": "x", "steps": [
        {"key": "a", "type": "therapy_cycle"},
        {"key": "a", "type": "chemo"},
        {"key": "b", "type": "admission", "after": "later"},
        {"key": "later", "type": "transplant", "number": 3, "offset_days": -1}]})";
    const auto plan = ProtocolTemplate::fromJson(QJsonDocument::fromJson(json).object());
    REQUIRE_FALSE(plan.ok());
    const QString text = plan.errorText();
    CHECK(text.contains(QStringLiteral("$.steps[1].key")));
    CHECK(text.contains(QStringLiteral("$.steps[1].type")));
    CHECK(text.contains(QStringLiteral("$.steps[2].after")));
    CHECK(text.contains(QStringLiteral("$.steps[3].number")));
    CHECK(text.contains(QStringLiteral("$.steps[3].offset_days")));
}

TEST_CASE("A template survives its JSON round trip", "[plan]")
{
    const ProtocolTemplate plan = smallPlan();
    const auto again = ProtocolTemplate::fromJson(plan.toJson());
    REQUIRE(again.ok());
    CHECK(again.value().toJson() == plan.toJson());
}

TEST_CASE("Expected dates follow the plan, then the recorded day of the step before", "[plan]")
{
    ProtocolPlan::Inputs inputs;
    inputs.today = QDate(2025, 4, 2);
    auto review = ProtocolPlan::review(smallPlan(), kStart, inputs);
    REQUIRE(review.steps.size() == 5);
    CHECK(review.steps[0].expected == kStart);
    CHECK(review.steps[1].expected == QDate(2025, 4, 22));
    CHECK(review.steps[3].expected == QDate(2025, 4, 22).addDays(33));
    CHECK_FALSE(review.steps[1].done());

    // Cycle 1 recorded 5 days late: cycle 2 is now expected 21 days after it.
    inputs.events << cycle(1, "2025-04-06");
    review = ProtocolPlan::review(smallPlan(), kStart, inputs);
    CHECK(review.steps[0].recorded == QDate(2025, 4, 6));
    CHECK(review.steps[0].delayDays() == 5);
    CHECK(review.steps[1].expected == QDate(2025, 4, 27));

    // A date known only to the month matches; its first day is not after the forecast.
    inputs.events = {cycle(1, "2025-04")};
    review = ProtocolPlan::review(smallPlan(), kStart, inputs);
    CHECK(review.steps[0].done());
    CHECK(review.steps[1].expected == QDate(2025, 4, 22));
    CHECK(review.steps[0].delayDays() == 0);

    // ...unless the month begins after the forecast: the step was not before the 1st.
    inputs.events = {cycle(1, "2025-05")};
    review = ProtocolPlan::review(smallPlan(), kStart, inputs);
    CHECK(review.steps[0].recordedAs->toIso() == QStringLiteral("2025-05"));
    CHECK(review.steps[0].delayDays() == 0); // unknown, so never counted as a delay
    CHECK(review.steps[1].expected == QDate(2025, 5, 22));
}

TEST_CASE("A cycle more than 7 days late is an alert; 7 days is not", "[plan][alerts]")
{
    ProtocolPlan::Inputs inputs;
    inputs.events << cycle(1, "2025-04-01") << cycle(2, "2025-04-29"); // expected 04-22: +7
    inputs.today = QDate(2025, 5, 1);
    CHECK_FALSE(codes(ProtocolPlan::review(smallPlan(), kStart, inputs))
                    .contains(QStringLiteral("cycle_delayed")));
    inputs.events[1] = cycle(2, "2025-04-30"); // +8
    const auto review = ProtocolPlan::review(smallPlan(), kStart, inputs);
    REQUIRE(codes(review) == QStringList{QStringLiteral("cycle_delayed")});
    CHECK(review.alerts[0].message.contains(QStringLiteral("8 days")));
}

TEST_CASE("A cycle not recorded more than 7 days after its expected day is an alert",
          "[plan][alerts]")
{
    ProtocolPlan::Inputs inputs;
    inputs.events << cycle(1, "2025-04-01");
    inputs.today = QDate(2025, 4, 29); // cycle 2 expected 04-22: 7 days ago
    CHECK(ProtocolPlan::review(smallPlan(), kStart, inputs).alerts.isEmpty());
    inputs.today = QDate(2025, 4, 30);
    CHECK(codes(ProtocolPlan::review(smallPlan(), kStart, inputs)) ==
          QStringList{QStringLiteral("cycle_delayed")});
}

TEST_CASE("Admissions match by order, cycles and transplants by their number", "[plan]")
{
    ProtocolPlan::Inputs inputs;
    inputs.events << event(EventType::Transplant, "2025-06-04") << cycle(2, "2025-04-22")
                  << event(EventType::Admission, "2025-06-01") << cycle(1, "2025-04-01");
    inputs.today = QDate(2025, 6, 5);
    const auto review = ProtocolPlan::review(smallPlan(), kStart, inputs);
    CHECK(review.steps[0].matchedEventIndex == 3);
    CHECK(review.steps[1].matchedEventIndex == 1);
    CHECK(review.steps[2].matchedEventIndex == 2);
    CHECK(review.steps[3].matchedEventIndex == 0);
    CHECK(review.steps[3].expected == QDate(2025, 6, 4)); // admission + 3
    CHECK(review.steps[4].expected == QDate(2025, 6, 4).addDays(100));
}

TEST_CASE("Collection below the minimum for the planned transplants is an alert", "[plan][alerts]")
{
    auto collection = [](const char* date, const char* cd34) {
        PathwayEvent e = event(EventType::StemCellCollection, date);
        e.cd34PerKg = Decimal::parse(QLatin1String(cd34));
        return e;
    };
    ProtocolPlan::Inputs inputs;
    inputs.today = QDate(2025, 6, 10);
    inputs.events << collection("2025-05-20", "2.5") << collection("2025-05-21", "1.4")
                  << event(EventType::Admission, "2025-06-01");
    // Tandem: the minimum is 4 ×10⁶/kg; 3.9 is below it.
    CHECK(codes(ProtocolPlan::review(smallPlan(2), kStart, inputs))
              .contains(QStringLiteral("collection_below_minimum")) == false); // not over yet
    inputs.events << event(EventType::Transplant, "2025-06-04");
    const auto review = ProtocolPlan::review(smallPlan(2), kStart, inputs);
    CHECK(codes(review).contains(QStringLiteral("collection_below_minimum")));
    // Single transplant: 3.9 is above the minimum of 2.
    CHECK_FALSE(codes(ProtocolPlan::review(smallPlan(1), kStart, inputs))
                    .contains(QStringLiteral("collection_below_minimum")));
    // 4.0 for a tandem is enough.
    inputs.events[1].cd34PerKg = Decimal::parse(QStringLiteral("1.5"));
    CHECK_FALSE(codes(ProtocolPlan::review(smallPlan(2), kStart, inputs))
                    .contains(QStringLiteral("collection_below_minimum")));
}

TEST_CASE("No neutrophil engraftment by day +30 is an alert (possible graft failure)",
          "[plan][alerts]")
{
    ProtocolPlan::Inputs inputs;
    inputs.events << event(EventType::Transplant, "2025-06-04");
    const QDate day0(2025, 6, 4);
    inputs.today = day0.addDays(29);
    CHECK_FALSE(codes(ProtocolPlan::review(smallPlan(), kStart, inputs))
                    .contains(QStringLiteral("no_neutrophil_engraftment_by_d30")));
    inputs.today = day0.addDays(30);
    CHECK(codes(ProtocolPlan::review(smallPlan(), kStart, inputs))
              .contains(QStringLiteral("no_neutrophil_engraftment_by_d30")));
    inputs.neutrophilEngraftment << std::pair{1, std::optional<QDate>(day0.addDays(30))};
    CHECK_FALSE(codes(ProtocolPlan::review(smallPlan(), kStart, inputs))
                    .contains(QStringLiteral("no_neutrophil_engraftment_by_d30")));
    inputs.neutrophilEngraftment[0].second = day0.addDays(31);
    CHECK(codes(ProtocolPlan::review(smallPlan(), kStart, inputs))
              .contains(QStringLiteral("no_neutrophil_engraftment_by_d30")));
}

TEST_CASE("No response assessment around day +100 is an alert once day +120 has passed",
          "[plan][alerts]")
{
    ProtocolPlan::Inputs inputs;
    const QDate day0(2025, 6, 4);
    inputs.events << event(EventType::Transplant, "2025-06-04");
    inputs.neutrophilEngraftment << std::pair{1, std::optional<QDate>(day0.addDays(10))};
    const QString code = QStringLiteral("no_day100_assessment");
    inputs.today = day0.addDays(120);
    CHECK_FALSE(codes(ProtocolPlan::review(smallPlan(), kStart, inputs)).contains(code));
    inputs.today = day0.addDays(121);
    CHECK(codes(ProtocolPlan::review(smallPlan(), kStart, inputs)).contains(code));
    inputs.assessmentDays << day0.addDays(80);
    const auto review = ProtocolPlan::review(smallPlan(), kStart, inputs);
    CHECK_FALSE(codes(review).contains(code));
    CHECK(review.steps[4].recorded == day0.addDays(80)); // within the step's 20-day window
    inputs.assessmentDays = {day0.addDays(79)};
    CHECK(codes(ProtocolPlan::review(smallPlan(), kStart, inputs)).contains(code));
}

TEST_CASE("A tandem beyond 6 months is an alert, on the boundary it is not", "[plan][alerts]")
{
    ProtocolPlan::Inputs inputs;
    const QDate first(2025, 8, 31);
    PathwayEvent asct1 = event(EventType::Transplant, "2025-08-31");
    inputs.neutrophilEngraftment << std::pair{1, std::optional<QDate>(first.addDays(10))}
                                 << std::pair{2, std::optional<QDate>(QDate(2026, 3, 10))};
    inputs.assessmentDays << first.addDays(100);
    PathwayEvent asct2 = event(EventType::Transplant, "2026-02-28"); // first + 6 months, clamped
    asct2.number = 2;
    inputs.events << asct1 << asct2;
    inputs.today = QDate(2026, 3, 1);
    CHECK_FALSE(codes(ProtocolPlan::review(smallPlan(2), kStart, inputs))
                    .contains(QStringLiteral("tandem_beyond_6_months")));
    inputs.events[1].date = *PartialDate::fromIso(QStringLiteral("2026-03-01"));
    CHECK(codes(ProtocolPlan::review(smallPlan(2), kStart, inputs))
              .contains(QStringLiteral("tandem_beyond_6_months")));
    // Not recorded at all, 6 months later: also an alert; a single-transplant plan has none.
    inputs.events.removeLast();
    inputs.today = QDate(2026, 3, 1);
    CHECK(codes(ProtocolPlan::review(smallPlan(2), kStart, inputs))
              .contains(QStringLiteral("tandem_beyond_6_months")));
    CHECK_FALSE(codes(ProtocolPlan::review(smallPlan(1), kStart, inputs))
                    .contains(QStringLiteral("tandem_beyond_6_months")));
}
