#include "interop/CaseFileWriter.h"

#include "clinical/LabCatalogue.h"

#include <QJsonArray>

namespace mmtrack::interop {

using namespace clinical;

namespace {

// A decimal as a JSON number when it survives the trip through double exactly, else text
// the reader would refuse; case values have few digits, so the first always holds.
QJsonValue number(const Decimal& value)
{
    return value.toDouble();
}

QString del1p32Code(Del1p32 value)
{
    switch (value) {
    case Del1p32::None:
        return QStringLiteral("none");
    case Del1p32::Monoallelic:
        return QStringLiteral("monoallelic");
    case Del1p32::Biallelic:
        return QStringLiteral("biallelic");
    }
    return {};
}

void setIf(QJsonObject& json, const char* key, const std::optional<bool>& value)
{
    if (value)
        json[QLatin1String(key)] = *value;
}

// The range printed on the report, back in the unit the value was entered in.
std::optional<Decimal> inEnteredUnit(const LabResult& result,
                                     const std::optional<Decimal>& canonical)
{
    const LabTest* test = LabCatalogue::byKey(result.testKey);
    if (!canonical || !test)
        return std::nullopt;
    const auto factor =
        test->factorFor(result.enteredUnit.isEmpty() ? test->unit : result.enteredUnit);
    return factor ? canonical->dividedBy(*factor) : std::nullopt;
}

QJsonObject observation(const LabResult& r)
{
    QJsonObject json;
    json[QStringLiteral("test")] = r.testKey;
    if (!r.qualitative.isEmpty()) {
        if (r.qualitative == QLatin1String("true") || r.qualitative == QLatin1String("false"))
            json[QStringLiteral("value")] = r.qualitative == QLatin1String("true");
        else
            json[QStringLiteral("value")] = r.qualitative;
    } else {
        const auto entered = Decimal::parse(r.enteredValue);
        json[QStringLiteral("value")] = entered ? number(*entered) : QJsonValue(r.enteredValue);
        if (!r.enteredUnit.isEmpty())
            json[QStringLiteral("unit")] = r.enteredUnit;
    }
    json[QStringLiteral("date")] = r.date.toString(Qt::ISODate);
    if (r.time)
        json[QStringLiteral("time")] = r.time->toString(
            r.time->second() ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    if (r.refFromReport) {
        if (const auto low = inEnteredUnit(r, r.refLow))
            json[QStringLiteral("ref_low")] = number(*low);
        if (const auto high = inEnteredUnit(r, r.refHigh))
            json[QStringLiteral("ref_high")] = number(*high);
    }
    return json;
}

QJsonObject event(const PathwayEvent& e)
{
    QJsonObject json;
    json[QStringLiteral("type")] = eventTypeCode(e.type);
    json[QStringLiteral("date")] = e.date.toIso();
    switch (e.type) {
    case EventType::TherapyCycle:
        json[QStringLiteral("phase")] = e.phase;
        json[QStringLiteral("regimen")] = e.regimen;
        if (e.cycle)
            json[QStringLiteral("cycle")] = *e.cycle;
        if (e.endDate)
            json[QStringLiteral("end_date")] = e.endDate->toIso();
        break;
    case EventType::NewTherapyLine:
        if (!e.reason.isEmpty())
            json[QStringLiteral("reason")] = e.reason;
        break;
    case EventType::Mobilization:
        if (!e.agents.isEmpty())
            json[QStringLiteral("agents")] = QJsonArray::fromStringList(e.agents);
        break;
    case EventType::StemCellCollection:
        if (e.cd34PerKg)
            json[QStringLiteral("cd34_10e6_per_kg")] = number(*e.cd34PerKg);
        break;
    case EventType::Conditioning:
        json[QStringLiteral("regimen")] = e.regimen;
        break;
    case EventType::Transplant:
        if (e.number)
            json[QStringLiteral("number")] = *e.number;
        if (e.cd34PerKg)
            json[QStringLiteral("cd34_10e6_per_kg")] = number(*e.cd34PerKg);
        break;
    case EventType::Transfusion:
        json[QStringLiteral("product")] = e.product;
        break;
    case EventType::Reported:
        json[QStringLiteral("label")] = e.label;
        if (!e.note.isEmpty())
            json[QStringLiteral("note")] = e.note;
        break;
    case EventType::Admission:
    case EventType::Discharge:
        break;
    }
    return json;
}

} // namespace

QJsonObject CaseFileWriter::write(const CaseRecord& record)
{
    const Patient& p = record.patient;
    QJsonObject patient;
    patient[QStringLiteral("mrn")] = p.mrn;
    patient[QStringLiteral("name")] = p.name;
    if (p.sex)
        patient[QStringLiteral("sex")] = sexCode(*p.sex);
    if (p.birthDate)
        patient[QStringLiteral("birth_date")] = p.birthDate->toIso();
    if (p.weightKg)
        patient[QStringLiteral("weight_kg")] = *p.weightKg;
    if (!p.notes.isEmpty())
        patient[QStringLiteral("notes")] = p.notes;

    QJsonObject diagnosis;
    if (p.diagnosisDate)
        diagnosis[QStringLiteral("date")] = p.diagnosisDate->toIso();
    if (p.heavyChain)
        diagnosis[QStringLiteral("heavy_chain")] = heavyChainCode(*p.heavyChain);
    if (p.lightChain)
        diagnosis[QStringLiteral("light_chain")] = lightChainCode(*p.lightChain);
    const DiagnosisDetails& d = record.details;
    if (d.cytogenetics) {
        const Cytogenetics& c = *d.cytogenetics;
        QJsonObject fish;
        setIf(fish, "del17p", c.del17p);
        if (c.del17pCcfPercent)
            fish[QStringLiteral("del17p_ccf_percent")] = number(*c.del17pCcfPercent);
        setIf(fish, "tp53_mutation", c.tp53Mutation);
        setIf(fish, "t4_14", c.t4_14);
        setIf(fish, "t14_16", c.t14_16);
        setIf(fish, "t14_20", c.t14_20);
        setIf(fish, "t11_14", c.t11_14);
        if (c.chr1qCopies)
            fish[QStringLiteral("chr1q_copies")] = *c.chr1qCopies;
        if (c.del1p32)
            fish[QStringLiteral("del1p32")] = del1p32Code(*c.del1p32);
        diagnosis[QStringLiteral("cytogenetics")] = fish;
    }
    setIf(diagnosis, "biopsy_proven_plasmacytoma", d.biopsyProvenPlasmacytoma);
    if (d.osteolyticLesions)
        diagnosis[QStringLiteral("osteolytic_lesions")] = *d.osteolyticLesions;
    if (d.mriFocalLesions)
        diagnosis[QStringLiteral("mri_focal_lesions")] = *d.mriFocalLesions;

    QJsonArray observations;
    for (const LabResult& r : record.results)
        observations << observation(r);
    QJsonArray events;
    for (const PathwayEvent& e : record.events)
        events << event(e);

    QJsonObject json;
    json[QStringLiteral("format")] = QStringLiteral("mmtrack-case");
    json[QStringLiteral("version")] = 1;
    json[QStringLiteral("patient")] = patient;
    json[QStringLiteral("diagnosis")] = diagnosis;
    json[QStringLiteral("plan")] =
        QJsonObject{{QStringLiteral("transplants_planned"), d.transplantsPlanned}};
    json[QStringLiteral("observations")] = observations;
    json[QStringLiteral("events")] = events;
    return json;
}

} // namespace mmtrack::interop
