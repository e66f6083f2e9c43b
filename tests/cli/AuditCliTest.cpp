#include "CliRunner.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace mmtrack;

namespace {

using test::Run;

// The CLI runner, with the two-user set-up the audit tests start from.
class Cli : public test::Cli {
public:
    // Two patients added by two users: audit rows 1 (HO-1, nurse.li) and 2 (HO-2, dr.wang).
    void addTwo() const
    {
        for (const auto& [mrn, user] :
             {std::pair{QStringLiteral("HO-1"), QStringLiteral("nurse.li")},
              std::pair{QStringLiteral("HO-2"), QStringLiteral("dr.wang")}}) {
            const Run added = as(user, {QStringLiteral("--db"), db(), QStringLiteral("patient"),
                                        QStringLiteral("add"), QStringLiteral("--mrn"), mrn,
                                        QStringLiteral("--name"), QStringLiteral("Test ") + mrn,
                                        QStringLiteral("--sex"), QStringLiteral("female")});
            INFO(added.err.toStdString());
            REQUIRE(added.status == 0);
        }
    }
};

void outsideEdit(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("outside-edit");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString& statement : statements)
            REQUIRE(query.exec(statement));
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("cli: verify-audit finds the demo database's chain intact", "[cli][audit]")
{
    Cli cli; // no --db: the default database, seeded with the demo patient
    const Run run = cli({QStringLiteral("verify-audit")});
    INFO(run.err.toStdString());
    CHECK(run.status == 0);
    CHECK(run.out.contains(QStringLiteral("rows, chain intact")));
}

TEST_CASE("cli: verify-audit exits 1 naming the row edited outside mmtrack", "[cli][audit]")
{
    Cli cli;
    cli.addTwo();
    const Run intact = cli({QStringLiteral("--db"), cli.db(), QStringLiteral("verify-audit")});
    CHECK(intact.status == 0);
    CHECK(intact.out.trimmed() == QStringLiteral("2 rows, chain intact"));

    outsideEdit(cli.db(), {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                           QStringLiteral("UPDATE audit_log SET user_name = 'x' WHERE id = 1")});
    const Run broken = cli({QStringLiteral("--db"), cli.db(), QStringLiteral("verify-audit")});
    CHECK(broken.status == 1);
    CHECK(broken.out.contains(QStringLiteral("broken at row 1")));
}

TEST_CASE("cli: verify-audit exits 1 when a row was deleted outside mmtrack", "[cli][audit]")
{
    Cli cli;
    cli.addTwo();
    outsideEdit(cli.db(), {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                           QStringLiteral("DELETE FROM audit_log WHERE id = 1")});
    const Run broken = cli({QStringLiteral("--db"), cli.db(), QStringLiteral("verify-audit")});
    CHECK(broken.status == 1);
    CHECK(broken.out.contains(QStringLiteral("row 2")));
    CHECK(broken.out.contains(QStringLiteral("missing")));
}

TEST_CASE("cli: verify-audit exits 2 when the database cannot be read", "[cli][audit]")
{
    Cli cli;
    const Run missing = cli({QStringLiteral("--db"), cli.path(QStringLiteral("none.sqlite")),
                             QStringLiteral("verify-audit")});
    CHECK(missing.status == 2);
    CHECK_FALSE(QFile::exists(cli.path(QStringLiteral("none.sqlite"))));

    test::writeFile(cli.path(QStringLiteral("junk.sqlite")), QByteArray("not a database", 14));
    const Run junk = cli({QStringLiteral("--db"), cli.path(QStringLiteral("junk.sqlite")),
                          QStringLiteral("verify-audit")});
    CHECK(junk.status == 2);
    CHECK_FALSE(junk.err.isEmpty());
}

TEST_CASE("cli: audit lists rows filtered by patient, user and days", "[cli][audit]")
{
    Cli cli;
    cli.addTwo();
    const auto list = [&](QStringList arguments) {
        arguments.prepend(QStringLiteral("audit"));
        arguments.prepend(cli.db());
        arguments.prepend(QStringLiteral("--db"));
        arguments << QStringLiteral("--json");
        const Run run = cli(arguments);
        INFO(run.err.toStdString());
        REQUIRE(run.status == 0);
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    };
    CHECK(list({}).size() == 2);
    const QJsonArray second = list({QStringLiteral("--patient"), QStringLiteral("HO-2")});
    REQUIRE(second.size() == 1);
    CHECK(second[0][QStringLiteral("user")].toString() == QStringLiteral("dr.wang"));
    CHECK(second[0][QStringLiteral("mrn")].toString() == QStringLiteral("HO-2"));
    CHECK(second[0][QStringLiteral("action")].toString() == QStringLiteral("insert"));
    CHECK(second[0][QStringLiteral("new_values")][QStringLiteral("mrn")].toString() ==
          QStringLiteral("HO-2"));
    CHECK(second[0][QStringLiteral("hash")].toString().size() == 64);
    const QJsonArray byUser = list({QStringLiteral("--user"), QStringLiteral("nurse.li")});
    REQUIRE(byUser.size() == 1);
    CHECK(byUser[0][QStringLiteral("mrn")].toString() == QStringLiteral("HO-1"));
    CHECK(list({QStringLiteral("--from"), QStringLiteral("2999-01-01")}).isEmpty());
    CHECK(list({QStringLiteral("--to"), QStringLiteral("2000-01-01")}).isEmpty());

    const Run table = cli({QStringLiteral("--db"), cli.db(), QStringLiteral("audit")});
    CHECK(table.status == 0);
    CHECK(table.out.contains(QStringLiteral("dr.wang")));
    CHECK(table.out.contains(QStringLiteral("mrn: HO-2")));

    const Run badDate = cli({QStringLiteral("--db"), cli.db(), QStringLiteral("audit"),
                             QStringLiteral("--from"), QStringLiteral("yesterday")});
    CHECK(badDate.status == 2);
    const Run unknown = cli({QStringLiteral("--db"), cli.db(), QStringLiteral("audit"),
                             QStringLiteral("--patient"), QStringLiteral("NOPE")});
    CHECK(unknown.status == 2);
}
