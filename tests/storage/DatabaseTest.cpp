#include "storage/Database.h"

#include "storage/Migrator.h"
#include "support/TestDatabase.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace mmtrack;
using storage::Database;
using storage::Migrator;

namespace {

const QString kAppliedAt = QStringLiteral("2026-11-24T10:00:00.000Z");

// A raw connection, outside mmtrack, to change a file as another program would.
void rawExec(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString& statement : statements)
            REQUIRE(query.exec(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString refusal(const QString& path)
{
    const auto opened = Database::openSqlite(path, kAppliedAt);
    REQUIRE_FALSE(opened.ok());
    return opened.errorText();
}

} // namespace

TEST_CASE("A new file gets the whole schema, WAL and foreign keys", "[storage][migrations]")
{
    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("new.sqlite"));
    const auto opened = Database::openSqlite(path, kAppliedAt);
    REQUIRE(opened.ok());
    CHECK(opened.value()->isNew());
    QSqlDatabase db = opened.value()->connection();
    CHECK(Migrator::currentVersion(db).value() == Migrator::latestVersion());
    for (const char* table : {"schema_migrations", "patients", "audit_log"})
        CHECK(db.tables().contains(QLatin1String(table)));
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
}

TEST_CASE("Opening again applies nothing twice and keeps the data",
          "[storage][migrations][backends]")
{
    test::TestDatabase testDatabase;
    const QString path = testDatabase.location();
    const auto first = Database::open(path, kAppliedAt);
    INFO(first.errorText().toStdString());
    REQUIRE(first.ok());
    CHECK(first.value()->isNew());
    CHECK(first.value()->dialect() == testDatabase.dialect());
    CHECK(Migrator::currentVersion(first.value()->connection()).value() ==
          Migrator::latestVersion());
    const auto again = Database::open(path, kAppliedAt);
    REQUIRE(again.ok());
    CHECK_FALSE(again.value()->isNew());
    QSqlQuery query(again.value()->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == Migrator::latestVersion());
}

TEST_CASE("A database from a newer mmtrack is refused and left untouched", "[storage][migrations]")
{
    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("newer.sqlite"));
    REQUIRE(Database::openSqlite(path, kAppliedAt).ok());
    rawExec(path,
            {QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'future', '2030-01-01')")
                 .arg(Migrator::latestVersion() + 1)});
    const QByteArray before = test::fileHash(path);
    const QString message = refusal(path);
    CHECK(message.contains(QStringLiteral("newer version of mmtrack")));
    CHECK(message.contains(path));
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("A file that is not an SQLite database is refused and left untouched", "[storage][open]")
{
    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("notes.txt"));
    const QByteArray text = "MRN,name\nHO-1,张三\n";
    test::writeFile(path, text);
    CHECK(refusal(path).contains(QStringLiteral("not an SQLite database")));
    CHECK(test::readFile(path) == text);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));

    const QString tiny = scratch.path(QStringLiteral("tiny.sqlite"));
    test::writeFile(tiny, "SQLite");
    CHECK(refusal(tiny).contains(QStringLiteral("not an SQLite database")));
}

TEST_CASE("A damaged database is refused and left untouched", "[storage][open]")
{
    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("damaged.sqlite"));
    {
        const auto opened = Database::openSqlite(path, kAppliedAt);
        REQUIRE(opened.ok());
        QSqlQuery query(opened.value()->connection());
        // Enough rows to fill several pages, so that damage lands inside the tables.
        REQUIRE(query.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
            "INSERT INTO audit_log (at, user_name, action, table_name, row_id, new_values) "
            "SELECT '2026-01-01', 'test', 'insert', 'patients', i, printf('%0500d', i) FROM n")));
    }
    QByteArray bytes = test::readFile(path);
    REQUIRE(bytes.size() > 8 * 4096);
    SECTION("pages overwritten")
    {
        for (qsizetype i = 4096; i < bytes.size(); i += 97)
            bytes[i] = char(0xA5);
    }
    SECTION("file cut short")
    {
        bytes.truncate(bytes.size() / 2);
    }
    test::writeFile(path, bytes);
    const QByteArray before = test::fileHash(path);
    const QString message = refusal(path);
    CHECK((message.contains(QStringLiteral("damaged")) ||
           message.contains(QStringLiteral("cannot be opened"))));
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("An SQLite database of another program is refused and left untouched", "[storage][open]")
{
    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("other.sqlite"));
    rawExec(path, {QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)")});
    const QByteArray before = test::fileHash(path);
    CHECK(refusal(path).contains(QStringLiteral("another program")));
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("Migrations read as portable statements for either dialect", "[storage][migrations]")
{
    REQUIRE_FALSE(Migrator::shipped().isEmpty());
    const storage::Migration& first = Migrator::shipped().first();
    CHECK(first.version == 1);
    const QStringList sqlite = Migrator::statements(first, storage::Dialect::Sqlite);
    const QStringList postgres = Migrator::statements(first, storage::Dialect::PostgreSql);
    CHECK(sqlite.size() == postgres.size());
    CHECK(sqlite.join(QString()).contains(QStringLiteral("INTEGER PRIMARY KEY")));
    CHECK(postgres.join(QString()).contains(QStringLiteral("GENERATED BY DEFAULT AS IDENTITY")));
    for (const QString& statement : sqlite + postgres) {
        CHECK_FALSE(statement.contains(QStringLiteral("{{")));
        CHECK_FALSE(statement.contains(QStringLiteral("AUTOINCREMENT"))); // SQLite only
    }
}

TEST_CASE("A failing migration lands nothing: all migrations apply in one transaction",
          "[storage][migrations][backends]")
{
    test::TestDatabase testDatabase;
    const QString name = QStringLiteral("atomic");
    {
        QSqlDatabase db = testDatabase.openRaw(name);
        QList<storage::Migration> migrations = Migrator::shipped();
        migrations << storage::Migration{
            int(migrations.size()) + 1, QStringLiteral("broken"),
            QStringLiteral("CREATE TABLE fine (id INTEGER);\nCREATE TABLE oops (;")};
        const auto result = Migrator::migrate(db, testDatabase.dialect(), kAppliedAt, migrations);
        CHECK_FALSE(result.ok());
        CHECK(result.errorText().contains(QStringLiteral("broken")));
        CHECK(db.tables().isEmpty());
        CHECK(Migrator::currentVersion(db).value() == 0);
    }
    test::TestDatabase::closeRaw(name);
}

TEST_CASE("Schema 4 keeps every lab result of schema 3, typed and imported, with its bookkeeping",
          "[storage][migrations][backends]")
{
    test::TestDatabase testDatabase;
    const QString name = QStringLiteral("upgrade");
    {
        QSqlDatabase db = testDatabase.openRaw(name);
        REQUIRE(
            Migrator::migrate(db, testDatabase.dialect(), kAppliedAt, Migrator::shipped().mid(0, 3))
                .ok());
        QSqlQuery query(db);
        for (const char* statement :
             {"INSERT INTO patients (id, mrn, name, sex, created_at, created_by, updated_at, "
              "updated_by) VALUES (7, 'HO-1', '王', 'female', 't0', 'nurse', 't0', 'nurse')",
              "INSERT INTO lab_imports (id, file_name, file_sha256, format, created_at, "
              "created_by) VALUES (3, 'lis.csv', 'abc', 'csv', 't1', 'clerk')",
              "INSERT INTO lab_results (id, patient_id, test_key, observed_date, entered_value, "
              "entered_unit, value, flag, source, source_detail, created_at, created_by, "
              "updated_at, updated_by) VALUES (11, 7, 'hemoglobin', '2026-05-02', '83', 'g/L', "
              "'83', 'L', 'typed', 'typed by nurse', 't2', 'nurse', 't3', 'doctor')",
              "INSERT INTO lab_results (id, patient_id, test_key, observed_date, entered_value, "
              "entered_unit, value, flag, source, source_detail, import_id, created_at, "
              "created_by, updated_at, updated_by) VALUES (12, 7, 'globulin', '2026-05-02', "
              "'95', 'g/L', '95', 'H', 'csv', 'lis.csv:2', 3, 't1', 'clerk', 't1', 'clerk')"})
            REQUIRE(query.exec(QString::fromUtf8(statement)));
        REQUIRE(Migrator::migrate(db, testDatabase.dialect(), kAppliedAt).ok());
        CHECK(Migrator::currentVersion(db).value() == Migrator::latestVersion());
        REQUIRE(query.exec(QStringLiteral(
            "SELECT id, test_key, value, flag, source_detail, source_line, import_id, created_by, "
            "updated_by FROM lab_results ORDER BY id")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 11);
        CHECK(query.value(2).toString() == QStringLiteral("83"));
        CHECK(query.value(4).toString() == QStringLiteral("typed by nurse"));
        CHECK(query.value(6).isNull());
        CHECK(query.value(8).toString() == QStringLiteral("doctor"));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 12);
        CHECK(query.value(3).toString() == QStringLiteral("H"));
        CHECK(query.value(4).toString() == QStringLiteral("lis.csv:2"));
        CHECK(query.value(5).isNull());
        CHECK(query.value(6).toInt() == 3);
        CHECK(query.value(7).toString() == QStringLiteral("clerk"));
        CHECK_FALSE(query.next());
        // The series index came back with the table: the same result again is refused.
        CHECK_FALSE(query.exec(QStringLiteral(
            "INSERT INTO lab_results (patient_id, test_key, observed_date, entered_value, "
            "entered_unit, source, source_detail, created_at, created_by) VALUES (7, 'globulin', "
            "'2026-05-02', '95', 'g/L', 'typed', 'x', 't4', 'nurse')")));
        // The next row is numbered after the copied ones (on PostgreSQL the identity sequence
        // was moved past them; the refused row above may have used up a number).
        REQUIRE(query.exec(QStringLiteral(
            "INSERT INTO lab_results (patient_id, test_key, observed_date, entered_value, "
            "entered_unit, source, source_detail, created_at, created_by) VALUES (7, 'globulin', "
            "'2026-05-03', '96', 'g/L', 'typed', 'x', 't4', 'nurse') RETURNING id")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() > 12);
        query.finish();
    }
    test::TestDatabase::closeRaw(name);
}

namespace {

// What a refused open must leave as it was: the tables and the recorded schema versions.
QStringList snapshot(const test::TestDatabase& database)
{
    const QString name = QStringLiteral("snapshot");
    QStringList state;
    {
        QSqlDatabase db = database.openRaw(name);
        state = db.tables();
        state.sort();
        QSqlQuery query(db);
        if (state.contains(QStringLiteral("schema_migrations"))) {
            REQUIRE(query.exec(QStringLiteral("SELECT version, name FROM schema_migrations "
                                              "ORDER BY version")));
            while (query.next())
                state << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString();
        }
    }
    test::TestDatabase::closeRaw(name);
    return state;
}

void rawExec(const test::TestDatabase& database, const QString& statement)
{
    const QString name = QStringLiteral("raw-exec");
    {
        QSqlQuery query(database.openRaw(name));
        INFO(statement.toStdString());
        REQUIRE(query.exec(statement));
    }
    test::TestDatabase::closeRaw(name);
}

} // namespace

TEST_CASE("A newer schema is refused on either engine and nothing is changed",
          "[storage][migrations][backends]")
{
    test::TestDatabase testDatabase;
    REQUIRE(Database::open(testDatabase.location(), kAppliedAt).ok());
    rawExec(testDatabase,
            QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'future', '2030-01-01')")
                .arg(Migrator::latestVersion() + 1));
    const QStringList before = snapshot(testDatabase);
    const auto opened = Database::open(testDatabase.location(), kAppliedAt);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.errorText().contains(QStringLiteral("newer version of mmtrack")));
    CHECK(snapshot(testDatabase) == before);
}

TEST_CASE("Another program's database is refused on either engine and nothing is changed",
          "[storage][open][backends]")
{
    test::TestDatabase testDatabase;
    rawExec(testDatabase,
            QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)"));
    const QStringList before = snapshot(testDatabase);
    const auto opened = Database::open(testDatabase.location(), kAppliedAt);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.errorText().contains(QStringLiteral("another program")));
    CHECK(snapshot(testDatabase) == before);
}

TEST_CASE("PostgreSQL URLs are told from files and shown without their password", "[storage][open]")
{
    CHECK(Database::isPostgresUrl(QStringLiteral("postgresql://ward@db.example/mmtrack")));
    CHECK(Database::isPostgresUrl(QStringLiteral("postgres://ward@db.example/mmtrack")));
    CHECK(Database::isPostgresUrl(QStringLiteral("PostgreSQL://ward@db.example/mmtrack")));
    CHECK_FALSE(Database::isPostgresUrl(QStringLiteral("/home/ward/postgresql.sqlite")));
    CHECK_FALSE(Database::isPostgresUrl(QStringLiteral("ward.sqlite")));

    CHECK(Database::displayLocation(QStringLiteral("postgresql://ward:s3cret@db:5433/mmtrack")) ==
          QStringLiteral("postgresql://ward@db:5433/mmtrack"));
    CHECK(Database::displayLocation(
              QStringLiteral("postgresql:///mmtrack?host=/run/pg&user=ward&password=s3cret")) ==
          QStringLiteral("postgresql:///mmtrack?host=/run/pg&user=ward"));
    // Even a URL that cannot be read loses what may be a password.
    const QString unreadable =
        Database::displayLocation(QStringLiteral("postgresql://ward:s3cret@db:notaport/mmtrack"));
    CHECK_FALSE(unreadable.contains(QStringLiteral("s3cret")));
    CHECK(Database::displayLocation(QStringLiteral("ward.sqlite")) ==
          QStringLiteral("ward.sqlite"));
}

TEST_CASE("A PostgreSQL server that cannot be reached or read is refused with the reason, "
          "never the password",
          "[storage][open]")
{
    // Port 1 of this machine: nothing listens, the connection is refused at once.
    const auto unreachable = Database::open(
        QStringLiteral("postgresql://ward:s3cret@127.0.0.1:1/mmtrack?connect_timeout=3"),
        kAppliedAt);
    REQUIRE_FALSE(unreachable.ok());
    CHECK(unreachable.errorText().contains(QStringLiteral("cannot be opened")));
    CHECK(
        unreachable.errorText().contains(QStringLiteral("postgresql://ward@127.0.0.1:1/mmtrack")));
    CHECK_FALSE(unreachable.errorText().contains(QStringLiteral("s3cret")));

    const auto badPort =
        Database::open(QStringLiteral("postgresql://ward:s3cret@db:notaport/mmtrack"), kAppliedAt);
    REQUIRE_FALSE(badPort.ok());
    CHECK(badPort.errorText().contains(QStringLiteral("cannot be read")));
    CHECK_FALSE(badPort.errorText().contains(QStringLiteral("s3cret")));

    const auto unknown =
        Database::open(QStringLiteral("postgresql://ward@db/mmtrack?colour=blue"), kAppliedAt);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorText().contains(QStringLiteral("colour")));
}

TEST_CASE("Every dialect block of the shipped migrations names a known dialect",
          "[storage][migrations]")
{
    const QRegularExpression marker(QStringLiteral("^--\\s*dialect:\\s*(\\w+)\\s*$"),
                                    QRegularExpression::MultilineOption);
    for (const storage::Migration& migration : Migrator::shipped()) {
        INFO(migration.name.toStdString());
        auto it = marker.globalMatch(migration.sql);
        while (it.hasNext()) {
            const QString dialect = it.next().captured(1);
            CHECK((dialect == QLatin1String("sqlite") || dialect == QLatin1String("postgresql") ||
                   dialect == QLatin1String("all")));
        }
        // Both dialects get statements, and neither gets the other's trigger syntax.
        for (const QString& statement :
             Migrator::statements(migration, storage::Dialect::PostgreSql))
            CHECK_FALSE(statement.contains(QStringLiteral("RAISE(ABORT")));
        for (const QString& statement : Migrator::statements(migration, storage::Dialect::Sqlite))
            CHECK_FALSE(statement.contains(QStringLiteral("plpgsql")));
    }
}
