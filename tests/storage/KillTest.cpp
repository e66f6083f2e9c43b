// Nothing lost: the real mmtrack-cli is killed (SIGKILL) at random moments of an import, and
// the database must hold all of the import or none of it. Also: writers in two processes at
// once, a backup taken while another process writes, and the maintenance commands' exits.
#include "storage/Backup.h"
#include "support/TestSupport.h"
#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <iostream>

using namespace mmtrack;

namespace {

const QString kCli = QStringLiteral(MMTRACK_CLI);
const QString kMrn = QStringLiteral("TZ-2025-0417");

// `rows` distinct, valid results of one test for the demo patient, four a day from 2010.
QByteArray labCsv(const char* test, const char* unit, const char* value, int rows)
{
    QByteArray csv = "mrn,test,value,unit,date,time\n";
    const QDate first(2010, 1, 1);
    for (int i = 0; i < rows; ++i)
        csv += kMrn.toLatin1() + ',' + test + ',' + value + ',' + unit + ',' +
               first.addDays(i / 4).toString(Qt::ISODate).toLatin1() + ',' +
               QByteArray::number(10 + i % 4) + ":00\n";
    return csv;
}

struct Counts {
    qint64 results = 0;
    qint64 imports = 0;
    qint64 importAudits = 0;
    bool operator==(const Counts&) const = default;
};

// Opens the file as the next program would (WAL recovery included) and reads it.
class Inspection {
public:
    explicit Inspection(const QString& path) : m_name(QStringLiteral("inspect-%1").arg(++s_serial))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~Inspection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Inspection(const Inspection&) = delete;
    Inspection& operator=(const Inspection&) = delete;

    QStringList column(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
        QStringList rows;
        while (query.next())
            rows << query.value(0).toString();
        return rows;
    }
    qint64 number(const QString& sql) const { return column(sql).value(0).toLongLong(); }
    Counts counts() const
    {
        return {number(QStringLiteral("SELECT COUNT(*) FROM lab_results")),
                number(QStringLiteral("SELECT COUNT(*) FROM lab_imports")),
                number(QStringLiteral(
                    "SELECT COUNT(*) FROM audit_log WHERE table_name = 'lab_imports'"))};
    }
    bool sound() const
    {
        return column(QStringLiteral("PRAGMA integrity_check")) ==
                   QStringList{QStringLiteral("ok")} &&
               column(QStringLiteral("PRAGMA foreign_key_check")).isEmpty();
    }

private:
    static inline int s_serial = 0;
    QString m_name;
};

// True when some connection holds the write lock right now (a write transaction is open).
bool writeLockHeld(const QString& path)
{
    const QString name = QStringLiteral("probe");
    bool held = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (db.open()) {
            QSqlQuery query(db);
            held = !query.exec(QStringLiteral("BEGIN IMMEDIATE"));
            if (!held)
                query.exec(QStringLiteral("ROLLBACK"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return held;
}

void copyDatabase(const QString& from, const QString& to)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(to + QLatin1String(suffix));
    REQUIRE(QFile::copy(from, to));
}

// A demo database, closed (so it is one file), to copy for each run.
QString demoTemplate(const test::Scratch& scratch)
{
    const QString path = scratch.path(QStringLiteral("template.sqlite"));
    const auto clock = test::fixedClock();
    auto opened = workspace::Workspace::open(path, clock, workspace::Workspace::Seed::DemoWhenNew);
    REQUIRE(opened.ok());
    // Its administrator, whom every mmtrack-cli run of these tests signs in as.
    const QString password = QStringLiteral("kill-test-password");
    REQUIRE(
        opened.value()
            ->accounts()
            .createFirstAdmin({QStringLiteral("admin"), QString(), storage::Role::Admin, password})
            .ok());
    qputenv("MMTRACK_USER", "admin");
    qputenv("MMTRACK_PASSWORD", password.toUtf8());
    return path;
}

int runCli(const QStringList& arguments, QString* output = nullptr)
{
    QProcess process;
    process.start(kCli, arguments);
    REQUIRE(process.waitForFinished(60000));
    if (output)
        *output =
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitCode();
}

} // namespace

TEST_CASE("SIGKILL during an import leaves all of it or none of it", "[kill]")
{
    test::Scratch scratch;
    const QString base = demoTemplate(scratch);
    const QString db = scratch.path(QStringLiteral("run.sqlite"));
    const QString csv = scratch.path(QStringLiteral("labs.csv"));
    constexpr int kRows = 20000;
    test::writeFile(csv, labCsv("hemoglobin", "g/dL", "11.2", kRows));
    Counts before;
    {
        Inspection inspection(base);
        before = inspection.counts();
    }
    const Counts complete{before.results + kRows, before.imports + 1, before.importAudits + 1};

    // One run to the end: what a finished import leaves, and how long a run takes.
    copyDatabase(base, db);
    QElapsedTimer timer;
    timer.start();
    QString output;
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), csv}, &output) == 0);
    const qint64 typical = std::max<qint64>(timer.elapsed(), 50);
    {
        Inspection inspection(db);
        REQUIRE(inspection.sound());
        REQUIRE(inspection.counts() == complete);
    }

    constexpr int kRuns = 40;
    int finished = 0, killedBeforeWriting = 0, killedMidWrite = 0, killedAfterCommit = 0;
    QRandomGenerator random(QRandomGenerator::global()->generate());
    for (int run = 0; run < kRuns; ++run) {
        copyDatabase(base, db);
        QProcess child;
        child.start(kCli, {QStringLiteral("--db"), db, QStringLiteral("import"), csv});
        REQUIRE(child.waitForStarted());
        const auto delay = static_cast<int>(random.bounded(typical * 11 / 10 + 1));
        bool midWrite = false;
        if (!child.waitForFinished(delay)) {
            midWrite = writeLockHeld(db);
            child.kill(); // SIGKILL
            REQUIRE(child.waitForFinished(10000));
        }
        const bool killed = child.exitStatus() == QProcess::CrashExit;
        Inspection inspection(db);
        INFO("run " << run << ", killed after " << delay << " ms");
        REQUIRE(inspection.sound());
        const Counts after = inspection.counts();
        const bool whole = after == complete;
        const bool none = after == before;
        INFO("results " << after.results << ", imports " << after.imports << ", audit rows "
                        << after.importAudits);
        REQUIRE((whole || none));
        if (!killed) {
            CHECK(whole);
            ++finished;
        } else if (whole) {
            ++killedAfterCommit;
        } else if (midWrite) {
            ++killedMidWrite;
        } else {
            ++killedBeforeWriting;
        }
    }
    std::cout << "kill test: " << kRuns << " runs of a " << kRows << "-row import (typical run "
              << typical << " ms): " << killedMidWrite
              << " killed inside the write transaction (nothing kept), " << killedBeforeWriting
              << " killed before it began (nothing kept), " << killedAfterCommit
              << " killed after the commit (all kept), " << finished << " finished first"
              << std::endl;
    CHECK(killedMidWrite + killedBeforeWriting + killedAfterCommit > 0);
}

TEST_CASE("Two processes writing at once neither corrupt the file nor lose a write",
          "[concurrency]")
{
    test::Scratch scratch;
    const QString db = scratch.path(QStringLiteral("ward.sqlite"));
    copyDatabase(demoTemplate(scratch), db);
    const QString first = scratch.path(QStringLiteral("first.csv"));
    const QString second = scratch.path(QStringLiteral("second.csv"));
    test::writeFile(first, labCsv("hemoglobin", "g/dL", "10.9", 5000));
    test::writeFile(second, labCsv("wbc", "10*9/L", "4.1", 5000));
    Counts before;
    {
        Inspection inspection(db);
        before = inspection.counts();
    }

    QProcess a, b, c;
    a.start(kCli, {QStringLiteral("--db"), db, QStringLiteral("import"), first});
    b.start(kCli, {QStringLiteral("--db"), db, QStringLiteral("import"), second});
    c.start(kCli, {QStringLiteral("--db"), db, QStringLiteral("patient"), QStringLiteral("edit"),
                   kMrn, QStringLiteral("--notes"), QStringLiteral("edited meanwhile")});
    // Meanwhile, backups of the file being written: each one is whole.
    int backups = 0;
    while (a.state() != QProcess::NotRunning || b.state() != QProcess::NotRunning) {
        const QString copy = scratch.path(QStringLiteral("copy-%1.sqlite").arg(backups++));
        const clinical::Status saved = storage::Backup::saveFile(db, copy);
        INFO(saved.errorText().toStdString());
        REQUIRE(saved.ok());
        Inspection inspection(copy);
        CHECK(inspection.sound());
        const Counts counts = inspection.counts();
        CHECK((counts.results - before.results) % 5000 == 0);
        CHECK(counts.importAudits - before.importAudits == counts.imports - before.imports);
        // QProcess learns that a child ended only while waiting for it.
        a.waitForFinished(20);
        b.waitForFinished(20);
        if (backups >= 100)
            break;
    }
    for (QProcess* process : {&a, &b, &c}) {
        if (process->state() != QProcess::NotRunning)
            REQUIRE(process->waitForFinished(60000));
        INFO(QString::fromUtf8(process->readAllStandardError()).toStdString());
        CHECK(process->exitStatus() == QProcess::NormalExit);
        CHECK(process->exitCode() == 0);
    }
    Inspection inspection(db);
    CHECK(inspection.sound());
    CHECK(inspection.counts() ==
          Counts{before.results + 10000, before.imports + 2, before.importAudits + 2});
    CHECK(inspection.column(
              QStringLiteral("SELECT notes FROM patients WHERE mrn = '%1'").arg(kMrn)) ==
          QStringList{QStringLiteral("edited meanwhile")});
    std::cout << "concurrency test: " << backups << " backups taken during two imports"
              << std::endl;
}

TEST_CASE("The maintenance commands back up, check and restore with their exit statuses", "[cli]")
{
    test::Scratch scratch;
    const QString db = scratch.path(QStringLiteral("ward.sqlite"));
    copyDatabase(demoTemplate(scratch), db);
    const QString backup = scratch.path(QStringLiteral("backup.sqlite"));
    QString output;
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--to"),
                    backup},
                   &output) == 0);
    CHECK(QFileInfo::exists(backup));
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("check")}, &output) == 0);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("backup")}, &output) == 2);

    const QString text = scratch.path(QStringLiteral("notes.txt"));
    test::writeFile(text, "plain text");
    const QByteArray hash = test::fileHash(db);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("restore"), QStringLiteral("--from"),
                  text},
                 &output) == 2);
    CHECK(output.contains(QLatin1String("not an SQLite database")));
    CHECK(test::fileHash(db) == hash);
    CHECK(runCli({QStringLiteral("--db"), text, QStringLiteral("check")}, &output) == 2);

    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("restore"), QStringLiteral("--from"),
                    backup},
                   &output) == 0);
    CHECK(output.contains(QLatin1String("before-restore-")));

    {
        Inspection raw(db);
        raw.column(QStringLiteral("PRAGMA foreign_keys = OFF"));
        raw.column(
            QStringLiteral("CREATE TEMP TABLE orphan AS SELECT * FROM pathway_events LIMIT 1"));
        raw.column(QStringLiteral("UPDATE orphan SET patient_id = 987654, id = (SELECT MAX(id) + "
                                  "1 FROM pathway_events)"));
        raw.column(QStringLiteral("INSERT INTO pathway_events SELECT * FROM orphan"));
    }
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("check")}, &output) == 1);
    CHECK(output.contains(QLatin1String("pathway_events")));
}
