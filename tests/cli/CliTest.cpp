#include "CliRunner.h"
#include "support/TestSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mmtrack;
using test::Cli;
using test::Run;

namespace {

QStringList addArgs(const QString& db, const QString& mrn, const QString& name)
{
    return {QStringLiteral("--db"),          db,
            QStringLiteral("patient"),       QStringLiteral("add"),
            QStringLiteral("--mrn"),         mrn,
            QStringLiteral("--name"),        name,
            QStringLiteral("--sex"),         QStringLiteral("female"),
            QStringLiteral("--birth-date"),  QStringLiteral("1962-11"),
            QStringLiteral("--heavy-chain"), QStringLiteral("IgG"),
            QStringLiteral("--light-chain"), QStringLiteral("kappa")};
}

} // namespace

TEST_CASE("cli: patients are added, shown as JSON and found by part of a Chinese name", "[cli]")
{
    Cli cli;
    const Run added = cli(addArgs(cli.db(), QStringLiteral("HO-7"), QStringLiteral("司马秀英")));
    INFO(added.err.toStdString());
    REQUIRE(added.status == 0);
    REQUIRE(cli(addArgs(cli.db(), QStringLiteral("HO-8"), QStringLiteral("张伟"))).status == 0);

    const Run shown =
        cli({QStringLiteral("--db"), cli.db(), QStringLiteral("patient"), QStringLiteral("show"),
             QStringLiteral("HO-7"), QStringLiteral("--json")});
    REQUIRE(shown.status == 0);
    const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("name")).toString() == QStringLiteral("司马秀英"));
    CHECK(json.value(QStringLiteral("birth_date")).toString() == QStringLiteral("1962-11"));
    CHECK(json.value(QStringLiteral("heavy_chain")).toString() == QStringLiteral("IgG"));
    CHECK(json.value(QStringLiteral("created_by")).toString() == QStringLiteral("nurse.li"));

    const Run found =
        cli({QStringLiteral("--db"), cli.db(), QStringLiteral("patients"),
             QStringLiteral("--search"), QStringLiteral("秀"), QStringLiteral("--json")});
    REQUIRE(found.status == 0);
    const QJsonArray list = QJsonDocument::fromJson(found.out.toUtf8()).array();
    REQUIRE(list.size() == 1);
    CHECK(list[0].toObject().value(QStringLiteral("mrn")).toString() == QStringLiteral("HO-7"));

    const Run table = cli({QStringLiteral("--db"), cli.db(), QStringLiteral("patients")});
    CHECK(table.out.contains(QStringLiteral("司马秀英")));
    CHECK(table.out.contains(QStringLiteral("张伟")));
}

TEST_CASE("cli: bad input exits with status 2, says why on stderr, and writes nothing", "[cli]")
{
    Cli cli;
    REQUIRE(cli(addArgs(cli.db(), QStringLiteral("HO-1"), QStringLiteral("李娜"))).status == 0);
    const QByteArray before = test::dataHash(cli.db());

    const Run duplicate = cli(addArgs(cli.db(), QStringLiteral("HO-1"), QStringLiteral("王芳")));
    CHECK(duplicate.status == 2);
    CHECK(duplicate.err.contains(QStringLiteral("--mrn")));
    CHECK(duplicate.err.contains(QStringLiteral("HO-1")));

    QStringList future = addArgs(cli.db(), QStringLiteral("HO-2"), QStringLiteral("王芳"));
    future << QStringLiteral("--diagnosis-date") << QStringLiteral("2999-01-01");
    const Run futureRun = cli(future);
    CHECK(futureRun.status == 2);
    CHECK(futureRun.err.contains(QStringLiteral("--diagnosis-date")));

    QStringList notADate = addArgs(cli.db(), QStringLiteral("HO-3"), QStringLiteral("王芳"));
    notADate[notADate.indexOf(QStringLiteral("1962-11"))] = QStringLiteral("11/1962");
    CHECK(cli(notADate).err.contains(QStringLiteral("not a date")));

    QStringList unknownSex = addArgs(cli.db(), QStringLiteral("HO-4"), QStringLiteral("王芳"));
    unknownSex[unknownSex.indexOf(QStringLiteral("female"))] = QStringLiteral("x");
    const Run sexRun = cli(unknownSex);
    CHECK(sexRun.status == 2);
    CHECK(sexRun.err.contains(QStringLiteral("--sex")));

    const Run empty =
        cli({QStringLiteral("--db"), cli.db(), QStringLiteral("patient"), QStringLiteral("add"),
             QStringLiteral("--mrn"), QString(), QStringLiteral("--name"), QStringLiteral("王芳"),
             QStringLiteral("--sex"), QStringLiteral("female")});
    CHECK(empty.status == 2);
    CHECK(empty.err.contains(QStringLiteral("MRN")));

    const Run misspelt = cli({QStringLiteral("--db"), cli.db(), QStringLiteral("patients"),
                              QStringLiteral("--serch"), QStringLiteral("x")});
    CHECK(misspelt.status == 2);
    CHECK(misspelt.err.contains(QStringLiteral("--serch")));

    const Run missing = cli({QStringLiteral("--db"), cli.db(), QStringLiteral("patient"),
                             QStringLiteral("show"), QStringLiteral("NOPE")});
    CHECK(missing.status == 2);
    CHECK(missing.err.contains(QStringLiteral("NOPE")));

    CHECK(test::dataHash(cli.db()) == before);
    const Run list = cli(
        {QStringLiteral("--db"), cli.db(), QStringLiteral("patients"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().size() == 1);
}

TEST_CASE("cli: a file that is not a database is refused and left untouched", "[cli]")
{
    Cli cli;
    const QString path = cli.path(QStringLiteral("results.csv"));
    test::writeFile(path, "mrn,test,value\nHO-1,hemoglobin,83\n");
    const Run run = cli({QStringLiteral("--db"), path, QStringLiteral("patients")});
    CHECK(run.status == 2);
    CHECK(run.err.contains(QStringLiteral("not an SQLite database")));
    CHECK(test::readFile(path) == QByteArray("mrn,test,value\nHO-1,hemoglobin,83\n"));
}

TEST_CASE("cli: without --db the default database is created with the demo patient", "[cli]")
{
    Cli cli;
    const Run run = cli({QStringLiteral("patients"), QStringLiteral("--json")});
    REQUIRE(run.status == 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(list.size() == 1);
    CHECK(list[0].toObject().value(QStringLiteral("mrn")).toString() ==
          QStringLiteral("TZ-2025-0417"));
    CHECK(QFile::exists(cli.path(QStringLiteral("data/mmtrack/mmtrack/mmtrack.sqlite"))));
}

TEST_CASE("cli: messages follow a Chinese locale", "[cli][i18n]")
{
    Cli cli;
    REQUIRE(cli(addArgs(cli.db(), QStringLiteral("HO-1"), QStringLiteral("李娜"))).status == 0);
    const Run run = cli(addArgs(cli.db(), QStringLiteral("HO-1"), QStringLiteral("李娜")),
                        QStringLiteral("zh_CN.UTF-8"));
    CHECK(run.status == 2);
    CHECK(run.err.contains(QStringLiteral("病历号")));
}

TEST_CASE("cli: nothing of a patient is logged at info level", "[cli][logging]")
{
    Cli cli;
    REQUIRE(cli(addArgs(cli.db(), QStringLiteral("HO-55"), QStringLiteral("诸葛亮"))).status == 0);
    const QByteArray log =
        test::readFile(cli.path(QStringLiteral("data/mmtrack/mmtrack/logs/mmtrack.log")));
    CHECK(log.contains("patient 1 added"));
    CHECK_FALSE(log.contains("HO-55"));
    CHECK_FALSE(log.contains("诸葛亮"));
}

TEST_CASE("cli: import lists rejected lines and exits 0, 1 or 2 as the issue says", "[cli][import]")
{
    Cli cli;
    REQUIRE(cli(addArgs(cli.db(), QStringLiteral("HO-1"), QStringLiteral("李娜"))).status == 0);
    const QString good = cli.path(QStringLiteral("good.csv"));
    test::writeFile(good,
                    "\xEF\xBB\xBFmrn;test;value;unit;date\nHO-1;hemoglobin;101;g/L;2026-01-05\n"
                    "HO-1;\"platelets\";\"45\";10*9/L;2026-01-05\n");
    const QString mixed = cli.path(QStringLiteral("mixed.csv"));
    test::writeFile(mixed, "mrn,test,value,unit,date\nHO-1,anc,0.3,10*9/"
                           "L,2026-01-06\nHO-1,anc,lots,10*9/L,2026-01-07\n");
    const QString bad = cli.path(QStringLiteral("bad.csv"));
    test::writeFile(bad, "mrn,test,value,unit,date\nHO-404,anc,0.3,10*9/L,2026-01-06\n");

    const Run first = cli({QStringLiteral("--db"), cli.db(), QStringLiteral("import"), good});
    INFO(first.err.toStdString());
    CHECK(first.status == 0);
    CHECK(first.out.contains(QStringLiteral("2 imported")));
    const Run again = cli({QStringLiteral("--db"), cli.db(), QStringLiteral("import"), good});
    CHECK(again.status == 0);
    CHECK(again.out.contains(QStringLiteral("0 imported, 2 already stored")));

    const Run strict = cli({QStringLiteral("--db"), cli.db(), QStringLiteral("import"), mixed,
                            QStringLiteral("--strict")});
    CHECK(strict.status == 2);
    CHECK(strict.err.contains(QStringLiteral("mixed.csv:3")));
    const Run some = cli({QStringLiteral("--db"), cli.db(), QStringLiteral("import"), mixed});
    CHECK(some.status == 1);
    CHECK(some.err.contains(QStringLiteral("mixed.csv:3")));
    const Run none = cli({QStringLiteral("--db"), cli.db(), QStringLiteral("import"), bad});
    CHECK(none.status == 2);
    CHECK(none.err.contains(QStringLiteral("HO-404")));

    const Run results = cli({QStringLiteral("--db"), cli.db(), QStringLiteral("results"),
                             QStringLiteral("HO-1"), QStringLiteral("--json")});
    const QJsonArray list = QJsonDocument::fromJson(results.out.toUtf8()).array();
    CHECK(list.size() == 3);
}

TEST_CASE("cli: local lab codes are mapped from the command line", "[cli][import]")
{
    Cli cli;
    REQUIRE(cli(addArgs(cli.db(), QStringLiteral("HO-1"), QStringLiteral("李娜"))).status == 0);
    const QString file = cli.path(QStringLiteral("local.csv"));
    test::writeFile(file, "mrn,code,value,unit,date\nHO-1,XHB01,101,g/L,2026-01-05\n");
    const Run unmapped = cli({QStringLiteral("--db"), cli.db(), QStringLiteral("import"), file});
    CHECK(unmapped.status == 2);
    CHECK(unmapped.out.contains(QStringLiteral("XHB01")));
    REQUIRE(cli({QStringLiteral("--db"), cli.db(), QStringLiteral("lab-codes"),
                 QStringLiteral("set"), QStringLiteral("XHB01"), QStringLiteral("hemoglobin")})
                .status == 0);
    CHECK(cli({QStringLiteral("--db"), cli.db(), QStringLiteral("import"), file}).status == 0);
    CHECK(
        cli({QStringLiteral("--db"), cli.db(), QStringLiteral("lab-codes"), QStringLiteral("list")})
            .out.contains(QStringLiteral("XHB01")));
}

TEST_CASE("cli: evaluate prints the demo case's assessment as the article reports it",
          "[cli][assessment]")
{
    Cli cli;
    const Run run = cli({QStringLiteral("evaluate"), QStringLiteral(MMTRACK_DEMO_CASE)});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    const QJsonObject a = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(a.value(QStringLiteral("patient")).toObject().value(QStringLiteral("mrn")).toString() ==
          QStringLiteral("TZ-2025-0417"));
    CHECK(a.value(QStringLiteral("risk")).toObject().value(QStringLiteral("high_risk")).toBool());
    CHECK(a.value(QStringLiteral("risk")).toObject().value(QStringLiteral("criteria")).toArray() ==
          QJsonArray{2});
    QHash<QString, QString> category;
    QHash<QString, QString> confirmed;
    for (const QJsonValue& r : a.value(QStringLiteral("responses")).toArray()) {
        category[r[QStringLiteral("date")].toString()] = r[QStringLiteral("category")].toString();
        confirmed[r[QStringLiteral("date")].toString()] =
            r[QStringLiteral("confirmed_category")].toString();
    }
    CHECK(confirmed.value(QStringLiteral("2025-08-19")) == QStringLiteral("VGPR")); // after cycle 4
    CHECK(confirmed.value(QStringLiteral("2025-10-28")) ==
          QStringLiteral("sCR")); // before the first transplant
    CHECK(category.value(QStringLiteral("2026-02-11")) == QStringLiteral("sCR")); // day +100
    CHECK(a.value(QStringLiteral("best_confirmed_response")).toString() == QStringLiteral("sCR"));
    const QJsonArray transplants = a.value(QStringLiteral("transplants")).toArray();
    REQUIRE(transplants.size() == 2);
    CHECK(transplants[0][QStringLiteral("neutrophil_engraftment")][QStringLiteral("day")].toInt() ==
          9);
    CHECK(transplants[0][QStringLiteral("neutrophil_engraftment")][QStringLiteral("date")]
              .toString() == QStringLiteral("2025-11-12"));
    CHECK(transplants[1][QStringLiteral("neutrophil_engraftment")][QStringLiteral("day")].toInt() ==
          8);
    const QJsonObject tandem = a.value(QStringLiteral("tandem")).toObject();
    CHECK(tandem.value(QStringLiteral("interval_days")).toInt() == 134);
    CHECK(tandem.value(QStringLiteral("within_6_months")).toBool());
    CHECK(a.value(QStringLiteral("collection"))
              .toObject()
              .value(QStringLiteral("meets_minimum"))
              .toBool());
}

TEST_CASE("cli: assess gives the stored demo patient the same assessment", "[cli][assessment]")
{
    Cli cli;
    const Run evaluated = cli({QStringLiteral("evaluate"), QStringLiteral(MMTRACK_DEMO_CASE)});
    const Run assessed = cli({QStringLiteral("assess"), QStringLiteral("TZ-2025-0417")});
    INFO(assessed.err.toStdString());
    REQUIRE(assessed.status == 0);
    QJsonObject a = QJsonDocument::fromJson(assessed.out.toUtf8()).object();
    QJsonObject e = QJsonDocument::fromJson(evaluated.out.toUtf8()).object();
    for (const char* key : {"responses", "best_confirmed_response", "transplants", "tandem", "risk",
                            "staging", "diagnosis", "collection", "phases"}) {
        INFO(key);
        CHECK(a.value(QLatin1String(key)) == e.value(QLatin1String(key)));
    }
}

TEST_CASE("cli: evaluate refuses a case it cannot read with the JSON path", "[cli][assessment]")
{
    Cli cli;
    const QString path = cli.path(QStringLiteral("bad.json"));
    test::writeFile(
        path,
        R"({"format":"mmtrack-case","version":1,"patient":{"mrn":"A","name":"X","sex":"robot"}})");
    const Run run = cli({QStringLiteral("evaluate"), path});
    CHECK(run.status == 2);
    CHECK(run.err.contains(QStringLiteral("patient.sex")));
    CHECK(cli({QStringLiteral("evaluate"), cli.path(QStringLiteral("missing.json"))}).status == 2);
}

TEST_CASE("cli: export-case and import round-trip a patient without loss", "[cli][case]")
{
    Cli cli;
    const QString exported = cli.path(QStringLiteral("demo.json"));
    const Run out = cli({QStringLiteral("export-case"), QStringLiteral("TZ-2025-0417"),
                         QStringLiteral("-o"), exported});
    INFO(out.err.toStdString());
    REQUIRE(out.status == 0);
    const QString other = cli.path(QStringLiteral("other.sqlite"));
    const Run in = cli({QStringLiteral("--db"), other, QStringLiteral("import"), exported});
    INFO(in.err.toStdString());
    REQUIRE(in.status == 0);
    // Everything comes back: the same case file, the same results, the same assessment.
    const QString again = cli.path(QStringLiteral("again.json"));
    REQUIRE(cli({QStringLiteral("--db"), other, QStringLiteral("export-case"),
                 QStringLiteral("TZ-2025-0417"), QStringLiteral("--output"), again})
                .status == 0);
    CHECK(test::readFile(again) == test::readFile(exported));
    const Run first = cli({QStringLiteral("assess"), QStringLiteral("TZ-2025-0417")});
    const Run second = cli(
        {QStringLiteral("--db"), other, QStringLiteral("assess"), QStringLiteral("TZ-2025-0417")});
    CHECK(first.out == second.out);
    // A second import of the same patient is refused and writes nothing.
    const QByteArray before = test::fileHash(other);
    const Run twice = cli({QStringLiteral("--db"), other, QStringLiteral("import"), exported});
    CHECK(twice.status == 2);
    CHECK(twice.err.contains(QStringLiteral("patient.mrn")));
}

TEST_CASE("cli: a case file with a bad observation imports nothing", "[cli][case]")
{
    Cli cli;
    const QString path = cli.path(QStringLiteral("bad-case.json"));
    test::writeFile(
        path,
        R"({"format":"mmtrack-case","version":1,"patient":{"mrn":"NEW-1","name":"王","sex":"male"},)"
        R"("observations":[{"test":"hemoglobin","value":90,"unit":"g/L","date":"2025-01-02"},)"
        R"({"test":"hemoglobin","value":830,"unit":"g/L","date":"2025-01-03"}]})");
    const Run run = cli({QStringLiteral("--db"), cli.db(), QStringLiteral("import"), path});
    CHECK(run.status == 2);
    CHECK(run.err.contains(QStringLiteral("observations[1].value")));
    CHECK(cli({QStringLiteral("--db"), cli.db(), QStringLiteral("patient"), QStringLiteral("show"),
               QStringLiteral("NEW-1")})
              .status == 2);
}

TEST_CASE("cli: the response rule set is selectable", "[cli][assessment]")
{
    Cli cli;
    const Run run = cli({QStringLiteral("evaluate"), QStringLiteral(MMTRACK_DEMO_CASE),
                         QStringLiteral("--rules"), QStringLiteral("IMWG-2006")});
    REQUIRE(run.status == 0);
    const QJsonObject a = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(a.value(QStringLiteral("rule_sets"))
              .toObject()
              .value(QStringLiteral("response"))
              .toString() == QStringLiteral("IMWG-2006"));
    CHECK(a.value(QStringLiteral("best_confirmed_response")).toString() == QStringLiteral("sCR"));
    const Run bad = cli({QStringLiteral("evaluate"), QStringLiteral(MMTRACK_DEMO_CASE),
                         QStringLiteral("--rules"), QStringLiteral("IMWG-2030")});
    CHECK(bad.status == 2);
    CHECK(bad.err.contains(QStringLiteral("--rules")));
}
