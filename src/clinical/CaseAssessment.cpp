#include "clinical/CaseAssessment.h"

#include <QHash>
#include <algorithm>
#include <map>

namespace mmtrack::clinical {

namespace {

bool isTherapy(EventType type)
{
    return type == EventType::TherapyCycle || type == EventType::NewTherapyLine ||
           type == EventType::Conditioning || type == EventType::Transplant;
}

// The latest result of a test on or before a day.
const LabResult* latestOnOrBefore(const QList<LabResult>& results, const QString& test, QDate day)
{
    const LabResult* found = nullptr;
    for (const LabResult& r : results)
        if (r.testKey == test && r.date <= day && (!found || r.date >= found->date))
            found = &r;
    return found;
}

std::optional<Decimal> valueOf(const LabResult* r)
{
    return r ? r->value : std::nullopt;
}

QList<ResponseObservation> responseObservations(const QList<LabResult>& results)
{
    std::map<QDate, ResponseObservation> byDate;
    for (const LabResult& r : results) {
        ResponseObservation& o = byDate[r.date];
        o.date = r.date;
        const QString& k = r.testKey;
        if (k == QLatin1String("serum_m_protein"))
            o.serumMProteinGPerL = r.value;
        else if (k == QLatin1String("urine_m_protein_24h"))
            o.urineMProteinMgPer24h = r.value;
        else if (k == QLatin1String("serum_ife"))
            o.serumIfePositive = r.qualitative == QLatin1String("positive");
        else if (k == QLatin1String("urine_ife"))
            o.urineIfePositive = r.qualitative == QLatin1String("positive");
        else if (k == QLatin1String("kappa_flc"))
            o.kappaFlcMgPerL = r.value;
        else if (k == QLatin1String("lambda_flc"))
            o.lambdaFlcMgPerL = r.value;
        else if (k == QLatin1String("flc_ratio"))
            o.flcRatio = r.value;
        else if (k == QLatin1String("bm_plasma_cells"))
            o.bmPlasmaCellsPercent = r.value;
        else if (k == QLatin1String("bm_clonal_pc_ihc"))
            o.bmClonalPcPresent = r.qualitative == QLatin1String("present");
        else if (k == QLatin1String("plasmacytoma_present"))
            o.plasmacytomaPresent = r.qualitative == QLatin1String("true");
        else if (k == QLatin1String("plasmacytoma_spd_reduction_percent"))
            o.plasmacytomaSpdReduction = r.value;
        else if (k == QLatin1String("new_bone_lesion"))
            o.newBoneLesion = r.qualitative == QLatin1String("true");
    }
    QList<ResponseObservation> list;
    for (const auto& [date, observation] : byDate)
        if (observation.hasAnyValue())
            list << observation;
    return list;
}

std::optional<PartialDate> dayDate(QDate day)
{
    return PartialDate::fromDate(day);
}

} // namespace

QDate CaseAssessor::therapyDay(const PartialDate& date)
{
    return date.latest();
}

QList<QDate> CaseAssessor::lineStarts(const QList<PathwayEvent>& events)
{
    std::optional<QDate> first;
    QList<QDate> starts;
    for (const PathwayEvent& e : events) {
        if (!isTherapy(e.type))
            continue;
        const QDate day = therapyDay(e.date);
        if (!first || day < *first)
            first = day;
        if (e.type == EventType::NewTherapyLine)
            starts << day;
    }
    if (first)
        starts << *first;
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    return starts;
}

CaseAssessment CaseAssessor::assess(const CaseRecord& record, ResponseRuleSet responseRules)
{
    CaseAssessment assessment;
    const QList<LabResult>& results = record.results;
    const QList<QDate> lines = lineStarts(record.events);

    // Values at diagnosis.
    QDate atDiagnosis =
        record.patient.diagnosisDate ? record.patient.diagnosisDate->latest() : QDate();
    if (!atDiagnosis.isValid() && !lines.isEmpty())
        atDiagnosis = lines.first().addDays(-1);
    auto dx = [&](const char* test) -> const LabResult* {
        if (!atDiagnosis.isValid())
            return nullptr;
        const LabResult* r = latestOnOrBefore(results, QLatin1String(test), atDiagnosis);
        if (!r && !lines.isEmpty())
            r = latestOnOrBefore(results, QLatin1String(test), lines.first().addDays(-1));
        return r;
    };

    DiagnosisInput diagnosis;
    diagnosis.clonalBmpcPercent = valueOf(dx("bm_plasma_cells"));
    diagnosis.biopsyProvenPlasmacytoma = record.details.biopsyProvenPlasmacytoma;
    if (const LabResult* ca = dx("calcium")) {
        diagnosis.calciumMmolPerL = ca->value;
        diagnosis.calciumUpperLimit = ca->refHigh;
    }
    diagnosis.creatinineClearanceMlPerMin = valueOf(dx("creatinine_clearance"));
    diagnosis.creatinineUmolPerL = valueOf(dx("creatinine"));
    if (const LabResult* hb = dx("hemoglobin")) {
        diagnosis.hemoglobinGPerL = hb->value;
        diagnosis.hemoglobinLowerLimit = hb->refLow;
    }
    diagnosis.osteolyticLesions = record.details.osteolyticLesions;
    diagnosis.kappaFlcMgPerL = valueOf(dx("kappa_flc"));
    diagnosis.lambdaFlcMgPerL = valueOf(dx("lambda_flc"));
    diagnosis.mriFocalLesions = record.details.mriFocalLesions;
    assessment.diagnosis = Diagnosis::evaluate(diagnosis);

    StagingInput staging;
    staging.beta2mMgPerL = valueOf(dx("beta2_microglobulin"));
    staging.albuminGPerL = valueOf(dx("albumin"));
    if (const LabResult* ldh = dx("ldh")) {
        staging.ldhUPerL = ldh->value;
        staging.ldhUpperLimit = ldh->refHigh;
    }
    staging.cytogenetics = record.details.cytogenetics;
    assessment.staging = Staging::evaluate(staging);

    assessment.risk =
        HighRisk::evaluate({record.details.cytogenetics, valueOf(dx("beta2_microglobulin")),
                            valueOf(dx("creatinine"))});

    ResponseInput response;
    response.ruleSet = responseRules;
    response.involvedChain = record.patient.lightChain;
    response.observations = responseObservations(results);
    response.lineStarts = lines;
    assessment.responses = Response::evaluate(response);

    // Collection, transplants, tandem.
    QList<Decimal> yields;
    QList<std::pair<int, QDate>> transplants;
    QList<QDate> plateletTransfusions;
    for (const PathwayEvent& e : record.events) {
        if (e.type == EventType::StemCellCollection && e.cd34PerKg)
            yields << *e.cd34PerKg;
        if (e.type == EventType::Transplant && e.date.precision() == PartialDate::Precision::Day)
            transplants << std::pair{e.number.value_or(int(transplants.size()) + 1),
                                     e.date.earliest()};
        if (e.type == EventType::Transfusion && e.product == QLatin1String("platelets") &&
            e.date.precision() == PartialDate::Precision::Day)
            plateletTransfusions << e.date.earliest();
    }
    assessment.collection = Collection::assess(yields, record.details.transplantsPlanned);
    std::sort(transplants.begin(), transplants.end(),
              [](const auto& a, const auto& b) { return a.second < b.second; });
    QList<Engraftment::Count> counts;
    {
        std::map<std::pair<QDate, QTime>, Engraftment::Count> byMoment;
        for (const LabResult& r : results) {
            if (r.testKey != QLatin1String("anc") && r.testKey != QLatin1String("wbc") &&
                r.testKey != QLatin1String("neutrophil_percent") &&
                r.testKey != QLatin1String("platelets"))
                continue;
            Engraftment::Count& c = byMoment[{r.date, r.time.value_or(QTime())}];
            c.date = r.date;
            c.time = r.time;
            if (r.testKey == QLatin1String("anc"))
                c.anc = r.value;
            else if (r.testKey == QLatin1String("wbc"))
                c.wbc = r.value;
            else if (r.testKey == QLatin1String("neutrophil_percent"))
                c.neutrophilPercent = r.value;
            else
                c.platelets = r.value;
        }
        for (const auto& [moment, count] : byMoment)
            counts << count;
    }
    for (qsizetype i = 0; i < transplants.size(); ++i) {
        Engraftment::Input input;
        input.day0 = transplants[i].second;
        if (i + 1 < transplants.size())
            input.nextDay0 = transplants[i + 1].second;
        input.counts = counts;
        input.plateletTransfusions = plateletTransfusions;
        assessment.transplants << TransplantAssessment{transplants[i].first, input.day0,
                                                       Engraftment::evaluate(input)};
    }
    if (transplants.size() >= 2)
        assessment.tandem = TransplantDays::tandem(transplants[0].second, transplants[1].second);

    // Phases (case-format.md, "Phases").
    if (record.patient.diagnosisDate)
        assessment.phases << PhaseSpan{QStringLiteral("diagnosis"), *record.patient.diagnosisDate,
                                       *record.patient.diagnosisDate};
    for (const char* phase : {"induction", "consolidation", "maintenance"}) {
        std::optional<PartialDate> start;
        std::optional<PartialDate> end;
        for (const PathwayEvent& e : record.events) {
            if (e.type != EventType::TherapyCycle || e.phase != QLatin1String(phase))
                continue;
            if (!start || e.date.earliest() < start->earliest())
                start = e.date;
            const PartialDate last = e.endDate.value_or(e.date);
            if (!end || last.latest() > end->latest())
                end = last;
        }
        if (start)
            assessment.phases << PhaseSpan{QLatin1String(phase), *start, *end};
    }
    for (auto [type, phase] : {std::pair{EventType::Mobilization, "mobilization"},
                               std::pair{EventType::StemCellCollection, "collection"}}) {
        std::optional<PartialDate> start;
        std::optional<PartialDate> end;
        for (const PathwayEvent& e : record.events) {
            if (e.type != type)
                continue;
            if (!start || e.date.earliest() < start->earliest())
                start = e.date;
            if (!end || e.date.latest() > end->latest())
                end = e.date;
        }
        if (start)
            assessment.phases << PhaseSpan{QLatin1String(phase), *start, *end};
    }
    for (const TransplantAssessment& t : assessment.transplants) {
        QDate start = t.day0;
        for (const PathwayEvent& e : record.events)
            if (e.type == EventType::Conditioning &&
                e.date.precision() == PartialDate::Precision::Day && e.date.earliest() <= t.day0 &&
                e.date.earliest() >= t.day0.addDays(-7) && e.date.earliest() < start)
                start = e.date.earliest();
        assessment.phases << PhaseSpan{QStringLiteral("transplant_%1").arg(t.number),
                                       *dayDate(start), *dayDate(t.day0.addDays(100))};
    }
    std::stable_sort(assessment.phases.begin(), assessment.phases.end(),
                     [](const PhaseSpan& a, const PhaseSpan& b) {
                         return a.start.earliest() < b.start.earliest();
                     });

    // Alerts: a reported response that the computed one contradicts.
    for (const PathwayEvent& e : record.events) {
        if (e.type != EventType::Reported || !isResponseLabel(e.label))
            continue;
        // The computed categories within the reported period (or on the reported day).
        QStringList computed;
        for (const ResponseAssessment& a : assessment.responses.assessments)
            if (a.date >= e.date.earliest() && a.date <= e.date.latest() &&
                a.category != ResponseCategory::NE)
                computed << categoryName(a.category);
        if (computed.isEmpty() || computed.contains(e.label))
            continue;
        computed.removeDuplicates();
        assessment.alerts << CaseAlert{
            QStringLiteral("reported_differs"), QStringLiteral("warning"), e.date,
            tr("Reported %1 on %2, but the rules compute %3 in that period.")
                .arg(e.label, e.date.toIso(), computed.join(QStringLiteral(", ")))};
    }
    return assessment;
}

} // namespace mmtrack::clinical
