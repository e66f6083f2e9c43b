#include "storage/Backup.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <filesystem>
#include <optional>
#include <sqlite3.h>

namespace mmtrack::storage {

using clinical::Done;
using clinical::Problem;
using clinical::Result;
using clinical::Status;

namespace {

constexpr int kBusyMilliseconds = 5000;

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(handle.constData());
    return nullptr;
}

// An sqlite3 connection of our own, closed on every path.
class Connection {
public:
    Connection(const QString& path, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (m_db)
            sqlite3_busy_timeout(m_db, kBusyMilliseconds);
    }
    ~Connection() { sqlite3_close_v2(m_db); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3* get() const { return m_db; }
    QString error() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                    : QString::fromUtf8(sqlite3_errstr(m_rc));
    }
    // The first column of every row of `sql`, as text; nullopt when the statement failed.
    std::optional<QStringList> column(const char* sql) const
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            return std::nullopt;
        QStringList rows;
        int rc = SQLITE_OK;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            rows << QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return std::nullopt;
        return rows;
    }

private:
    sqlite3* m_db = nullptr;
    int m_rc = SQLITE_OK;
};

QString temporaryBeside(const QString& target)
{
    static QAtomicInteger<int> counter;
    return target + QStringLiteral(".partial-%1-%2")
                        .arg(QCoreApplication::applicationPid())
                        .arg(counter.fetchAndAddRelaxed(1));
}

void removeWithCompanions(const QString& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// Backups, restores and checks copy and read SQLite files; a PostgreSQL database has the
// server's own tools for that.
Problem notForPostgres(const QString& location)
{
    return Problem{Database::displayLocation(location),
                   Backup::tr("This is a PostgreSQL database: back it up with pg_dump and restore "
                              "it with pg_restore on the server. mmtrack's backup, restore and "
                              "check work on SQLite files only.")};
}

bool isPostgres(const QSqlDatabase& db)
{
    return dialectOf(db) == Dialect::PostgreSql;
}

} // namespace

// The one copying routine: online backup into a temporary file, verify it, rename it.
static Status copyInto(sqlite3* source, const QString& target)
{
    if (!source)
        return Problem{target, Backup::tr("The database is not open.")};
    if (QFileInfo::exists(target + QStringLiteral("-wal")))
        return Problem{target, Backup::tr("This file is a database in use; choose another name.")};
    const QString temporary = temporaryBeside(target);
    removeWithCompanions(temporary);
    auto failed = [&](const QString& why) -> Status {
        removeWithCompanions(temporary);
        common::logger("storage")->error("backup failed: {}", why.toStdString());
        return Problem{target, Backup::tr("The backup could not be written: %1").arg(why)};
    };
    {
        Connection copy(temporary, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!copy.ok())
            return failed(copy.error());
        sqlite3_backup* backup = sqlite3_backup_init(copy.get(), "main", source, "main");
        if (!backup)
            return failed(copy.error());
        int rc = SQLITE_OK;
        // One step copies every page under one read transaction: a consistent snapshot.
        for (int attempt = 0; attempt < 100; ++attempt) {
            rc = sqlite3_backup_step(backup, -1);
            if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
                break;
            sqlite3_sleep(50);
        }
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            return failed(QString::fromUtf8(sqlite3_errstr(rc)));
        // A backup is one self-contained file: no write-ahead log beside it.
        const auto mode = copy.column("PRAGMA journal_mode = DELETE");
        if (!mode)
            return failed(copy.error());
    }
    {
        Connection verify(temporary, SQLITE_OPEN_READONLY);
        if (!verify.ok())
            return failed(verify.error());
        const auto integrity = verify.column("PRAGMA integrity_check");
        if (!integrity || *integrity != QStringList{QStringLiteral("ok")})
            return failed(integrity ? integrity->value(0) : verify.error());
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(temporary).toStdString(),
                            QFile::encodeName(target).toStdString(), error);
    if (error)
        return failed(QString::fromStdString(error.message()));
    return Done{};
}

Status Backup::save(const QSqlDatabase& source, const QString& target)
{
    if (isPostgres(source))
        return notForPostgres(source.databaseName());
    const Status saved = copyInto(sqliteHandle(source), target);
    if (saved)
        common::logger("storage")->info("database backed up");
    return saved;
}

Status Backup::saveFile(const QString& source, const QString& target)
{
    if (Database::isPostgresUrl(source))
        return notForPostgres(source);
    if (!QFileInfo(source).isFile())
        return Problem{source, tr("There is no such file.")};
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(target).absoluteFilePath())
        return Problem{target, tr("The backup cannot replace the database itself.")};
    if (const Result<int> schema = Database::inspect(source); !schema)
        return schema.problems();
    Connection connection(source, SQLITE_OPEN_READONLY);
    if (!connection.ok())
        return Problem{source, tr("The database cannot be opened: %1").arg(connection.error())};
    const Status saved = copyInto(connection.get(), target);
    if (saved)
        common::logger("storage")->info("database file backed up");
    return saved;
}

Result<CheckReport> Backup::check(const QSqlDatabase& db)
{
    if (isPostgres(db))
        return notForPostgres(db.databaseName());
    CheckReport report;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        report.integrity
            << tr("The integrity check failed: %1").arg(query.lastError().databaseText());
    } else {
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                report.integrity << tr("Damaged: %1").arg(line);
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        report.foreignKeys
            << tr("The foreign-key check failed: %1").arg(query.lastError().databaseText());
    } else {
        while (query.next())
            report.foreignKeys << tr("Table %1, row %2: refers to a row of %3 that does not "
                                     "exist.")
                                      .arg(query.value(0).toString(),
                                           query.value(1).isNull() ? QStringLiteral("?")
                                                                   : query.value(1).toString(),
                                           query.value(2).toString());
    }
    return report;
}

Result<CheckReport> Backup::check(const QString& path)
{
    if (Database::isPostgresUrl(path))
        return notForPostgres(path);
    if (!QFileInfo(path).isFile())
        return Problem{path, tr("There is no such file.")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Problem{path, tr("The file cannot be read: %1").arg(file.errorString())};
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return Problem{path, tr("This file is not an SQLite database.")};
    file.close();
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("mmtrack-check-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<CheckReport> report = CheckReport{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            report = Problem{
                path, tr("The database cannot be opened: %1").arg(db.lastError().databaseText())};
        else
            report = check(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return report;
}

namespace {

// Takes `current` out of WAL mode so that it is one self-contained file; SQLite refuses while
// another connection has it open, which is how a restore under a running program is refused.
Status releaseForRestore(const QString& current)
{
    Connection connection(current, SQLITE_OPEN_READWRITE);
    sqlite3_busy_timeout(connection.get(), 0);
    const auto mode =
        connection.ok() ? connection.column("PRAGMA journal_mode = DELETE") : std::nullopt;
    if (mode && mode->value(0).compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0)
        return Done{};
    const int code = connection.get() ? sqlite3_errcode(connection.get()) : SQLITE_ERROR;
    if ((mode && !mode->isEmpty()) || code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return Problem{current, Backup::tr("The database is open in another mmtrack window or "
                                           "workstation; close it there first. Nothing was "
                                           "changed.")};
    // A file SQLite cannot read at all (the reason to restore) is kept as it is, unless a
    // write-ahead log beside it still holds part of it.
    if (QFileInfo::exists(current + QStringLiteral("-wal")))
        return Problem{current, Backup::tr("The database cannot be released (%1); nothing was "
                                           "changed.")
                                    .arg(connection.error())};
    return Done{};
}

} // namespace

Result<QString> Backup::restore(const QString& from, const QString& current, const QDateTime& now)
{
    if (Database::isPostgresUrl(current))
        return notForPostgres(current);
    if (Database::isPostgresUrl(from))
        return notForPostgres(from);
    if (!QFileInfo(from).isFile())
        return Problem{from, tr("There is no such file.")};
    if (QFileInfo(from).absoluteFilePath() == QFileInfo(current).absoluteFilePath())
        return Problem{from, tr("This is the database itself, not a backup of it.")};
    const Result<int> schema = Database::inspect(from);
    if (!schema)
        return schema.problems();
    if (schema.value() == 0)
        return Problem{from, tr("This SQLite file holds no mmtrack data; nothing was changed.")};

    QString kept;
    if (QFileInfo::exists(current)) {
        if (const Status released = releaseForRestore(current); !released)
            return released.problems();
        const QString stem = current + QStringLiteral(".before-restore-") +
                             now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
        kept = stem;
        for (int n = 2; QFileInfo::exists(kept); ++n)
            kept = stem + QStringLiteral("-%1").arg(n);
        if (!QFile::copy(current, kept))
            return Problem{current, tr("The current database could not be kept as %1; nothing "
                                       "was changed.")
                                        .arg(kept)};
    }
    Connection source(from, SQLITE_OPEN_READONLY);
    if (!source.ok())
        return Problem{from, tr("The database cannot be opened: %1").arg(source.error())};
    if (const Status copied = copyInto(source.get(), current); !copied)
        return copied.problems();
    QFile::remove(current + QStringLiteral("-shm"));
    common::logger("storage")->info("database restored from a backup (schema {})", schema.value());
    return kept;
}

QString Backup::rotationFileName(const QDateTime& when)
{
    return QStringLiteral("mmtrack-") + when.toString(QStringLiteral("yyyyMMdd-HHmmss")) +
           QStringLiteral(".sqlite");
}

Result<QString> Backup::rotate(const QSqlDatabase& source, const QString& dir, int keep,
                               const QDateTime& now)
{
    if (isPostgres(source))
        return notForPostgres(source.databaseName());
    if (!QDir().mkpath(dir))
        return Problem{dir, tr("The backup folder cannot be created.")};
    const QString target = QDir(dir).filePath(rotationFileName(now));
    if (const Status saved = save(source, target); !saved)
        return saved.problems();
    static const QRegularExpression pattern(QStringLiteral("^mmtrack-\\d{8}-\\d{6}\\.sqlite$"));
    QStringList names;
    for (const QString& name : QDir(dir).entryList(QDir::Files, QDir::Name))
        if (pattern.match(name).hasMatch())
            names << name;
    // The names sort by their time: the oldest come first.
    for (qsizetype i = 0; i + std::max(keep, 1) < names.size(); ++i)
        QFile::remove(QDir(dir).filePath(names.at(i)));
    return target;
}

} // namespace mmtrack::storage
