#pragma once

#include "clinical/Result.h"
#include "storage/Migrator.h"
#include "storage/Permissions.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace mmtrack::storage {

// An open, migrated mmtrack database: one QtSql connection of its own.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // Opens (creating when missing) an SQLite database file, checks it, switches on WAL and
    // foreign keys, and applies missing migrations in one transaction. A file that is not an
    // SQLite database, is damaged, belongs to another program or has a newer schema is refused
    // before anything is written to it.
    static clinical::Result<std::unique_ptr<Database>> openSqlite(const QString& path,
                                                                  const QString& appliedAt);

    // Opens a PostgreSQL database named by a URL (isPostgresUrl), or else an SQLite file.
    static clinical::Result<std::unique_ptr<Database>> open(const QString& location,
                                                            const QString& appliedAt);
    // Connects to a PostgreSQL server, as libpq reads
    // postgresql://[user[:password]@][host][:port][/dbname][?host=/socket/dir&port=N&sslmode=...]
    // (also postgres://), and applies the same migrations in one transaction, taken in turn
    // with every other mmtrack opening the same database. A newer schema, another program's
    // tables or a server older than PostgreSQL 11 is refused before anything is written.
    static clinical::Result<std::unique_ptr<Database>> openPostgres(const QString& url,
                                                                    const QString& appliedAt);
    // Only the connection, under the given QtSql connection name: no checks, no migrations
    // (for tests and tools). The caller removes the connection, also after a failure.
    static clinical::Status connectPostgres(const QString& url, const QString& connectionName);
    static bool isPostgresUrl(const QString& location);
    // The location as it may be shown and logged: a URL without its password.
    static QString displayLocation(const QString& location);

    // Looks at an existing file without writing to it: its schema version (0 for an empty
    // SQLite file), or why it may not be opened (not SQLite, damaged, another program's, newer).
    static clinical::Result<int> inspect(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    Dialect dialect() const { return m_dialect; }
    // As given to open(): a file path, or a URL that may hold a password (for opening a second
    // connection); show and log displayLocation() instead.
    QString location() const { return m_location; }
    QString displayLocation() const { return displayLocation(m_location); }
    // True when this open created the schema: a new database, ready to be seeded.
    bool isNew() const { return m_isNew; }

    // Who is signed in on this connection; every write checks it (storage/Permissions.h).
    const std::optional<Session>& session() const { return m_session; }
    void setSession(std::optional<Session> session) { m_session = std::move(session); }

private:
    Database(QString connectionName, Dialect dialect, QString location, bool isNew);

    QString m_connectionName;
    Dialect m_dialect;
    QString m_location;
    bool m_isNew;
    std::optional<Session> m_session;
};

} // namespace mmtrack::storage
