#include "support/TestDatabase.h"

#include "storage/Database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <iostream>

namespace mmtrack::test {

namespace {

QString serverUrl()
{
    const QString url = qEnvironmentVariable("MMTRACK_TEST_PG");
    if (url.isEmpty())
        FAIL("MMTRACK_TEST_PG is not set: no PostgreSQL server for this test (./run.sh test "
             "starts one; or set MMTRACK_TEST_PG to postgresql://USER@HOST:PORT/postgres of a "
             "server where USER may create databases).");
    return url;
}

// The base URL naming another database on the same server.
QString withDatabase(const QString& base, const QString& name)
{
    QUrl url(base, QUrl::StrictMode);
    QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("dbname"))) {
        query.removeAllQueryItems(QStringLiteral("dbname"));
        query.addQueryItem(QStringLiteral("dbname"), name);
        url.setQuery(query);
    } else {
        url.setPath(QLatin1Char('/') + name);
    }
    return url.toString();
}

// Runs one statement on the server's base database (CREATE or DROP DATABASE cannot be bound
// or run in a transaction; the name is made here, of [a-z0-9_] only).
bool onServer(const QString& url, const QString& statement, QString* error)
{
    static QAtomicInteger<int> counter;
    const QString connection =
        QStringLiteral("mmtrack-test-server-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        const clinical::Status connected = storage::Database::connectPostgres(url, connection);
        if (!connected) {
            *error = connected.errorText();
        } else {
            QSqlQuery query(QSqlDatabase::database(connection, false));
            ok = query.exec(statement);
            if (!ok)
                *error = query.lastError().text();
        }
    }
    QSqlDatabase::database(connection, false).close();
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace

storage::Dialect testBackend()
{
    return qEnvironmentVariable("MMTRACK_TEST_BACKEND") == QLatin1String("postgresql")
               ? storage::Dialect::PostgreSql
               : storage::Dialect::Sqlite;
}

TestDatabase::TestDatabase() : m_dialect(testBackend())
{
    if (m_dialect == storage::Dialect::Sqlite) {
        m_location = m_scratch.path(QStringLiteral("test.sqlite"));
        return;
    }
    m_serverUrl = serverUrl();
    static QAtomicInteger<int> counter;
    m_name = QStringLiteral("mmtrack_t_%1_%2_%3")
                 .arg(QCoreApplication::applicationPid())
                 .arg(counter.fetchAndAddRelaxed(1))
                 .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    // template0 with the C collation: text sorts bytewise, as in SQLite, whatever the server's
    // locale.
    QString error;
    const bool created =
        onServer(m_serverUrl,
                 QStringLiteral("CREATE DATABASE ") + m_name +
                     QStringLiteral(" TEMPLATE template0 STRATEGY FILE_COPY ENCODING 'UTF8' "
                                    "LC_COLLATE 'C' LC_CTYPE 'C'"),
                 &error);
    if (!created)
        FAIL("cannot create a PostgreSQL test database: " << error.toStdString());
    m_location = withDatabase(m_serverUrl, m_name);
}

TestDatabase::~TestDatabase()
{
    if (m_name.isEmpty())
        return;
    QString error;
    if (!onServer(m_serverUrl,
                  QStringLiteral("DROP DATABASE IF EXISTS ") + m_name +
                      QStringLiteral(" WITH (FORCE)"),
                  &error))
        std::cerr << "could not drop " << m_name.toStdString() << ": " << error.toStdString()
                  << '\n';
}

QSqlDatabase TestDatabase::openRaw(const QString& connectionName) const
{
    if (m_dialect == storage::Dialect::Sqlite) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(m_location);
        REQUIRE(db.open());
        return db;
    }
    const clinical::Status connected =
        storage::Database::connectPostgres(m_location, connectionName);
    INFO(connected.errorText().toStdString());
    REQUIRE(connected.ok());
    return QSqlDatabase::database(connectionName, false);
}

void TestDatabase::closeRaw(const QString& connectionName)
{
    QSqlDatabase::database(connectionName, false).close();
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace mmtrack::test
