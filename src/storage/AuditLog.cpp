#include "storage/AuditLog.h"

#include "common/Logging.h"
#include "storage/SqlDialect.h"
#include "storage/SqlSupport.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace mmtrack::storage {

using clinical::Result;
using clinical::Status;

namespace {

QVariant toJsonText(const QJsonObject& object)
{
    if (object.isEmpty())
        return QVariant();
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJsonText(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

const QString kSelect = QStringLiteral("SELECT id, at, user_name, action, table_name, row_id, "
                                       "old_values, new_values, reason FROM audit_log ");

Result<QList<AuditEntry>> select(const QSqlDatabase& db, const QString& where,
                                 const QVariantList& values)
{
    QSqlQuery query(db);
    if (!run(query, kSelect + where + QStringLiteral(" ORDER BY id"), values))
        return SqlText::failure(SqlText::tr("read the audit log"), query.lastError());
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = fromStoredTime(query.value(1).toString());
        entry.user = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.table = query.value(4).toString();
        entry.rowId = query.value(5).toLongLong();
        entry.oldValues = fromJsonText(query.value(6));
        entry.newValues = fromJsonText(query.value(7));
        entry.reason = query.value(8).toString();
        entries << entry;
    }
    return entries;
}

// A row's fields exactly as stored: the hash is computed over these texts, so that reading a
// row back and hashing it again gives the same bytes.
struct StoredRow {
    qint64 id = 0;
    QString at;
    QString user;
    QString action;
    QString table;
    qint64 rowId = 0;
    std::optional<qint64> patientId;
    std::optional<QString> oldValues;
    std::optional<QString> newValues;
    std::optional<QString> reason;
    QString prevHash;
    std::optional<QString> hash;
};

// Each field as "-" (NULL) or "=" + its UTF-8 length + ":" + its UTF-8 bytes, in column order,
// after a version tag; no two different rows give the same bytes.
void addField(QByteArray& out, const std::optional<QString>& value)
{
    if (!value) {
        out += '-';
        return;
    }
    const QByteArray bytes = value->toUtf8();
    out += '=' + QByteArray::number(bytes.size()) + ':' + bytes;
}

QString hashOf(const StoredRow& row)
{
    QByteArray data = row.prevHash.toLatin1() + QByteArrayLiteral("|mmtrack-audit-1|");
    addField(data, QString::number(row.id));
    addField(data, row.at);
    addField(data, row.user);
    addField(data, row.action);
    addField(data, row.table);
    addField(data, QString::number(row.rowId));
    addField(data, row.patientId ? std::optional<QString>(QString::number(*row.patientId))
                                 : std::nullopt);
    addField(data, row.oldValues);
    addField(data, row.newValues);
    addField(data, row.reason);
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

std::optional<QString> optionalText(const QSqlQuery& query, int index)
{
    return query.isNull(index) ? std::nullopt
                               : std::optional<QString>(query.value(index).toString());
}

const QString kStoredSelect =
    QStringLiteral("SELECT id, at, user_name, action, table_name, row_id, patient_id, old_values, "
                   "new_values, reason, prev_hash, hash FROM audit_log ");

StoredRow storedRow(const QSqlQuery& query)
{
    StoredRow row;
    row.id = query.value(0).toLongLong();
    row.at = query.value(1).toString();
    row.user = query.value(2).toString();
    row.action = query.value(3).toString();
    row.table = query.value(4).toString();
    row.rowId = query.value(5).toLongLong();
    if (!query.isNull(6))
        row.patientId = query.value(6).toLongLong();
    row.oldValues = optionalText(query, 7);
    row.newValues = optionalText(query, 8);
    row.reason = optionalText(query, 9);
    row.prevHash = query.value(10).toString();
    row.hash = optionalText(query, 11);
    return row;
}

QVariant nullableText(const std::optional<QString>& value)
{
    return value ? QVariant(*value) : QVariant();
}

// The tables whose rows belong to one patient through a patient_id column.
const QStringList kPatientTables{QStringLiteral("lab_results"), QStringLiteral("pathway_events"),
                                 QStringLiteral("diagnosis_details"),
                                 QStringLiteral("patient_protocols"),
                                 QStringLiteral("assessment_signatures")};

// The patient an audit row belongs to: the patient row itself, the patient_id in the row's
// values, the live row's patient_id or, for a deleted row, that of its earlier audit rows.
Result<std::optional<qint64>> patientOf(const QSqlDatabase& db, const AuditEntry& entry)
{
    if (entry.table == QLatin1String("patients"))
        return std::optional<qint64>(entry.rowId);
    if (!kPatientTables.contains(entry.table))
        return std::optional<qint64>();
    for (const QJsonObject* values : {&entry.newValues, &entry.oldValues})
        if (values->value(QStringLiteral("patient_id")).isDouble())
            return std::optional<qint64>(values->value(QStringLiteral("patient_id")).toInteger());
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT patient_id FROM ") + entry.table +
                 QStringLiteral(" WHERE id = ?"),
             {entry.rowId}))
        return SqlText::failure(AuditLog::tr("write the audit log"), query.lastError());
    if (query.next())
        return std::optional<qint64>(query.value(0).toLongLong());
    if (!run(query,
             QStringLiteral("SELECT patient_id FROM audit_log WHERE table_name = ? AND row_id = ? "
                            "AND patient_id IS NOT NULL ORDER BY id DESC LIMIT 1"),
             {entry.table, entry.rowId}))
        return SqlText::failure(AuditLog::tr("write the audit log"), query.lastError());
    if (query.next())
        return std::optional<qint64>(query.value(0).toLongLong());
    return std::optional<qint64>();
}

} // namespace

AuditChange auditChange(const QJsonObject& before, const QJsonObject& after)
{
    AuditChange change;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (before.value(it.key()) != it.value()) {
            change.oldValues[it.key()] = before.value(it.key());
            change.newValues[it.key()] = it.value();
        }
    return change;
}

Status AuditLog::record(QSqlDatabase& db, const AuditEntry& entry)
{
    QSqlQuery query(db);
    // On SQLite the caller's transaction has already written its change, so it holds the write
    // lock and no other connection can append between this read and the insert. PostgreSQL
    // lets writers run at once: they take turns here, until the end of their transactions.
    // (LOCK cannot be prepared: it runs as it is, it binds nothing.)
    if (const QString lock = auditAppendLock(dialectOf(db)); !lock.isEmpty() && !query.exec(lock))
        return SqlText::failure(tr("write the audit log"), query.lastError());
    if (!run(query, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return SqlText::failure(tr("write the audit log"), query.lastError());
    StoredRow row;
    row.id = 1;
    row.prevHash = QString::fromLatin1(kGenesis);
    if (query.next()) {
        row.id = query.value(0).toLongLong() + 1;
        if (!query.isNull(1))
            row.prevHash = query.value(1).toString();
    }
    query.finish();
    const auto patient = patientOf(db, entry);
    if (!patient)
        return patient.problems();
    row.at = toStoredTime(entry.at);
    row.user = entry.user.isNull() ? QString(QLatin1String("")) : entry.user;
    row.action = entry.action;
    row.table = entry.table;
    row.rowId = entry.rowId;
    row.patientId = patient.value();
    const QVariant oldText = toJsonText(entry.oldValues);
    const QVariant newText = toJsonText(entry.newValues);
    if (oldText.isValid())
        row.oldValues = oldText.toString();
    if (newText.isValid())
        row.newValues = newText.toString();
    if (!entry.reason.isEmpty())
        row.reason = entry.reason;
    row.hash = hashOf(row);
    if (!run(query,
             QStringLiteral(
                 "INSERT INTO audit_log (id, at, user_name, action, table_name, row_id, "
                 "patient_id, old_values, new_values, reason, prev_hash, hash) VALUES (?, ?, ?, "
                 "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {row.id, row.at, row.user, row.action, row.table, row.rowId, nullable(row.patientId),
              nullableText(row.oldValues), nullableText(row.newValues), nullableText(row.reason),
              row.prevHash, *row.hash}))
        return SqlText::failure(tr("write the audit log"), query.lastError());
    return clinical::Done{};
}

Status AuditLog::sealExisting(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return SqlText::failure(tr("seal the audit log"), query.lastError());
    if (!query.next() || !query.isNull(0))
        return clinical::Done{}; // empty, or sealed up to its last row
    if (!run(query, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE hash IS NOT NULL")) ||
        !query.next())
        return SqlText::failure(tr("seal the audit log"), query.lastError());
    if (query.value(0).toLongLong() > 0)
        return clinical::Done{}; // sealed before: an unsealed row now is for verify() to report
    query.finish();

    Transaction transaction(db);
    if (!transaction.began())
        return SqlText::failure(tr("seal the audit log"), db.lastError());
    if (!run(query, kStoredSelect + QStringLiteral("ORDER BY id")))
        return SqlText::failure(tr("seal the audit log"), query.lastError());
    QList<StoredRow> rows;
    while (query.next())
        rows << storedRow(query);
    query.finish();
    QString previous = QString::fromLatin1(kGenesis);
    for (StoredRow& row : rows) {
        row.prevHash = previous;
        previous = hashOf(row);
        if (!run(query, QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"),
                 {row.prevHash, previous, row.id}))
            return SqlText::failure(tr("seal the audit log"), query.lastError());
    }
    if (!transaction.commit())
        return SqlText::failure(tr("seal the audit log"), db.lastError());
    common::logger("storage")->info("sealed {} audit rows written before schema 6", rows.size());
    return clinical::Done{};
}

Result<AuditVerification> AuditLog::verify(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, kStoredSelect + QStringLiteral("ORDER BY id")))
        return SqlText::failure(tr("read the audit log"), query.lastError());
    AuditVerification result;
    QString expected = QString::fromLatin1(kGenesis);
    qint64 previousId = 0;
    while (query.next()) {
        const StoredRow row = storedRow(query);
        ++result.rows;
        std::optional<AuditBreak::Kind> kind;
        if (!row.hash)
            kind = AuditBreak::Kind::Unsealed;
        else if (row.prevHash != expected)
            kind =
                row.id != previousId + 1 ? AuditBreak::Kind::Gap : AuditBreak::Kind::LinkMismatch;
        else if (hashOf(row) != *row.hash)
            kind = AuditBreak::Kind::HashMismatch;
        if (kind) {
            result.broken = AuditBreak{row.id, previousId, *kind};
            break;
        }
        expected = *row.hash;
        previousId = row.id;
    }
    if (query.lastError().isValid())
        return SqlText::failure(tr("read the audit log"), query.lastError());
    if (result.broken) { // count the rest too, for the report
        while (query.next())
            ++result.rows;
    }
    return result;
}

QString AuditLog::describe(const AuditBreak& broken)
{
    switch (broken.kind) {
    case AuditBreak::Kind::Unsealed:
        return tr("audit row %1 is not sealed: it was written or altered outside mmtrack")
            .arg(broken.id);
    case AuditBreak::Kind::HashMismatch:
        return tr("audit row %1 was changed: its contents no longer match its hash").arg(broken.id);
    case AuditBreak::Kind::LinkMismatch:
        return tr("audit row %1 does not follow row %2: one of them was changed")
            .arg(broken.id)
            .arg(broken.previousId);
    case AuditBreak::Kind::Gap:
        return broken.previousId == 0 ? tr("audit rows before row %1 are missing").arg(broken.id)
                                      : tr("audit rows between row %1 and row %2 are missing")
                                            .arg(broken.previousId)
                                            .arg(broken.id);
    }
    return QString();
}

namespace {

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

} // namespace

QString AuditLog::changesText(const AuditEntry& entry)
{
    QStringList parts;
    if (!entry.oldValues.isEmpty() && !entry.newValues.isEmpty()) {
        QStringList keys = entry.newValues.keys();
        for (const QString& key : entry.oldValues.keys())
            if (!keys.contains(key))
                keys << key;
        for (const QString& key : keys)
            parts << key + QStringLiteral(": ") + valueText(entry.oldValues.value(key)) +
                         QStringLiteral(" → ") + valueText(entry.newValues.value(key));
    } else {
        const QJsonObject& values = entry.newValues.isEmpty() ? entry.oldValues : entry.newValues;
        for (auto it = values.begin(); it != values.end(); ++it)
            parts << it.key() + QStringLiteral(": ") + valueText(it.value());
    }
    return parts.join(QStringLiteral("; "));
}

Result<QList<AuditRecord>> AuditLog::query(const QSqlDatabase& db, const AuditFilter& filter)
{
    QStringList where;
    QVariantList values;
    if (filter.patientId) {
        where << QStringLiteral("patient_id = ?");
        values << *filter.patientId;
    }
    if (!filter.user.isEmpty()) {
        where << QStringLiteral("user_name = ?");
        values << filter.user;
    }
    // Stored times are ISO 8601 UTC text, so a day's bounds compare as text.
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at < ?");
        values << filter.to.addDays(1).toString(Qt::ISODate);
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql =
        kStoredSelect +
        (where.isEmpty() ? QString()
                         : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
        QStringLiteral(" ORDER BY id");
    if (!run(query, sql, values))
        return SqlText::failure(tr("read the audit log"), query.lastError());
    QList<AuditRecord> records;
    while (query.next()) {
        const StoredRow row = storedRow(query);
        AuditRecord record;
        record.entry.id = row.id;
        record.entry.at = fromStoredTime(row.at);
        record.entry.user = row.user;
        record.entry.action = row.action;
        record.entry.table = row.table;
        record.entry.rowId = row.rowId;
        record.entry.oldValues = fromJsonText(row.oldValues.value_or(QString()));
        record.entry.newValues = fromJsonText(row.newValues.value_or(QString()));
        record.entry.reason = row.reason.value_or(QString());
        record.patientId = row.patientId;
        record.prevHash = row.prevHash;
        record.hash = row.hash.value_or(QString());
        records << record;
    }
    return records;
}

Result<QList<AuditEntry>> AuditLog::forRow(const QSqlDatabase& db, const QString& table,
                                           qint64 rowId)
{
    return select(db, QStringLiteral("WHERE table_name = ? AND row_id = ?"), {table, rowId});
}

Result<QList<AuditEntry>> AuditLog::all(const QSqlDatabase& db)
{
    return select(db, QString(), {});
}

} // namespace mmtrack::storage
