#include "storage/LabResultRepository.h"

#include "clinical/LabMeasurement.h"
#include "clinical/PatientValidator.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LabCodeMap.h"
#include "storage/LabImportWriter.h"
#include "storage/PatientRepository.h"
#include "support/TestDatabase.h"
#include "support/TestSupport.h"

#include <QSqlQuery>

using namespace mmtrack;
using clinical::LabResult;
using storage::LabResultRepository;

namespace {

struct Labs {
    test::TestDatabase testDatabase;
    clinical::FixedClock clock = test::fixedClock();
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<storage::PatientRepository> patients;
    std::unique_ptr<LabResultRepository> results;
    clinical::Patient patient;

    Labs()
    {
        auto opened = storage::Database::open(testDatabase.location(),
                                              QStringLiteral("2026-11-24T10:00:00.000Z"));
        INFO(opened.errorText().toStdString());
        REQUIRE(opened.ok());
        database = std::move(opened).value();
        patients = std::make_unique<storage::PatientRepository>(*database, clock);
        results = std::make_unique<LabResultRepository>(*database, clock);
        clinical::PatientDraft draft{QStringLiteral("HO-1"),
                                     QStringLiteral("刘洋"),
                                     QStringLiteral("male"),
                                     QStringLiteral("1970-02-03"),
                                     {},
                                     {},
                                     {},
                                     {},
                                     {}};
        auto added =
            patients->add(clinical::PatientValidator::fromDraft(draft, clock.today()).value(),
                          QStringLiteral("u"));
        REQUIRE(added.ok());
        patient = added.value();
    }

    LabResult result(const char* test, const char* value, const char* unit, QDate date) const
    {
        LabResult r;
        r.patientId = patient.id;
        r.date = date;
        REQUIRE(clinical::LabMeasurement::apply(
                    {QLatin1String(test), QLatin1String(value), QString::fromUtf8(unit), {}, {}},
                    patient.sex, r)
                    .ok());
        r.sourceDetail = QStringLiteral("typed by nurse.li");
        return r;
    }

    int count(const char* table) const
    {
        QSqlQuery query(database->connection());
        REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
};

} // namespace

TEST_CASE("A typed result is stored with its entered and canonical values and audited",
          "[storage][labs][backends]")
{
    Labs labs;
    auto stored = labs.results->add(labs.result("hemoglobin", "8.3", "g/dL", QDate(2025, 4, 15)),
                                    QStringLiteral("nurse"));
    REQUIRE(stored.ok());
    const LabResult& r = stored.value();
    CHECK(r.enteredValue == QStringLiteral("8.3"));
    CHECK(r.enteredUnit == QStringLiteral("g/dL"));
    CHECK(r.value->toString() == QStringLiteral("83"));
    CHECK(r.refLow->toString() == QStringLiteral("130"));
    CHECK(r.flag == clinical::LabFlag::Low);
    CHECK(r.createdBy == QStringLiteral("nurse"));
    const auto log =
        storage::AuditLog::forRow(labs.database->connection(), LabResultRepository::kTable, r.id);
    REQUIRE(log.value().size() == 1);
    CHECK(log.value()[0].newValues.value(QStringLiteral("value")).toString() ==
          QStringLiteral("83"));
}

TEST_CASE("Results in the future, before birth or twice are refused and write nothing",
          "[storage][labs][backends]")
{
    Labs labs;
    CHECK(labs.results
              ->add(labs.result("platelets", "20", "10*9/L", QDate(2026, 11, 25)),
                    QStringLiteral("u"))
              .problems()
              .first()
              .where == QStringLiteral("date"));
    CHECK(
        labs.results
            ->add(labs.result("platelets", "20", "10*9/L", QDate(1970, 2, 2)), QStringLiteral("u"))
            .problems()
            .first()
            .where == QStringLiteral("date"));
    REQUIRE(
        labs.results
            ->add(labs.result("platelets", "20", "10*9/L", QDate(2025, 1, 2)), QStringLiteral("u"))
            .ok());
    const auto twice = labs.results->add(
        labs.result("platelets", "20", "10*9/L", QDate(2025, 1, 2)), QStringLiteral("u"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.errorText().contains(QStringLiteral("already recorded")));
    CHECK(labs.count("lab_results") == 1);
    CHECK(labs.count("audit_log") == 2); // the patient and the one result
}

TEST_CASE("Editing keeps old and new values in the audit — deleting needs and keeps a reason",
          "[storage][labs][backends]")
{
    Labs labs;
    auto stored = labs.results->add(labs.result("anc", "0.3", "10*9/L", QDate(2025, 11, 10)),
                                    QStringLiteral("u"));
    REQUIRE(stored.ok());
    LabResult edited = stored.value();
    REQUIRE(clinical::LabMeasurement::apply(
                {QStringLiteral("anc"), QStringLiteral("0.8"), QStringLiteral("10*9/L"), {}, {}},
                labs.patient.sex, edited)
                .ok());
    auto saved = labs.results->update(edited, QStringLiteral("dr.wang"));
    REQUIRE(saved.ok());
    CHECK(saved.value().flag == clinical::LabFlag::Low);
    CHECK(saved.value().rowVersion == 2);

    CHECK_FALSE(labs.results
                    ->remove(saved.value().id, saved.value().rowVersion, QStringLiteral("  "),
                             QStringLiteral("u"))
                    .ok());
    CHECK_FALSE(
        labs.results->remove(saved.value().id, 1, QStringLiteral("typo"), QStringLiteral("u"))
            .ok()); // stale
    REQUIRE(labs.results
                ->remove(saved.value().id, saved.value().rowVersion,
                         QStringLiteral("wrong patient"), QStringLiteral("dr.wang"))
                .ok());
    CHECK(labs.count("lab_results") == 0);
    const auto log = storage::AuditLog::forRow(labs.database->connection(),
                                               LabResultRepository::kTable, saved.value().id);
    REQUIRE(log.value().size() == 3);
    CHECK(log.value()[1].oldValues.value(QStringLiteral("value")).toString() ==
          QStringLiteral("0.3"));
    CHECK(log.value()[1].newValues.value(QStringLiteral("value")).toString() ==
          QStringLiteral("0.8"));
    CHECK(log.value()[2].action == QStringLiteral("delete"));
    CHECK(log.value()[2].reason == QStringLiteral("wrong patient"));
    CHECK(log.value()[2].oldValues.value(QStringLiteral("entered_value")).toString() ==
          QStringLiteral("0.8"));
}

TEST_CASE("A patient's results come back in time order", "[storage][labs][backends]")
{
    Labs labs;
    REQUIRE(labs.results
                ->add(labs.result("anc", "2.1", "10*9/L", QDate(2025, 11, 12)), QStringLiteral("u"))
                .ok());
    REQUIRE(labs.results
                ->add(labs.result("anc", "0.1", "10*9/L", QDate(2025, 11, 8)), QStringLiteral("u"))
                .ok());
    REQUIRE(
        labs.results
            ->add(labs.result("platelets", "14", "10*9/L", QDate(2025, 11, 8)), QStringLiteral("u"))
            .ok());
    const auto all = labs.results->forPatient(labs.patient.id);
    REQUIRE(all.value().size() == 3);
    CHECK(all.value()[0].date == QDate(2025, 11, 8));
    CHECK(all.value()[2].date == QDate(2025, 11, 12));
    const auto anc = labs.results->series(labs.patient.id, QStringLiteral("anc"));
    REQUIRE(anc.value().size() == 2);
    CHECK(anc.value()[1].value->toString() == QStringLiteral("2.1"));
}

TEST_CASE("An import writes in one transaction, skips duplicates and is one audit record",
          "[storage][labs][import][backends]")
{
    Labs labs;
    auto importOnce = [&](bool commit) {
        storage::LabImportWriter writer(*labs.database, labs.clock);
        REQUIRE(writer
                    .begin({QStringLiteral("labs.csv"), QStringLiteral("abc"),
                            QStringLiteral("csv"), false},
                           QStringLiteral("nurse"))
                    .ok());
        storage::LabImportCounts counts;
        for (int day = 1; day <= 5; ++day) {
            LabResult r = labs.result("platelets", "40", "10*9/L", QDate(2025, 11, day));
            r.source = clinical::LabSource::Csv;
            r.sourceDetail = QStringLiteral("labs.csv:%1").arg(day + 1);
            const auto outcome = writer.insert(r);
            REQUIRE(outcome.ok());
            ++(outcome.value() == storage::LabImportWriter::Outcome::Inserted ? counts.imported
                                                                              : counts.duplicate);
        }
        if (commit)
            REQUIRE(writer.commit(counts).ok());
        return counts;
    };
    importOnce(false); // rolled back: nothing stays
    CHECK(labs.count("lab_results") == 0);
    CHECK(labs.count("lab_imports") == 0);
    CHECK(importOnce(true).imported == 5);
    const auto again = importOnce(true);
    CHECK(again.imported == 0);
    CHECK(again.duplicate == 5);
    CHECK(labs.count("lab_results") == 5);
    const auto log = storage::AuditLog::all(labs.database->connection());
    int importAudits = 0;
    for (const auto& entry : log.value())
        importAudits += entry.table == QStringLiteral("lab_imports") ? 1 : 0;
    CHECK(importAudits == 2);
    CHECK(labs.results->forPatient(labs.patient.id).value().first().sourceDetail ==
          QStringLiteral("labs.csv:2"));
}

TEST_CASE("Local lab codes map to tests — changes are audited", "[storage][labs][backends]")
{
    Labs labs;
    storage::LabCodeMap map(*labs.database, labs.clock);
    REQUIRE(map.set(QStringLiteral("HGB"), QStringLiteral("hemoglobin"),
                    QStringLiteral("analyser A"), QStringLiteral("admin"))
                .ok());
    REQUIRE(map.set(QStringLiteral("HGB"), QStringLiteral("hemoglobin"),
                    QStringLiteral("analyser B"), QStringLiteral("admin"))
                .ok());
    CHECK_FALSE(
        map.set(QStringLiteral("XYZ"), QStringLiteral("no_such_test"), {}, QStringLiteral("admin"))
            .ok());
    CHECK_FALSE(
        map.set(QStringLiteral(" "), QStringLiteral("hemoglobin"), {}, QStringLiteral("admin"))
            .ok());
    CHECK(map.lookup().value().value(QStringLiteral("HGB")) == QStringLiteral("hemoglobin"));
    REQUIRE(map.remove(QStringLiteral("HGB"), QStringLiteral("admin")).ok());
    CHECK(map.lookup().value().isEmpty());
    int audits = 0;
    for (const auto& entry : storage::AuditLog::all(labs.database->connection()).value())
        audits += entry.table == storage::LabCodeMap::kTable ? 1 : 0;
    CHECK(audits == 3);
}
