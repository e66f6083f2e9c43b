#include "storage/Database.h"

#include "common/Logging.h"
#include "storage/AuditLog.h"
#include "storage/SqlSupport.h"
#include "storage/Transaction.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

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

// Where a PostgreSQL database is, read from its URL as libpq reads one.
struct PostgresTarget {
    QString host; // a name, an address, or a socket directory (starting with '/')
    int port = -1;
    QString user;
    QString password;
    QString database;
    QStringList options; // further libpq parameters, as key='value'
};

// The libpq parameters a URL may carry besides host, port, user, password and dbname.
const QStringList kPassedParameters{
    QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
    QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
    QStringLiteral("hostaddr"),         QStringLiteral("gssencmode")};

QString quotedParameter(const QString& value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

Result<PostgresTarget> readPostgresUrl(const QString& location)
{
    const QString shown = Database::displayLocation(location);
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || !url.fragment().isEmpty())
        return Problem{shown, Database::tr("This PostgreSQL address cannot be read; write it as "
                                           "postgresql://user@host:port/database.")};
    PostgresTarget target;
    target.host = url.host(QUrl::FullyDecoded);
    target.port = url.port();
    target.user = url.userName(QUrl::FullyDecoded);
    target.password = url.password(QUrl::FullyDecoded);
    target.database = url.path(QUrl::FullyDecoded).mid(1);
    bool timeoutGiven = false;
    bool nameGiven = false;
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            target.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            target.port = value.toInt(&ok);
            if (!ok || target.port <= 0 || target.port > 65535)
                return Problem{shown, Database::tr("The port %1 is not a port number.").arg(value)};
        } else if (key == QLatin1String("user")) {
            target.user = value;
        } else if (key == QLatin1String("password")) {
            target.password = value;
        } else if (key == QLatin1String("dbname")) {
            target.database = value;
        } else if (kPassedParameters.contains(key)) {
            // QPSQL joins its options with ';': a value may not hold one.
            if (value.contains(QLatin1Char(';')))
                return Problem{shown, Database::tr("The parameter %1 of the PostgreSQL address "
                                                   "may not contain a semicolon.")
                                          .arg(key)};
            target.options << key + QLatin1Char('=') + quotedParameter(value);
            timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
            nameGiven = nameGiven || key == QLatin1String("application_name");
        } else {
            return Problem{shown,
                           Database::tr("The PostgreSQL address has a parameter mmtrack does not "
                                        "know: %1.")
                               .arg(key)};
        }
    }
    // An unreachable server is reported after 10 s instead of never.
    if (!timeoutGiven)
        target.options << QStringLiteral("connect_timeout=10");
    if (!nameGiven)
        target.options << QStringLiteral("application_name=mmtrack");
    return target;
}

// Every mmtrack opening a PostgreSQL database takes this lock (per database) for its
// checks and migrations, so that two workstations never migrate at once.
constexpr qint64 kOpenLock = 0x6d6d747261636bLL; // "mmtrack"

} // namespace

bool Database::isPostgresUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString Database::displayLocation(const QString& location)
{
    if (!isPostgresUrl(location))
        return location;
    QUrl url(location, QUrl::StrictMode);
    if (!url.isValid()) {
        // Whatever stands between "://" and the last '@' may hold a password.
        const qsizetype at = location.lastIndexOf(QLatin1Char('@'));
        const qsizetype start = location.indexOf(QLatin1String("://")) + 3;
        return at > start ? location.left(start) + QStringLiteral("***") + location.mid(at)
                          : location;
    }
    url.setPassword(QString());
    QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("password"))) {
        query.removeAllQueryItems(QStringLiteral("password"));
        url.setQuery(query);
    }
    return url.toString();
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, const QString& appliedAt)
{
    return isPostgresUrl(location) ? openPostgres(location, appliedAt)
                                   : openSqlite(location, appliedAt);
}

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

clinical::Status Database::connectPostgres(const QString& url, const QString& connectionName)
{
    const QString shown = displayLocation(url);
    const Result<PostgresTarget> target = readPostgresUrl(url);
    if (!target)
        return target.problems();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Problem{shown, tr("Qt's PostgreSQL driver is not installed (Debian package "
                                 "libqt6sql6-psql).")};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(target.value().host);
    db.setPort(target.value().port);
    db.setUserName(target.value().user);
    db.setPassword(target.value().password);
    db.setDatabaseName(target.value().database);
    db.setConnectOptions(target.value().options.join(QLatin1Char(';')));
    if (!db.open())
        return Problem{shown, tr("The PostgreSQL database cannot be opened: %1")
                                  .arg(db.lastError().databaseText().trimmed())};
    return clinical::Done{};
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString& url,
                                                         const QString& appliedAt)
{
    auto log = common::logger("storage");
    const QString shown = displayLocation(url);
    ScopedConnection connection(newConnectionName());
    if (const clinical::Status connected = connectPostgres(url, connection.name()); !connected)
        return connected.problems();
    QSqlDatabase db = QSqlDatabase::database(connection.name(), false);

    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT current_setting('server_version_num')::integer")) ||
        !query.next())
        return SqlText::failure(tr("read the server's version"), query.lastError());
    if (query.value(0).toInt() < 110000)
        return Problem{shown, tr("mmtrack needs PostgreSQL 11 or newer; this server is older. "
                                 "Nothing was changed.")};
    // A write waits for another workstation's lock as long as on SQLite, then gives up.
    if (!query.exec(QStringLiteral("SET lock_timeout = '5s'"))) // SET cannot be prepared
        return Problem{shown,
                       tr("The database refused a setting (%1): %2")
                           .arg(QStringLiteral("lock_timeout"), query.lastError().databaseText())};

    Result<int> before = 0;
    {
        // Look before touching, under the lock every other opening takes too: the checks and
        // the migrations see a schema nobody else is changing, and a refusal writes nothing.
        Transaction opening(db);
        if (!opening.began())
            return SqlText::failure(tr("begin the schema upgrade"), db.lastError());
        if (!run(query, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kOpenLock}))
            return SqlText::failure(tr("begin the schema upgrade"), query.lastError());
        query.finish();
        before = Migrator::currentVersion(db);
        if (!before)
            return before.problems();
        if (before.value() > Migrator::latestVersion())
            return Problem{shown,
                           tr("The database was written by a newer version of mmtrack (schema %1; "
                              "this program knows schema %2 at most). Update mmtrack; the "
                              "database was left untouched.")
                               .arg(before.value())
                               .arg(Migrator::latestVersion())};
        if (before.value() == 0) {
            if (!run(query, QStringLiteral("SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n "
                                           "ON n.oid = c.relnamespace WHERE n.nspname = "
                                           "current_schema() AND c.relkind IN ('r', 'p', 'v')")) ||
                !query.next())
                return SqlText::failure(tr("read the schema version"), query.lastError());
            if (query.value(0).toLongLong() > 0)
                return Problem{shown, tr("This PostgreSQL database belongs to another program (it "
                                         "holds tables but no mmtrack schema); it was left "
                                         "untouched.")};
            query.finish();
        }
        if (const clinical::Status migrated = Migrator::migrate(db, Dialect::PostgreSql, appliedAt);
            !migrated)
            return migrated.problems();
        if (const clinical::Status sealed = AuditLog::sealExisting(db); !sealed)
            return sealed.problems();
        if (!opening.commit())
            return SqlText::failure(tr("commit the schema upgrade"), db.lastError());
    }
    log->info("opened PostgreSQL database {} (schema {})", shown.toStdString(),
              Migrator::latestVersion());
    query = QSqlQuery();
    db = QSqlDatabase(); // drop this copy so the connection belongs to the Database alone
    return std::unique_ptr<Database>(
        new Database(connection.release(), Dialect::PostgreSql, url, before.value() == 0));
}

} // namespace mmtrack::storage
