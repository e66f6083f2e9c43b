#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mmtrack::test;

namespace {
const QString kDemoMrn = QStringLiteral("TZ-2025-0417");
}

TEST_CASE("cli: signature sign signs the assessment as of a date, once, and lists it",
          "[cli][signatures]")
{
    Cli cli;
    const Run signedRun = cli({QStringLiteral("signature"), QStringLiteral("sign"), kDemoMrn,
                               QStringLiteral("--as-of"), QStringLiteral("2025-06-26")});
    INFO(signedRun.err.toStdString());
    REQUIRE(signedRun.status == 0);
    CHECK(signedRun.out.contains(QStringLiteral("version 1")));

    // The same assessment again is no correction: refused, nothing added.
    const Run again = cli({QStringLiteral("signature"), QStringLiteral("sign"), kDemoMrn,
                           QStringLiteral("--as-of"), QStringLiteral("2025-06-26"),
                           QStringLiteral("--reason"), QStringLiteral("again")});
    CHECK(again.status == 2);
    CHECK(again.err.contains(QStringLiteral("nothing changed")));

    const Run listed = cli(
        {QStringLiteral("signature"), QStringLiteral("list"), kDemoMrn, QStringLiteral("--json")});
    REQUIRE(listed.status == 0);
    const QJsonArray versions = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(versions.size() == 1);
    const QJsonObject first = versions.first().toObject();
    CHECK(first.value(QStringLiteral("as_of")).toString() == QStringLiteral("2025-06-26"));
    CHECK(first.value(QStringLiteral("intact")).toBool());
    CHECK(first.value(QStringLiteral("assessment"))
              .toObject()
              .value(QStringLiteral("as_of"))
              .toString() == QStringLiteral("2025-06-26"));

    // The signing is in the audit log.
    const Run audit = cli({QStringLiteral("audit"), QStringLiteral("--patient"), kDemoMrn});
    CHECK(audit.out.contains(QStringLiteral("assessment_signatures")));
}

TEST_CASE("cli: signature sign refuses a future date and a bad date, writing nothing",
          "[cli][signatures]")
{
    Cli cli;
    const Run future = cli({QStringLiteral("signature"), QStringLiteral("sign"), kDemoMrn,
                            QStringLiteral("--as-of"), QStringLiteral("2999-01-01")});
    CHECK(future.status == 2);
    CHECK(future.err.contains(QStringLiteral("--as_of")));
    const Run bad = cli({QStringLiteral("signature"), QStringLiteral("sign"), kDemoMrn,
                         QStringLiteral("--as-of"), QStringLiteral("June")});
    CHECK(bad.status == 2);
    const Run listed = cli({QStringLiteral("signature"), QStringLiteral("list"), kDemoMrn});
    REQUIRE(listed.status == 0);
    CHECK(listed.out.contains(QStringLiteral("No signed assessment")));
}
