#include "clinical/ProtocolPlan.h"

#include "clinical/rules/TransplantDays.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

namespace mmtrack::clinical {

namespace {

QString at(int index, const char* field)
{
    return QStringLiteral("$.steps[%1].%2").arg(index).arg(QLatin1String(field));
}

std::optional<int> optionalInt(const QJsonObject& json, const char* key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

// The day a recorded event counts from, and whether it is known to the day.
QDate eventDay(const PathwayEvent& event)
{
    return event.date.earliest();
}

bool knownToTheDay(const PathwayEvent& event)
{
    return event.date.precision() == PartialDate::Precision::Day;
}

// A step with a key of its own (a cycle of a phase, a transplant's number) is matched on it;
// any other step is matched by order among the steps and events of its type.
bool sameKey(const ProtocolStep& step, const PathwayEvent& event)
{
    if (step.type != event.type)
        return false;
    if (step.type == EventType::TherapyCycle)
        return event.phase == step.phase && event.cycle == step.cycle;
    if (step.type == EventType::Transplant)
        return event.number == step.number;
    return true;
}

} // namespace

int PlannedStep::delayDays() const
{
    if (!recorded || (recordedAs && recordedAs->precision() != PartialDate::Precision::Day))
        return 0;
    return int(expected.daysTo(*recorded));
}

Result<ProtocolTemplate> ProtocolTemplate::fromJson(const QJsonObject& json)
{
    Problems problems;
    ProtocolTemplate plan;
    if (json.value(QLatin1String("format")).toString() != QLatin1String("mmtrack-protocol"))
        problems << Problem{QStringLiteral("$.format"),
                            ProtocolPlan::tr("expected \"mmtrack-protocol\"")};
    if (json.value(QLatin1String("version")).toInt() != 1)
        problems << Problem{QStringLiteral("$.version"),
                            ProtocolPlan::tr("only version 1 can be read")};
    plan.id = json.value(QLatin1String("id")).toString();
    plan.name = json.value(QLatin1String("name")).toString();
    plan.nameZh = json.value(QLatin1String("name_zh")).toString();
    plan.transplantsPlanned = json.value(QLatin1String("transplants_planned")).toInt(1);
    if (plan.id.isEmpty())
        problems << Problem{QStringLiteral("$.id"), ProtocolPlan::tr("required")};
    if (plan.name.isEmpty())
        problems << Problem{QStringLiteral("$.name"), ProtocolPlan::tr("required")};
    if (plan.transplantsPlanned != 1 && plan.transplantsPlanned != 2)
        problems << Problem{QStringLiteral("$.transplants_planned"),
                            ProtocolPlan::tr("must be 1 or 2")};
    const QJsonArray steps = json.value(QLatin1String("steps")).toArray();
    if (steps.isEmpty())
        problems << Problem{QStringLiteral("$.steps"),
                            ProtocolPlan::tr("required, a list of at least one step")};
    QHash<QString, int> keys;
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject s = steps[i].toObject();
        ProtocolStep step;
        step.key = s.value(QLatin1String("key")).toString();
        step.assessment = s.value(QLatin1String("assessment")).toBool();
        if (step.key.isEmpty())
            problems << Problem{at(i, "key"), ProtocolPlan::tr("required")};
        else if (keys.contains(step.key))
            problems << Problem{at(i, "key"), ProtocolPlan::tr("\"%1\" is already the key of "
                                                               "step %2")
                                                  .arg(step.key)
                                                  .arg(keys.value(step.key))};
        if (!step.assessment) {
            const auto type = eventTypeFromCode(s.value(QLatin1String("type")).toString());
            if (!type)
                problems << Problem{at(i, "type"), ProtocolPlan::tr("not an event type")};
            else
                step.type = *type;
        }
        step.phase = s.value(QLatin1String("phase")).toString();
        step.regimen = s.value(QLatin1String("regimen")).toString();
        step.cycle = optionalInt(s, "cycle");
        step.number = optionalInt(s, "number");
        step.after = s.value(QLatin1String("after")).toString();
        step.offsetDays = s.value(QLatin1String("offset_days")).toInt();
        step.durationDays = s.value(QLatin1String("duration_days")).toInt();
        step.windowDays = s.value(QLatin1String("window_days")).toInt(21);
        step.labelEn = s.value(QLatin1String("label")).toString();
        step.labelZh = s.value(QLatin1String("label_zh")).toString();
        // Steps count from earlier ones only, so that expected dates follow in one pass.
        if (!step.after.isEmpty() && !keys.contains(step.after))
            problems << Problem{
                at(i, "after"),
                ProtocolPlan::tr("\"%1\" is not the key of an earlier step").arg(step.after)};
        if (step.offsetDays < 0 || step.durationDays < 0 || step.windowDays < 0)
            problems << Problem{at(i, "offset_days"), ProtocolPlan::tr("days cannot be negative")};
        if (step.type == EventType::Transplant && !step.assessment &&
            (!step.number || *step.number < 1 || *step.number > 2))
            problems << Problem{at(i, "number"), ProtocolPlan::tr("a transplant is number 1 or 2")};
        keys.insert(step.key, i);
        plan.steps << step;
    }
    if (!problems.isEmpty())
        return problems;
    return plan;
}

QJsonObject ProtocolTemplate::toJson() const
{
    QJsonArray list;
    for (const ProtocolStep& step : steps) {
        QJsonObject s;
        s[QStringLiteral("key")] = step.key;
        if (step.assessment) {
            s[QStringLiteral("assessment")] = true;
            s[QStringLiteral("window_days")] = step.windowDays;
            s[QStringLiteral("label")] = step.labelEn;
            s[QStringLiteral("label_zh")] = step.labelZh;
        } else {
            s[QStringLiteral("type")] = eventTypeCode(step.type);
        }
        if (!step.phase.isEmpty())
            s[QStringLiteral("phase")] = step.phase;
        if (!step.regimen.isEmpty())
            s[QStringLiteral("regimen")] = step.regimen;
        if (step.cycle)
            s[QStringLiteral("cycle")] = *step.cycle;
        if (step.number)
            s[QStringLiteral("number")] = *step.number;
        if (!step.after.isEmpty())
            s[QStringLiteral("after")] = step.after;
        s[QStringLiteral("offset_days")] = step.offsetDays;
        if (step.durationDays > 0)
            s[QStringLiteral("duration_days")] = step.durationDays;
        list << s;
    }
    return {{QStringLiteral("format"), QStringLiteral("mmtrack-protocol")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("name_zh"), nameZh},
            {QStringLiteral("transplants_planned"), transplantsPlanned},
            {QStringLiteral("steps"), list}};
}

ProtocolPlan::Inputs ProtocolPlan::inputsFrom(const CaseRecord& record,
                                              const CaseAssessment& assessment, QDate today)
{
    Inputs inputs;
    inputs.events = record.events;
    inputs.today = today;
    for (const TransplantAssessment& t : assessment.transplants) {
        const auto* reached = std::get_if<Engraftment::Reached>(&t.engraftment.neutrophils);
        inputs.neutrophilEngraftment
            << std::pair{t.number, reached ? std::optional<QDate>(reached->date) : std::nullopt};
    }
    for (const ResponseAssessment& a : assessment.responses.assessments)
        if (a.category != ResponseCategory::NE)
            inputs.assessmentDays << a.date;
    for (const PathwayEvent& e : record.events)
        if (e.type == EventType::Reported && isResponseLabel(e.label) &&
            e.date.precision() == PartialDate::Precision::Day)
            inputs.assessmentDays << e.date.earliest();
    return inputs;
}

QString ProtocolPlan::describe(const ProtocolStep& step)
{
    if (step.assessment) {
        const bool chinese = QLocale().language() == QLocale::Chinese;
        const QString label = chinese && !step.labelZh.isEmpty() ? step.labelZh : step.labelEn;
        return label.isEmpty() ? tr("Response assessment")
                               : tr("Response assessment (%1)").arg(label);
    }
    switch (step.type) {
    case EventType::TherapyCycle:
        return step.cycle ? tr("%1 cycle %2").arg(step.regimen).arg(*step.cycle) : step.regimen;
    case EventType::NewTherapyLine:
        return tr("New line of therapy");
    case EventType::Mobilization:
        return tr("Mobilization");
    case EventType::StemCellCollection:
        return tr("Stem-cell collection");
    case EventType::Admission:
        return tr("Admission");
    case EventType::Discharge:
        return tr("Discharge");
    case EventType::Conditioning:
        return tr("Conditioning %1").arg(step.regimen);
    case EventType::Transplant:
        return tr("ASCT #%1 (day 0)").arg(step.number.value_or(1));
    case EventType::Transfusion:
        return tr("Transfusion");
    case EventType::Reported:
        return tr("Reported");
    }
    return {};
}

PlanReview ProtocolPlan::review(const ProtocolTemplate& plan, QDate start, const Inputs& inputs)
{
    PlanReview review;
    review.templateId = plan.id;

    // Match recorded events to steps, then forecast: a step counts from the recorded day of
    // the step it follows when that one is recorded to the day, else from its expected day.
    QList<bool> used(inputs.events.size(), false);
    QHash<QString, int> indexOf;
    for (const ProtocolStep& step : plan.steps) {
        PlannedStep planned;
        planned.step = step;
        if (step.after.isEmpty()) {
            planned.expected = start.addDays(step.offsetDays);
        } else {
            // A date known only to the month says the step was not before the month's first
            // day: the forecast moves to it when that is later [convention].
            const PlannedStep& anchor = review.steps[indexOf.value(step.after)];
            QDate from = anchor.expected;
            if (anchor.recorded)
                from = anchor.recordedAs &&
                               anchor.recordedAs->precision() != PartialDate::Precision::Day
                           ? std::max(anchor.expected, *anchor.recorded)
                           : *anchor.recorded;
            planned.expected = from.addDays(step.offsetDays);
        }
        if (step.assessment) {
            for (const QDate& day : inputs.assessmentDays)
                if (std::abs(planned.expected.daysTo(day)) <= step.windowDays &&
                    (!planned.recorded || std::abs(planned.expected.daysTo(day)) <
                                              std::abs(planned.expected.daysTo(*planned.recorded))))
                    planned.recorded = day;
        } else {
            for (int i = 0; i < inputs.events.size(); ++i) {
                if (used[i] || !sameKey(step, inputs.events[i]))
                    continue;
                used[i] = true;
                planned.matchedEventIndex = i;
                planned.recorded = eventDay(inputs.events[i]);
                planned.recordedAs = inputs.events[i].date;
                break;
            }
        }
        indexOf.insert(step.key, int(review.steps.size()));
        review.steps << planned;
    }

    // Deviations (clinical-reference.md §4.4, §4.7, §4.9, §4.10).
    auto alert = [&](const char* code, QDate date, const QString& message) {
        review.alerts << PlanAlert{QLatin1String(code), QStringLiteral("warning"), date, message};
    };
    QHash<QString, bool> overdueReported; // one "not recorded" alert per phase
    for (const PlannedStep& planned : review.steps) {
        const ProtocolStep& step = planned.step;
        if (step.assessment || step.type != EventType::TherapyCycle)
            continue;
        if (planned.recorded) {
            const bool exact = knownToTheDay(inputs.events[planned.matchedEventIndex]);
            if (exact && planned.delayDays() > 7)
                alert("cycle_delayed", *planned.recorded,
                      tr("%1 started %2 days after its expected day %3 (more than 7).")
                          .arg(describe(step))
                          .arg(planned.delayDays())
                          .arg(planned.expected.toString(Qt::ISODate)));
        } else if (inputs.today > planned.expected.addDays(7) &&
                   !overdueReported.value(step.phase)) {
            overdueReported.insert(step.phase, true);
            alert("cycle_delayed", planned.expected,
                  tr("%1 was expected on %2 and is not recorded (%3 days ago).")
                      .arg(describe(step), planned.expected.toString(Qt::ISODate))
                      .arg(planned.expected.daysTo(inputs.today)));
        }
    }

    // Collection: the minimum is 2 ×10⁶ CD34+/kg per planned transplant (§4.4), judged once
    // collecting is over (a later step is recorded).
    Decimal collected = Decimal::fromInt(0);
    QDate lastCollection;
    for (const PathwayEvent& e : inputs.events)
        if (e.type == EventType::StemCellCollection) {
            if (e.cd34PerKg)
                collected = collected.plus(*e.cd34PerKg).value_or(collected);
            lastCollection = std::max(lastCollection, eventDay(e));
        }
    bool collectingOver = false;
    for (const PathwayEvent& e : inputs.events)
        if (lastCollection.isValid() && eventDay(e) > lastCollection &&
            (e.type == EventType::Conditioning || e.type == EventType::Transplant ||
             e.type == EventType::TherapyCycle))
            collectingOver = true;
    const Decimal minimum = Decimal::fromInt(2 * plan.transplantsPlanned);
    if (collectingOver && collected < minimum)
        alert("collection_below_minimum", lastCollection,
              tr("%1 ×10⁶ CD34+ cells/kg collected, below the minimum of %2 for %n planned "
                 "transplant(s).",
                 nullptr, plan.transplantsPlanned)
                  .arg(collected.toString(), minimum.toString()));

    // Transplants: engraftment by day +30, an assessment around day +100, the tandem window.
    QList<std::pair<int, QDate>> transplants;
    for (const PathwayEvent& e : inputs.events)
        if (e.type == EventType::Transplant && knownToTheDay(e))
            transplants << std::pair{e.number.value_or(1), eventDay(e)};
    for (const auto& [number, day0] : transplants) {
        std::optional<QDate> engrafted;
        for (const auto& [n, day] : inputs.neutrophilEngraftment)
            if (n == number)
                engrafted = day;
        const QDate day30 = day0.addDays(30);
        if (inputs.today >= day30 && (!engrafted || *engrafted > day30))
            alert("no_neutrophil_engraftment_by_d30", day30,
                  tr("No neutrophil engraftment (ANC ≥ 0.5 ×10⁹/L on 3 days) by day +30 of "
                     "ASCT #%1: possible graft failure.")
                      .arg(number));
        const QDate day100 = day0.addDays(100);
        bool assessed = false;
        for (const QDate& day : inputs.assessmentDays)
            if (day >= day0.addDays(80) && day <= day0.addDays(120))
                assessed = true;
        if (inputs.today > day0.addDays(120) && !assessed)
            alert("no_day100_assessment", day100,
                  tr("No response assessment around day +100 of ASCT #%1 (%2; day +80 to "
                     "+120 counted).")
                      .arg(number)
                      .arg(day100.toString(Qt::ISODate)));
    }
    if (plan.transplantsPlanned == 2) {
        std::optional<QDate> first;
        std::optional<QDate> second;
        for (const auto& [number, day0] : transplants)
            (number == 1 ? first : second) = day0;
        if (first && second && !TransplantDays::tandem(*first, *second).within6Months)
            alert("tandem_beyond_6_months", *second,
                  tr("The second transplant came %1 days after the first: beyond the 6 months "
                     "of a planned tandem.")
                      .arg(first->daysTo(*second)));
        else if (first && !second && inputs.today > first->addMonths(6))
            alert("tandem_beyond_6_months", first->addMonths(6),
                  tr("The planned second transplant is not recorded within 6 months of the "
                     "first (%1).")
                      .arg(first->addMonths(6).toString(Qt::ISODate)));
    }
    std::stable_sort(review.alerts.begin(), review.alerts.end(),
                     [](const PlanAlert& a, const PlanAlert& b) { return a.date < b.date; });
    return review;
}

} // namespace mmtrack::clinical
