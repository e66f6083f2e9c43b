#pragma once

#include "clinical/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace mmtrack::storage {

// One change to clinical data: who, when, which row, its values before and after.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString action; // insert, update, delete
    QString table;
    qint64 rowId = 0;
    QJsonObject oldValues; // empty for an insert
    QJsonObject newValues; // empty for a delete
    QString reason;
};

// The columns that differ between two audit images of a row: before and after.
struct AuditChange {
    QJsonObject oldValues;
    QJsonObject newValues;
    bool isEmpty() const { return newValues.isEmpty(); }
};
AuditChange auditChange(const QJsonObject& before, const QJsonObject& after);

// Writes and reads the audit_log table. Writers call record() inside the transaction of
// the change itself, so that a change and its audit row land together or not at all.
class AuditLog {
public:
    static clinical::Status record(QSqlDatabase& db, const AuditEntry& entry);
    // Entries for one row of one table, oldest first.
    static clinical::Result<QList<AuditEntry>> forRow(const QSqlDatabase& db, const QString& table,
                                                      qint64 rowId);
    static clinical::Result<QList<AuditEntry>> all(const QSqlDatabase& db);
};

} // namespace mmtrack::storage
