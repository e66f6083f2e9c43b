#include "workspace/LabImporter.h"

#include "clinical/LabMeasurement.h"
#include "common/Logging.h"
#include "interop/CsvLabReader.h"
#include "interop/Hl7LabReader.h"
#include "storage/LabCodeMap.h"
#include "storage/LabResultRepository.h"
#include "storage/PatientRepository.h"
#include "workspace/BoundedQueue.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <thread>
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

QString sha256Of(QFile& file)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    file.seek(0);
    return QString::fromLatin1(hash.result().toHex());
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

// Turns what a file says into a result for the registry, or the reason it cannot be one:
// the code to a test (a test key, a LOINC code, or the user's mapping of a local code), the
// MRN to a patient, then the status, date, unit, plausibility and date window.
class LabRecordChecker {
    Q_DECLARE_TR_FUNCTIONS(LabImporter)
public:
    LabRecordChecker(const QHash<QString, const clinical::Patient*>& byMrn,
                     const QHash<QString, QString>& localCodes, QDate today,
                     clinical::LabSource source)
        : m_byMrn(byMrn), m_localCodes(localCodes), m_today(today), m_source(source)
    {
    }

    std::variant<LabResult, Problem> check(const interop::LabRecord& record)
    {
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
        LabResult result;
        result.patientId = patient->id;
        if (!parseMoment(record.date, record.time, result.date, result.time))
            return Problem{record.place, tr("\"%1\" is not a date").arg(record.date)};
        const clinical::LabEntry entry{test->key, record.value, record.unit, record.refLow,
                                       record.refHigh};
        if (const auto applied = clinical::LabMeasurement::apply(entry, patient->sex, result);
            !applied) {
            QStringList reasons;
            for (const Problem& problem : applied.problems())
                reasons << problem.message;
            return Problem{record.place, reasons.join(QLatin1Char(' '))};
        }
        if (const auto problems = storage::LabResultRepository::check(result, *patient, m_today);
            !problems.isEmpty())
            return Problem{record.place, problems.first().message};
        result.source = m_source;
        result.sourceDetail = record.place;
        return result;
    }

    const QSet<QString>& unmappedCodes() const { return m_unmappedCodes; }

private:
    const clinical::LabTest* testOf(const interop::LabRecord& record) const
    {
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
        return test;
    }

    const QHash<QString, const clinical::Patient*>& m_byMrn;
    const QHash<QString, QString>& m_localCodes;
    const QDate m_today;
    const clinical::LabSource m_source;
    QSet<QString> m_unmappedCodes;
};

// What the reading thread hands to the writing one: valid rows sorted in the series index's
// order, and the rejections met on the way, in file order.
struct ImportBatch {
    std::vector<storage::LabImportRow> rows;
    std::vector<const storage::LabImportRow*> sorted; // the rows, in the index's order
    clinical::Problems problems;
    qint64 recordsRead = 0;
    qint64 bytesRead = 0;
};

// Rows and problems per batch. Larger batches write the index in longer sorted runs; two
// batches in the queue, one being filled and one being written bound the memory (~40 MB).
constexpr std::size_t kBatchItems = 32768;
constexpr std::size_t kBatchesQueued = 2;

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
            {fileName, sha256Of(file),
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

    // The reader thread: parse, check, batch, sort, hand over.
    BoundedQueue<ImportBatch> queue(kBatchesQueued);
    bool completed = false;
    std::thread reader([&] {
        ImportBatch batch;
        auto handOver = [&] {
            // Pointers are sorted, not rows: moving rows would copy their text.
            batch.sorted.reserve(batch.rows.size());
            for (const storage::LabImportRow& row : batch.rows)
                batch.sorted.push_back(&row);
            std::stable_sort(batch.sorted.begin(), batch.sorted.end(),
                             [](const auto* a, const auto* b) { return *a < *b; });
            const bool taken = queue.push(std::move(batch));
            batch = ImportBatch{};
            return taken;
        };
        auto room = [&] {
            if (batch.rows.size() + std::size_t(batch.problems.size()) >= kBatchItems &&
                !handOver())
                return false;
            return !cancelled();
        };
        interop::LabRecordSink sink;
        sink.problem = [&](const Problem& problem) {
            batch.problems << problem;
            return room();
        };
        sink.progress = [&](qint64 done) { batch.bytesRead = done; };
        sink.record = [&](const interop::LabRecord& record) {
            ++batch.recordsRead;
            auto checked = checker.check(record);
            if (Problem* problem = std::get_if<Problem>(&checked))
                batch.problems << std::move(*problem);
            else
                batch.rows.push_back(storage::LabImportRow::from(
                    std::get<LabResult>(checked),
                    record.line > 0 ? std::optional<qint64>(record.line) : std::nullopt));
            return room();
        };
        completed = format == LabFileFormat::Hl7
                        ? interop::Hl7LabReader::read(file, fileName, sink)
                        : interop::CsvLabReader::read(file, fileName, sink);
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
        const auto inserted = writer.insert(batch->sorted);
        if (!inserted) {
            report.fatal = inserted.errorText();
            writeFailed = true;
            break;
        }
        report.counts.imported += inserted.value();
        report.counts.duplicate += qint64(batch->sorted.size()) - inserted.value();
        if (callbacks.progress && batch->bytesRead > 0)
            callbacks.progress(batch->bytesRead, total);
    }
    queue.close(); // a reader still running stops at its next record
    reader.join();
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
    const auto committed = writer.commit(report.counts);
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
