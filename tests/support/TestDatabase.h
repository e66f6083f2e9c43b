#pragma once

#include "storage/SqlDialect.h"
#include "support/TestSupport.h"

#include <QSqlDatabase>
#include <QString>

namespace mmtrack::test {

// The engine the storage tests run on. CTest registers the tests tagged [backends] twice: once
// as they are (SQLite) and once with MMTRACK_TEST_BACKEND=postgresql, which runs them on the
// PostgreSQL server named by MMTRACK_TEST_PG (a base URL such as
// postgresql:///postgres?host=/tmp/sock&port=5432&user=postgres; `./run.sh test` starts a
// throwaway server and sets it). Without MMTRACK_TEST_PG a PostgreSQL run fails with a message
// CTest reports as skipped.
storage::Dialect testBackend();

// A fresh, empty database for one test: an SQLite file in a scratch folder, or a new database
// (mmtrack_t_...) on the PostgreSQL server, dropped when the test ends. Declare it before
// anything that opens it, so that it outlives their connections.
class TestDatabase {
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    // What Database::open and Workspace::open take: a file path or a URL.
    QString location() const { return m_location; }
    storage::Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == storage::Dialect::PostgreSql; }
    // A file in this test's scratch folder (for exports, imports and the like).
    QString scratchPath(const QString& name) const { return m_scratch.path(name); }

    // A plain QtSql connection of its own to the database, as another program would have one:
    // no checks, no migrations. Remove it with closeRaw() before the test ends.
    QSqlDatabase openRaw(const QString& connectionName) const;
    static void closeRaw(const QString& connectionName);

private:
    Scratch m_scratch;
    storage::Dialect m_dialect;
    QString m_location;
    QString m_serverUrl; // the base URL, for dropping the database
    QString m_name;      // the PostgreSQL database's name
};

} // namespace mmtrack::test
