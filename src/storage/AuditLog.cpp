#include "storage/AuditLog.h"

#include "storage/SqlSupport.h"

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
    if (!run(query,
             QStringLiteral(
                 "INSERT INTO audit_log (at, user_name, action, table_name, row_id, old_values, "
                 "new_values, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {toStoredTime(entry.at), entry.user, entry.action, entry.table, entry.rowId,
              toJsonText(entry.oldValues), toJsonText(entry.newValues),
              entry.reason.isEmpty() ? QVariant() : QVariant(entry.reason)}))
        return SqlText::failure(SqlText::tr("write the audit log"), query.lastError());
    return clinical::Done{};
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
