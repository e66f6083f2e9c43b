// Backup, check, restore and rotation of whole database files, and two workstations editing
// one patient (optimistic locking through row_version).
#include "storage/Backup.h"

#include "storage/Migrator.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace mmtrack;
using storage::Backup;

namespace {

const QString kMrn = QStringLiteral("TZ-2025-0417");

std::unique_ptr<workspace::Workspace> openWorkspace(const QString& path,
                                                    const clinical::Clock& clock, bool demo = false)
{
    auto opened = workspace::Workspace::open(path, clock,
                                             demo ? workspace::Workspace::Seed::DemoWhenNew
                                                  : workspace::Workspace::Seed::Nothing);
    INFO(opened.errorText().toStdString());
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

qint64 count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QStringList mrns(workspace::Workspace& workspace)
{
    QStringList list;
    for (const auto& patient : workspace.patients().search({QString(), true}).value())
        list << patient.mrn;
    list.sort();
    return list;
}

// A raw connection of the test's own, for writes the program would never make.
class RawConnection {
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(reinterpret_cast<quintptr>(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    void exec(const QString& sql) const
    {
        QSqlQuery query(db());
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
    }

private:
    QString m_name;
};

const QDateTime kNow(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

} // namespace

TEST_CASE("A backup of the demo database opens and holds the same patients and results", "[backup]")
{
    test::Scratch scratch;
    const auto clock = test::fixedClock();
    const QString copy = scratch.path(QStringLiteral("copy.sqlite"));
    QStringList patients;
    qint64 results = 0;
    {
        auto ward = openWorkspace(scratch.path(QStringLiteral("ward.sqlite")), clock, true);
        patients = mrns(*ward);
        results = count(ward->database().connection(),
                        QStringLiteral("SELECT COUNT(*) FROM lab_results"));
        REQUIRE(results > 0);
        const clinical::Status saved = Backup::save(ward->database().connection(), copy);
        INFO(saved.errorText().toStdString());
        REQUIRE(saved.ok());
    }
    CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral("-wal"))); // one self-contained file
    CHECK(QDir(scratch.path(QString()))
              .entryList({QStringLiteral("*partial*")}, QDir::Files)
              .isEmpty());
    const auto report = Backup::check(copy);
    REQUIRE(report.ok());
    CHECK(report.value().clean());
    auto restored = openWorkspace(copy, clock);
    CHECK(mrns(*restored) == patients);
    CHECK(count(restored->database().connection(),
                QStringLiteral("SELECT COUNT(*) FROM lab_results")) == results);
}

TEST_CASE("A backup taken while another connection writes holds only committed work", "[backup]")
{
    test::Scratch scratch;
    const auto clock = test::fixedClock();
    const QString path = scratch.path(QStringLiteral("ward.sqlite"));
    auto reader = openWorkspace(path, clock, true);
    auto writer = openWorkspace(path, clock);
    const qint64 before =
        count(reader->database().connection(), QStringLiteral("SELECT COUNT(*) FROM lab_code_map"));
    {
        storage::Transaction open(writer->database().connection());
        REQUIRE(open.began());
        QSqlQuery insert(writer->database().connection());
        for (int i = 0; i < 200; ++i)
            REQUIRE(
                insert.exec(QStringLiteral("INSERT INTO lab_code_map (code, test_key, created_at, "
                                           "created_by, updated_at, updated_by) VALUES ('L%1', "
                                           "'hemoglobin', '2026-11-24T10:00:00Z', 'w', "
                                           "'2026-11-24T10:00:00Z', 'w')")
                                .arg(i)));
        // The writer is in the middle of its transaction: the backup sees the last commit.
        REQUIRE(Backup::save(reader->database().connection(),
                             scratch.path(QStringLiteral("mid.sqlite")))
                    .ok());
        REQUIRE(open.commit());
    }
    REQUIRE(
        Backup::save(reader->database().connection(), scratch.path(QStringLiteral("after.sqlite")))
            .ok());
    RawConnection mid(scratch.path(QStringLiteral("mid.sqlite")));
    RawConnection after(scratch.path(QStringLiteral("after.sqlite")));
    CHECK(count(mid.db(), QStringLiteral("SELECT COUNT(*) FROM lab_code_map")) == before);
    CHECK(count(after.db(), QStringLiteral("SELECT COUNT(*) FROM lab_code_map")) == before + 200);
}

TEST_CASE("Restore refuses a file that is not an mmtrack database it can open, and changes nothing",
          "[restore]")
{
    test::Scratch scratch;
    const auto clock = test::fixedClock();
    const QString current = scratch.path(QStringLiteral("ward.sqlite"));
    openWorkspace(current, clock, true).reset();
    const QByteArray hash = test::fileHash(current);

    const QString text = scratch.path(QStringLiteral("notes.txt"));
    test::writeFile(text, "not a database\n");
    const QString foreign = scratch.path(QStringLiteral("foreign.sqlite"));
    RawConnection(foreign).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"));
    const QString empty = scratch.path(QStringLiteral("empty.sqlite"));
    RawConnection(empty).exec(QStringLiteral("PRAGMA user_version = 1"));
    const QString newer = scratch.path(QStringLiteral("newer.sqlite"));
    REQUIRE(QFile::copy(current, newer));
    RawConnection(newer).exec(
        QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (%1, "
                       "'future', '2030-01-01T00:00:00Z')")
            .arg(storage::Migrator::latestVersion() + 1));

    const std::pair<QString, const char*> cases[] = {
        {text, "not an SQLite database"},
        {foreign, "another program"},
        {empty, "no mmtrack data"},
        {newer, "newer version of mmtrack"},
        {scratch.path(QStringLiteral("missing.sqlite")), "no such file"},
        {current, "the database itself"},
    };
    for (const auto& [from, reason] : cases) {
        const auto restored = Backup::restore(from, current, kNow);
        INFO(from.toStdString());
        REQUIRE_FALSE(restored.ok());
        CHECK(restored.errorText().contains(QLatin1String(reason), Qt::CaseInsensitive));
        CHECK(test::fileHash(current) == hash);
    }
    CHECK(QDir(scratch.path(QString())).entryList({QStringLiteral("*before-restore*")}).isEmpty());
}

TEST_CASE("Restore is refused while another connection has the database open", "[restore]")
{
    test::Scratch scratch;
    const auto clock = test::fixedClock();
    const QString current = scratch.path(QStringLiteral("ward.sqlite"));
    const QString backup = scratch.path(QStringLiteral("backup.sqlite"));
    auto ward = openWorkspace(current, clock, true);
    REQUIRE(Backup::save(ward->database().connection(), backup).ok());
    const auto restored = Backup::restore(backup, current, kNow);
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.errorText().contains(QLatin1String("close it there first")));
    CHECK(mrns(*ward).contains(kMrn)); // still open and working
}

TEST_CASE("A good restore brings the backup back and keeps the previous file beside it",
          "[restore]")
{
    test::Scratch scratch;
    const auto clock = test::fixedClock();
    const QString current = scratch.path(QStringLiteral("ward.sqlite"));
    const QString backup = scratch.path(QStringLiteral("backup.sqlite"));
    {
        auto ward = openWorkspace(current, clock, true);
        REQUIRE(Backup::save(ward->database().connection(), backup).ok());
        clinical::Patient added;
        added.mrn = QStringLiteral("TZ-2026-0001");
        added.name = QStringLiteral("Added After");
        added.sex = clinical::Sex::Female;
        const auto stored = ward->patients().add(added, QStringLiteral("nurse"));
        INFO(stored.errorText().toStdString());
        REQUIRE(stored.ok());
    }
    const auto restored = Backup::restore(backup, current, kNow);
    INFO(restored.errorText().toStdString());
    REQUIRE(restored.ok());
    const QString kept = restored.value();
    CHECK(kept == current + QStringLiteral(".before-restore-20261124-100000"));
    {
        auto ward = openWorkspace(current, clock);
        CHECK_FALSE(mrns(*ward).contains(QStringLiteral("TZ-2026-0001")));
        CHECK(mrns(*ward).contains(kMrn));
    }
    auto previous = openWorkspace(kept, clock);
    CHECK(mrns(*previous).contains(QStringLiteral("TZ-2026-0001")));
    // A second restore at the same second does not overwrite the first kept file.
    const auto again = Backup::restore(backup, current, kNow);
    REQUIRE(again.ok());
    CHECK(again.value() != kept);
}

TEST_CASE("Check reports a foreign-key violation written by a raw connection", "[check]")
{
    test::Scratch scratch;
    const auto clock = test::fixedClock();
    const QString path = scratch.path(QStringLiteral("ward.sqlite"));
    openWorkspace(path, clock, true).reset();
    {
        const auto clean = Backup::check(path);
        REQUIRE(clean.ok());
        CHECK(clean.value().clean());
    }
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        raw.exec(
            QStringLiteral("CREATE TEMP TABLE orphan AS SELECT * FROM pathway_events LIMIT 1"));
        raw.exec(QStringLiteral("UPDATE orphan SET patient_id = 987654, id = (SELECT MAX(id) + 1 "
                                "FROM pathway_events)"));
        raw.exec(QStringLiteral("INSERT INTO pathway_events SELECT * FROM orphan"));
    }
    const auto report = Backup::check(path);
    REQUIRE(report.ok());
    REQUIRE_FALSE(report.value().clean());
    CHECK(report.value().integrity.isEmpty());
    REQUIRE(report.value().foreignKeys.size() == 1);
    CHECK(report.value().foreignKeys.front().contains(QLatin1String("pathway_events")));
    CHECK(report.value().foreignKeys.front().contains(QLatin1String("patients")));

    const QString text = scratch.path(QStringLiteral("notes.txt"));
    test::writeFile(text, "hello");
    CHECK_FALSE(Backup::check(text).ok());
    CHECK_FALSE(Backup::check(scratch.path(QStringLiteral("missing.sqlite"))).ok());
}

TEST_CASE("Rotation writes dated backups and keeps the newest N", "[backup][rotate]")
{
    test::Scratch scratch;
    const auto clock = test::fixedClock();
    auto ward = openWorkspace(scratch.path(QStringLiteral("ward.sqlite")), clock, true);
    const QString dir = scratch.path(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(dir));
    test::writeFile(QDir(dir).filePath(QStringLiteral("keep-me.txt")), "unrelated");
    QStringList written;
    for (int i = 0; i < 5; ++i) {
        const auto rotated = Backup::rotate(ward->database().connection(), dir, 3, kNow.addDays(i));
        INFO(rotated.errorText().toStdString());
        REQUIRE(rotated.ok());
        written << QFileInfo(rotated.value()).fileName();
    }
    CHECK(written.front() == QStringLiteral("mmtrack-20261124-100000.sqlite"));
    const QStringList left =
        QDir(dir).entryList({QStringLiteral("mmtrack-*.sqlite")}, QDir::Files, QDir::Name);
    CHECK(left == written.mid(2));
    CHECK(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("keep-me.txt"))));
}

TEST_CASE("Two workstations on one file: a stale edit is refused and nothing is lost", "[locking]")
{
    test::Scratch scratch;
    const auto clock = test::fixedClock();
    const QString path = scratch.path(QStringLiteral("ward.sqlite"));
    auto first = openWorkspace(path, clock, true);
    auto second = openWorkspace(path, clock);
    {
        QSqlQuery timeout(second->database().connection());
        REQUIRE(timeout.exec(QStringLiteral("PRAGMA busy_timeout")));
        REQUIRE(timeout.next());
        CHECK(timeout.value(0).toInt() >= 5000);
    }

    clinical::Patient a = first->patients().byMrn(kMrn).value();
    clinical::Patient b = second->patients().byMrn(kMrn).value();
    REQUIRE(a.rowVersion == b.rowVersion);
    a.notes = QStringLiteral("first workstation");
    const auto savedA = first->patients().update(a, QStringLiteral("dr.a"));
    REQUIRE(savedA.ok());

    b.weightKg = 71.5;
    const auto savedB = second->patients().update(b, QStringLiteral("dr.b"));
    REQUIRE_FALSE(savedB.ok());
    CHECK(savedB.errorText().contains(QLatin1String("reloaded")));

    // Reloaded, the second workstation sees the first one's edit and makes its own again.
    clinical::Patient reloaded = second->patients().byMrn(kMrn).value();
    CHECK(reloaded.notes == QStringLiteral("first workstation"));
    reloaded.weightKg = 71.5;
    REQUIRE(second->patients().update(reloaded, QStringLiteral("dr.b")).ok());
    const clinical::Patient final = first->patients().byMrn(kMrn).value();
    CHECK(final.notes == QStringLiteral("first workstation"));
    REQUIRE(final.weightKg);
    CHECK(*final.weightKg == 71.5);
    CHECK(final.rowVersion == a.rowVersion + 2);
}
