#include "CliRunner.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

using namespace mmtrack;

namespace {

using test::Cli;
using test::Run;

const QString kMrn = QStringLiteral("TZ-2025-0417");

} // namespace

TEST_CASE("cli: export-fhir writes the demo patient's bundle", "[cli][export]")
{
    Cli cli;
    const QString path = cli.path(QStringLiteral("bundle.json"));
    const Run run = cli({QStringLiteral("export-fhir"), kMrn, QStringLiteral("-o"), path});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    CHECK(run.out.contains(path));
    const QByteArray bytes = test::readFile(path);
    const QJsonObject bundle = QJsonDocument::fromJson(bytes).object();
    CHECK(bundle.value(QStringLiteral("resourceType")).toString() == QStringLiteral("Bundle"));
    CHECK(bundle.value(QStringLiteral("entry")).toArray().size() > 250);
    CHECK(bytes.contains(QStringLiteral("张某某").toUtf8()));

    // The same database gives the same file.
    const QString again = cli.path(QStringLiteral("again.json"));
    REQUIRE(cli({QStringLiteral("export-fhir"), kMrn, QStringLiteral("--output"), again}).status ==
            0);
    CHECK(test::readFile(again) == bytes);

    const QString anonymous = cli.path(QStringLiteral("deidentified.json"));
    const Run deidentified = cli({QStringLiteral("export-fhir"), kMrn, QStringLiteral("-o"),
                                  anonymous, QStringLiteral("--deidentify")});
    REQUIRE(deidentified.status == 0);
    CHECK_FALSE(deidentified.out.contains(kMrn));
    const QByteArray text = test::readFile(anonymous);
    CHECK_FALSE(text.contains(QStringLiteral("张某某").toUtf8()));
    CHECK_FALSE(text.contains(kMrn.toUtf8()));
    CHECK_FALSE(text.contains("1989-03"));
}

TEST_CASE("cli: export-fhir refusals name what is missing", "[cli][export]")
{
    Cli cli;
    const Run noOutput = cli({QStringLiteral("export-fhir"), kMrn});
    CHECK(noOutput.status == 2);
    CHECK(noOutput.err.contains(QStringLiteral("-o FILE")));

    const Run noMrn = cli({QStringLiteral("export-fhir")});
    CHECK(noMrn.status == 2);
    CHECK(noMrn.err.contains(QStringLiteral("MRN")));

    const Run rules = cli({QStringLiteral("export-fhir"), kMrn, QStringLiteral("-o"),
                           cli.path(QStringLiteral("x.json")), QStringLiteral("--rules"),
                           QStringLiteral("IMWG-1999")});
    CHECK(rules.status == 2);
    CHECK(rules.err.contains(QStringLiteral("--rules")));

    const Run unknown = cli({QStringLiteral("export-fhir"), QStringLiteral("NOBODY-1"),
                             QStringLiteral("-o"), cli.path(QStringLiteral("x.json"))});
    CHECK(unknown.status == 2);
    CHECK_FALSE(unknown.err.isEmpty());
    CHECK_FALSE(QFile::exists(cli.path(QStringLiteral("x.json"))));

    const Run stray = cli({QStringLiteral("export-fhir"), kMrn, QStringLiteral("-o"),
                           cli.path(QStringLiteral("x.json")), QStringLiteral("--anonymous")});
    CHECK(stray.status == 2);
    CHECK(stray.err.contains(QStringLiteral("--anonymous")));

    const Run unwritable = cli({QStringLiteral("export-fhir"), kMrn, QStringLiteral("-o"),
                                cli.path(QStringLiteral("no-such-folder/bundle.json"))});
    CHECK(unwritable.status == 2);
    CHECK(unwritable.err.contains(QStringLiteral("no-such-folder")));
}

TEST_CASE("cli: export-csv writes one patient's results or the whole ward", "[cli][export]")
{
    Cli cli;
    const QString one = cli.path(QStringLiteral("one.csv"));
    const Run run = cli({QStringLiteral("export-csv"), kMrn, QStringLiteral("-o"), one});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    const QByteArray bytes = test::readFile(one);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"
                             "mrn,name,test,loinc,date,time,value,unit,qualitative,ref_low,"
                             "ref_high,flag,source\r\n"));
    CHECK(bytes.contains(QStringLiteral("TZ-2025-0417,张某某,hemoglobin,718-7,").toUtf8()));
    const qsizetype rows = bytes.count("\r\n") - 1;
    CHECK(rows > 250);
    CHECK(run.out.contains(QString::number(rows)));

    const QString all = cli.path(QStringLiteral("all.csv"));
    const Run ward = cli(
        {QStringLiteral("export-csv"), QStringLiteral("--all"), QStringLiteral("--output"), all});
    REQUIRE(ward.status == 0);
    CHECK(test::readFile(all) == bytes); // the demo patient is the whole ward
}

TEST_CASE("cli: export-csv refusals name the option", "[cli][export]")
{
    Cli cli;
    const QString path = cli.path(QStringLiteral("x.csv"));
    const Run both = cli(
        {QStringLiteral("export-csv"), kMrn, QStringLiteral("--all"), QStringLiteral("-o"), path});
    CHECK(both.status == 2);
    CHECK(both.err.contains(QStringLiteral("--all")));

    const Run neither = cli({QStringLiteral("export-csv"), QStringLiteral("-o"), path});
    CHECK(neither.status == 2);
    CHECK(neither.err.contains(QStringLiteral("--all")));

    const Run noOutput = cli({QStringLiteral("export-csv"), QStringLiteral("--all")});
    CHECK(noOutput.status == 2);
    CHECK(noOutput.err.contains(QStringLiteral("-o FILE")));

    const Run unknown =
        cli({QStringLiteral("export-csv"), QStringLiteral("NOBODY-1"), QStringLiteral("-o"), path});
    CHECK(unknown.status == 2);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("cli: export-pdf writes the case summary in either language and refuses without -o",
          "[cli][export][pdf]")
{
    Cli cli;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QString path = cli.path(QStringLiteral("summary-%1.pdf").arg(language));
        const Run run = cli({QStringLiteral("--lang"), language, QStringLiteral("export-pdf"), kMrn,
                             QStringLiteral("-o"), path});
        INFO(run.err.toStdString());
        REQUIRE(run.status == 0);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(5) == QByteArray("%PDF-"));
    }
    const Run noOutput = cli({QStringLiteral("export-pdf"), kMrn});
    CHECK(noOutput.status == 2);
    CHECK(noOutput.err.contains(QStringLiteral("-o")));
    const Run unknown = cli({QStringLiteral("export-pdf"), QStringLiteral("NOBODY-1"),
                             QStringLiteral("-o"), cli.path(QStringLiteral("x.pdf"))});
    CHECK(unknown.status == 2);
    CHECK_FALSE(QFile::exists(cli.path(QStringLiteral("x.pdf"))));
}
