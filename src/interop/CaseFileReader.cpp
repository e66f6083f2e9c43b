#include "interop/CaseFileReader.h"

#include "clinical/PatientValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

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

    CaseFile caseFile{std::move(patient).value(), {}, {}};
    rootReader.accept(QStringLiteral("observations"));
    readObservations(root.value(QStringLiteral("observations")), caseFile, today, problems);
    if (!problems.isEmpty())
        return problems;
    const QStringList unread =
        rootReader.unread() + patientReader.unread() + diagnosisReader.unread();
    for (const QString& path : unread)
        caseFile.warnings << Problem{path, tr("not imported by this version of mmtrack")};
    return caseFile;
}

} // namespace mmtrack::interop
