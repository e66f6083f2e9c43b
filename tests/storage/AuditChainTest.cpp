#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "support/TestDatabase.h"
#include "support/TestSupport.h"
#include "workspace/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace mmtrack;
using storage::AuditBreak;
using storage::AuditLog;

namespace {

const QString kAppliedAt = QStringLiteral("2026-11-24T10:00:00.000Z");

// The demo ward: a new database seeded with the demo case, then closed.
QString seededWard(const test::TestDatabase& database)
{
    const clinical::FixedClock clock = test::fixedClock();
    const auto opened = workspace::Workspace::open(database.location(), clock,
                                                   workspace::Workspace::Seed::DemoWhenNew);
    INFO(opened.errorText().toStdString());
    REQUIRE(opened.ok());
    return database.location();
}

// A connection of its own to the database, as another program would have: it runs SQL that
// mmtrack never runs, and is closed before returning.
void outsideEdit(const test::TestDatabase& database, const QStringList& statements)
{
    const QString name = QStringLiteral("outside-edit");
    {
        QSqlDatabase db = database.openRaw(name);
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
            REQUIRE(query.exec(statement));
        }
    }
    test::TestDatabase::closeRaw(name);
}

// What another program runs to switch an append-only trigger off.
QString dropTrigger(const test::TestDatabase& database, const char* trigger)
{
    return QStringLiteral("DROP TRIGGER ") + QLatin1String(trigger) +
           (database.isPostgres() ? QStringLiteral(" ON audit_log") : QString());
}

storage::AuditVerification verifyFile(const QString& path)
{
    auto opened = storage::Database::open(path, kAppliedAt);
    REQUIRE(opened.ok());
    const auto result = AuditLog::verify(opened.value()->connection());
    REQUIRE(result.ok());
    return result.value();
}

qint64 rowCount(const QString& path)
{
    auto opened = storage::Database::open(path, kAppliedAt);
    REQUIRE(opened.ok());
    QSqlQuery query(opened.value()->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("Every write of the demo seeding is sealed into one intact chain",
          "[storage][audit][backends]")
{
    test::TestDatabase testDatabase;
    const QString path = seededWard(testDatabase);
    const storage::AuditVerification verification = verifyFile(path);
    CHECK(verification.intact());
    CHECK(verification.rows > 20);
    CHECK(verification.rows == rowCount(path));

    auto opened = storage::Database::open(path, kAppliedAt);
    REQUIRE(opened.ok());
    const auto rows = AuditLog::query(opened.value()->connection(), {});
    REQUIRE(rows.ok());
    QString previous = QString::fromLatin1(AuditLog::kGenesis);
    for (const storage::AuditRecord& record : rows.value()) {
        CHECK(record.hash.size() == 64);
        CHECK(record.prevHash == previous);
        previous = record.hash;
        // Each of the demo patient's rows names the patient (there is one, id 1).
        if (record.entry.table != QLatin1String("lab_imports") &&
            record.entry.table != QLatin1String("lab_code_map")) {
            INFO(record.entry.table.toStdString());
            CHECK(record.patientId == std::optional<qint64>(1));
        }
    }
}

TEST_CASE("The database refuses UPDATE and DELETE of audit rows", "[storage][audit][backends]")
{
    test::TestDatabase testDatabase;
    const QString path = seededWard(testDatabase);
    auto opened = storage::Database::open(path, kAppliedAt);
    REQUIRE(opened.ok());
    std::unique_ptr<storage::Database> database = std::move(opened).value();
    QSqlQuery query(database->connection());
    CHECK_FALSE(
        query.exec(QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id = 2")));
    CHECK(query.lastError().databaseText().contains(QStringLiteral("append-only")));
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE audit_log SET hash = NULL WHERE id = 2")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
    CHECK(query.lastError().databaseText().contains(QStringLiteral("append-only")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log")));
    if (testDatabase.isPostgres()) { // TRUNCATE skips row triggers; a statement trigger refuses it
        CHECK_FALSE(query.exec(QStringLiteral("TRUNCATE audit_log")));
        CHECK(query.lastError().databaseText().contains(QStringLiteral("append-only")));
    }
    query = QSqlQuery();
    database.reset();
    CHECK(verifyFile(path).intact());
}

TEST_CASE("An outside edit of a row's values or user is named by verify",
          "[storage][audit][backends]")
{
    test::TestDatabase testDatabase;
    const QString path = seededWard(testDatabase);
    const qint64 rows = rowCount(path);
    const qint64 middle = rows / 2;

    SECTION("new values")
    {
        outsideEdit(testDatabase, {dropTrigger(testDatabase, "audit_log_no_update"),
                                   QStringLiteral("UPDATE audit_log SET new_values = "
                                                  "'{\"value\":\"99\"}' WHERE id = %1")
                                       .arg(middle)});
    }
    SECTION("old values")
    {
        outsideEdit(
            testDatabase,
            {dropTrigger(testDatabase, "audit_log_no_update"),
             QStringLiteral("UPDATE audit_log SET old_values = '{}' WHERE id = %1").arg(middle)});
    }
    SECTION("user")
    {
        outsideEdit(testDatabase,
                    {dropTrigger(testDatabase, "audit_log_no_update"),
                     QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id = %1")
                         .arg(middle)});
    }
    const storage::AuditVerification verification = verifyFile(path);
    REQUIRE_FALSE(verification.intact());
    CHECK(verification.broken->id == middle);
    CHECK(verification.broken->kind == AuditBreak::Kind::HashMismatch);
    CHECK(verification.rows == rows);
    CHECK(AuditLog::describe(*verification.broken).contains(QString::number(middle)));
}

TEST_CASE("An audit row deleted from the middle of the log is detected",
          "[storage][audit][backends]")
{
    test::TestDatabase testDatabase;
    const QString path = seededWard(testDatabase);
    const qint64 middle = rowCount(path) / 2;
    outsideEdit(testDatabase, {dropTrigger(testDatabase, "audit_log_no_delete"),
                               QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(middle)});
    const storage::AuditVerification verification = verifyFile(path);
    REQUIRE_FALSE(verification.intact());
    CHECK(verification.broken->id == middle + 1);
    CHECK(verification.broken->previousId == middle - 1);
    CHECK(verification.broken->kind == AuditBreak::Kind::Gap);
}

TEST_CASE("A changed link and a row added outside mmtrack are detected",
          "[storage][audit][backends]")
{
    test::TestDatabase testDatabase;
    const QString path = seededWard(testDatabase);
    const qint64 rows = rowCount(path);

    SECTION("prev_hash rewritten")
    {
        outsideEdit(testDatabase,
                    {dropTrigger(testDatabase, "audit_log_no_update"),
                     QStringLiteral("UPDATE audit_log SET prev_hash = '%1' WHERE id = 5")
                         .arg(QString(64, QLatin1Char('a')))});
        const storage::AuditVerification verification = verifyFile(path);
        REQUIRE_FALSE(verification.intact());
        CHECK(verification.broken->id == 5);
        CHECK(verification.broken->kind == AuditBreak::Kind::LinkMismatch);
    }
    SECTION("an unsealed row appended, which opening does not seal")
    {
        outsideEdit(testDatabase,
                    {QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, table_name, "
                                    "row_id) VALUES (%1, '2026-01-01T00:00:00.000Z', 'mallory', "
                                    "'delete', 'patients', 1)")
                         .arg(rows + 1)});
        const storage::AuditVerification verification = verifyFile(path);
        REQUIRE_FALSE(verification.intact());
        CHECK(verification.broken->id == rows + 1);
        CHECK(verification.broken->kind == AuditBreak::Kind::Unsealed);
    }
}

TEST_CASE("Audit rows written before schema 6 are sealed and given their patient on upgrade",
          "[storage][audit][migrations][backends]")
{
    test::TestDatabase testDatabase;
    const QString path = testDatabase.location();
    const QString name = QStringLiteral("schema-5");
    {
        QSqlDatabase db = testDatabase.openRaw(name);
        REQUIRE(storage::Migrator::migrate(db, testDatabase.dialect(), kAppliedAt,
                                           storage::Migrator::shipped().mid(0, 5))
                    .ok());
        QSqlQuery query(db);
        for (const char* statement :
             {"INSERT INTO patients (id, mrn, name, sex, created_at, created_by, updated_at, "
              "updated_by) VALUES (7, 'OLD-1', 'Old Patient', 'female', 'x', 'u', 'x', 'u')",
              "INSERT INTO audit_log (at, user_name, action, table_name, row_id, new_values) "
              "VALUES ('2025-01-01T08:00:00.000Z', 'dr.wang', 'insert', 'patients', 7, '{}')",
              "INSERT INTO audit_log (at, user_name, action, table_name, row_id, new_values) "
              "VALUES ('2025-01-02T08:00:00.000Z', 'dr.wang', 'insert', 'lab_imports', 1, '{}')",
              "INSERT INTO audit_log (at, user_name, action, table_name, row_id, old_values, "
              "reason) VALUES ('2025-01-03T08:00:00.000Z', 'nurse.li', 'delete', 'patients', 7, "
              "'{}', 'duplicate')"}) {
            INFO(statement);
            REQUIRE(query.exec(QLatin1String(statement)));
        }
    }
    test::TestDatabase::closeRaw(name);

    const storage::AuditVerification verification = verifyFile(path);
    CHECK(verification.intact());
    CHECK(verification.rows == 3);
    auto opened = storage::Database::open(path, kAppliedAt);
    REQUIRE(opened.ok());
    const auto rows = AuditLog::query(opened.value()->connection(), {});
    REQUIRE(rows.ok());
    REQUIRE(rows.value().size() == 3);
    CHECK(rows.value()[0].patientId == std::optional<qint64>(7));
    CHECK_FALSE(rows.value()[1].patientId.has_value());
    CHECK(rows.value()[2].entry.reason == QStringLiteral("duplicate"));
    CHECK(rows.value()[0].prevHash == QString::fromLatin1(AuditLog::kGenesis));
}

TEST_CASE("Audit rows filter by patient, user and days", "[storage][audit][backends]")
{
    test::TestDatabase testDatabase;
    const QString path = testDatabase.location();
    clinical::FixedClock clock = test::fixedClock();
    auto opened = workspace::Workspace::open(path, clock, workspace::Workspace::Seed::DemoWhenNew);
    REQUIRE(opened.ok());
    workspace::Workspace& ward = *opened.value();
    clinical::Patient patient;
    patient.mrn = QStringLiteral("AUD-1");
    patient.name = QStringLiteral("Audit Test");
    patient.sex = clinical::Sex::Male;
    const auto added = ward.patients().add(patient, QStringLiteral("dr.audit"));
    REQUIRE(added.ok());

    const QSqlDatabase db = ward.database().connection();
    storage::AuditFilter byPatient;
    byPatient.patientId = added.value().id;
    const auto own = AuditLog::query(db, byPatient);
    REQUIRE(own.ok());
    REQUIRE(own.value().size() == 1);
    CHECK(own.value().first().entry.user == QStringLiteral("dr.audit"));

    storage::AuditFilter byUser;
    byUser.user = QStringLiteral("dr.audit");
    CHECK(AuditLog::query(db, byUser).value().size() == 1);

    storage::AuditFilter today;
    today.from = QDate(2026, 11, 24);
    today.to = QDate(2026, 11, 24);
    const auto all = AuditLog::query(db, {});
    CHECK(AuditLog::query(db, today).value().size() == all.value().size());
    storage::AuditFilter before;
    before.to = QDate(2026, 11, 23);
    CHECK(AuditLog::query(db, before).value().isEmpty());
    CHECK(AuditLog::verify(db).value().intact());
}

TEST_CASE("A trigger in a migration is kept as one statement", "[storage][migrations]")
{
    const storage::Migration& chain = storage::Migrator::shipped().at(5);
    CHECK(chain.name == QStringLiteral("audit_chain"));
    int triggers = 0;
    for (const QString& statement :
         storage::Migrator::statements(chain, storage::Dialect::Sqlite)) {
        if (statement.startsWith(QStringLiteral("CREATE TRIGGER"))) {
            ++triggers;
            CHECK(statement.endsWith(QStringLiteral("END")));
            CHECK(statement.contains(QStringLiteral("RAISE(ABORT")));
        }
    }
    CHECK(triggers == 2);
}

TEST_CASE("On PostgreSQL the append-only rule is one PL/pgSQL function and three triggers",
          "[storage][migrations]")
{
    const storage::Migration& chain = storage::Migrator::shipped().at(5);
    const QStringList statements =
        storage::Migrator::statements(chain, storage::Dialect::PostgreSql);
    int functions = 0;
    int triggers = 0;
    for (const QString& statement : statements) {
        INFO(statement.toStdString());
        CHECK_FALSE(statement.contains(QStringLiteral("RAISE(ABORT"))); // SQLite's block left out
        if (statement.startsWith(QStringLiteral("CREATE FUNCTION"))) {
            ++functions;
            // The body's own semicolons stay inside the one statement.
            CHECK(statement.endsWith(QStringLiteral("$$")));
            CHECK(statement.count(QLatin1Char(';')) >= 4);
            CHECK(statement.contains(QStringLiteral("RAISE EXCEPTION 'audit_log is append-only'")));
        }
        if (statement.startsWith(QStringLiteral("CREATE TRIGGER"))) {
            ++triggers;
            CHECK(statement.endsWith(QStringLiteral("EXECUTE FUNCTION audit_log_append_only()")));
        }
    }
    CHECK(functions == 1);
    CHECK(triggers == 3);
    // The portable part is the same for both.
    CHECK(statements.first() ==
          storage::Migrator::statements(chain, storage::Dialect::Sqlite).first());
}
