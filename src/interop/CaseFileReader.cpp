#include "interop/CaseFileReader.h"

#include "clinical/PatientValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <cmath>

namespace mmtrack::interop {

using clinical::Problem;
using clinical::Problems;
using clinical::Result;

namespace {

// Reads typed fields of one JSON object, collecting problems under a path prefix.
class ObjectReader {
public:
    ObjectReader(const QJsonObject& object, QString path, Problems& problems)
        : m_object(object), m_path(std::move(path)), m_problems(problems)
    {
    }

    QString path(const QString& key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    // A string field as text; numbers are accepted where the contract allows them.
    QString text(const QString& key, bool allowNumber = false)
    {
        m_seen.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (value.isString())
            return value.toString();
        if (allowNumber && value.isDouble())
            return QString::number(value.toDouble(), 'g', 10);
        m_problems << Problem{path(key), allowNumber ? CaseFileReader::tr("expected a number")
                                                     : CaseFileReader::tr("expected a string")};
        return {};
    }

    void accept(const QString& key) { m_seen.insert(key); }

    std::optional<bool> boolean(const QString& key)
    {
        m_seen.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isBool()) {
            m_problems << Problem{path(key), CaseFileReader::tr("expected true or false")};
            return std::nullopt;
        }
        return value.toBool();
    }

    // A whole number within [low, high].
    std::optional<int> integer(const QString& key, int low, int high)
    {
        m_seen.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        const double number = value.toDouble(-1e300);
        // The range first: converting a double beyond qint64 (1e54 in a file) is undefined
        // behaviour (found by fuzzing: tests/data/fuzz/regressions/case-huge-integer.json).
        if (!value.isDouble() || !(number >= low && number <= high) ||
            number != std::trunc(number)) {
            m_problems << Problem{
                path(key),
                CaseFileReader::tr("expected a whole number from %1 to %2").arg(low).arg(high)};
            return std::nullopt;
        }
        return int(number);
    }

    // A non-negative decimal number, kept exact from the JSON text of the number.
    std::optional<clinical::Decimal> decimal(const QString& key)
    {
        m_seen.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        const auto number =
            value.isDouble() ? clinical::Decimal::parse(QString::number(value.toDouble(), 'g', 15))
                             : std::nullopt;
        if (!number || number->isNegative()) {
            m_problems << Problem{path(key), CaseFileReader::tr("expected a number of 0 or more")};
            return std::nullopt;
        }
        return number;
    }

    // An ISO date, partial allowed (YYYY, YYYY-MM, YYYY-MM-DD).
    std::optional<clinical::PartialDate> date(const QString& key, bool required)
    {
        const QString text = this->text(key);
        if (text.isEmpty()) {
            if (required && m_object.value(key).isUndefined())
                m_problems << Problem{path(key), CaseFileReader::tr("required")};
            return std::nullopt;
        }
        const auto parsed = clinical::PartialDate::fromIso(text);
        if (!parsed)
            m_problems << Problem{
                path(key),
                CaseFileReader::tr("\"%1\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)").arg(text)};
        return parsed;
    }

    // Names of fields nobody asked for.
    QStringList unread() const
    {
        QStringList keys;
        for (const QString& key : m_object.keys())
            if (!m_seen.contains(key))
                keys << path(key);
        return keys;
    }

private:
    QJsonObject m_object;
    QString m_path;
    Problems& m_problems;
    QSet<QString> m_seen;
};

QString positionOf(const QByteArray& json, int offset)
{
    const QByteArray before = json.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
    return CaseFileReader::tr("line %1, column %2").arg(line).arg(column);
}

// observations[]: each a known test with a value in an accepted unit on a given day.
void readObservations(const QJsonValue& value, CaseFile& caseFile, QDate today, Problems& problems)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isArray()) {
        problems << Problem{QStringLiteral("observations"), CaseFileReader::tr("must be an array")};
        return;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("observations[%1]").arg(i);
        if (!array[i].isObject()) {
            problems << Problem{path, CaseFileReader::tr("must be an object")};
            continue;
        }
        const QJsonObject object = array[i].toObject();
        ObjectReader reader(object, path, problems);
        CaseObservation observation;
        observation.path = path;
        observation.entry.testKey = reader.text(QStringLiteral("test"));
        const QJsonValue raw = object.value(QStringLiteral("value"));
        reader.accept(QStringLiteral("value"));
        if (raw.isBool())
            observation.entry.value =
                raw.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (raw.isDouble())
            observation.entry.value = QString::number(raw.toDouble(), 'g', 15);
        else if (raw.isString())
            observation.entry.value = raw.toString();
        else {
            problems << Problem{reader.path(QStringLiteral("value")),
                                CaseFileReader::tr("required: a number, a word or true/false")};
            continue;
        }
        observation.entry.unit = reader.text(QStringLiteral("unit"));
        observation.entry.refLow = reader.text(QStringLiteral("ref_low"), true);
        observation.entry.refHigh = reader.text(QStringLiteral("ref_high"), true);
        const QString date = reader.text(QStringLiteral("date"));
        observation.date = QDate::fromString(date, Qt::ISODate);
        if (date.size() != 10 || !observation.date.isValid()) {
            problems << Problem{
                reader.path(QStringLiteral("date")),
                CaseFileReader::tr("a result needs its day, as YYYY-MM-DD (found \"%1\")")
                    .arg(date)};
            continue;
        }
        if (observation.date > today)
            problems << Problem{reader.path(QStringLiteral("date")),
                                CaseFileReader::tr("%1 is in the future").arg(date)};
        else if (caseFile.patient.birthDate &&
                 observation.date < caseFile.patient.birthDate->earliest())
            problems << Problem{reader.path(QStringLiteral("date")),
                                CaseFileReader::tr("%1 is before the birth date").arg(date)};
        const QString time = reader.text(QStringLiteral("time"));
        if (!time.isEmpty()) {
            const QTime parsed = QTime::fromString(
                time, time.size() > 5 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
            if (!parsed.isValid())
                problems << Problem{reader.path(QStringLiteral("time")),
                                    CaseFileReader::tr("\"%1\" is not a time (HH:MM)").arg(time)};
            observation.time = parsed;
        }
        const auto measured =
            clinical::LabMeasurement::measure(observation.entry, caseFile.patient.sex);
        for (const Problem& problem : measured.problems())
            problems << Problem{reader.path(problem.where == QLatin1String("test")
                                                ? QStringLiteral("test")
                                                : problem.where),
                                problem.message};
        for (const QString& unknown : reader.unread())
            caseFile.warnings << Problem{
                unknown, CaseFileReader::tr("not imported by this version of mmtrack")};
        caseFile.observations << observation;
    }
}

// diagnosis.cytogenetics: absent or null means FISH was not done.
std::optional<clinical::Cytogenetics> readCytogenetics(const QJsonValue& value, Problems& problems,
                                                       QStringList& unread)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject()) {
        problems << Problem{QStringLiteral("diagnosis.cytogenetics"),
                            CaseFileReader::tr("must be an object or null")};
        return std::nullopt;
    }
    ObjectReader reader(value.toObject(), QStringLiteral("diagnosis.cytogenetics"), problems);
    clinical::Cytogenetics cytogenetics;
    cytogenetics.del17p = reader.boolean(QStringLiteral("del17p"));
    cytogenetics.del17pCcfPercent = reader.decimal(QStringLiteral("del17p_ccf_percent"));
    if (cytogenetics.del17pCcfPercent &&
        *cytogenetics.del17pCcfPercent > clinical::Decimal::fromInt(100))
        problems << Problem{reader.path(QStringLiteral("del17p_ccf_percent")),
                            CaseFileReader::tr("a percentage is at most 100")};
    cytogenetics.tp53Mutation = reader.boolean(QStringLiteral("tp53_mutation"));
    cytogenetics.t4_14 = reader.boolean(QStringLiteral("t4_14"));
    cytogenetics.t14_16 = reader.boolean(QStringLiteral("t14_16"));
    cytogenetics.t14_20 = reader.boolean(QStringLiteral("t14_20"));
    cytogenetics.t11_14 = reader.boolean(QStringLiteral("t11_14"));
    cytogenetics.chr1qCopies = reader.integer(QStringLiteral("chr1q_copies"), 0, 20);
    const QString del1p32 = reader.text(QStringLiteral("del1p32"));
    if (del1p32 == QLatin1String("none"))
        cytogenetics.del1p32 = clinical::Del1p32::None;
    else if (del1p32 == QLatin1String("monoallelic"))
        cytogenetics.del1p32 = clinical::Del1p32::Monoallelic;
    else if (del1p32 == QLatin1String("biallelic"))
        cytogenetics.del1p32 = clinical::Del1p32::Biallelic;
    else if (!del1p32.isEmpty())
        problems << Problem{reader.path(QStringLiteral("del1p32")),
                            CaseFileReader::tr("use none, monoallelic or biallelic")};
    unread << reader.unread();
    return cytogenetics;
}

// events[]: each one of the case format's types with the fields that type takes.
void readEvents(const QJsonValue& value, CaseFile& caseFile, QDate today, Problems& problems)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isArray()) {
        problems << Problem{QStringLiteral("events"), CaseFileReader::tr("must be an array")};
        return;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("events[%1]").arg(i);
        if (!array[i].isObject()) {
            problems << Problem{path, CaseFileReader::tr("must be an object")};
            continue;
        }
        ObjectReader reader(array[i].toObject(), path, problems);
        const QString typeCode = reader.text(QStringLiteral("type"));
        const auto type = clinical::eventTypeFromCode(typeCode);
        if (!type) {
            problems << Problem{
                reader.path(QStringLiteral("type")),
                CaseFileReader::tr("unknown event type \"%1\": use one of %2")
                    .arg(typeCode, clinical::allEventTypeCodes().join(QStringLiteral(", ")))};
            continue;
        }
        const qsizetype before = problems.size();
        clinical::PathwayEvent event;
        event.type = *type;
        const auto date = reader.date(QStringLiteral("date"), true);
        if (date)
            event.date = *date;
        if (date && date->earliest() > today)
            problems << Problem{reader.path(QStringLiteral("date")),
                                CaseFileReader::tr("%1 is in the future").arg(date->toIso())};
        auto requireText = [&](const QString& key, const QStringList& allowed) {
            const QString text = reader.text(key);
            if (text.isEmpty())
                problems << Problem{reader.path(key), CaseFileReader::tr("required")};
            else if (!allowed.isEmpty() && !allowed.contains(text))
                problems << Problem{
                    reader.path(key),
                    CaseFileReader::tr("use one of %1").arg(allowed.join(QStringLiteral(", ")))};
            return text;
        };
        switch (*type) {
        case clinical::EventType::TherapyCycle:
            event.phase = requireText(QStringLiteral("phase"),
                                      {QStringLiteral("induction"), QStringLiteral("consolidation"),
                                       QStringLiteral("maintenance")});
            event.regimen = requireText(QStringLiteral("regimen"), {});
            event.cycle = reader.integer(QStringLiteral("cycle"), 1, 100);
            event.endDate = reader.date(QStringLiteral("end_date"), false);
            if (event.endDate && date && event.endDate->latest() < date->earliest())
                problems << Problem{reader.path(QStringLiteral("end_date")),
                                    CaseFileReader::tr("ends before it starts")};
            break;
        case clinical::EventType::NewTherapyLine:
            event.reason = reader.text(QStringLiteral("reason"));
            break;
        case clinical::EventType::Mobilization: {
            const QJsonValue agents = array[i].toObject().value(QStringLiteral("agents"));
            reader.accept(QStringLiteral("agents"));
            if (agents.isString())
                event.agents << agents.toString();
            else if (agents.isArray())
                for (const QJsonValue& agent : agents.toArray())
                    event.agents << agent.toString();
            break;
        }
        case clinical::EventType::StemCellCollection:
            event.cd34PerKg = reader.decimal(QStringLiteral("cd34_10e6_per_kg"));
            if (!event.cd34PerKg && problems.size() == before)
                problems << Problem{reader.path(QStringLiteral("cd34_10e6_per_kg")),
                                    CaseFileReader::tr("required")};
            break;
        case clinical::EventType::Conditioning:
            event.regimen = requireText(QStringLiteral("regimen"), {});
            break;
        case clinical::EventType::Transplant:
            event.number = reader.integer(QStringLiteral("number"), 1, 2);
            if (!event.number && problems.size() == before)
                problems << Problem{reader.path(QStringLiteral("number")),
                                    CaseFileReader::tr("required")};
            event.cd34PerKg = reader.decimal(QStringLiteral("cd34_10e6_per_kg"));
            break;
        case clinical::EventType::Transfusion:
            event.product = requireText(QStringLiteral("product"),
                                        {QStringLiteral("platelets"), QStringLiteral("red_cells")});
            break;
        case clinical::EventType::Reported:
            event.label = requireText(QStringLiteral("label"), {});
            event.note = reader.text(QStringLiteral("note"));
            break;
        case clinical::EventType::Admission:
        case clinical::EventType::Discharge:
            break;
        }
        for (const QString& unknown : reader.unread())
            caseFile.warnings << Problem{
                unknown, CaseFileReader::tr("not imported by this version of mmtrack")};
        if (problems.size() == before)
            caseFile.events << event;
    }
}

} // namespace

Result<CaseFile> CaseFileReader::read(const QByteArray& json, QDate today)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Problem{positionOf(json, parseError.offset),
                       tr("not valid JSON (%1)").arg(parseError.errorString())};
    if (!document.isObject())
        return Problem{QStringLiteral("$"), tr("a case file is a JSON object")};

    Problems problems;
    const QJsonObject root = document.object();
    ObjectReader rootReader(root, QString(), problems);
    if (rootReader.text(QStringLiteral("format")) != QLatin1String("mmtrack-case"))
        return Problem{QStringLiteral("format"), tr("expected \"mmtrack-case\"")};
    rootReader.accept(QStringLiteral("version"));
    if (root.value(QStringLiteral("version")) != QJsonValue(1))
        return Problem{QStringLiteral("version"), tr("only version 1 can be read")};

    const QJsonValue patientValue = root.value(QStringLiteral("patient"));
    rootReader.accept(QStringLiteral("patient"));
    if (!patientValue.isObject())
        return Problem{QStringLiteral("patient"), tr("required, and must be an object")};
    ObjectReader patientReader(patientValue.toObject(), QStringLiteral("patient"), problems);
    clinical::PatientDraft draft;
    draft.mrn = patientReader.text(QStringLiteral("mrn"));
    draft.name = patientReader.text(QStringLiteral("name"));
    draft.sex = patientReader.text(QStringLiteral("sex"));
    draft.birthDate = patientReader.text(QStringLiteral("birth_date"));
    draft.weightKg = patientReader.text(QStringLiteral("weight_kg"), true);
    draft.notes = patientReader.text(QStringLiteral("notes"));

    const QJsonValue diagnosisValue = root.value(QStringLiteral("diagnosis"));
    rootReader.accept(QStringLiteral("diagnosis"));
    if (!diagnosisValue.isUndefined() && !diagnosisValue.isNull() && !diagnosisValue.isObject())
        problems << Problem{QStringLiteral("diagnosis"), tr("must be an object")};
    ObjectReader diagnosisReader(diagnosisValue.toObject(), QStringLiteral("diagnosis"), problems);
    draft.diagnosisDate = diagnosisReader.text(QStringLiteral("date"));
    draft.heavyChain = diagnosisReader.text(QStringLiteral("heavy_chain"));
    draft.lightChain = diagnosisReader.text(QStringLiteral("light_chain"));
    QStringList nestedUnread;
    clinical::DiagnosisDetails diagnosis;
    diagnosis.biopsyProvenPlasmacytoma =
        diagnosisReader.boolean(QStringLiteral("biopsy_proven_plasmacytoma"));
    diagnosis.osteolyticLesions =
        diagnosisReader.integer(QStringLiteral("osteolytic_lesions"), 0, 1000);
    diagnosis.mriFocalLesions =
        diagnosisReader.integer(QStringLiteral("mri_focal_lesions"), 0, 1000);
    diagnosisReader.accept(QStringLiteral("cytogenetics"));
    diagnosis.cytogenetics = readCytogenetics(
        diagnosisValue.toObject().value(QStringLiteral("cytogenetics")), problems, nestedUnread);

    int transplantsPlanned = 1;
    rootReader.accept(QStringLiteral("plan"));
    const QJsonValue planValue = root.value(QStringLiteral("plan"));
    if (!planValue.isUndefined() && !planValue.isNull()) {
        if (!planValue.isObject()) {
            problems << Problem{QStringLiteral("plan"), tr("must be an object")};
        } else {
            ObjectReader planReader(planValue.toObject(), QStringLiteral("plan"), problems);
            transplantsPlanned =
                planReader.integer(QStringLiteral("transplants_planned"), 1, 2).value_or(1);
            nestedUnread << planReader.unread();
        }
    }

    // Validation problems name form fields; map them to the file's JSON paths.
    const QHash<QString, QString> paths{
        {clinical::field::mrn, QStringLiteral("patient.mrn")},
        {clinical::field::name, QStringLiteral("patient.name")},
        {clinical::field::sex, QStringLiteral("patient.sex")},
        {clinical::field::birthDate, QStringLiteral("patient.birth_date")},
        {clinical::field::weightKg, QStringLiteral("patient.weight_kg")},
        {clinical::field::notes, QStringLiteral("patient.notes")},
        {clinical::field::diagnosisDate, QStringLiteral("diagnosis.date")},
        {clinical::field::heavyChain, QStringLiteral("diagnosis.heavy_chain")},
        {clinical::field::lightChain, QStringLiteral("diagnosis.light_chain")},
    };
    Result<clinical::Patient> patient = clinical::PatientValidator::fromDraft(draft, today);
    for (const Problem& problem : patient.problems()) {
        const bool typeErrorAlready =
            std::any_of(problems.cbegin(), problems.cend(),
                        [&](const Problem& p) { return p.where == paths.value(problem.where); });
        if (!typeErrorAlready)
            problems << Problem{paths.value(problem.where, problem.where), problem.message};
    }
    if (!problems.isEmpty())
        return problems;

    CaseFile caseFile;
    caseFile.patient = std::move(patient).value();
    caseFile.details = diagnosis;
    caseFile.details.transplantsPlanned = transplantsPlanned;
    rootReader.accept(QStringLiteral("observations"));
    readObservations(root.value(QStringLiteral("observations")), caseFile, today, problems);
    rootReader.accept(QStringLiteral("events"));
    readEvents(root.value(QStringLiteral("events")), caseFile, today, problems);
    if (!problems.isEmpty())
        return problems;
    const QStringList unread =
        rootReader.unread() + patientReader.unread() + diagnosisReader.unread() + nestedUnread;
    for (const QString& path : unread)
        caseFile.warnings << Problem{path, tr("not imported by this version of mmtrack")};
    return caseFile;
}

} // namespace mmtrack::interop
