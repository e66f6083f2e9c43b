#include "workspace/LabImporter.h"

#include "clinical/LabMeasurement.h"
#include "common/Logging.h"
#include "interop/CsvLabReader.h"
#include "interop/Hl7LabReader.h"
#include "storage/LabCodeMap.h"
#include "storage/LabImportRun.h"
#include "storage/LabResultRepository.h"
#include "storage/PatientRepository.h"
#include "workspace/BoundedQueue.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <thread>
#include <unordered_map>
#include <variant>
#include <vector>

namespace mmtrack::workspace {

using clinical::LabResult;
using clinical::Problem;

namespace {

// HL7 result statuses that carry a value to keep: final, corrected, amended (and none given).
bool acceptedStatus(const QString& status)
{
    return status.isEmpty() || status == QLatin1String("F") || status == QLatin1String("C") ||
           status == QLatin1String("A");
}

// "2025-11-12" (CSV) or "20251112[0830[15]][+0800]" (HL7).
bool parseMoment(const QString& date, const QString& time, QDate& day, std::optional<QTime>& moment)
{
    const QString d = date.trimmed();
    if (d.size() == 10 && d[4] == QLatin1Char('-')) {
        day = QDate::fromString(d, Qt::ISODate);
    } else if (d.size() >= 8 && d.left(8).toULongLong() > 0) {
        day = QDate(d.left(4).toInt(), d.mid(4, 2).toInt(), d.mid(6, 2).toInt());
        QString rest = d.mid(8);
        static const QRegularExpression zoneSign(QStringLiteral("[+-]"));
        const qsizetype zone = rest.indexOf(zoneSign);
        if (zone >= 0)
            rest.truncate(zone);
        if (rest.size() >= 4) {
            const QTime t(rest.left(2).toInt(), rest.mid(2, 2).toInt(),
                          rest.size() >= 6 ? rest.mid(4, 2).toInt() : 0);
            if (!t.isValid())
                return false;
            moment = t;
        }
    } else {
        return false;
    }
    if (!day.isValid())
        return false;
    const QString t = time.trimmed();
    if (!t.isEmpty()) {
        const QTime parsed = QTime::fromString(t, t.size() > 5 ? QStringLiteral("HH:mm:ss")
                                                               : QStringLiteral("HH:mm"));
        if (!parsed.isValid())
            return false;
        moment = parsed;
    }
    return true;
}

} // namespace

LabImporter::LabImporter(storage::Database& database, const clinical::Clock& clock, QString user)
    : m_database(database), m_clock(clock), m_user(std::move(user))
{
}

LabFileFormat LabImporter::guessFormat(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("hl7") || suffix == QLatin1String("oru"))
        return LabFileFormat::Hl7;
    if (suffix == QLatin1String("csv"))
        return LabFileFormat::Csv;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        QByteArray head = file.read(8);
        if (head.startsWith('\x0b'))
            head.remove(0, 1);
        if (head.startsWith("MSH"))
            return LabFileFormat::Hl7;
    }
    return LabFileFormat::Csv;
}

namespace {

// Turns what a file says into a row for the registry, or the reason it cannot be one: the
// code to a test (a test key, a LOINC code, or the user's mapping of a local code), the MRN to
// a patient, then the status, date, unit, plausibility and date window.
// A lab file repeats itself: the same codes, the same few hundred values and units, day after
// day. What depends only on the text (the test a code names, a measurement's conversion and
// flag, a date) is worked out once and remembered, so each further row is a few lookups.
class LabRecordChecker {
    Q_DECLARE_TR_FUNCTIONS(LabImporter)
public:
    LabRecordChecker(const QHash<QString, const clinical::Patient*>& byMrn,
                     const QHash<QString, QString>& localCodes, QDate today,
                     clinical::LabSource source)
        : m_byMrn(byMrn), m_localCodes(localCodes), m_today(today),
          m_source(clinical::labSourceCode(source).toStdString())
    {
    }

    // The row (its texts are valid until the next call), or the reason for refusing it.
    std::variant<storage::LabImportRun::Row, Problem> check(const interop::LabRecord& record)
    {
        using Run = storage::LabImportRun;
        const clinical::LabTest* test = testOf(record);
        if (!test) {
            m_unmappedCodes.insert(record.code);
            return Problem{
                record.place,
                record.codeText.isEmpty()
                    ? tr("the code %1 is not mapped to a test; map it in the lab code table")
                          .arg(record.code)
                    : tr("the code %1 (%2) is not mapped to a test; map it in the lab code table")
                          .arg(record.code, record.codeText)};
        }
        const clinical::Patient* patient = m_byMrn.value(record.mrn.trimmed(), nullptr);
        if (!patient)
            return Problem{record.place, tr("no patient has the MRN %1").arg(record.mrn.trimmed())};
        if (!acceptedStatus(record.status))
            return Problem{
                record.place,
                tr("result status %1 is not final; only final (F), corrected (C) and amended "
                   "(A) results are imported")
                    .arg(record.status)};
        const Moment* moment = momentOf(record);
        if (!moment)
            return Problem{record.place, tr("\"%1\" is not a date").arg(record.date)};
        const Measurement& measured = measurementOf(*test, *patient, record);
        if (measured.problem)
            return Problem{record.place, *measured.problem};
        const bool inWindow =
            moment->date <= m_today &&
            (!patient->birthDate || moment->date >= patient->birthDate->earliest());
        if (!inWindow || !measured.hasValue) {
            // The registry's own check words the reason.
            clinical::LabResult result;
            result.testKey = test->key;
            result.date = moment->date;
            result.value = measured.hasValue ? std::optional(clinical::Decimal()) : std::nullopt;
            const auto problems = storage::LabResultRepository::check(result, *patient, m_today);
            return Problem{record.place, problems.isEmpty() ? tr("the result cannot be stored")
                                                            : problems.first().message};
        }
        Run::Row row;
        row.patientId = patient->id;
        row.refFromReport = measured.refFromReport;
        row.texts[Run::TestKey] = measured.testKey;
        row.texts[Run::Date] = moment->dateText;
        row.texts[Run::Time] = moment->timeText;
        row.texts[Run::EnteredValue] = measured.enteredValue;
        row.texts[Run::EnteredUnit] = measured.enteredUnit;
        row.texts[Run::Value] = view(measured.value);
        row.texts[Run::Qualitative] = view(measured.qualitative);
        row.texts[Run::RefLow] = view(measured.refLow);
        row.texts[Run::RefHigh] = view(measured.refHigh);
        row.texts[Run::Flag] = measured.flag;
        row.texts[Run::Source] = m_source;
        // A CSV row says where it came from by its line; any other by its place.
        if (record.line > 0) {
            row.sourceLine = record.line;
        } else {
            m_detail = record.place.toStdString();
            row.texts[Run::SourceDetail] = m_detail;
        }
        return row;
    }

    const QSet<QString>& unmappedCodes() const { return m_unmappedCodes; }

private:
    // What an entry's text comes to for a test and a sex: the stored texts, or the reason.
    struct Measurement {
        std::optional<QString> problem;
        std::string testKey, enteredValue, enteredUnit, flag;
        std::optional<std::string> value, qualitative, refLow, refHigh;
        bool refFromReport = false;
        bool hasValue = false;
    };
    struct MeasurementKey {
        const clinical::LabTest* test;
        int sex;
        QString value, unit, refLow, refHigh;
        bool operator==(const MeasurementKey&) const = default;
    };
    struct MeasurementKeyHash {
        std::size_t operator()(const MeasurementKey& key) const
        {
            return qHashMulti(0, key.test, key.sex, key.value, key.unit, key.refLow, key.refHigh);
        }
    };
    struct Moment {
        QDate date;
        std::string dateText, timeText;
    };
    // Bounds the remembered measurements: a file of unique values must not grow memory.
    static constexpr std::size_t kMeasurementsKept = 100000;

    static std::optional<std::string_view> view(const std::optional<std::string>& text)
    {
        return text ? std::optional<std::string_view>(*text) : std::nullopt;
    }
    static std::optional<std::string> utf8(const std::optional<clinical::Decimal>& value)
    {
        return value ? std::optional(value->toString().toStdString()) : std::nullopt;
    }

    const Measurement& measurementOf(const clinical::LabTest& test,
                                     const clinical::Patient& patient,
                                     const interop::LabRecord& record)
    {
        MeasurementKey key{&test,         patient.sex ? int(*patient.sex) : -1,
                           record.value,  record.unit,
                           record.refLow, record.refHigh};
        if (const auto known = m_measurements.find(key); known != m_measurements.end())
            return known->second;
        if (m_measurements.size() >= kMeasurementsKept)
            m_measurements.clear();
        Measurement measurement;
        clinical::LabResult result;
        const clinical::LabEntry entry{test.key, record.value, record.unit, record.refLow,
                                       record.refHigh};
        if (const auto applied = clinical::LabMeasurement::apply(entry, patient.sex, result);
            !applied) {
            QStringList reasons;
            for (const Problem& problem : applied.problems())
                reasons << problem.message;
            measurement.problem = reasons.join(QLatin1Char(' '));
        } else {
            measurement.testKey = result.testKey.toStdString();
            measurement.enteredValue = result.enteredValue.toStdString();
            measurement.enteredUnit = result.enteredUnit.toStdString();
            measurement.value = utf8(result.value);
            if (!result.qualitative.isEmpty())
                measurement.qualitative = result.qualitative.toStdString();
            measurement.refLow = utf8(result.refLow);
            measurement.refHigh = utf8(result.refHigh);
            measurement.refFromReport = result.refFromReport;
            measurement.flag = clinical::labFlagCode(result.flag).toStdString();
            measurement.hasValue = result.value || !result.qualitative.isEmpty();
        }
        return m_measurements.emplace(std::move(key), std::move(measurement)).first->second;
    }

    // The record's date and time; a file gives the same date to many rows in a row.
    const Moment* momentOf(const interop::LabRecord& record)
    {
        if (m_moment && record.date == m_momentDate && record.time == m_momentTime)
            return &*m_moment;
        m_moment.reset();
        Moment moment;
        std::optional<QTime> time;
        if (!parseMoment(record.date, record.time, moment.date, time))
            return nullptr;
        moment.dateText = moment.date.toString(Qt::ISODate).toStdString();
        moment.timeText = storage::storedTimeOfDay(time).toStdString();
        m_momentDate = record.date;
        m_momentTime = record.time;
        m_moment = std::move(moment);
        return &*m_moment;
    }

    const clinical::LabTest* testOf(const interop::LabRecord& record)
    {
        const auto key = std::pair(record.codeSystem, record.code);
        if (const auto known = m_tests.constFind(key); known != m_tests.cend())
            return known.value();
        const bool localSystem =
            !record.codeSystem.isEmpty() && record.codeSystem != QLatin1String("LN");
        const clinical::LabTest* test = nullptr;
        if (!localSystem) {
            test = clinical::LabCatalogue::byKey(record.code);
            if (!test)
                test = clinical::LabCatalogue::byLoinc(record.code);
        }
        if (!test && m_localCodes.contains(record.code))
            test = clinical::LabCatalogue::byKey(m_localCodes.value(record.code));
        if (!test && localSystem)
            test = clinical::LabCatalogue::byLoinc(record.code);
        if (m_tests.size() < 10000)
            m_tests.insert(key, test);
        return test;
    }

    const QHash<QString, const clinical::Patient*>& m_byMrn;
    const QHash<QString, QString>& m_localCodes;
    const QDate m_today;
    const std::string m_source;
    QSet<QString> m_unmappedCodes;
    QHash<std::pair<QString, QString>, const clinical::LabTest*> m_tests;
    std::unordered_map<MeasurementKey, Measurement, MeasurementKeyHash> m_measurements;
    std::optional<Moment> m_moment;
    QString m_momentDate, m_momentTime;
    std::string m_detail;
};

// What the reading thread hands to the writing one: a run of valid rows sorted in the series
// index's order, and the rejections met on the way, in file order.
struct ImportBatch {
    storage::LabImportRun* run = nullptr;
    clinical::Problems problems;
    qint64 recordsRead = 0;
    qint64 bytesRead = 0;
};

// The reader fills one run while the writer writes the other: two runs bound the memory. The
// longer a run, the more of the index each pass writes in order (a run of a million rows
// writes a million-row file in one ordered pass), so a run takes half the import's budget.
constexpr std::size_t kRuns = 2;
constexpr std::size_t kRunBytes = 44u << 20;
constexpr std::size_t kProblemBytes = 256; // what a kept problem costs, about

} // namespace

// Two threads share the work: this one writes (it owns the database connection), a reader
// thread parses and checks the file and hands over sorted batches. On a multi-core machine
// the checking costs no time of its own; sorting each batch makes the index writes local.
LabImportReport LabImporter::importFile(const QString& path, const LabImportOptions& options,
                                        const Callbacks& callbacks)
{
    LabImportReport report;
    auto log = common::logger("import");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.fatal = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return report;
    }
    const qint64 total = file.size();
    const LabFileFormat format = options.format.value_or(guessFormat(path));
    const QString fileName = QFileInfo(path).fileName();

    // Everything an import looks up, read once.
    storage::PatientRepository patients(m_database, m_clock);
    const auto everyone = patients.search({QString(), true});
    const auto mapping = storage::LabCodeMap(m_database, m_clock).lookup();
    if (!everyone || !mapping) {
        report.fatal = everyone ? mapping.errorText() : everyone.errorText();
        return report;
    }
    QHash<QString, const clinical::Patient*> byMrn;
    for (const clinical::Patient& patient : everyone.value())
        byMrn.insert(patient.mrn, &patient);
    LabRecordChecker checker(byMrn, mapping.value(), m_clock.today(),
                             format == LabFileFormat::Hl7 ? clinical::LabSource::Hl7
                                                          : clinical::LabSource::Csv);

    storage::LabImportWriter writer(m_database, m_clock);
    if (const auto begun = writer.begin(
            {fileName, QString(),
             format == LabFileFormat::Hl7 ? QStringLiteral("hl7") : QStringLiteral("csv"),
             options.strict},
            m_user);
        !begun) {
        report.fatal = begun.errorText();
        return report;
    }

    auto cancelled = [&] {
        return callbacks.cancel && callbacks.cancel->load(std::memory_order_relaxed);
    };

    // The reader thread: parse, check, fill a run, sort it, hand it over.
    std::array<storage::LabImportRun, kRuns> runs;
    BoundedQueue<storage::LabImportRun*> emptyRuns(kRuns);
    for (storage::LabImportRun& run : runs) {
        run.reserve(kRunBytes);
        emptyRuns.push(&run);
    }
    BoundedQueue<ImportBatch> queue(kRuns);
    bool completed = false;
    qint64 hashedBytes = 0;
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    std::thread reader([&] {
        ImportBatch batch;
        auto takeRun = [&] {
            const std::optional<storage::LabImportRun*> run = emptyRuns.pop();
            batch.run = run.value_or(nullptr);
            return batch.run != nullptr;
        };
        auto handOver = [&] {
            batch.run->sortBySeries();
            const bool taken = queue.push(std::move(batch));
            batch = ImportBatch{};
            return taken && takeRun();
        };
        auto room = [&] {
            const std::size_t used =
                batch.run->bytes() + std::size_t(batch.problems.size()) * kProblemBytes;
            if (used >= kRunBytes && !handOver())
                return false;
            return !cancelled();
        };
        if (!takeRun())
            return;
        interop::LabRecordSink sink;
        sink.problem = [&](const Problem& problem) {
            batch.problems << problem;
            return room();
        };
        sink.progress = [&](qint64 done) { batch.bytesRead = done; };
        sink.chunk = [&](QByteArrayView bytes) {
            sha256.addData(bytes);
            hashedBytes += bytes.size();
        };
        sink.record = [&](const interop::LabRecord& record) {
            ++batch.recordsRead;
            auto checked = checker.check(record);
            if (Problem* problem = std::get_if<Problem>(&checked))
                batch.problems << std::move(*problem);
            else if (!batch.run->add(std::get<storage::LabImportRun::Row>(checked)))
                batch.problems << Problem{record.place, tr("a field is too long to store")};
            return room();
        };
        completed = format == LabFileFormat::Hl7
                        ? interop::Hl7LabReader::read(file, fileName, sink)
                        : interop::CsvLabReader::read(file, fileName, sink);
        if (batch.run)
            handOver(); // the last rows and problems, also when the reading stopped early
        queue.close();
    });

    // This thread: report the problems in file order and write the rows.
    bool writeFailed = false;
    while (std::optional<ImportBatch> batch = queue.pop()) {
        report.counts.read += batch->recordsRead;
        for (const Problem& problem : batch->problems) {
            ++report.counts.rejected;
            if (report.problems.size() < options.maxProblemsKept)
                report.problems << problem;
            if (callbacks.problem)
                callbacks.problem(problem);
        }
        if (cancelled())
            break;
        const auto inserted = writer.insert(*batch->run);
        if (!inserted) {
            report.fatal = inserted.errorText();
            writeFailed = true;
            break;
        }
        report.counts.imported += inserted.value();
        report.counts.duplicate += qint64(batch->run->size()) - inserted.value();
        batch->run->clear();
        emptyRuns.push(batch->run);
        if (callbacks.progress && batch->bytesRead > 0)
            callbacks.progress(batch->bytesRead, total);
    }
    queue.close(); // a reader still running stops at its next record
    emptyRuns.close();
    reader.join();
    if (hashedBytes != total && !file.isSequential()) {
        // The reader stopped before the end (a refused header): hash the whole file anyway.
        sha256.reset();
        file.seek(0);
        sha256.addData(&file);
    }
    report.unmappedCodes = checker.unmappedCodes();

    if (writeFailed || cancelled() || !completed ||
        (options.strict && report.counts.rejected > 0)) {
        writer.rollback();
        report.cancelled = cancelled();
        if (!completed && !cancelled() && !writeFailed && report.fatal.isEmpty())
            report.fatal = tr("%1 could not be read to the end.").arg(fileName);
        report.counts.imported = 0;
        log->info("import of a {} file rolled back ({} rejected)",
                  format == LabFileFormat::Hl7 ? "HL7" : "CSV", report.counts.rejected);
        return report;
    }
    if (callbacks.progress)
        callbacks.progress(total, total);
    const auto committed =
        writer.commit(report.counts, QString::fromLatin1(sha256.result().toHex()));
    if (!committed) {
        report.fatal = committed.errorText();
        report.counts.imported = 0;
        return report;
    }
    report.committed = true;
    report.importId = committed.value();
    return report;
}

} // namespace mmtrack::workspace
