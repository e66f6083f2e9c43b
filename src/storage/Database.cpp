#include "storage/Database.h"

#include "common/Logging.h"
#include "storage/AuditLog.h"
#include "storage/SqlSupport.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace mmtrack::storage {

using clinical::Problem;
using clinical::Result;

namespace {

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("mmtrack-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Removes the QtSql connection when it goes out of scope.
class ScopedConnection {
public:
    explicit ScopedConnection(QString name) : m_name(std::move(name)) {}
    ~ScopedConnection()
    {
        if (m_release) {
            QSqlDatabase::database(m_name, false).close();
            QSqlDatabase::removeDatabase(m_name);
        }
    }
    ScopedConnection(const ScopedConnection&) = delete;
    ScopedConnection& operator=(const ScopedConnection&) = delete;
    const QString& name() const { return m_name; }
    QString release()
    {
        m_release = false;
        return m_name;
    }

private:
    QString m_name;
    bool m_release = true;
};

bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Database::Database(QString connectionName, Dialect dialect, QString location, bool isNew)
    : m_connectionName(std::move(connectionName)), m_dialect(dialect),
      m_location(std::move(location)), m_isNew(isNew)
{
}

Database::~Database()
{
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<int> Database::inspect(const QString& path)
{
    auto log = common::logger("storage");
    if (!hasSqliteHeader(path))
        return Problem{path, tr("This file is not an SQLite database; it was left untouched.")};
    ScopedConnection probe(newConnectionName());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probe.name());
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Problem{path, tr("The database cannot be opened (%1); it was left untouched.")
                                 .arg(db.lastError().databaseText())};
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
        check.value(0).toString() != QLatin1String("ok")) {
        // The check can list hundreds of broken pages; the first says enough.
        const QString detail = (check.lastError().isValid() ? check.lastError().databaseText()
                                                            : check.value(0).toString())
                                   .section(QLatin1Char('\n'), 0, 0);
        log->error("integrity check failed: {}", detail.toStdString());
        return Problem{path,
                       tr("The database is damaged (%1); it was left untouched.").arg(detail)};
    }
    const Result<int> version = Migrator::currentVersion(db);
    if (!version)
        return Problem{path, tr("The database is damaged or unreadable; it was left untouched.")};
    if (version.value() > Migrator::latestVersion())
        return Problem{path,
                       tr("The database was written by a newer version of mmtrack (schema %1; this "
                          "program knows schema %2 at most). Update mmtrack; the file was left "
                          "untouched.")
                           .arg(version.value())
                           .arg(Migrator::latestVersion())};
    if (version.value() == 0 && !db.tables().isEmpty())
        return Problem{path,
                       tr("This SQLite database belongs to another program (it holds tables but no "
                          "mmtrack schema); it was left untouched.")};
    const int schema = version.value();
    db.close();
    return schema;
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path,
                                                       const QString& appliedAt)
{
    auto log = common::logger("storage");
    const QFileInfo info(path);
    const bool exists = info.exists() && info.size() > 0;
    if (info.exists() && !info.isFile())
        return Problem{path, tr("This is not a file.")};

    // Look before touching: a read-only connection decides whether the file may be opened.
    if (exists) {
        if (const Result<int> inspected = inspect(path); !inspected)
            return inspected.problems();
    }

    ScopedConnection connection(newConnectionName());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection.name());
    db.setDatabaseName(path);
    // Another workstation may hold the write lock for a moment: wait for it, never fail at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Problem{path,
                       tr("The database cannot be opened: %1").arg(db.lastError().databaseText())};

    QSqlQuery pragma(db);
    for (const char* statement : {"PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON",
                                  "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (!pragma.exec(QLatin1String(statement)))
            return Problem{path,
                           tr("The database refused a setting (%1): %2")
                               .arg(QLatin1String(statement), pragma.lastError().databaseText())};
    }

    const Result<int> before = Migrator::currentVersion(db);
    if (!before)
        return before.problems();
    if (const clinical::Status migrated = Migrator::migrate(db, Dialect::Sqlite, appliedAt);
        !migrated)
        return migrated.problems();
    // Rows written before the audit chain (schema 6) are sealed once, here.
    if (const clinical::Status sealed = AuditLog::sealExisting(db); !sealed)
        return sealed.problems();
    log->info("opened SQLite database (schema {})", Migrator::latestVersion());
    db = QSqlDatabase(); // drop this copy so the connection belongs to the Database alone
    return std::unique_ptr<Database>(
        new Database(connection.release(), Dialect::Sqlite, path, before.value() == 0));
}

} // namespace mmtrack::storage
