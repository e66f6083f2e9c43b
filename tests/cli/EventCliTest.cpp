#include "CliRunner.h"
#include "support/TestSupport.h"

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

// Runs mmtrack-cli on one database of its own, as the user nurse.li.
class Cli : public test::Cli {
public:
    Run operator()(QStringList arguments) const
    {
        arguments.prepend(db());
        arguments.prepend(QStringLiteral("--db"));
        return test::Cli::operator()(arguments);
    }

    // A patient HO-9 with no events.
    Cli()
    {
        const Run added =
            (*this)({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--mrn"),
                     QStringLiteral("HO-9"), QStringLiteral("--name"), QStringLiteral("王芳"),
                     QStringLiteral("--sex"), QStringLiteral("female")});
        INFO(added.err.toStdString());
        REQUIRE(added.status == 0);
    }

    QJsonArray events() const
    {
        const Run listed = (*this)({QStringLiteral("event"), QStringLiteral("list"),
                                    QStringLiteral("HO-9"), QStringLiteral("--json")});
        REQUIRE(listed.status == 0);
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }

    // The audit rows of the events table: action, reason.
    QList<std::pair<QString, QString>> audit() const
    {
        QList<std::pair<QString, QString>> rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("event-cli-audit"));
            db.setDatabaseName(this->db());
            REQUIRE(db.open());
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("SELECT action, COALESCE(reason, '') FROM audit_log "
                                              "WHERE table_name = 'pathway_events' ORDER BY id")));
            while (query.next())
                rows.append({query.value(0).toString(), query.value(1).toString()});
        }
        QSqlDatabase::removeDatabase(QStringLiteral("event-cli-audit"));
        return rows;
    }
};

QStringList collection(const QString& cd34)
{
    return {QStringLiteral("event"),
            QStringLiteral("add"),
            QStringLiteral("HO-9"),
            QStringLiteral("--type"),
            QStringLiteral("stem_cell_collection"),
            QStringLiteral("--date"),
            QStringLiteral("2025-08-27"),
            QStringLiteral("--cd34"),
            cd34};
}

} // namespace

TEST_CASE("cli: an event is added, listed, edited with an audit row and removed with a reason",
          "[cli][events]")
{
    Cli cli;
    const Run added = cli(collection(QStringLiteral("3.2")));
    INFO(added.err.toStdString());
    REQUIRE(added.status == 0);
    CHECK(added.out.contains(QStringLiteral("CD34+ 3.2 ×10⁶/kg")));

    // Options may come before the MRN.
    const Run cycle =
        cli({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("--type"),
             QStringLiteral("therapy_cycle"), QStringLiteral("--phase"),
             QStringLiteral("induction"), QStringLiteral("--regimen"), QStringLiteral("VRD"),
             QStringLiteral("--cycle"), QStringLiteral("3"), QStringLiteral("--date"),
             QStringLiteral("2025-06"), QStringLiteral("HO-9")});
    INFO(cycle.err.toStdString());
    REQUIRE(cycle.status == 0);

    const Run table =
        cli({QStringLiteral("event"), QStringLiteral("list"), QStringLiteral("HO-9")});
    REQUIRE(table.status == 0);
    CHECK(table.out.contains(QStringLiteral("Stem-cell collection")));
    CHECK(table.out.contains(QStringLiteral("VRD cycle 3")));
    // In date order: the June cycle before the August collection.
    CHECK(table.out.indexOf(QStringLiteral("2025-06")) <
          table.out.indexOf(QStringLiteral("2025-08-27")));

    QJsonArray events = cli.events();
    REQUIRE(events.size() == 2);
    const QJsonObject collected = events[1].toObject();
    CHECK(collected.value(QStringLiteral("type")).toString() ==
          QStringLiteral("stem_cell_collection"));
    CHECK(collected.value(QStringLiteral("cd34_10e6_per_kg")).toString() == QStringLiteral("3.2"));
    const QString id = QString::number(collected.value(QStringLiteral("id")).toInteger());

    const Run edited = cli({QStringLiteral("event"), QStringLiteral("edit"), id,
                            QStringLiteral("--cd34"), QStringLiteral("2.9")});
    INFO(edited.err.toStdString());
    REQUIRE(edited.status == 0);
    events = cli.events();
    CHECK(events[1].toObject().value(QStringLiteral("cd34_10e6_per_kg")).toString() ==
          QStringLiteral("2.9"));
    CHECK(events[1].toObject().value(QStringLiteral("row_version")).toInt() == 2);
    auto audit = cli.audit();
    REQUIRE(audit.size() == 3);
    CHECK(audit[2].first == QStringLiteral("update"));

    // Changing the type keeps the date and drops the old type's fields.
    const Run retyped = cli({QStringLiteral("event"), QStringLiteral("edit"), id,
                             QStringLiteral("--type"), QStringLiteral("transfusion"),
                             QStringLiteral("--product"), QStringLiteral("platelets")});
    INFO(retyped.err.toStdString());
    REQUIRE(retyped.status == 0);
    events = cli.events();
    CHECK(events[1].toObject().value(QStringLiteral("product")).toString() ==
          QStringLiteral("platelets"));
    CHECK(events[1].toObject().value(QStringLiteral("cd34_10e6_per_kg")).isNull());

    const Run noReason = cli({QStringLiteral("event"), QStringLiteral("remove"), id});
    CHECK(noReason.status == 2);
    CHECK(noReason.err.contains(QStringLiteral("--reason")));
    CHECK(cli.events().size() == 2);
    const Run removed = cli({QStringLiteral("event"), QStringLiteral("remove"), id,
                             QStringLiteral("--reason"), QStringLiteral("entered twice")});
    INFO(removed.err.toStdString());
    REQUIRE(removed.status == 0);
    CHECK(cli.events().size() == 1);
    audit = cli.audit();
    REQUIRE(audit.size() == 5);
    CHECK(audit[4] == std::pair(QStringLiteral("delete"), QStringLiteral("entered twice")));
}

TEST_CASE("cli: each refused event names its option, exits 2 and writes nothing", "[cli][events]")
{
    Cli cli;
    REQUIRE(cli(collection(QStringLiteral("3.2"))).status == 0);
    const QByteArray before = test::dataHash(cli.db());

    auto refusal = [&](const QStringList& arguments, const QString& option) {
        const Run run = cli(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() + " -> " + run.err.toStdString());
        CHECK(run.status == 2);
        CHECK(run.err.contains(option));
        CHECK(run.out.isEmpty());
    };
    refusal(collection(QStringLiteral("-1")), QStringLiteral("--cd34"));
    refusal(collection(QStringLiteral("many")), QStringLiteral("--cd34"));
    QStringList future = collection(QStringLiteral("3"));
    future[future.indexOf(QStringLiteral("2025-08-27"))] = QStringLiteral("2999-01-01");
    refusal(future, QStringLiteral("--date"));
    QStringList badDate = collection(QStringLiteral("3"));
    badDate[badDate.indexOf(QStringLiteral("2025-08-27"))] = QStringLiteral("27.08.2025");
    refusal(badDate, QStringLiteral("--date"));
    refusal({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("HO-9"),
             QStringLiteral("--type"), QStringLiteral("transplant"), QStringLiteral("--date"),
             QStringLiteral("2025-11-03")},
            QStringLiteral("--number"));
    refusal({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("HO-9"),
             QStringLiteral("--type"), QStringLiteral("transplant"), QStringLiteral("--date"),
             QStringLiteral("2025-11-03"), QStringLiteral("--number"), QStringLiteral("3")},
            QStringLiteral("--number"));
    refusal({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("HO-9"),
             QStringLiteral("--type"), QStringLiteral("conditioning"), QStringLiteral("--date"),
             QStringLiteral("2025-11-01")},
            QStringLiteral("--regimen"));
    refusal({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("HO-9"),
             QStringLiteral("--type"), QStringLiteral("therapy_cycle"), QStringLiteral("--date"),
             QStringLiteral("2025-05-10"), QStringLiteral("--end-date"),
             QStringLiteral("2025-05-01"), QStringLiteral("--phase"), QStringLiteral("induction"),
             QStringLiteral("--regimen"), QStringLiteral("VRD")},
            QStringLiteral("--end-date"));
    refusal({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("HO-9"),
             QStringLiteral("--type"), QStringLiteral("transfusion"), QStringLiteral("--date"),
             QStringLiteral("2025-11-05"), QStringLiteral("--product"), QStringLiteral("plasma")},
            QStringLiteral("--product"));
    refusal({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("HO-9"),
             QStringLiteral("--type"), QStringLiteral("admission"), QStringLiteral("--date"),
             QStringLiteral("2025-11-05"), QStringLiteral("--label"), QStringLiteral("x")},
            QStringLiteral("--label"));
    refusal({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("HO-9"),
             QStringLiteral("--date"), QStringLiteral("2025-11-05")},
            QStringLiteral("--type"));
    refusal({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("HO-9"),
             QStringLiteral("--type"), QStringLiteral("apheresis"), QStringLiteral("--date"),
             QStringLiteral("2025-11-05")},
            QStringLiteral("--type"));
    refusal({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("HO-9"),
             QStringLiteral("--type"), QStringLiteral("admission"), QStringLiteral("--date"),
             QStringLiteral("2025-11-05"), QStringLiteral("--colour"), QStringLiteral("red")},
            QStringLiteral("--colour"));
    refusal({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("NOPE"),
             QStringLiteral("--type"), QStringLiteral("admission"), QStringLiteral("--date"),
             QStringLiteral("2025-11-05")},
            QStringLiteral("NOPE"));
    const QString id =
        QString::number(cli.events()[0].toObject().value(QStringLiteral("id")).toInteger());
    refusal({QStringLiteral("event"), QStringLiteral("edit"), id, QStringLiteral("--cd34"),
             QStringLiteral("-2")},
            QStringLiteral("--cd34"));
    refusal({QStringLiteral("event"), QStringLiteral("edit"), QStringLiteral("424242"),
             QStringLiteral("--cd34"), QStringLiteral("2")},
            QStringLiteral("424242"));
    CHECK(test::dataHash(cli.db()) == before);
}
