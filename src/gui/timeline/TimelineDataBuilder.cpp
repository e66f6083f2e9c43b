#include "gui/timeline/TimelineDataBuilder.h"

#include "clinical/LabCatalogue.h"
#include "clinical/rules/TransplantDays.h"
#include "gui/timeline/TimelineDays.h"

#include <algorithm>
#include <map>

namespace mmtrack::gui {

using namespace clinical;

namespace {

qint64 jd(QDate date)
{
    return date.toJulianDay();
}

std::optional<QDate> reachedDate(const Engraftment::Outcome& outcome)
{
    if (const auto* reached = std::get_if<Engraftment::Reached>(&outcome))
        return reached->date;
    return std::nullopt;
}

// The date as written, with the day numbers when it is known to the day.
QString whenText(const PartialDate& date, const std::optional<PartialDate>& end,
                 const TimelineDays& days)
{
    QString text = date.toIso();
    if (end && *end != date)
        text += QStringLiteral(" – ") + end->toIso();
    if (date.precision() == PartialDate::Precision::Day && !days.isEmpty())
        text += QStringLiteral("  ") + days.allLabels(jd(date.earliest()));
    return text;
}

QString numberText(const Decimal& value)
{
    return value.toString();
}

} // namespace

QString TimelineDataBuilder::phaseName(const QString& key)
{
    if (key == QLatin1String("diagnosis"))
        return tr("Diagnosis");
    if (key == QLatin1String("induction"))
        return tr("Induction");
    if (key == QLatin1String("mobilization"))
        return tr("Mobilization");
    if (key == QLatin1String("collection"))
        return tr("Collection");
    if (key == QLatin1String("consolidation"))
        return tr("Consolidation");
    if (key == QLatin1String("transplant"))
        return tr("Transplant");
    if (key == QLatin1String("engraftment"))
        return tr("Engrafted");
    if (key == QLatin1String("maintenance"))
        return tr("Maintenance");
    return key;
}

TimelineData TimelineDataBuilder::build(const CaseRecord& record, const CaseAssessment& assessment,
                                        const std::optional<PlanReview>& plan, QDate today)
{
    TimelineData data;
    for (const TransplantAssessment& t : assessment.transplants)
        data.transplants << TimelineTransplant{t.number, jd(t.day0)};
    std::sort(data.transplants.begin(), data.transplants.end(),
              [](const auto& a, const auto& b) { return a.day0 < b.day0; });
    if (today.isValid())
        data.today = jd(today);
    addPhases(assessment, data);
    addEvents(record, data);
    addResponses(record, assessment, data);
    if (plan)
        addPlan(*plan, data);
    addLabs(record, assessment, data);
    return data;
}

void TimelineDataBuilder::addPhases(const CaseAssessment& assessment, TimelineData& data)
{
    const QString transplantPrefix = QStringLiteral("transplant_");
    for (const PhaseSpan& span : assessment.phases) {
        TimelinePhase phase{span.phase, phaseName(span.phase), jd(span.start.earliest()),
                            jd(span.end.latest()), false};
        if (!span.phase.startsWith(transplantPrefix)) {
            data.phases << phase;
            continue;
        }
        // A transplant band turns bluish green from the neutrophil engraftment day on.
        const int number = span.phase.mid(transplantPrefix.size()).toInt();
        phase.key = QStringLiteral("transplant");
        phase.label = tr("ASCT %1").arg(number);
        std::optional<QDate> engrafted;
        for (const TransplantAssessment& t : assessment.transplants)
            if (t.number == number)
                engrafted = reachedDate(t.engraftment.neutrophils);
        if (engrafted && jd(*engrafted) > phase.first && jd(*engrafted) <= phase.last) {
            TimelinePhase after{QStringLiteral("engraftment"),
                                phaseName(QStringLiteral("engraftment")), jd(*engrafted),
                                phase.last, false};
            phase.last = jd(*engrafted) - 1;
            data.phases << phase << after;
        } else {
            data.phases << phase;
        }
    }
}

void TimelineDataBuilder::addEvents(const CaseRecord& record, TimelineData& data)
{
    const TimelineDays days(data.transplants);
    for (int i = 0; i < record.events.size(); ++i) {
        const PathwayEvent& e = record.events[i];
        if (e.type == EventType::Reported && clinical::isResponseLabel(e.label))
            continue; // drawn as a response badge
        TimelineEvent mark;
        mark.eventIndex = i;
        mark.first = jd(e.date.earliest());
        mark.last = jd(e.endDate ? e.endDate->latest() : e.date.latest());
        mark.exactDay = e.date.precision() == PartialDate::Precision::Day;
        mark.colourKey = QStringLiteral("neutral");
        QString what;
        switch (e.type) {
        case EventType::TherapyCycle:
            mark.mark = TimelineMark::Cycle;
            mark.colourKey = e.phase.isEmpty() ? QStringLiteral("induction") : e.phase;
            mark.shortLabel = e.cycle ? tr("C%1").arg(*e.cycle) : QString();
            mark.label = e.regimen.isEmpty()
                             ? mark.shortLabel
                             : QString(e.regimen + QLatin1Char(' ') + mark.shortLabel).trimmed();
            what = tr("%1 cycle %2, %3")
                       .arg(e.regimen, e.cycle ? QString::number(*e.cycle) : QStringLiteral("?"),
                            phaseName(mark.colourKey).toLower());
            mark.priority = 3;
            break;
        case EventType::NewTherapyLine:
            mark.mark = TimelineMark::NewLine;
            mark.label = tr("New line");
            what = e.reason.isEmpty() ? tr("New line of therapy")
                                      : tr("New line of therapy: %1").arg(e.reason);
            mark.priority = 2;
            break;
        case EventType::Mobilization:
            mark.mark = TimelineMark::Mobilization;
            mark.colourKey = QStringLiteral("mobilization");
            mark.label = e.agents.isEmpty() ? tr("Mobilization") : e.agents.join(QLatin1Char('+'));
            what =
                tr("Stem-cell mobilization") +
                (e.agents.isEmpty() ? QString()
                                    : QStringLiteral(": ") + e.agents.join(QStringLiteral(", ")));
            mark.priority = 4;
            break;
        case EventType::StemCellCollection:
            mark.mark = TimelineMark::Apheresis;
            mark.colourKey = QStringLiteral("collection");
            if (e.cd34PerKg) {
                mark.label = tr("CD34+ %1 ×10⁶/kg").arg(numberText(*e.cd34PerKg));
                mark.shortLabel = numberText(*e.cd34PerKg);
                what = tr("Apheresis: CD34+ %1 ×10⁶/kg").arg(numberText(*e.cd34PerKg));
            } else {
                mark.label = tr("Apheresis");
                what = tr("Apheresis (CD34+ yield not recorded)");
            }
            mark.priority = 1;
            break;
        case EventType::Admission:
            mark.mark = TimelineMark::Admission;
            mark.label = tr("Admitted");
            what = tr("Admission");
            mark.priority = 5;
            break;
        case EventType::Discharge:
            mark.mark = TimelineMark::Discharge;
            mark.label = tr("Discharged");
            what = tr("Discharge");
            mark.priority = 5;
            break;
        case EventType::Conditioning:
            mark.mark = TimelineMark::Conditioning;
            mark.colourKey = QStringLiteral("transplant");
            mark.label = e.regimen.isEmpty() ? tr("Conditioning") : e.regimen;
            what = tr("Conditioning") +
                   (e.regimen.isEmpty() ? QString() : QStringLiteral(": ") + e.regimen);
            mark.priority = 3;
            break;
        case EventType::Transplant:
            mark.mark = TimelineMark::Transplant;
            mark.colourKey = QStringLiteral("transplant");
            mark.label = tr("ASCT %1").arg(e.number.value_or(0));
            mark.shortLabel = QString::number(e.number.value_or(0));
            what = tr("Autologous stem-cell transplant %1, day 0").arg(e.number.value_or(0));
            if (e.cd34PerKg)
                what += QLatin1Char('\n') +
                        tr("CD34+ infused: %1 ×10⁶/kg").arg(numberText(*e.cd34PerKg));
            mark.priority = 0;
            break;
        case EventType::Transfusion: {
            mark.mark = TimelineMark::Transfusion;
            const bool platelets = e.product == QLatin1String("platelets");
            mark.label = platelets ? tr("PLT") : tr("RBC");
            what = platelets ? tr("Platelet transfusion") : tr("Red-cell transfusion");
            mark.priority = 5;
            break;
        }
        case EventType::Reported:
            mark.mark = TimelineMark::Reported;
            mark.label = e.label;
            what = tr("Reported: %1").arg(e.label);
            if (!e.note.isEmpty())
                what += QStringLiteral(" (") + e.note + QLatin1Char(')');
            mark.priority = 2;
            break;
        }
        mark.detail = what + QLatin1Char('\n') + whenText(e.date, e.endDate, days);
        data.events << mark;
    }
}

void TimelineDataBuilder::addResponses(const CaseRecord& record, const CaseAssessment& assessment,
                                       TimelineData& data)
{
    const TimelineDays days(data.transplants);
    for (const ResponseAssessment& a : assessment.responses.assessments) {
        TimelineResponse r;
        r.day = jd(a.date);
        r.computed = categoryName(a.category);
        r.confirmed = a.confirmedCategory && *a.confirmedCategory == a.category;
        r.detail = tr("Computed response: %1 (%2)")
                       .arg(r.computed, r.confirmed ? tr("confirmed") : tr("unconfirmed")) +
                   QLatin1Char('\n') + whenText(PartialDate::fromDate(a.date), std::nullopt, days);
        data.responses << r;
    }
    // Reported labels: beside the last computed badge of their period, or on their own.
    for (const PathwayEvent& e : record.events) {
        if (e.type != EventType::Reported || !clinical::isResponseLabel(e.label))
            continue;
        const qint64 first = jd(e.date.earliest());
        const qint64 last = jd(e.date.latest());
        TimelineResponse* target = nullptr;
        QStringList computedInPeriod;
        for (TimelineResponse& r : data.responses)
            if (!r.computed.isEmpty() && r.day >= first && r.day <= last &&
                r.computed != QLatin1String("NE")) {
                target = &r;
                computedInPeriod << r.computed;
            }
        const QString line = tr("Reported: %1 (%2)").arg(e.label, e.date.toIso()) +
                             (e.note.isEmpty() ? QString() : QStringLiteral(", ") + e.note);
        if (target) {
            target->reported = e.label;
            target->differs = !computedInPeriod.contains(e.label);
            target->detail += QLatin1Char('\n') + line;
            if (target->differs)
                target->detail +=
                    QLatin1Char('\n') + tr("⚠ The reported label differs from the computed one.");
            continue;
        }
        TimelineResponse r;
        r.day = first + (last - first) / 2;
        r.reported = e.label;
        r.detail = line + QLatin1Char('\n') + tr("No computed response in this period.");
        data.responses << r;
    }
    std::stable_sort(data.responses.begin(), data.responses.end(),
                     [](const auto& a, const auto& b) { return a.day < b.day; });
}

void TimelineDataBuilder::addPlan(const PlanReview& plan, TimelineData& data)
{
    const TimelineDays days(data.transplants);
    std::map<QString, std::pair<qint64, qint64>> plannedPhases;
    for (const PlannedStep& planned : plan.steps) {
        if (planned.done() || !planned.expected.isValid())
            continue;
        const ProtocolStep& step = planned.step;
        const qint64 day = jd(planned.expected);
        const QString when = tr("expected %1").arg(planned.expected.toString(Qt::ISODate));
        if (step.assessment) {
            TimelineResponse r;
            r.day = day;
            r.planned = true;
            r.plannedLabel = days.isEmpty() ? tr("Assessment") : days.label(day);
            r.detail = tr("Planned response assessment, %1").arg(when);
            data.responses << r;
            continue;
        }
        TimelineEvent mark;
        mark.planned = true;
        mark.first = day;
        mark.last = day + std::max(0, step.durationDays - 1);
        mark.colourKey = QStringLiteral("neutral");
        switch (step.type) {
        case EventType::TherapyCycle:
            mark.mark = TimelineMark::Cycle;
            mark.colourKey = step.phase.isEmpty() ? QStringLiteral("induction") : step.phase;
            mark.shortLabel = step.cycle ? tr("C%1").arg(*step.cycle) : QString();
            mark.label = QString(step.regimen + QLatin1Char(' ') + mark.shortLabel).trimmed();
            mark.priority = 4;
            if (step.durationDays > 0) {
                auto& span =
                    plannedPhases.try_emplace(mark.colourKey, mark.first, mark.last).first->second;
                span = {std::min(span.first, mark.first), std::max(span.second, mark.last)};
            }
            break;
        case EventType::Transplant:
            mark.mark = TimelineMark::Transplant;
            mark.colourKey = QStringLiteral("transplant");
            mark.label = tr("ASCT %1").arg(step.number.value_or(0));
            mark.priority = 1;
            break;
        case EventType::StemCellCollection:
            mark.mark = TimelineMark::Apheresis;
            mark.colourKey = QStringLiteral("collection");
            mark.label = tr("Apheresis");
            mark.priority = 2;
            break;
        case EventType::Mobilization:
            mark.mark = TimelineMark::Mobilization;
            mark.colourKey = QStringLiteral("mobilization");
            mark.label = tr("Mobilization");
            mark.priority = 4;
            break;
        case EventType::Conditioning:
            mark.mark = TimelineMark::Conditioning;
            mark.colourKey = QStringLiteral("transplant");
            mark.label = step.regimen.isEmpty() ? tr("Conditioning") : step.regimen;
            mark.priority = 4;
            break;
        case EventType::Admission:
            mark.mark = TimelineMark::Admission;
            mark.label = tr("Admitted");
            mark.priority = 6;
            break;
        case EventType::Discharge:
            mark.mark = TimelineMark::Discharge;
            mark.label = tr("Discharged");
            mark.priority = 6;
            break;
        case EventType::Transfusion:
            mark.mark = TimelineMark::Transfusion;
            mark.label = tr("Transfusion");
            mark.priority = 6;
            break;
        case EventType::NewTherapyLine:
        case EventType::Reported:
            mark.mark = TimelineMark::Reported;
            mark.label = step.key;
            mark.priority = 5;
            break;
        }
        mark.detail = tr("Planned: %1, %2").arg(mark.label, when);
        if (planned.expected.isValid() && !days.isEmpty())
            mark.detail += QStringLiteral("  ") + days.allLabels(day);
        data.events << mark;
    }
    // Planned phases continue after the recorded part of the same phase.
    for (const auto& [key, span] : plannedPhases) {
        qint64 first = span.first;
        for (const TimelinePhase& p : data.phases)
            if (p.key == key && !p.planned && p.last >= first)
                first = p.last + 1;
        if (first <= span.second)
            data.phases << TimelinePhase{key, phaseName(key), first, span.second, true};
    }
    std::stable_sort(data.responses.begin(), data.responses.end(),
                     [](const auto& a, const auto& b) { return a.day < b.day; });
}

void TimelineDataBuilder::addLabs(const CaseRecord& record, const CaseAssessment& assessment,
                                  TimelineData& data)
{
    struct LaneSpec {
        const char* key;
        QString title;
        bool log;
        QList<std::pair<const char*, QString>> series; // test key, name
    };
    const QList<LaneSpec> specs{
        {"anc", tr("ANC"), true, {{"anc", tr("ANC")}}},
        {"platelets", tr("Platelets"), true, {{"platelets", tr("Platelets")}}},
        {"hemoglobin", tr("Hemoglobin"), false, {{"hemoglobin", tr("Hemoglobin")}}},
        {"m_protein",
         tr("M-protein · FLC"),
         false,
         {{"serum_m_protein", tr("M-protein")},
          {"kappa_flc", tr("κ FLC")},
          {"lambda_flc", tr("λ FLC")}}},
    };
    std::map<QString, std::pair<int, int>> where; // test key → lane, series
    for (int l = 0; l < specs.size(); ++l) {
        TimelineLabLane lane;
        lane.key = QLatin1String(specs[l].key);
        lane.title = specs[l].title;
        lane.logScale = specs[l].log;
        for (int s = 0; s < specs[l].series.size(); ++s) {
            TimelineLabSeries series;
            series.key = QLatin1String(specs[l].series[s].first);
            series.name = specs[l].series[s].second;
            if (const LabTest* test = LabCatalogue::byKey(series.key))
                series.unit = LabCatalogue::displayUnit(test->unit);
            series.axis = (l == 3 && s > 0) ? 1 : 0; // FLC in mg/L beside M-protein in g/L
            lane.series << series;
            where[series.key] = {l, s};
        }
        data.labLanes << lane;
    }
    data.labLanes[0].thresholds << TimelineThreshold{0.5, QStringLiteral("0.5")};
    data.labLanes[1].thresholds << TimelineThreshold{20, QStringLiteral("20")};

    QList<const LabResult*> sorted;
    for (const LabResult& r : record.results)
        if (r.value && where.count(r.testKey))
            sorted << &r;
    std::stable_sort(sorted.begin(), sorted.end(), [](const LabResult* a, const LabResult* b) {
        return std::pair(a->date, a->time.value_or(QTime(0, 0))) <
               std::pair(b->date, b->time.value_or(QTime(0, 0)));
    });
    for (const LabResult* r : sorted) {
        const auto [l, s] = where[r->testKey];
        data.labLanes[l].series[s].points
            << TimelineLabPoint{jd(r->date), r->value->toDouble(), r->id};
    }

    for (const TransplantAssessment& t : assessment.transplants) {
        const auto mark = [&](const Engraftment::Outcome& outcome, int lane) {
            if (const auto day = reachedDate(outcome))
                data.labLanes[lane].markers << TimelineMarker{
                    jd(*day),
                    tr("Engrafted %1")
                        .arg(TransplantDays::label(TransplantDays::dayNumber(t.day0, *day)))};
        };
        mark(t.engraftment.neutrophils, 0);
        mark(t.engraftment.platelets20, 1);
    }
}

} // namespace mmtrack::gui
