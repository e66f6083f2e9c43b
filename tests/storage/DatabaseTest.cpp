#include "storage/Database.h"

#include "storage/Migrator.h"
#include "support/TestSupport.h"

#include <QFile>
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

TEST_CASE("Opening again applies nothing twice and keeps the data", "[storage][migrations]")
{
    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("db.sqlite"));
    REQUIRE(Database::openSqlite(path, kAppliedAt).ok());
    const auto again = Database::openSqlite(path, kAppliedAt);
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
          "[storage][migrations]")
{
    test::Scratch scratch;
    const QString name = QStringLiteral("atomic");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(scratch.path(QStringLiteral("atomic.sqlite")));
        REQUIRE(db.open());
        QList<storage::Migration> migrations = Migrator::shipped();
        migrations << storage::Migration{
            int(migrations.size()) + 1, QStringLiteral("broken"),
            QStringLiteral("CREATE TABLE fine (id INTEGER);\nCREATE TABLE oops (;")};
        const auto result = Migrator::migrate(db, storage::Dialect::Sqlite, kAppliedAt, migrations);
        CHECK_FALSE(result.ok());
        CHECK(result.errorText().contains(QStringLiteral("broken")));
        CHECK(db.tables().isEmpty());
        CHECK(Migrator::currentVersion(db).value() == 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("Schema 4 keeps every lab result of schema 3, typed and imported, with its bookkeeping",
          "[storage][migrations]")
{
    test::Scratch scratch;
    const QString name = QStringLiteral("upgrade");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(scratch.path(QStringLiteral("v3.sqlite")));
        REQUIRE(db.open());
        REQUIRE(Migrator::migrate(db, storage::Dialect::Sqlite, kAppliedAt,
                                  Migrator::shipped().mid(0, 3))
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
        REQUIRE(Migrator::migrate(db, storage::Dialect::Sqlite, kAppliedAt).ok());
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
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
