#include "interop/FhirExport.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QUuid>

namespace mmtrack::interop {

using namespace clinical;

namespace {

const QString kLoinc = QStringLiteral("http://loinc.org");
const QString kUcum = QStringLiteral("http://unitsofmeasure.org");
const QString kSnomed = QStringLiteral("http://snomed.info/sct");
const QString kIcd10 = QStringLiteral("http://hl7.org/fhir/sid/icd-10");
const QString kObservationCategory =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");
const QString kInterpretation =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation");
const QString kConditionClinical =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical");
const QString kConditionVerification =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-ver-status");
const QString kConditionCategory =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-category");

// The tests whose dates make response assessments (case-format.md, "Response dates").
const QSet<QString> kResponseTests{QStringLiteral("serum_m_protein"),
                                   QStringLiteral("urine_m_protein_24h"),
                                   QStringLiteral("serum_ife"),
                                   QStringLiteral("urine_ife"),
                                   QStringLiteral("kappa_flc"),
                                   QStringLiteral("lambda_flc"),
                                   QStringLiteral("flc_ratio"),
                                   QStringLiteral("bm_plasma_cells"),
                                   QStringLiteral("bm_clonal_pc_ihc"),
                                   QStringLiteral("plasmacytoma_present"),
                                   QStringLiteral("plasmacytoma_spd_reduction_percent"),
                                   QStringLiteral("new_bone_lesion")};

QJsonObject coding(const QString& system, const QString& code, const QString& display = {})
{
    QJsonObject object{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        object.insert(QStringLiteral("display"), display);
    return object;
}

QJsonObject codeable(const QJsonArray& codings, const QString& text = {})
{
    QJsonObject object{{QStringLiteral("coding"), codings}};
    if (!text.isEmpty())
        object.insert(QStringLiteral("text"), text);
    return object;
}

QJsonObject reference(const QString& fullUrl)
{
    return {{QStringLiteral("reference"), fullUrl}};
}

QJsonObject extension(const QString& name, const QString& valueKey, const QJsonValue& value)
{
    return {{QStringLiteral("url"), QString(QString(FhirExport::kExtensionBase) + name)},
            {valueKey, value}};
}

// An exact decimal as a JSON number: integers stay integers; others print shortest.
QJsonValue number(const Decimal& value)
{
    const QString text = value.toString();
    if (!text.contains(QLatin1Char('.')))
        return QJsonValue(text.toLongLong());
    return QJsonValue(value.toDouble());
}

QJsonObject quantity(const Decimal& value, const QString& ucum)
{
    return {{QStringLiteral("value"), number(value)},
            {QStringLiteral("unit"), ucum},
            {QStringLiteral("system"), kUcum},
            {QStringLiteral("code"), ucum}};
}

// FHIR dateTime: a date keeps its precision; a time of day needs the zone's offset.
QString dateTime(QDate date, const std::optional<QTime>& time, const QTimeZone& zone)
{
    if (!time)
        return date.toString(Qt::ISODate);
    const QDateTime local(date, QTime(time->hour(), time->minute(), time->second()), zone);
    return local.toString(Qt::ISODate); // 2025-04-17T08:30:00+08:00
}

QJsonObject laboratoryCategory()
{
    return codeable(
        {coding(kObservationCategory, QStringLiteral("laboratory"), QStringLiteral("Laboratory"))});
}

// A v3 ObservationInterpretation code for a flag; "" when there is nothing to say.
QJsonObject interpretation(const LabResult& result)
{
    switch (result.flag) {
    case LabFlag::Low:
        return codeable({coding(kInterpretation, QStringLiteral("L"), QStringLiteral("Low"))});
    case LabFlag::High:
        return codeable({coding(kInterpretation, QStringLiteral("H"), QStringLiteral("High"))});
    case LabFlag::CriticalLow:
        return codeable(
            {coding(kInterpretation, QStringLiteral("LL"), QStringLiteral("Critical low"))});
    case LabFlag::CriticalHigh:
        return codeable(
            {coding(kInterpretation, QStringLiteral("HH"), QStringLiteral("Critical high"))});
    case LabFlag::None:
        break;
    }
    if (result.value && (result.refLow || result.refHigh))
        return codeable({coding(kInterpretation, QStringLiteral("N"), QStringLiteral("Normal"))});
    return {};
}

// A qualitative word as a value: booleans as valueBoolean, the four findings as SNOMED CT
// qualifier values, anything else as text.
void putQualitative(QJsonObject& observation, const QString& word)
{
    static const QHash<QString, std::pair<QString, QString>> snomed{
        {QStringLiteral("positive"), {QStringLiteral("10828004"), QStringLiteral("Positive")}},
        {QStringLiteral("negative"), {QStringLiteral("260385009"), QStringLiteral("Negative")}},
        {QStringLiteral("present"), {QStringLiteral("52101004"), QStringLiteral("Present")}},
        {QStringLiteral("absent"), {QStringLiteral("2667000"), QStringLiteral("Absent")}},
    };
    if (word == QLatin1String("true") || word == QLatin1String("false")) {
        observation.insert(QStringLiteral("valueBoolean"), word == QLatin1String("true"));
        return;
    }
    const auto found = snomed.constFind(word);
    if (found == snomed.constEnd()) {
        observation.insert(QStringLiteral("valueString"), word);
        return;
    }
    observation.insert(QStringLiteral("valueCodeableConcept"),
                       codeable({coding(kSnomed, found->first, found->second)}, word));
}

// Builds the entries, giving each record a fullUrl from its identifying parts; a second
// record with the same parts gets an occurrence number, so every fullUrl is unique.
class BundleBuilder {
public:
    explicit BundleBuilder(QString patientKey) : m_patientKey(std::move(patientKey)) {}

    QString urlFor(QStringList parts)
    {
        const QString joined = parts.join(QLatin1Char('|'));
        const int seen = m_seen.value(joined, 0);
        m_seen.insert(joined, seen + 1);
        if (seen > 0)
            parts << QString::number(seen);
        parts.prepend(m_patientKey);
        return FhirExport::fullUrl(parts);
    }

    void add(const QString& fullUrl, QJsonObject resource)
    {
        resource.insert(QStringLiteral("id"), fullUrl.mid(QStringLiteral("urn:uuid:").size()));
        m_entries.append(QJsonObject{{QStringLiteral("fullUrl"), fullUrl},
                                     {QStringLiteral("resource"), resource}});
    }

    QJsonArray entries() const { return m_entries; }

private:
    QString m_patientKey;
    QHash<QString, int> m_seen;
    QJsonArray m_entries;
};

QJsonObject patientResource(const Patient& patient, const FhirExportOptions& options)
{
    QJsonObject resource{{QStringLiteral("resourceType"), QStringLiteral("Patient")}};
    if (!options.deidentify) {
        resource.insert(QStringLiteral("identifier"),
                        QJsonArray{QJsonObject{{QStringLiteral("use"), QStringLiteral("usual")},
                                               {QStringLiteral("system"), FhirExport::kMrnSystem},
                                               {QStringLiteral("value"), patient.mrn}}});
        if (!patient.name.isEmpty())
            resource.insert(QStringLiteral("name"),
                            QJsonArray{QJsonObject{{QStringLiteral("text"), patient.name}}});
    }
    if (patient.sex)
        resource.insert(QStringLiteral("gender"), sexCode(*patient.sex));
    if (!options.deidentify && patient.birthDate)
        resource.insert(QStringLiteral("birthDate"), patient.birthDate->toIso());
    if (options.deidentify && patient.birthDate && patient.diagnosisDate) {
        // Completed years at diagnosis, a range when the dates are not known to the day.
        const int low = patient.birthDate->ageAt(patient.diagnosisDate->earliest()).min;
        const int high = patient.birthDate->ageAt(patient.diagnosisDate->latest()).max;
        auto years = [](int value) {
            return QJsonObject{{QStringLiteral("value"), value},
                               {QStringLiteral("unit"), QStringLiteral("a")},
                               {QStringLiteral("system"), kUcum},
                               {QStringLiteral("code"), QStringLiteral("a")}};
        };
        const QJsonObject age =
            low == high
                ? extension(QStringLiteral("age-at-diagnosis"), QStringLiteral("valueAge"),
                            years(low))
                : extension(QStringLiteral("age-at-diagnosis"), QStringLiteral("valueRange"),
                            QJsonObject{{QStringLiteral("low"), years(low)},
                                        {QStringLiteral("high"), years(high)}});
        resource.insert(QStringLiteral("extension"), QJsonArray{age});
    }
    return resource;
}

QJsonObject conditionResource(const Patient& patient, const QString& patientUrl)
{
    QJsonObject resource{
        {QStringLiteral("resourceType"), QStringLiteral("Condition")},
        {QStringLiteral("clinicalStatus"),
         codeable(
             {coding(kConditionClinical, QStringLiteral("active"), QStringLiteral("Active"))})},
        {QStringLiteral("verificationStatus"),
         codeable({coding(kConditionVerification, QStringLiteral("confirmed"),
                          QStringLiteral("Confirmed"))})},
        {QStringLiteral("category"),
         QJsonArray{codeable({coding(kConditionCategory, QStringLiteral("problem-list-item"),
                                     QStringLiteral("Problem List Item"))})}},
        {QStringLiteral("code"),
         codeable({coding(kIcd10, QStringLiteral("C90.0"), QStringLiteral("Multiple myeloma"))},
                  QStringLiteral("Multiple myeloma"))},
        {QStringLiteral("subject"), reference(patientUrl)}};
    if (patient.diagnosisDate)
        resource.insert(QStringLiteral("onsetDateTime"), patient.diagnosisDate->toIso());
    return resource;
}

QJsonObject labObservation(const LabResult& result, const QString& patientUrl,
                           const FhirExportOptions& options)
{
    const LabTest* test = LabCatalogue::byKey(result.testKey);
    QJsonArray codings;
    if (test && !test->loinc.isEmpty())
        codings.append(coding(kLoinc, test->loinc));
    codings.append(coding(FhirExport::kLabTestSystem, result.testKey));
    QJsonObject resource{{QStringLiteral("resourceType"), QStringLiteral("Observation")},
                         {QStringLiteral("status"), QStringLiteral("final")},
                         {QStringLiteral("category"), QJsonArray{laboratoryCategory()}},
                         {QStringLiteral("code"), codeable(codings)},
                         {QStringLiteral("subject"), reference(patientUrl)},
                         {QStringLiteral("effectiveDateTime"),
                          dateTime(result.date, result.time, options.timeZone)}};
    const QString unit = test ? test->unit : result.enteredUnit;
    if (result.value) {
        resource.insert(QStringLiteral("valueQuantity"), quantity(*result.value, unit));
    } else if (!result.qualitative.isEmpty()) {
        putQualitative(resource, result.qualitative);
    } else {
        resource.insert(QStringLiteral("dataAbsentReason"),
                        codeable({coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/"
                                                        "data-absent-reason"),
                                         QStringLiteral("unknown"), QStringLiteral("Unknown"))}));
    }
    const QJsonObject interpreted = interpretation(result);
    if (!interpreted.isEmpty())
        resource.insert(QStringLiteral("interpretation"), QJsonArray{interpreted});
    if (result.value && (result.refLow || result.refHigh)) {
        QJsonObject range;
        if (result.refLow)
            range.insert(QStringLiteral("low"), quantity(*result.refLow, unit));
        if (result.refHigh)
            range.insert(QStringLiteral("high"), quantity(*result.refHigh, unit));
        resource.insert(QStringLiteral("referenceRange"), QJsonArray{range});
    }
    return resource;
}

QString eventDisplay(EventType type)
{
    switch (type) {
    case EventType::TherapyCycle:
        return QStringLiteral("Therapy cycle");
    case EventType::Conditioning:
        return QStringLiteral("Conditioning chemotherapy");
    case EventType::StemCellCollection:
        return QStringLiteral("Peripheral blood stem cell collection (apheresis)");
    case EventType::Transplant:
        return QStringLiteral("Autologous stem cell transplant (day 0)");
    default:
        return eventTypeCode(type);
    }
}

QJsonObject procedureResource(const PathwayEvent& event, const QString& patientUrl)
{
    QString text = eventDisplay(event.type);
    QJsonArray extensions;
    if (event.type == EventType::TherapyCycle) {
        text = event.cycle ? QStringLiteral("%1 cycle %2").arg(event.regimen).arg(*event.cycle)
                           : event.regimen;
        if (!event.phase.isEmpty()) {
            text += QStringLiteral(" (%1)").arg(event.phase);
            extensions.append(
                extension(QStringLiteral("phase"), QStringLiteral("valueCode"), event.phase));
        }
        if (event.cycle)
            extensions.append(
                extension(QStringLiteral("cycle"), QStringLiteral("valueInteger"), *event.cycle));
    }
    if (!event.regimen.isEmpty())
        extensions.append(
            extension(QStringLiteral("regimen"), QStringLiteral("valueString"), event.regimen));
    if (event.type == EventType::Conditioning && !event.regimen.isEmpty())
        text = QStringLiteral("Conditioning %1").arg(event.regimen);
    if (event.type == EventType::Transplant && event.number) {
        text = QStringLiteral("ASCT #%1 (day 0)").arg(*event.number);
        extensions.append(extension(QStringLiteral("transplant-number"),
                                    QStringLiteral("valueInteger"), *event.number));
    }
    QJsonObject resource{{QStringLiteral("resourceType"), QStringLiteral("Procedure")},
                         {QStringLiteral("status"), QStringLiteral("completed")},
                         {QStringLiteral("code"),
                          codeable({coding(FhirExport::kEventSystem, eventTypeCode(event.type),
                                           eventDisplay(event.type))},
                                   text)},
                         {QStringLiteral("subject"), reference(patientUrl)}};
    if (!extensions.isEmpty())
        resource.insert(QStringLiteral("extension"), extensions);
    if (event.endDate)
        resource.insert(QStringLiteral("performedPeriod"),
                        QJsonObject{{QStringLiteral("start"), event.date.toIso()},
                                    {QStringLiteral("end"), event.endDate->toIso()}});
    else
        resource.insert(QStringLiteral("performedDateTime"), event.date.toIso());
    return resource;
}

QJsonObject cd34Observation(const PathwayEvent& event, const QString& patientUrl,
                            const QString& procedureUrl)
{
    const bool collected = event.type == EventType::StemCellCollection;
    const QString code =
        collected ? QStringLiteral("cd34-collected") : QStringLiteral("cd34-infused");
    const QString display = collected ? QStringLiteral("CD34+ cells collected per kg body weight")
                                      : QStringLiteral("CD34+ cells infused per kg body weight");
    return {
        {QStringLiteral("resourceType"), QStringLiteral("Observation")},
        {QStringLiteral("status"), QStringLiteral("final")},
        {QStringLiteral("partOf"), QJsonArray{reference(procedureUrl)}},
        {QStringLiteral("category"), QJsonArray{laboratoryCategory()}},
        {QStringLiteral("code"),
         codeable({coding(FhirExport::kObservationSystem, code, display)}, display)},
        {QStringLiteral("subject"), reference(patientUrl)},
        {QStringLiteral("effectiveDateTime"), event.date.toIso()},
        {QStringLiteral("valueQuantity"), quantity(*event.cd34PerKg, QStringLiteral("10*6/kg"))}};
}

QJsonObject responseObservation(const ResponseAssessment& response, const QString& ruleSet,
                                const QString& patientUrl, const QJsonArray& derivedFrom)
{
    const QString category = categoryName(response.category);
    QJsonArray components{
        QJsonObject{{QStringLiteral("code"),
                     codeable({coding(FhirExport::kResponseSystem, QStringLiteral("track"),
                                      QStringLiteral("Response track"))})},
                    {QStringLiteral("valueCodeableConcept"),
                     codeable({coding(FhirExport::kResponseSystem, trackName(response.track))})}}};
    if (response.confirmedCategory)
        components.append(QJsonObject{
            {QStringLiteral("code"),
             codeable({coding(FhirExport::kResponseSystem, QStringLiteral("confirmed-category"),
                              QStringLiteral("Confirmed response category"))})},
            {QStringLiteral("valueCodeableConcept"),
             codeable({coding(FhirExport::kResponseSystem,
                              categoryName(*response.confirmedCategory))})}});
    components.append(
        QJsonObject{{QStringLiteral("code"),
                     codeable({coding(FhirExport::kResponseSystem, QStringLiteral("line"),
                                      QStringLiteral("Line of therapy (1 = first)"))})},
                    {QStringLiteral("valueInteger"), response.line + 1}});
    components.append(QJsonObject{
        {QStringLiteral("code"), codeable({coding(FhirExport::kResponseSystem, QStringLiteral("pd"),
                                                  QStringLiteral("Progressive disease"))})},
        {QStringLiteral("valueBoolean"), response.pd}});
    QJsonObject resource{{QStringLiteral("resourceType"), QStringLiteral("Observation")},
                         {QStringLiteral("status"), QStringLiteral("final")},
                         {QStringLiteral("category"),
                          QJsonArray{codeable({coding(kObservationCategory, QStringLiteral("exam"),
                                                      QStringLiteral("Exam"))})}},
                         {QStringLiteral("code"),
                          codeable({coding(FhirExport::kResponseSystem, QStringLiteral("response"),
                                           QStringLiteral("IMWG response category"))},
                                   QStringLiteral("IMWG response category"))},
                         {QStringLiteral("subject"), reference(patientUrl)},
                         {QStringLiteral("effectiveDateTime"), response.date.toString(Qt::ISODate)},
                         {QStringLiteral("valueCodeableConcept"),
                          codeable({coding(FhirExport::kResponseSystem, category)}, category)},
                         {QStringLiteral("method"),
                          codeable({coding(FhirExport::kResponseSystem, ruleSet)}, ruleSet)},
                         {QStringLiteral("component"), components}};
    if (!derivedFrom.isEmpty())
        resource.insert(QStringLiteral("derivedFrom"), derivedFrom);
    return resource;
}

} // namespace

QString FhirExport::fullUrl(const QStringList& parts)
{
    static const QUuid kNamespace = QUuid::createUuidV5(
        QUuid(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8")), // the URL namespace
        QStringLiteral("urn:mmtrack:fhir-export"));
    return QStringLiteral("urn:uuid:") +
           QUuid::createUuidV5(kNamespace, parts.join(QLatin1Char('|')))
               .toString(QUuid::WithoutBraces);
}

QJsonObject FhirExport::bundle(const CaseRecord& record, const CaseAssessment& assessment,
                               const FhirExportOptions& options)
{
    // A de-identified export derives its fullUrls in another name space than the full one,
    // so the two exports of one patient share no id.
    BundleBuilder builder(
        (options.deidentify ? QStringLiteral("deidentified:") : QStringLiteral("patient:")) +
        record.patient.mrn);
    const QString patientUrl = builder.urlFor({QStringLiteral("Patient")});
    builder.add(patientUrl, patientResource(record.patient, options));
    const QString conditionUrl =
        builder.urlFor({QStringLiteral("Condition"), QStringLiteral("C90.0")});
    builder.add(conditionUrl, conditionResource(record.patient, patientUrl));

    QHash<QDate, QJsonArray> responseInputs; // the response tests' results of each date
    for (const LabResult& result : record.results) {
        const QString url = builder.urlFor(
            {QStringLiteral("Observation"), result.testKey, result.date.toString(Qt::ISODate),
             result.time ? result.time->toString(QStringLiteral("HH:mm")) : QString(),
             result.enteredValue, result.enteredUnit});
        builder.add(url, labObservation(result, patientUrl, options));
        if (kResponseTests.contains(result.testKey))
            responseInputs[result.date].append(reference(url));
    }

    for (const PathwayEvent& event : record.events) {
        if (event.type != EventType::TherapyCycle && event.type != EventType::Conditioning &&
            event.type != EventType::StemCellCollection && event.type != EventType::Transplant)
            continue;
        const QString url = builder.urlFor(
            {QStringLiteral("Procedure"), eventTypeCode(event.type), event.date.toIso(),
             event.regimen, event.cycle ? QString::number(*event.cycle) : QString(),
             event.number ? QString::number(*event.number) : QString()});
        builder.add(url, procedureResource(event, patientUrl));
        if (event.cd34PerKg)
            builder.add(
                builder.urlFor({QStringLiteral("Observation"), QStringLiteral("cd34"), url}),
                cd34Observation(event, patientUrl, url));
    }

    for (const ResponseAssessment& response : assessment.responses.assessments) {
        const QString url =
            builder.urlFor({QStringLiteral("Observation"), QStringLiteral("response"),
                            assessment.responses.ruleSet, response.date.toString(Qt::ISODate)});
        builder.add(url, responseObservation(response, assessment.responses.ruleSet, patientUrl,
                                             responseInputs.value(response.date)));
    }

    return {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("type"), QStringLiteral("collection")},
            {QStringLiteral("entry"), builder.entries()}};
}

} // namespace mmtrack::interop
