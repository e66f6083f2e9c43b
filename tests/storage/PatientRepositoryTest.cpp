#include "storage/PatientRepository.h"

#include "clinical/PatientValidator.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"
#include "support/TestSupport.h"

#include <QSqlQuery>

using namespace mmtrack;
using clinical::Patient;
using storage::AuditLog;
using storage::PatientRepository;

namespace {

// A fresh database (SQLite or PostgreSQL), with its repository and a fixed clock.
struct Registry {
    test::TestDatabase testDatabase;
    clinical::FixedClock clock = test::fixedClock();
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<PatientRepository> patients;

    Registry()
    {
        auto opened = storage::Database::open(testDatabase.location(),
                                              QStringLiteral("2026-11-24T10:00:00.000Z"));
        INFO(opened.errorText().toStdString());
        REQUIRE(opened.ok());
        database = std::move(opened).value();
        patients = std::make_unique<PatientRepository>(*database, clock);
    }

    int count(const QString& table) const
    {
        QSqlQuery query(database->connection());
        REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
};

Patient patient(const QString& mrn, const QString& name)
{
    clinical::PatientDraft draft;
    draft.mrn = mrn;
    draft.name = name;
    draft.sex = QStringLiteral("female");
    draft.birthDate = QStringLiteral("1961-07");
    draft.diagnosisDate = QStringLiteral("2024-03-05");
    draft.heavyChain = QStringLiteral("IgG");
    draft.lightChain = QStringLiteral("lambda");
    auto parsed = clinical::PatientValidator::fromDraft(draft, QDate(2026, 11, 24));
    REQUIRE(parsed.ok());
    return parsed.value();
}

QStringList namesOf(const QList<Patient>& patients)
{
    QStringList names;
    for (const Patient& p : patients)
        names << p.name;
    return names;
}

} // namespace

TEST_CASE("An added patient reads back with every field and bookkeeping",
          "[storage][patients][backends]")
{
    Registry registry;
    Patient input = patient(QStringLiteral("HO-0001"), QStringLiteral("欧阳娜娜"));
    input.weightKg = 52.5;
    input.notes = QStringLiteral("<b>&amp; \"quoted\"</b>\nsecond line");
    const auto added = registry.patients->add(input, QStringLiteral("nurse.li"));
    REQUIRE(added.ok());
    const auto found = registry.patients->byMrn(QStringLiteral("HO-0001"));
    REQUIRE(found.ok());
    const Patient& stored = found.value();
    CHECK(stored.id == added.value().id);
    CHECK(stored.name == QStringLiteral("欧阳娜娜"));
    CHECK(stored.sex == clinical::Sex::Female);
    CHECK(stored.birthDate->toIso() == QStringLiteral("1961-07"));
    CHECK(stored.birthDate->precision() == clinical::PartialDate::Precision::Month);
    CHECK(*stored.weightKg == Approx(52.5));
    CHECK(stored.diagnosisDate->toIso() == QStringLiteral("2024-03-05"));
    CHECK(stored.heavyChain == clinical::HeavyChain::IgG);
    CHECK(stored.lightChain == clinical::LightChain::Lambda);
    CHECK(stored.notes == input.notes);
    CHECK(stored.rowVersion == 1);
    CHECK(stored.createdBy == QStringLiteral("nurse.li"));
    CHECK(stored.createdAt == registry.clock.nowUtc());
    CHECK(stored.updatedBy == QStringLiteral("nurse.li"));
}

TEST_CASE("Each insert and update writes one audit row with old and new values",
          "[storage][audit][backends]")
{
    Registry registry;
    const auto added = registry.patients->add(
        patient(QStringLiteral("HO-0002"), QStringLiteral("张三")), QStringLiteral("nurse.li"));
    REQUIRE(added.ok());
    auto log = AuditLog::forRow(registry.database->connection(), PatientRepository::kTable,
                                added.value().id);
    REQUIRE(log.value().size() == 1);
    CHECK(log.value()[0].action == QStringLiteral("insert"));
    CHECK(log.value()[0].user == QStringLiteral("nurse.li"));
    CHECK(log.value()[0].oldValues.isEmpty());
    CHECK(log.value()[0].newValues.value(QStringLiteral("name")).toString() ==
          QStringLiteral("张三"));
    CHECK(log.value()[0].newValues.value(QStringLiteral("mrn")).toString() ==
          QStringLiteral("HO-0002"));

    registry.clock.set(registry.clock.nowUtc().addSecs(60));
    Patient edited = added.value();
    edited.name = QStringLiteral("张三丰");
    edited.weightKg = 70.0;
    const auto updated = registry.patients->update(edited, QStringLiteral("dr.wang"));
    REQUIRE(updated.ok());
    CHECK(updated.value().rowVersion == 2);
    CHECK(updated.value().updatedBy == QStringLiteral("dr.wang"));
    CHECK(updated.value().createdBy == QStringLiteral("nurse.li"));

    log = AuditLog::forRow(registry.database->connection(), PatientRepository::kTable,
                           added.value().id);
    REQUIRE(log.value().size() == 2);
    const storage::AuditEntry& change = log.value()[1];
    CHECK(change.action == QStringLiteral("update"));
    CHECK(change.user == QStringLiteral("dr.wang"));
    CHECK(change.at == registry.clock.nowUtc());
    // Only what changed, before and after.
    CHECK(change.oldValues.keys() ==
          QStringList{QStringLiteral("name"), QStringLiteral("weight_kg")});
    CHECK(change.oldValues.value(QStringLiteral("name")).toString() == QStringLiteral("张三"));
    CHECK(change.oldValues.value(QStringLiteral("weight_kg")).isNull());
    CHECK(change.newValues.value(QStringLiteral("name")).toString() == QStringLiteral("张三丰"));
    CHECK(change.newValues.value(QStringLiteral("weight_kg")).toDouble() == Approx(70.0));
}

TEST_CASE("Saving without a change writes nothing", "[storage][audit][backends]")
{
    Registry registry;
    const auto added = registry.patients->add(
        patient(QStringLiteral("HO-3"), QStringLiteral("李四")), QStringLiteral("u"));
    const auto same = registry.patients->update(added.value(), QStringLiteral("u"));
    REQUIRE(same.ok());
    CHECK(same.value().rowVersion == 1);
    CHECK(registry.count(QStringLiteral("audit_log")) == 1);
}

TEST_CASE("MRNs are unique: a duplicate is refused under the MRN field and writes nothing",
          "[storage][patients][backends]")
{
    Registry registry;
    REQUIRE(
        registry.patients
            ->add(patient(QStringLiteral("HO-0003"), QStringLiteral("王五")), QStringLiteral("u"))
            .ok());
    const auto duplicate = registry.patients->add(
        patient(QStringLiteral("HO-0003"), QStringLiteral("赵六")), QStringLiteral("u"));
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.problems().first().where == clinical::field::mrn);
    CHECK(duplicate.errorText().contains(QStringLiteral("HO-0003")));
    CHECK(registry.count(QStringLiteral("patients")) == 1);
    CHECK(registry.count(QStringLiteral("audit_log")) == 1);

    // Renaming another patient onto a taken MRN is refused the same way.
    const auto other = registry.patients->add(
        patient(QStringLiteral("HO-0004"), QStringLiteral("赵六")), QStringLiteral("u"));
    Patient renamed = other.value();
    renamed.mrn = QStringLiteral("HO-0003");
    const auto refused = registry.patients->update(renamed, QStringLiteral("u"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.problems().first().where == clinical::field::mrn);
    CHECK(registry.patients->byId(other.value().id).value().mrn == QStringLiteral("HO-0004"));

    // The database enforces it too, for writers that skip the repository.
    QSqlQuery query(registry.database->connection());
    CHECK_FALSE(query.exec(QStringLiteral(
        "INSERT INTO patients (mrn, name, sex, created_at, created_by, updated_at, updated_by) "
        "VALUES ('HO-0003', 'x', 'male', 'now', 'u', 'now', 'u')")));
}

TEST_CASE("Invalid patients are refused by the library and write nothing",
          "[storage][patients][backends]")
{
    Registry registry;
    Patient future = patient(QStringLiteral("HO-9"), QStringLiteral("孙七"));
    future.birthDate = clinical::PartialDate::fromIso(QStringLiteral("2027-01-01"));
    const auto refused = registry.patients->add(future, QStringLiteral("u"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.problems().first().where == clinical::field::birthDate);
    Patient nameless = patient(QStringLiteral("HO-10"), QStringLiteral("x"));
    nameless.name.clear();
    CHECK_FALSE(registry.patients->add(nameless, QStringLiteral("u")).ok());
    CHECK(registry.count(QStringLiteral("patients")) == 0);
    CHECK(registry.count(QStringLiteral("audit_log")) == 0);
}

TEST_CASE("A stale edit is refused and the stored record stays as it was",
          "[storage][patients][backends]")
{
    Registry registry;
    const auto added = registry.patients->add(
        patient(QStringLiteral("HO-11"), QStringLiteral("周八")), QStringLiteral("u"));
    Patient first = added.value();
    Patient second = added.value();
    first.notes = QStringLiteral("first workstation");
    REQUIRE(registry.patients->update(first, QStringLiteral("a")).ok());
    second.notes = QStringLiteral("second workstation");
    const auto stale = registry.patients->update(second, QStringLiteral("b"));
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.errorText().contains(QStringLiteral("changed")));
    CHECK(registry.patients->byId(first.id).value().notes == QStringLiteral("first workstation"));
    CHECK(registry.count(QStringLiteral("audit_log")) == 2);
}

TEST_CASE("Archiving hides a patient, keeps the row, and is audited with its reason",
          "[storage][patients][backends]")
{
    Registry registry;
    const auto kept = registry.patients->add(
        patient(QStringLiteral("HO-20"), QStringLiteral("吴九")), QStringLiteral("u"));
    const auto archived = registry.patients->add(
        patient(QStringLiteral("HO-21"), QStringLiteral("郑十")), QStringLiteral("u"));
    const auto result = registry.patients->setArchived(
        archived.value().id, archived.value().rowVersion, true, QStringLiteral("dr.wang"),
        QStringLiteral("duplicate record"));
    REQUIRE(result.ok());
    CHECK(namesOf(registry.patients->search({}).value()) == QStringList{kept.value().name});
    CHECK(registry.patients->search({QString(), true}).value().size() == 2);
    CHECK(registry.count(QStringLiteral("patients")) == 2);
    const auto log = AuditLog::forRow(registry.database->connection(), PatientRepository::kTable,
                                      archived.value().id);
    REQUIRE(log.value().size() == 2);
    CHECK(log.value()[1].reason == QStringLiteral("duplicate record"));
    CHECK(log.value()[1].newValues.value(QStringLiteral("archived")).toBool());

    const auto restored = registry.patients->setArchived(
        archived.value().id, result.value().rowVersion, false, QStringLiteral("dr.wang"));
    REQUIRE(restored.ok());
    CHECK(registry.patients->search({}).value().size() == 2);
}

TEST_CASE("Search finds part of a Chinese name, or of an MRN in any case",
          "[storage][search][backends]")
{
    Registry registry;
    for (const auto& [mrn, name] :
         {std::pair{"TZ-2025-0417", "张某某"}, std::pair{"HO-0100", "欧阳明"},
          std::pair{"ho-0200", "Li Ming"}, std::pair{"HO-0300", "王明华"}})
        REQUIRE(registry.patients
                    ->add(patient(QLatin1String(mrn), QString::fromUtf8(name)), QStringLiteral("u"))
                    .ok());
    CHECK(namesOf(registry.patients->search({QStringLiteral("明")}).value()) ==
          QStringList({QStringLiteral("欧阳明"), QStringLiteral("王明华")}));
    CHECK(namesOf(registry.patients->search({QStringLiteral("某")}).value()) ==
          QStringList{QStringLiteral("张某某")});
    CHECK(namesOf(registry.patients->search({QStringLiteral("li m")}).value()) ==
          QStringList{QStringLiteral("Li Ming")});
    CHECK(registry.patients->search({QStringLiteral("HO-0")}).value().size() == 3);
    CHECK(registry.patients->search({QStringLiteral("0417")}).value().size() == 1);
    // Wildcards typed by a user are plain characters.
    CHECK(registry.patients->search({QStringLiteral("%")}).value().isEmpty());
    CHECK(registry.patients->search({QStringLiteral("_")}).value().isEmpty());
    CHECK(registry.patients->search({QStringLiteral("'; DROP TABLE patients; --")})
              .value()
              .isEmpty());
    CHECK(registry.count(QStringLiteral("patients")) == 4);
}

TEST_CASE("Writes inside a larger transaction land or vanish with it",
          "[storage][transaction][backends]")
{
    Registry registry;
    {
        storage::Transaction outer(registry.database->connection());
        REQUIRE(outer.began());
        REQUIRE(
            registry.patients
                ->add(patient(QStringLiteral("HO-T1"), QStringLiteral("甲")), QStringLiteral("u"))
                .ok());
        REQUIRE(
            registry.patients
                ->add(patient(QStringLiteral("HO-T2"), QStringLiteral("乙")), QStringLiteral("u"))
                .ok());
        // no commit: the outer transaction rolls back both, with their audit rows
    }
    CHECK(registry.count(QStringLiteral("patients")) == 0);
    CHECK(registry.count(QStringLiteral("audit_log")) == 0);
    {
        storage::Transaction outer(registry.database->connection());
        REQUIRE(
            registry.patients
                ->add(patient(QStringLiteral("HO-T1"), QStringLiteral("甲")), QStringLiteral("u"))
                .ok());
        CHECK_FALSE(
            registry.patients
                ->add(patient(QStringLiteral("HO-T1"), QStringLiteral("甲")), QStringLiteral("u"))
                .ok());
        REQUIRE(outer.commit());
    }
    CHECK(registry.count(QStringLiteral("patients")) == 1);
    CHECK(registry.count(QStringLiteral("audit_log")) == 1);
}
