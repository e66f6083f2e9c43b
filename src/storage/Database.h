#pragma once

#include "clinical/Result.h"
#include "storage/Migrator.h"

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

    // Looks at an existing file without writing to it: its schema version (0 for an empty
    // SQLite file), or why it may not be opened (not SQLite, damaged, another program's, newer).
    static clinical::Result<int> inspect(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    Dialect dialect() const { return m_dialect; }
    QString location() const { return m_location; }
    // True when this open created the schema: a new database, ready to be seeded.
    bool isNew() const { return m_isNew; }

private:
    Database(QString connectionName, Dialect dialect, QString location, bool isNew);

    QString m_connectionName;
    Dialect m_dialect;
    QString m_location;
    bool m_isNew;
};

} // namespace mmtrack::storage
