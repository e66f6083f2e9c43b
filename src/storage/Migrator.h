#pragma once

#include "clinical/Result.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace mmtrack::storage {

// One numbered schema step, read from resources/migrations/NNNN_name.sql.
struct Migration {
    int version = 0;
    QString name;
    QString sql;
};

// Brings a database's schema up to the newest version this program knows, applying every
// missing migration inside one transaction: all of them land, or none.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    // The migrations shipped in the program's resources, in order.
    static const QList<Migration>& shipped();
    static int latestVersion();

    // The SQL statements of a migration for a dialect: {{ID}} filled in, the blocks of the
    // other dialect left out (a line "-- dialect: sqlite", "-- dialect: postgresql" or
    // "-- dialect: all" starts a block), split at the semicolons that end statements (not
    // those inside quotes, PostgreSQL's $$ bodies or an SQLite CREATE TRIGGER ... END).
    static QStringList statements(const Migration& migration, Dialect dialect);

    // The schema version recorded in the database; 0 when it holds no schema yet.
    static clinical::Result<int> currentVersion(const QSqlDatabase& db);

    static clinical::Status migrate(QSqlDatabase& db, Dialect dialect, const QString& appliedAt);
    // The same with a given list of migrations (tests use it to prove a failure lands nothing).
    static clinical::Status migrate(QSqlDatabase& db, Dialect dialect, const QString& appliedAt,
                                    const QList<Migration>& migrations);
};

} // namespace mmtrack::storage
