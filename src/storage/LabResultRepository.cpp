#include "storage/LabResultRepository.h"

#include "common/Logging.h"
#include "storage/AuditLog.h"
#include "storage/PatientRepository.h"
#include "storage/Permissions.h"
#include "storage/SqlDialect.h"
#include "storage/SqlSupport.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace mmtrack::storage {

using clinical::Decimal;
using clinical::LabResult;
using clinical::Problem;
using clinical::Problems;
using clinical::Result;

const QString LabResultRepository::kTable = QStringLiteral("lab_results");

const QString kLabResultColumns =
    QStringLiteral("patient_id, test_key, observed_date, observed_time, entered_value, "
                   "entered_unit, value, qualitative, ref_low, "
                   "ref_high, ref_from_report, flag, source, source_detail");

namespace {

// An imported row takes its creation, and its file name for the place, from its import.
const QString kSelectColumns = QStringLiteral(
    "r.id, r.patient_id, r.test_key, r.observed_date, r.observed_time, r.entered_value, "
    "r.entered_unit, r.value, r.qualitative, r.ref_low, r.ref_high, r.ref_from_report, r.flag, "
    "r.source, COALESCE(r.source_detail, i.file_name || ':' || r.source_line), r.row_version, "
    "COALESCE(r.created_at, i.created_at), COALESCE(r.created_by, i.created_by), "
    "COALESCE(r.updated_at, r.created_at, i.created_at), "
    "COALESCE(r.updated_by, r.created_by, i.created_by)");
const QString kSelectFrom =
    QStringLiteral(" FROM lab_results r LEFT JOIN lab_imports i ON i.id = r.import_id ");

QVariant decimalValue(const std::optional<Decimal>& value)
{
    return value ? QVariant(value->toString()) : QVariant();
}

std::optional<Decimal> decimalColumn(const QVariant& value)
{
    return value.isNull() ? std::nullopt : Decimal::parse(value.toString());
}

LabResult fromRow(const QSqlQuery& query)
{
    LabResult result;
    result.id = query.value(0).toLongLong();
    result.patientId = query.value(1).toLongLong();
    result.testKey = query.value(2).toString();
    result.date = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    const QString time = query.value(4).toString();
    if (!time.isEmpty())
        result.time = QTime::fromString(time, time.size() > 5 ? QStringLiteral("HH:mm:ss")
                                                              : QStringLiteral("HH:mm"));
    result.enteredValue = query.value(5).toString();
    result.enteredUnit = query.value(6).toString();
    result.value = decimalColumn(query.value(7));
    result.qualitative = query.value(8).toString();
    result.refLow = decimalColumn(query.value(9));
    result.refHigh = decimalColumn(query.value(10));
    result.refFromReport = query.value(11).toInt() != 0;
    result.flag = clinical::labFlagFromCode(query.value(12).toString());
    result.source = clinical::labSourceFromCode(query.value(13).toString())
                        .value_or(clinical::LabSource::Typed);
    result.sourceDetail = query.value(14).toString();
    result.rowVersion = query.value(15).toInt();
    result.createdAt = fromStoredTime(query.value(16).toString());
    result.createdBy = query.value(17).toString();
    result.updatedAt = fromStoredTime(query.value(18).toString());
    result.updatedBy = query.value(19).toString();
    return result;
}

} // namespace

QString storedTimeOfDay(const std::optional<QTime>& time)
{
    if (!time)
        return QString(QLatin1String(""));
    return time->toString(time->second() != 0 ? QStringLiteral("HH:mm:ss")
                                              : QStringLiteral("HH:mm"));
}

QVariantList labResultColumnValues(const LabResult& result)
{
    return {result.patientId,
            result.testKey,
            result.date.toString(Qt::ISODate),
            storedTimeOfDay(result.time),
            text(result.enteredValue),
            text(result.enteredUnit),
            decimalValue(result.value),
            result.qualitative.isEmpty() ? QVariant() : QVariant(result.qualitative),
            decimalValue(result.refLow),
            decimalValue(result.refHigh),
            result.refFromReport ? 1 : 0,
            text(clinical::labFlagCode(result.flag)),
            clinical::labSourceCode(result.source),
            text(result.sourceDetail)};
}

LabResultRepository::LabResultRepository(Database& database, const clinical::Clock& clock)
    : m_database(database), m_clock(clock)
{
}

QJsonObject LabResultRepository::toAuditJson(const LabResult& result)
{
    QJsonObject json;
    json[QStringLiteral("patient_id")] = result.patientId;
    json[QStringLiteral("test")] = result.testKey;
    json[QStringLiteral("date")] = result.date.toString(Qt::ISODate);
    json[QStringLiteral("time")] =
        result.time ? QJsonValue(storedTimeOfDay(result.time)) : QJsonValue();
    json[QStringLiteral("entered_value")] = result.enteredValue;
    json[QStringLiteral("entered_unit")] = result.enteredUnit;
    json[QStringLiteral("value")] =
        result.value ? QJsonValue(result.value->toString()) : QJsonValue();
    json[QStringLiteral("qualitative")] =
        result.qualitative.isEmpty() ? QJsonValue() : QJsonValue(result.qualitative);
    json[QStringLiteral("ref_low")] =
        result.refLow ? QJsonValue(result.refLow->toString()) : QJsonValue();
    json[QStringLiteral("ref_high")] =
        result.refHigh ? QJsonValue(result.refHigh->toString()) : QJsonValue();
    json[QStringLiteral("flag")] = clinical::labFlagCode(result.flag);
    json[QStringLiteral("source")] = clinical::labSourceCode(result.source);
    json[QStringLiteral("source_detail")] = result.sourceDetail;
    return json;
}

Problems LabResultRepository::check(const LabResult& result, const clinical::Patient& patient,
                                    QDate today)
{
    Problems problems;
    if (!clinical::LabCatalogue::byKey(result.testKey))
        problems << Problem{QStringLiteral("test"), tr("Unknown test \"%1\".").arg(result.testKey)};
    if (!result.date.isValid())
        problems << Problem{QStringLiteral("date"), tr("The result has no valid date.")};
    else if (result.date > today)
        problems << Problem{
            QStringLiteral("date"),
            tr("The date %1 is in the future.").arg(result.date.toString(Qt::ISODate))};
    else if (patient.birthDate && result.date < patient.birthDate->earliest())
        problems << Problem{
            QStringLiteral("date"),
            tr("The date %1 is before the patient's birth (%2).")
                .arg(result.date.toString(Qt::ISODate), patient.birthDate->toIso())};
    if (!result.value && result.qualitative.isEmpty())
        problems << Problem{QStringLiteral("value"), tr("No value.")};
    return problems;
}

Result<LabResult> LabResultRepository::add(const LabResult& result, const QString& requestedUser)
{
    const Result<QString> actor = authorize(m_database, Action::EnterResults, requestedUser);
    if (!actor)
        return actor.problems();
    const QString& user = actor.value();
    const auto patient = PatientRepository(m_database, m_clock).byId(result.patientId);
    if (!patient)
        return patient.problems();
    if (Problems problems = check(result, patient.value(), m_clock.today()); !problems.isEmpty())
        return problems;

    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.began())
        return SqlText::failure(tr("begin a transaction"), db.lastError());
    const QString now = toStoredTime(m_clock.nowUtc());
    QSqlQuery query(db);
    QVariantList values = labResultColumnValues(result);
    values << now << text(user) << now << text(user);
    if (!run(query,
             QStringLiteral("INSERT INTO lab_results (") + kLabResultColumns +
                 QStringLiteral(
                     ", row_version, created_at, created_by, updated_at, updated_by) VALUES "
                     "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) "
                     "ON CONFLICT DO NOTHING RETURNING id"),
             values))
        return SqlText::failure(tr("add the result"), query.lastError());
    if (!query.next())
        return Problem{QStringLiteral("value"), tr("This result (%1 %2 on %3) is already recorded.")
                                                    .arg(result.enteredValue, result.enteredUnit,
                                                         result.date.toString(Qt::ISODate))};
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    AuditEntry audit{0,  m_clock.nowUtc(),    user, QStringLiteral("insert"), kTable, id,
                     {}, toAuditJson(result), {}};
    if (const auto recorded = AuditLog::record(db, audit); !recorded)
        return recorded.problems();
    if (!transaction.commit())
        return SqlText::failure(tr("save the result"), db.lastError());
    common::logger("storage")->info("lab result {} added for patient {}", id, result.patientId);
    return byId(id);
}

Result<LabResult> LabResultRepository::update(const LabResult& result, const QString& requestedUser)
{
    const Result<QString> actor = authorize(m_database, Action::EnterResults, requestedUser);
    if (!actor)
        return actor.problems();
    const QString& user = actor.value();
    const auto stored = byId(result.id);
    if (!stored)
        return stored.problems();
    const auto patient = PatientRepository(m_database, m_clock).byId(stored.value().patientId);
    if (!patient)
        return patient.problems();
    if (Problems problems = check(result, patient.value(), m_clock.today()); !problems.isEmpty())
        return problems;
    if (result.rowVersion != stored.value().rowVersion)
        return Problem{QString(),
                       tr("This result was changed by %1 after you read it; it has been reloaded.")
                           .arg(stored.value().updatedBy)};
    const AuditChange change = auditChange(toAuditJson(stored.value()), toAuditJson(result));
    if (change.isEmpty())
        return stored.value();

    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.began())
        return SqlText::failure(tr("begin a transaction"), db.lastError());
    QSqlQuery query(db);
    QVariantList values = labResultColumnValues(result);
    values << toStoredTime(m_clock.nowUtc()) << text(user) << result.id << result.rowVersion;
    if (!run(query,
             QStringLiteral(
                 "UPDATE lab_results SET patient_id = ?, test_key = ?, observed_date = ?, "
                 "observed_time = ?, "
                 "entered_value = ?, entered_unit = ?, value = ?, qualitative = ?, ref_low = ?, "
                 "ref_high = ?, ref_from_report = ?, flag = ?, source = ?, source_detail = ?, "
                 "row_version = row_version + 1, updated_at = ?, updated_by = ? "
                 "WHERE id = ? AND row_version = ?"),
             values))
        return isUniqueViolation(query.lastError())
                   ? Result<LabResult>(Problem{QStringLiteral("value"),
                                               tr("The same result is already recorded.")})
                   : Result<LabResult>(SqlText::failure(tr("save the result"), query.lastError()));
    if (query.numRowsAffected() != 1)
        return Problem{QString(), tr("This result was changed elsewhere; it has been reloaded.")};
    AuditEntry audit{0,
                     m_clock.nowUtc(),
                     user,
                     QStringLiteral("update"),
                     kTable,
                     result.id,
                     change.oldValues,
                     change.newValues,
                     {}};
    if (const auto recorded = AuditLog::record(db, audit); !recorded)
        return recorded.problems();
    if (!transaction.commit())
        return SqlText::failure(tr("save the result"), db.lastError());
    common::logger("storage")->info("lab result {} updated", result.id);
    return byId(result.id);
}

clinical::Status LabResultRepository::remove(qint64 id, int rowVersion, const QString& reason,
                                             const QString& requestedUser)
{
    const Result<QString> actor = authorize(m_database, Action::EnterResults, requestedUser);
    if (!actor)
        return actor.problems();
    const QString& user = actor.value();
    if (reason.trimmed().isEmpty())
        return Problem{QStringLiteral("reason"), tr("Say why the result is deleted.")};
    const auto stored = byId(id);
    if (!stored)
        return stored.problems();
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.began())
        return SqlText::failure(tr("begin a transaction"), db.lastError());
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("DELETE FROM lab_results WHERE id = ? AND row_version = ?"),
             {id, rowVersion}))
        return SqlText::failure(tr("delete the result"), query.lastError());
    if (query.numRowsAffected() != 1)
        return Problem{QString(), tr("This result was changed elsewhere; it has been reloaded.")};
    AuditEntry audit{0,
                     m_clock.nowUtc(),
                     user,
                     QStringLiteral("delete"),
                     kTable,
                     id,
                     toAuditJson(stored.value()),
                     {},
                     reason.trimmed()};
    if (const auto recorded = AuditLog::record(db, audit); !recorded)
        return recorded.problems();
    if (!transaction.commit())
        return SqlText::failure(tr("delete the result"), db.lastError());
    common::logger("storage")->info("lab result {} deleted", id);
    return clinical::Done{};
}

Result<QList<LabResult>> LabResultRepository::select(const QString& where,
                                                     const QVariantList& values) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT ") + kSelectColumns + kSelectFrom + where, values))
        return SqlText::failure(tr("read lab results"), query.lastError());
    QList<LabResult> results;
    while (query.next())
        results << fromRow(query);
    return results;
}

Result<LabResult> LabResultRepository::byId(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE r.id = ?"), {id});
    if (!found)
        return found.problems();
    if (found.value().isEmpty())
        return Problem{QString(), tr("No lab result has the id %1.").arg(id)};
    return found.value().first();
}

Result<QList<LabResult>> LabResultRepository::forPatient(qint64 patientId) const
{
    return select(
        QStringLiteral(
            "WHERE r.patient_id = ? ORDER BY r.observed_date, r.observed_time, r.test_key"),
        {patientId});
}

Result<QList<LabResult>> LabResultRepository::series(qint64 patientId, const QString& testKey) const
{
    return select(
        QStringLiteral(
            "WHERE r.patient_id = ? AND r.test_key = ? ORDER BY r.observed_date, r.observed_time"),
        {patientId, testKey});
}

} // namespace mmtrack::storage
