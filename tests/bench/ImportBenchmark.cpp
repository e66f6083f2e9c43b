// Import benchmark (issue: lab results, point 7).
//
//   build/tests/bench/bench_import [ROWS]      (default 1,000,000)
//
// Builds a database holding 10,000 patients and a CSV of ROWS results in the documented
// columns, then measures in the same run:
//   baseline  the sqlite3 shell's `.import` of the same CSV into a bare table
//   mmtrack   LabImporter::importFile: parsing, matching, checking, converting, writing
//   floor     the importer's writer alone, given the rows mmtrack stored already parsed,
//             checked, converted and sorted in the series index's order, writing them into a
//             copy of the database as it was: what writing them costs SQLite
// and prints rows per second and the ratios to the baseline (target for mmtrack: <= 1.5). The
// import runs in a child process so that its peak memory (target: < 200 MB) is its own.
#include "clinical/Clock.h"
#include "common/AppIdentity.h"
#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/LabImportRun.h"
#include "storage/LabImportWriter.h"
#include "workspace/LabImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace mmtrack;

namespace {

constexpr int kPatients = 10000;

void makeDatabase(const QString& path)
{
    clinical::SystemClock clock;
    auto opened = storage::Database::openSqlite(path, QStringLiteral("2026-01-01T00:00:00.000Z"));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorText()));
        std::exit(1);
    }
    QSqlDatabase db = opened.value()->connection();
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO patients (mrn, name, sex, birth_date, created_at, created_by, updated_at, "
        "updated_by) VALUES (?, ?, ?, '1960-01-01', 'now', 'bench', 'now', 'bench')"));
    for (int i = 0; i < kPatients; ++i) {
        query.addBindValue(QStringLiteral("HO-%1").arg(i, 6, 10, QLatin1Char('0')));
        query.addBindValue(QStringLiteral("患者%1").arg(i));
        query.addBindValue(i % 2 ? QStringLiteral("male") : QStringLiteral("female"));
        query.exec();
    }
    db.commit();
}

// A lab system's export: day by day, each day's results for many patients.
void makeCsv(const QString& path, qint64 rows)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QTextStream out(&file);
    out << "mrn,test,value,unit,date\n";
    QRandomGenerator random(20261124);
    const char* tests[][3] = {{"hemoglobin", "g/L", "60"},  {"wbc", "10*9/L", "0"},
                              {"anc", "10*9/L", "0"},       {"platelets", "10*9/L", "5"},
                              {"718-7", "g/L", "70"},       {"creatinine", "umol/L", "40"},
                              {"calcium", "mmol/L", "1.9"}, {"serum_m_protein", "g/L", "0"}};
    const QDate start(2016, 1, 1);
    for (qint64 row = 0; row < rows; ++row) {
        const auto& test = tests[row % 8];
        const int patient = int(random.bounded(kPatients));
        const QDate day = start.addDays(row / 400);
        // Calcium varies by tenths of a unit, the others by up to ten units.
        const double spread = QByteArray(test[0]) == "calcium" ? random.bounded(10) / 10.0
                                                               : random.bounded(100) / 10.0;
        const double value = QByteArray(test[2]).toDouble() + spread;
        out << "HO-" << QStringLiteral("%1").arg(patient, 6, 10, QLatin1Char('0')) << ',' << test[0]
            << ',' << QString::number(value, 'f', 1) << ',' << test[1] << ','
            << day.toString(Qt::ISODate) << '\n';
    }
}

// Runs the sqlite3 shell on `db` with `arguments` (SQL and dot commands); seconds elapsed.
double runSqlite3(const QString& db, const QStringList& arguments)
{
    QProcess sqlite;
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"), QStringList{db} + arguments);
    sqlite.waitForFinished(-1);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (sqlite.exitCode() != 0 || !sqlite.readAllStandardError().isEmpty()) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", sqlite.readAllStandardError().constData());
        std::exit(1);
    }
    return seconds;
}

double baselineSeconds(const QString& csv, const QString& dir)
{
    const QString db = dir + QStringLiteral("/baseline.sqlite");
    runSqlite3(db, {QStringLiteral("PRAGMA journal_mode=WAL;"),
                    QStringLiteral("PRAGMA synchronous=NORMAL;"),
                    QStringLiteral("CREATE TABLE results (mrn TEXT, test TEXT, value TEXT, "
                                   "unit TEXT, date TEXT);")});
    return runSqlite3(db, {QStringLiteral("PRAGMA synchronous=NORMAL;"),
                           QStringLiteral(".import --csv --skip 1 %1 results").arg(csv)});
}

// Runs the import in a child; returns seconds, fills rows imported and peak RSS (KiB).
double mmtrackSeconds(const QString& db, const QString& csv, qint64& imported, long& peakKiB)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        std::exit(1);
    const pid_t child = fork();
    if (child == 0) {
        close(pipeFds[0]);
        clinical::SystemClock clock;
        auto opened = storage::Database::openSqlite(db, QStringLiteral("2026-01-01T00:00:00.000Z"));
        workspace::LabImporter importer(*opened.value(), clock, QStringLiteral("bench"));
        QElapsedTimer timer;
        timer.start();
        const auto report = importer.importFile(csv, {});
        const double seconds = timer.nsecsElapsed() / 1e9;
        const qint64 rows = report.counts.imported;
        if (!report.fatal.isEmpty() || report.counts.rejected > 0)
            std::fprintf(
                stderr, "import: %s (%lld rejected; first: %s)\n", qPrintable(report.fatal),
                static_cast<long long>(report.counts.rejected),
                report.problems.isEmpty() ? "" : qPrintable(report.problems.first().toString()));
        (void)!write(pipeFds[1], &seconds, sizeof seconds);
        (void)!write(pipeFds[1], &rows, sizeof rows);
        _exit(0);
    }
    close(pipeFds[1]);
    double seconds = 0;
    (void)!read(pipeFds[0], &seconds, sizeof seconds);
    (void)!read(pipeFds[0], &imported, sizeof imported);
    int status = 0;
    struct rusage usage {};
    wait4(child, &status, 0, &usage);
    peakKiB = usage.ru_maxrss;
    std::printf("import CPU: user %.2f s, system %.2f s\n",
                usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6,
                usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6);
    return seconds;
}

// The floor under any importer of this schema and engine: the rows mmtrack stored, read back
// from `importedDb` (not timed) into one run in the series index's order, as if they had been
// parsed, checked and sorted at no cost, then written by the importer's own writer (the C API,
// values bound in place, 64 rows a statement, one transaction, foreign keys on) into
// `floorDb`, the database as it was before the import. Timed from begin to commit.
double floorSeconds(const QString& floorDb, const QString& importedDb)
{
    using Run = storage::LabImportRun;
    Run run;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("imported"));
        db.setDatabaseName(importedDb);
        db.open();
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.exec(QStringLiteral(
            "SELECT patient_id, source_line, ref_from_report, test_key, observed_date, "
            "observed_time, entered_value, entered_unit, value, qualitative, ref_low, ref_high, "
            "flag, source, source_detail FROM lab_results ORDER BY patient_id, test_key, "
            "observed_date, observed_time, entered_value, entered_unit"));
        while (query.next()) {
            Run::Row row;
            row.patientId = query.value(0).toLongLong();
            if (!query.isNull(1))
                row.sourceLine = query.value(1).toLongLong();
            row.refFromReport = query.value(2).toInt() == 1;
            std::array<QByteArray, Run::TextCount> utf8;
            for (int text = 0; text < Run::TextCount; ++text) {
                if (query.isNull(3 + text))
                    continue;
                utf8[std::size_t(text)] = query.value(3 + text).toString().toUtf8();
                row.texts[std::size_t(text)] =
                    std::string_view(utf8[std::size_t(text)].constData(),
                                     std::size_t(utf8[std::size_t(text)].size()));
            }
            run.add(row);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("imported"));

    clinical::SystemClock clock;
    auto opened =
        storage::Database::openSqlite(floorDb, QStringLiteral("2026-01-01T00:00:00.000Z"));
    if (!opened)
        std::exit(1);
    storage::LabImportWriter writer(*opened.value(), clock);
    QElapsedTimer timer;
    timer.start();
    auto failed = [](const QString& what) {
        std::fprintf(stderr, "floor: %s\n", qPrintable(what));
        std::exit(1);
    };
    if (const auto begun = writer.begin(
            {QStringLiteral("floor.csv"), QStringLiteral("-"), QStringLiteral("csv"), false},
            QStringLiteral("bench"));
        !begun)
        failed(begun.errorText());
    if (const auto inserted = writer.insert(run); !inserted)
        failed(inserted.errorText());
    if (const auto committed = writer.commit({}); !committed)
        failed(committed.errorText());
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char* argv[])
{
    common::cacheTimeZone();
    QCoreApplication app(argc, argv);
    common::initLogging({QString(), spdlog::level::warn, spdlog::level::warn});
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    // MMTRACK_BENCH_KEEP=1 keeps the database and the CSV, to profile an import of them.
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("MMTRACK_BENCH_KEEP"));
    if (!dir.autoRemove())
        std::printf("files kept in %s\n", qPrintable(dir.path()));
    const QString db = dir.filePath(QStringLiteral("ward.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("results.csv"));
    const QString floorDb = dir.filePath(QStringLiteral("floor.sqlite"));
    std::printf("preparing %d patients and a CSV of %lld rows...\n", kPatients,
                static_cast<long long>(rows));
    makeDatabase(db);
    makeCsv(csv, rows);
    std::printf("CSV size: %.1f MB\n", QFile(csv).size() / 1e6);

    const double baseline = baselineSeconds(csv, dir.path());
    qint64 imported = 0;
    long peakKiB = 0;
    runSqlite3(db, {QStringLiteral("VACUUM INTO '%1'").arg(floorDb)});
    const double ours = mmtrackSeconds(db, csv, imported, peakKiB);
    const double floor = floorSeconds(floorDb, db);
    std::printf("sqlite3 .import (bare table):  %7.2f s  %10.0f rows/s\n", baseline,
                rows / baseline);
    std::printf("mmtrack import (checked):      %7.2f s  %10.0f rows/s  (%lld rows imported)\n",
                ours, rows / ours, static_cast<long long>(imported));
    std::printf("ratio mmtrack / sqlite3:       %7.2f  (target <= 1.5)\n", ours / baseline);
    std::printf("floor: writing the rows alone:  %7.2f s  ratio %.2f (sorted, checked, "
                "converted: the writer only)\n",
                floor, floor / baseline);
    std::printf("peak memory of the import:     %7.1f MB (target < 200 MB)\n", peakKiB / 1024.0);
    return 0;
}
