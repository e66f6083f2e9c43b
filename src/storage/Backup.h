#pragma once

#include "clinical/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace mmtrack::storage {

// What `check` found: empty when the database passed both checks.
struct CheckReport {
    QStringList integrity;   // PRAGMA integrity_check lines other than "ok"
    QStringList foreignKeys; // PRAGMA foreign_key_check rows, in words
    bool clean() const { return integrity.isEmpty() && foreignKeys.isEmpty(); }
    QStringList findings() const { return integrity + foreignKeys; }
};

// Copies, checks and restores whole database files. Every copy is made with SQLite's online
// backup (a consistent snapshot even while another connection writes), written to a temporary
// file beside the target, verified (it opens and passes integrity_check) and only then renamed
// into place, so a target is never left half-written.
class Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    // Copies the database behind an open connection to `target` (replaced when present).
    static clinical::Status save(const QSqlDatabase& source, const QString& target);
    // The same for a database file that nobody needs to open: it is read, never written.
    static clinical::Status saveFile(const QString& source, const QString& target);

    // PRAGMA integrity_check and PRAGMA foreign_key_check. Problems of the result mean the
    // file could not be read at all; a readable file with findings is a report that is not clean.
    static clinical::Result<CheckReport> check(const QString& path);
    static clinical::Result<CheckReport> check(const QSqlDatabase& db);

    // Replaces `current` by a copy of the backup `from`, after checking that `from` is an
    // mmtrack database this program can open. The previous file is kept beside it as
    // `current.before-restore-YYYYMMDD-HHMMSS`; returns that path (empty when there was no
    // previous file). Refused while another connection has `current` open.
    static clinical::Result<QString> restore(const QString& from, const QString& current,
                                             const QDateTime& now);

    // Writes `dir`/mmtrack-YYYYMMDD-HHMMSS.sqlite and deletes the oldest such files beyond
    // `keep`. Returns the new file's path.
    static clinical::Result<QString> rotate(const QSqlDatabase& source, const QString& dir,
                                            int keep, const QDateTime& now);
    static QString rotationFileName(const QDateTime& when);
};

} // namespace mmtrack::storage
