#include "CliRunner.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mmtrack;
using test::Cli;
using test::Run;

TEST_CASE("cli: plan templates lists the shipped protocols", "[cli][plan]")
{
    Cli cli;
    const Run run = cli({QStringLiteral("plan"), QStringLiteral("templates")});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    CHECK(run.out.contains(QStringLiteral("vrd-tandem-asct")));
    CHECK(run.out.contains(QStringLiteral("vrd-single-asct")));
}

TEST_CASE("cli: plan show gives the demo patient's planned steps, matched events and alerts",
          "[cli][plan]")
{
    Cli cli; // no --db: the default database, seeded with the demo patient and its plan
    const Run run = cli({QStringLiteral("plan"), QStringLiteral("show"),
                         QStringLiteral("TZ-2025-0417"), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("template")).toString() == QStringLiteral("vrd-tandem-asct"));
    QHash<QString, QString> recorded;
    for (const QJsonValue step : json.value(QStringLiteral("steps")).toArray())
        recorded.insert(step[QStringLiteral("key")].toString(),
                        step[QStringLiteral("recorded")].toString());
    CHECK(recorded.value(QStringLiteral("asct-1")) == QStringLiteral("2025-11-03"));
    CHECK(recorded.value(QStringLiteral("asct-2")) == QStringLiteral("2026-03-17"));

    const Run table =
        cli({QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("TZ-2025-0417")});
    REQUIRE(table.status == 0);
    CHECK(table.out.contains(QStringLiteral("ASCT #2 (day 0)")));
    CHECK(table.out.contains(QStringLiteral("2026-03-17")));
}

TEST_CASE("cli: plan apply refuses a bad template or date, and a removal without a reason",
          "[cli][plan]")
{
    Cli cli;
    const QString mrn = QStringLiteral("TZ-2025-0417");
    Run run = cli({QStringLiteral("plan"), QStringLiteral("apply"), mrn, QStringLiteral("chemo-x"),
                   QStringLiteral("--start"), QStringLiteral("2025-04-01")});
    CHECK(run.status == 2);
    CHECK(run.err.contains(QStringLiteral("chemo-x")));
    run = cli({QStringLiteral("plan"), QStringLiteral("apply"), mrn,
               QStringLiteral("vrd-single-asct"), QStringLiteral("--start"),
               QStringLiteral("2025-13-01")});
    CHECK(run.status == 2);
    CHECK(run.err.contains(QStringLiteral("--start")));
    run = cli({QStringLiteral("plan"), QStringLiteral("remove"), mrn});
    CHECK(run.status == 2);
    CHECK(run.err.contains(QStringLiteral("--reason")));

    run = cli({QStringLiteral("plan"), QStringLiteral("apply"), mrn,
               QStringLiteral("vrd-single-asct"), QStringLiteral("--start"),
               QStringLiteral("2025-04-07")});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    run = cli({QStringLiteral("plan"), QStringLiteral("show"), mrn, QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(run.out.toUtf8())
              .object()
              .value(QStringLiteral("template"))
              .toString() == QStringLiteral("vrd-single-asct"));
    run = cli({QStringLiteral("plan"), QStringLiteral("remove"), mrn, QStringLiteral("--reason"),
               QStringLiteral("entered on the wrong patient")});
    CHECK(run.status == 0);
    run = cli({QStringLiteral("plan"), QStringLiteral("show"), mrn});
    CHECK(run.status == 2);
}
