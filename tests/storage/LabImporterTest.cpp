#include "workspace/LabImporter.h"

#include "storage/AuditLog.h"
#include "support/TestDatabase.h"
#include "support/TestSupport.h"
#include "workspace/Workspace.h"

#include <QSqlQuery>
#include <algorithm>

using namespace mmtrack;
using workspace::LabImporter;

namespace {

struct Ward {
    test::TestDatabase testDatabase;
    clinical::FixedClock clock = test::fixedClock();
    std::unique_ptr<workspace::Workspace> workspace;

    Ward()
    {
        auto opened = workspace::Workspace::open(testDatabase.location(), clock,
                                                 workspace::Workspace::Seed::DemoWhenNew);
        INFO(opened.errorText().toStdString());
        REQUIRE(opened.ok());
        workspace = std::move(opened).value();
    }

    QString file(const char* name, const QByteArray& bytes) const
    {
        const QString path = testDatabase.scratchPath(QLatin1String(name));
        test::writeFile(path, bytes);
        return path;
    }

    workspace::LabImportReport import(const QString& path, bool strict = false)
    {
        LabImporter importer(workspace->database(), clock, QStringLiteral("lab.clerk"));
        workspace::LabImportOptions options;
        options.strict = strict;
        return importer.importFile(path, options);
    }

    qint64 resultCount() const
    {
        QSqlQuery query(workspace->database().connection());
        REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM lab_results")));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }
};

const QByteArray kCsv = "mrn,test,value,unit,date,ref_low,ref_high\n"
                        "TZ-2025-0417,hemoglobin,9.1,g/dL,2026-05-02,13,17.5\n"
                        "TZ-2025-0417,751-8,1.9,10*9/L,2026-05-02,,\n"
                        "TZ-2025-0417,platelets,830,g/L,2026-05-02,,\n"   // wrong unit
                        "NO-SUCH-MRN,hemoglobin,120,g/L,2026-05-02,,\n"   // unknown patient
                        "TZ-2025-0417,hemoglobin,830,g/L,2026-05-03,,\n"  // implausible
                        "TZ-2025-0417,platelets,-3,10*9/L,2026-05-03,,\n" // negative count
                        "TZ-2025-0417,wbc,abc,10*9/L,2026-05-03,,\n"      // text for a number
                        "TZ-2025-0417,wbc,4.1,10*9/L,2099-01-01,,\n"      // future
                        "TZ-2025-0417,wbc,4.1,10*9/L,1980-01-01,,\n"      // before birth
                        "TZ-2025-0417,HGB_LOCAL,120,g/L,2026-05-04,,\n";  // unmapped local code

QStringList places(const workspace::LabImportReport& report)
{
    QStringList list;
    for (const auto& problem : report.problems)
        list << problem.where;
    return list;
}

} // namespace

TEST_CASE("A CSV import keeps the valid rows and names every rejected line with its reason",
          "[import][csv][backends]")
{
    Ward ward;
    const qint64 before = ward.resultCount();
    const auto report = ward.import(ward.file("labs.csv", kCsv));
    INFO(clinical::describe(report.problems).toStdString());
    REQUIRE(report.committed);
    CHECK(report.counts.imported == 2);
    CHECK(report.counts.rejected == 8);
    CHECK(ward.resultCount() == before + 2);
    CHECK(places(report) ==
          QStringList({QStringLiteral("labs.csv:4"), QStringLiteral("labs.csv:5"),
                       QStringLiteral("labs.csv:6"), QStringLiteral("labs.csv:7"),
                       QStringLiteral("labs.csv:8"), QStringLiteral("labs.csv:9"),
                       QStringLiteral("labs.csv:10"), QStringLiteral("labs.csv:11")}));
    CHECK(report.problems[0].message.contains(QStringLiteral("not a unit")));
    CHECK(report.problems[1].message.contains(QStringLiteral("NO-SUCH-MRN")));
    CHECK(report.problems[2].message.contains(QStringLiteral("not a possible")));
    CHECK(report.problems[5].message.contains(QStringLiteral("future")));
    CHECK(report.problems[6].message.contains(QStringLiteral("birth")));
    CHECK(report.unmappedCodes == QSet<QString>{QStringLiteral("HGB_LOCAL")});

    // The printed range (13-17.5 g/dL) was kept, converted, and decided the flag.
    const auto patient = ward.workspace->patients().byMrn(QStringLiteral("TZ-2025-0417")).value();
    const auto hb =
        ward.workspace->labResults().series(patient.id, QStringLiteral("hemoglobin")).value();
    const auto imported = std::find_if(hb.cbegin(), hb.cend(),
                                       [](const auto& r) { return r.date == QDate(2026, 5, 2); });
    REQUIRE(imported != hb.cend());
    CHECK(imported->value->toString() == QStringLiteral("91"));
    CHECK(imported->refLow->toString() == QStringLiteral("130"));
    CHECK(imported->refFromReport);
    CHECK(imported->flag == clinical::LabFlag::Low);
    CHECK(imported->source == clinical::LabSource::Csv);
    CHECK(imported->sourceDetail == QStringLiteral("labs.csv:2"));
}

TEST_CASE("Importing the same file again adds nothing", "[import][csv][backends]")
{
    Ward ward;
    const QString path = ward.file("labs.csv", kCsv);
    REQUIRE(ward.import(path).counts.imported == 2);
    const qint64 count = ward.resultCount();
    const auto again = ward.import(path);
    CHECK(again.counts.imported == 0);
    CHECK(again.counts.duplicate == 2);
    CHECK(ward.resultCount() == count);
}

TEST_CASE("A mapped local code imports once the mapping exists", "[import][csv][backends]")
{
    Ward ward;
    REQUIRE(ward.workspace->labCodes()
                .set(QStringLiteral("HGB_LOCAL"), QStringLiteral("hemoglobin"), {},
                     QStringLiteral("admin"))
                .ok());
    const auto report = ward.import(ward.file("labs.csv", kCsv));
    CHECK(report.counts.imported == 3);
    CHECK(report.unmappedCodes.isEmpty());
}

TEST_CASE("Strict mode commits nothing when anything is rejected", "[import][csv][backends]")
{
    Ward ward;
    const qint64 before = ward.resultCount();
    const auto report = ward.import(ward.file("labs.csv", kCsv), true);
    CHECK_FALSE(report.committed);
    CHECK(report.counts.rejected == 8);
    CHECK(ward.resultCount() == before);
}

TEST_CASE("An HL7 batch imports by LOINC, with its message numbers in every rejection",
          "[import][hl7][backends]")
{
    Ward ward;
    const QByteArray hl7 = "MSH|^~\\&|LIS|TZH|MMTRACK|HEM|20260502093000||ORU^R01|MSG0001|P|2.5\r"
                           "PID|1||TZ-2025-0417^^^TZH^MR||张^某某||19890301|M\r"
                           "OBR|1|||CBC^Blood count|||20260502080000\r"
                           "OBX|1|NM|718-7^Hemoglobin^LN||92|g/L|130-175|L|||F\r"
                           "OBX|2|NM|777-3^Platelets^LN||15|10*9/L|125-350|LL|||F\r"
                           "OBX|3|NM|751-8^Neutrophils^LN||0.4|10*9/L|1.8-6.3|LL|||P\r"
                           "MSH|^~\\&|LIS|TZH|MMTRACK|HEM|20260503093000||ORU^R01|MSG0002|P|2.5\r"
                           "PID|1||UNKNOWN-1^^^TZH^MR||王^五\r"
                           "OBR|1|||CBC|||20260503080000\r"
                           "OBX|1|NM|718-7^Hemoglobin^LN||120|g/L|||N|||F\r";
    const auto report = ward.import(ward.file("batch.hl7", hl7));
    INFO(clinical::describe(report.problems).toStdString());
    REQUIRE(report.committed);
    CHECK(report.counts.imported == 2);
    CHECK(report.counts.rejected == 2);
    REQUIRE(report.problems.size() == 2);
    CHECK(report.problems[0].where.contains(QStringLiteral("MSG0001")));
    CHECK(report.problems[0].message.contains(QStringLiteral("not final")));
    CHECK(report.problems[1].where.contains(QStringLiteral("MSG0002")));
    CHECK(report.problems[1].message.contains(QStringLiteral("UNKNOWN-1")));
    const auto patient = ward.workspace->patients().byMrn(QStringLiteral("TZ-2025-0417")).value();
    const auto platelets =
        ward.workspace->labResults().series(patient.id, QStringLiteral("platelets")).value();
    const auto fromHl7 = std::find_if(platelets.cbegin(), platelets.cend(), [](const auto& r) {
        return r.source == clinical::LabSource::Hl7;
    });
    REQUIRE(fromHl7 != platelets.cend());
    CHECK(fromHl7->date == QDate(2026, 5, 2));
    CHECK(fromHl7->time == QTime(8, 0));
    CHECK(fromHl7->flag == clinical::LabFlag::CriticalLow);
}

TEST_CASE("Truncated files and garbage are reported — nothing is half-written",
          "[import][hostile][backends]")
{
    Ward ward;
    const qint64 before = ward.resultCount();
    QByteArray garbage(64 * 1024, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 2654435761u) >> 13);
    const auto fromGarbage = ward.import(ward.file("garbage.csv", garbage));
    CHECK((fromGarbage.counts.imported == 0));
    const auto truncated = ward.import(ward.file("cut.csv", kCsv.left(kCsv.size() / 2)));
    CHECK(truncated.counts.imported <= 2);
    const auto missing = ward.import(ward.testDatabase.scratchPath(QStringLiteral("absent.csv")));
    CHECK_FALSE(missing.fatal.isEmpty());
    CHECK(ward.resultCount() <= before + 2);
}

TEST_CASE("A cancelled import commits nothing", "[import][cancel][backends]")
{
    Ward ward;
    const qint64 before = ward.resultCount();
    std::atomic<bool> cancel{true};
    LabImporter importer(ward.workspace->database(), ward.clock, QStringLiteral("u"));
    LabImporter::Callbacks callbacks;
    callbacks.cancel = &cancel;
    const auto report = importer.importFile(ward.file("labs.csv", kCsv), {}, callbacks);
    CHECK(report.cancelled);
    CHECK_FALSE(report.committed);
    CHECK(ward.resultCount() == before);
}

TEST_CASE("The demo patient carries the published and illustrative labs",
          "[import][demo][backends]")
{
    Ward ward;
    const auto patient = ward.workspace->patients().byMrn(QStringLiteral("TZ-2025-0417")).value();
    const auto hb =
        ward.workspace->labResults().series(patient.id, QStringLiteral("hemoglobin")).value();
    REQUIRE_FALSE(hb.isEmpty());
    CHECK(hb.first().value->toString() == QStringLiteral("83"));
    CHECK(hb.first().flag == clinical::LabFlag::Low);
    const auto globulin =
        ward.workspace->labResults().series(patient.id, QStringLiteral("globulin")).value();
    REQUIRE(globulin.size() == 1);
    CHECK(globulin.first().value->toString() == QStringLiteral("95"));
    CHECK(globulin.first().flag == clinical::LabFlag::High);
    // Neutrophils reach 0.5 on day +9 after the first transplant (2025-11-12), not before.
    const auto anc = ward.workspace->labResults().series(patient.id, QStringLiteral("anc")).value();
    auto ancOn = [&](QDate day) {
        for (const auto& r : anc)
            if (r.date == day)
                return r.value->toDouble();
        return -1.0;
    };
    CHECK(ancOn(QDate(2025, 11, 11)) < 0.5);
    CHECK(ancOn(QDate(2025, 11, 12)) >= 0.5);
    CHECK(ancOn(QDate(2026, 3, 24)) < 0.5);
    CHECK(ancOn(QDate(2026, 3, 25)) >= 0.5);
}

TEST_CASE("A file larger than one batch: every row counted once, problems in file order, "
          "duplicates found across batches",
          "[import][csv][batches][backends]")
{
    Ward ward;
    const qint64 before = ward.resultCount();
    // 70,000 distinct hemoglobin results (every 997th unreadable), then the first 20,000 again.
    auto line = [](int i) -> QByteArray {
        const QDate day = QDate(2019, 1, 1).addDays(i / 1000);
        const QByteArray value =
            i % 997 == 0 ? QByteArray("abc") : QByteArray::number(60 + (i % 1000) / 10.0, 'f', 1);
        return "TZ-2025-0417,hemoglobin," + value + ",g/L," + day.toString(Qt::ISODate).toLatin1() +
               "\n";
    };
    QByteArray csv = "mrn,test,value,unit,date\n";
    for (int i = 0; i < 70000; ++i)
        csv += line(i);
    for (int i = 0; i < 20000; ++i)
        csv += line(i);
    const auto report = ward.import(ward.file("big.csv", csv));
    REQUIRE(report.committed);
    CHECK(report.counts.read == 90000);
    CHECK(report.counts.rejected == 71 + 21);
    CHECK(report.counts.imported == 70000 - 71);
    CHECK(report.counts.duplicate == 20000 - 21);
    CHECK(ward.resultCount() == before + 70000 - 71);
    REQUIRE(report.problems.size() == 92);
    QList<int> lines;
    for (const auto& problem : report.problems)
        lines << problem.where.section(QLatin1Char(':'), 1).toInt();
    CHECK(std::is_sorted(lines.cbegin(), lines.cend()));
    CHECK(lines.first() == 2);    // i = 0
    CHECK(lines.last() == 89942); // the repeat of i = 19940
    CHECK(report.problems.first().where == QStringLiteral("big.csv:2"));

    // Each row still says where it came from and who imported it.
    const auto patient = ward.workspace->patients().byMrn(QStringLiteral("TZ-2025-0417")).value();
    const auto hb =
        ward.workspace->labResults().series(patient.id, QStringLiteral("hemoglobin")).value();
    const auto row = std::find_if(hb.cbegin(), hb.cend(), [](const auto& r) {
        return r.date == QDate(2019, 2, 3) && r.enteredValue == QStringLiteral("72.3");
    });
    REQUIRE(row != hb.cend()); // i = 33123: day 33, value 60 + 123/10
    CHECK(row->sourceDetail == QStringLiteral("big.csv:33125"));
    CHECK(row->createdBy == QStringLiteral("lab.clerk"));
    CHECK(row->updatedBy == QStringLiteral("lab.clerk"));
    CHECK(row->createdAt == ward.clock.nowUtc());
}

TEST_CASE("An imported row stores only its own values: when, who and which file live in its import",
          "[import][csv][backends]")
{
    Ward ward;
    REQUIRE(ward.import(ward.file("labs.csv", kCsv)).committed);
    QSqlQuery query(ward.workspace->database().connection());
    REQUIRE(query.exec(QStringLiteral(
        "SELECT r.created_at, r.created_by, r.updated_at, r.source_detail, r.source_line, "
        "i.file_name, i.created_by FROM lab_results r JOIN lab_imports i ON i.id = r.import_id "
        "WHERE i.file_name = 'labs.csv' ORDER BY r.source_line")));
    REQUIRE(query.next());
    for (int column = 0; column < 4; ++column)
        CHECK(query.value(column).isNull());
    CHECK(query.value(4).toInt() == 2);
    CHECK(query.value(6).toString() == QStringLiteral("lab.clerk"));
    REQUIRE(query.next());
    CHECK(query.value(4).toInt() == 3);
    CHECK_FALSE(query.next());
}
