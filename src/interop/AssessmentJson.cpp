#include "interop/AssessmentJson.h"

#include "clinical/LabMeasurement.h"

#include <QJsonArray>

namespace mmtrack::interop {

using namespace clinical;

namespace {

QJsonValue number(const std::optional<Decimal>& value)
{
    return value ? QJsonValue(value->toDouble()) : QJsonValue();
}

QJsonValue boolean(const std::optional<bool>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonValue outcome(const Engraftment::Outcome& value)
{
    if (const auto* reached = std::get_if<Engraftment::Reached>(&value)) {
        QJsonObject json;
        json[QStringLiteral("date")] = reached->date.toString(Qt::ISODate);
        json[QStringLiteral("day")] = reached->day;
        return json;
    }
    if (std::holds_alternative<Engraftment::NotApplicable>(value))
        return QStringLiteral("not_applicable");
    return QJsonValue();
}

QJsonValue stage(const std::optional<IssStage>& value)
{
    return value ? QJsonValue(stageName(*value)) : QJsonValue();
}

} // namespace

CaseRecord AssessmentJson::recordOf(const CaseFile& caseFile)
{
    CaseRecord record;
    record.patient = caseFile.patient;
    record.details = caseFile.details;
    record.events = caseFile.events;
    for (const CaseObservation& observation : caseFile.observations) {
        LabResult result;
        result.date = observation.date;
        result.time = observation.time;
        result.source = LabSource::CaseFile;
        result.sourceDetail = observation.path;
        // The reader has checked every observation; one that fails here is left out.
        if (LabMeasurement::apply(observation.entry, caseFile.patient.sex, result))
            record.results << result;
    }
    return record;
}

QJsonObject AssessmentJson::write(const CaseRecord& record, const CaseAssessment& a)
{
    QJsonObject json;
    json[QStringLiteral("patient")] = QJsonObject{{QStringLiteral("mrn"), record.patient.mrn}};
    json[QStringLiteral("rule_sets")] = QJsonObject{
        {QStringLiteral("response"), a.responses.ruleSet},
        {QStringLiteral("high_risk"), QLatin1String(HighRiskResult::kRuleSet)},
        {QStringLiteral("staging"), QStringLiteral("ISS-2005, R-ISS-2015, R2-ISS-2022")},
        {QStringLiteral("diagnosis"), QLatin1String(DiagnosisResult::kRuleSet)},
        {QStringLiteral("engraftment"), QString(Engraftment::ruleSet)}};

    QJsonArray events;
    for (MyelomaDefiningEvent event : a.diagnosis.events)
        events << mdeCode(event);
    json[QStringLiteral("diagnosis")] =
        QJsonObject{{QStringLiteral("multiple_myeloma"), boolean(a.diagnosis.multipleMyeloma)},
                    {QStringLiteral("myeloma_defining_events"), events},
                    {QStringLiteral("explanation"), strings(a.diagnosis.explanation)},
                    {QStringLiteral("missing"), strings(a.diagnosis.missing)}};

    json[QStringLiteral("staging")] = QJsonObject{
        {QStringLiteral("iss"), stage(a.staging.iss.stage)},
        {QStringLiteral("r_iss"), stage(a.staging.rIss.stage)},
        {QStringLiteral("r2_iss"),
         a.staging.r2Iss.stage ? QJsonValue(stageName(*a.staging.r2Iss.stage)) : QJsonValue()},
        {QStringLiteral("r2_iss_points"), number(a.staging.r2Iss.points)},
        {QStringLiteral("explanation"),
         strings(a.staging.iss.explanation + a.staging.rIss.explanation +
                 a.staging.r2Iss.explanation)},
        {QStringLiteral("missing"),
         strings(a.staging.iss.missing + a.staging.rIss.missing + a.staging.r2Iss.missing)}};

    QJsonArray criteria;
    for (int criterion : a.risk.criteriaMet)
        criteria << criterion;
    json[QStringLiteral("risk")] =
        QJsonObject{{QStringLiteral("high_risk"), boolean(a.risk.highRisk)},
                    {QStringLiteral("criteria"), criteria},
                    {QStringLiteral("explanation"), strings(a.risk.explanation)},
                    {QStringLiteral("missing"), strings(a.risk.missing)}};

    QJsonArray responses;
    for (const ResponseAssessment& r : a.responses.assessments)
        responses << QJsonObject{
            {QStringLiteral("date"), r.date.toString(Qt::ISODate)},
            {QStringLiteral("track"), trackName(r.track)},
            {QStringLiteral("category"), categoryName(r.category)},
            {QStringLiteral("confirmed_category"),
             r.confirmedCategory ? QJsonValue(categoryName(*r.confirmedCategory)) : QJsonValue()},
            {QStringLiteral("pd"), r.pd},
            {QStringLiteral("relapse_from_cr"), r.relapseFromCr},
            {QStringLiteral("explanation"), strings(r.explanation)},
            {QStringLiteral("missing"), strings(r.missing)}};
    json[QStringLiteral("responses")] = responses;
    json[QStringLiteral("best_confirmed_response")] =
        a.responses.bestConfirmedResponse
            ? QJsonValue(categoryName(*a.responses.bestConfirmedResponse))
            : QJsonValue();

    if (a.collection)
        json[QStringLiteral("collection")] = QJsonObject{
            {QStringLiteral("cd34_total_10e6_per_kg"), a.collection->cd34Total.toDouble()},
            {QStringLiteral("transplants_planned"), a.collection->transplantsPlanned},
            {QStringLiteral("meets_minimum"), a.collection->meetsMinimum},
            {QStringLiteral("meets_optimal"), a.collection->meetsOptimal},
            {QStringLiteral("explanation"), strings(a.collection->explanation)}};
    else
        json[QStringLiteral("collection")] = QJsonValue();

    QJsonArray transplants;
    for (const TransplantAssessment& t : a.transplants)
        transplants << QJsonObject{
            {QStringLiteral("number"), t.number},
            {QStringLiteral("day0"), t.day0.toString(Qt::ISODate)},
            {QStringLiteral("neutrophil_engraftment"), outcome(t.engraftment.neutrophils)},
            {QStringLiteral("platelet_engraftment_20"), outcome(t.engraftment.platelets20)},
            {QStringLiteral("platelet_engraftment_50"), outcome(t.engraftment.platelets50)},
            {QStringLiteral("explanation"), strings(t.engraftment.explanation)}};
    json[QStringLiteral("transplants")] = transplants;
    json[QStringLiteral("tandem")] =
        a.tandem ? QJsonValue(
                       QJsonObject{{QStringLiteral("interval_days"), a.tandem->intervalDays},
                                   {QStringLiteral("within_6_months"), a.tandem->within6Months},
                                   {QStringLiteral("explanation"), strings(a.tandem->explanation)}})
                 : QJsonValue();

    QJsonArray phases;
    for (const PhaseSpan& phase : a.phases)
        phases << QJsonObject{{QStringLiteral("phase"), phase.phase},
                              {QStringLiteral("start"), phase.start.toIso()},
                              {QStringLiteral("end"), phase.end.toIso()}};
    json[QStringLiteral("phases")] = phases;

    QJsonArray eventList;
    for (const PathwayEvent& event : record.events) {
        QJsonObject days;
        for (const TransplantAssessment& t : a.transplants) {
            const auto day = TransplantDays::dayNumber(t.day0, event.date);
            days[QStringLiteral("transplant_%1").arg(t.number)] =
                day ? QJsonValue(*day) : QJsonValue();
        }
        eventList << QJsonObject{{QStringLiteral("type"), eventTypeCode(event.type)},
                                 {QStringLiteral("date"), event.date.toIso()},
                                 {QStringLiteral("day_numbers"), days}};
    }
    json[QStringLiteral("events")] = eventList;

    QJsonArray alerts;
    for (const CaseAlert& alert : a.alerts)
        alerts << QJsonObject{{QStringLiteral("code"), alert.code},
                              {QStringLiteral("severity"), alert.severity},
                              {QStringLiteral("date"), alert.date.toIso()},
                              {QStringLiteral("message"), alert.message}};
    json[QStringLiteral("alerts")] = alerts;
    return json;
}

} // namespace mmtrack::interop
