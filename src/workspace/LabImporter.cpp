#include "workspace/LabImporter.h"

#include "clinical/LabMeasurement.h"
#include "common/Logging.h"
#include "interop/CsvLabReader.h"
#include "interop/Hl7LabReader.h"
#include "storage/LabCodeMap.h"
#include "storage/LabResultRepository.h"
#include "storage/PatientRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

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
    const QHash<QString, QString>& localCodes = mapping.value();
    const QDate today = m_clock.today();

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

    bool writeFailed = false;
    auto reject = [&](const Problem& problem) {
        ++report.counts.rejected;
        if (report.problems.size() < options.maxProblemsKept)
            report.problems << problem;
        if (callbacks.problem)
            callbacks.problem(problem);
    };
    auto cancelled = [&] {
        return callbacks.cancel && callbacks.cancel->load(std::memory_order_relaxed);
    };

    interop::LabRecordSink sink;
    sink.problem = [&](const Problem& problem) {
        reject(problem);
        return !cancelled();
    };
    sink.progress = [&](qint64 done) {
        if (callbacks.progress)
            callbacks.progress(done, total);
    };
    sink.record = [&](const interop::LabRecord& record) {
        ++report.counts.read;
        // Which test: a catalogue key, a LOINC code, or the user's mapping of a local code.
        const clinical::LabTest* test = nullptr;
        const bool localSystem =
            !record.codeSystem.isEmpty() && record.codeSystem != QLatin1String("LN");
        if (!localSystem) {
            test = clinical::LabCatalogue::byKey(record.code);
            if (!test)
                test = clinical::LabCatalogue::byLoinc(record.code);
        }
        if (!test && localCodes.contains(record.code))
            test = clinical::LabCatalogue::byKey(localCodes.value(record.code));
        if (!test && localSystem)
            test = clinical::LabCatalogue::byLoinc(record.code);
        if (!test) {
            report.unmappedCodes.insert(record.code);
            reject(
                {record.place,
                 record.codeText.isEmpty()
                     ? tr("the code %1 is not mapped to a test; map it in the lab code table")
                           .arg(record.code)
                     : tr("the code %1 (%2) is not mapped to a test; map it in the lab code table")
                           .arg(record.code, record.codeText)});
            return !cancelled();
        }
        const clinical::Patient* patient = byMrn.value(record.mrn.trimmed(), nullptr);
        if (!patient) {
            reject({record.place, tr("no patient has the MRN %1").arg(record.mrn.trimmed())});
            return !cancelled();
        }
        if (!acceptedStatus(record.status)) {
            reject({record.place,
                    tr("result status %1 is not final; only final (F), corrected (C) and amended "
                       "(A) results are imported")
                        .arg(record.status)});
            return !cancelled();
        }
        LabResult result;
        result.patientId = patient->id;
        if (!parseMoment(record.date, record.time, result.date, result.time)) {
            reject({record.place, tr("\"%1\" is not a date").arg(record.date)});
            return !cancelled();
        }
        const clinical::LabEntry entry{test->key, record.value, record.unit, record.refLow,
                                       record.refHigh};
        if (const auto applied = clinical::LabMeasurement::apply(entry, patient->sex, result);
            !applied) {
            QStringList reasons;
            for (const Problem& problem : applied.problems())
                reasons << problem.message;
            reject({record.place, reasons.join(QLatin1Char(' '))});
            return !cancelled();
        }
        if (const auto problems = storage::LabResultRepository::check(result, *patient, today);
            !problems.isEmpty()) {
            reject({record.place, problems.first().message});
            return !cancelled();
        }
        result.source =
            format == LabFileFormat::Hl7 ? clinical::LabSource::Hl7 : clinical::LabSource::Csv;
        result.sourceDetail = record.place;
        const auto outcome = writer.insert(result);
        if (!outcome) {
            report.fatal = outcome.errorText();
            writeFailed = true;
            return false;
        }
        if (outcome.value() == storage::LabImportWriter::Outcome::Inserted)
            ++report.counts.imported;
        else
            ++report.counts.duplicate;
        return !cancelled();
    };

    const bool completed = format == LabFileFormat::Hl7
                               ? interop::Hl7LabReader::read(file, fileName, sink)
                               : interop::CsvLabReader::read(file, fileName, sink);
    if (writeFailed || cancelled() || !completed ||
        (options.strict && report.counts.rejected > 0)) {
        writer.rollback();
        report.cancelled = cancelled();
        if (!completed && !cancelled() && report.fatal.isEmpty())
            report.fatal = tr("%1 could not be read to the end.").arg(fileName);
        report.counts.imported = 0;
        log->info("import of a {} file rolled back ({} rejected)",
                  format == LabFileFormat::Hl7 ? "HL7" : "CSV", report.counts.rejected);
        return report;
    }
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
