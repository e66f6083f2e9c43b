#pragma once

#include "clinical/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

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

// An audit row as stored, with the patient it belongs to and its seal (schema 6).
struct AuditRecord {
    AuditEntry entry;
    std::optional<qint64> patientId; // none for lab imports and lab-code edits
    QString prevHash;                // hex SHA-256 of the row before; 64 zeros for the first
    QString hash;                    // hex SHA-256 of prevHash and this row's fields
};

// Which rows to list; every part left empty matches all.
struct AuditFilter {
    std::optional<qint64> patientId;
    QString user;
    QDate from; // UTC days, inclusive
    QDate to;
};

// The first row where the chain is broken, and why.
struct AuditBreak {
    enum class Kind {
        Unsealed,     // no hash: written or altered outside mmtrack
        HashMismatch, // the row's fields no longer give its hash: the row was edited
        LinkMismatch, // prev_hash is not the hash of the row before it
        Gap,          // rows are missing before this one
    };
    qint64 id = 0;
    qint64 previousId = 0; // the row before it in the log, 0 for none
    Kind kind = Kind::HashMismatch;
};

struct AuditVerification {
    qint64 rows = 0;
    std::optional<AuditBreak> broken;
    bool intact() const { return !broken.has_value(); }
};

// Writes and reads the audit_log table. Writers call record() inside the transaction of
// the change itself, so that a change and its audit row land together or not at all.
// Rows are hash-chained (each row's hash covers the previous row's hash and its own fields),
// and triggers refuse UPDATE and DELETE, so that an edit made outside mmtrack is detected.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    static constexpr const char* kGenesis =
        "0000000000000000000000000000000000000000000000000000000000000000";

    // Appends the entry as the next row of the chain (id = the last id + 1), with the patient
    // it belongs to. Must run inside the caller's write transaction.
    static clinical::Status record(QSqlDatabase& db, const AuditEntry& entry);
    // Seals the rows written before schema 6, in id order, in one transaction; does nothing
    // once any row is sealed (a later unsealed row is then reported by verify()).
    static clinical::Status sealExisting(QSqlDatabase& db);
    // Walks the chain in id order and names the first broken row.
    static clinical::Result<AuditVerification> verify(const QSqlDatabase& db);
    static QString describe(const AuditBreak& broken);
    // The values of an entry, one "column: old → new" (update), or "column: value" (insert,
    // delete) per column, joined by "; ".
    static QString changesText(const AuditEntry& entry);
    // Rows matching the filter, oldest first.
    static clinical::Result<QList<AuditRecord>> query(const QSqlDatabase& db,
                                                      const AuditFilter& filter);

    // Entries for one row of one table, oldest first.
    static clinical::Result<QList<AuditEntry>> forRow(const QSqlDatabase& db, const QString& table,
                                                      qint64 rowId);
    static clinical::Result<QList<AuditEntry>> all(const QSqlDatabase& db);
};

} // namespace mmtrack::storage
