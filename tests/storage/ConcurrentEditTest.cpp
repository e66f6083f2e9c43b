// Several workstations editing at once, each with its own connection on its own thread: every
// edit is kept, or refused with a reason (a stale row version, a lock that was not granted in
// time); the audit log holds one row per kept edit and its chain verifies.
#include "clinical/LabMeasurement.h"
#include "clinical/PatientValidator.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LabResultRepository.h"
#include "storage/PatientRepository.h"
#include "support/TestDatabase.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <chrono>
#include <thread>
#include <vector>

using namespace mmtrack;

namespace {

const QString kAppliedAt = QStringLiteral("2026-11-24T10:00:00.000Z");
constexpr int kClients = 4;
constexpr int kRounds = 12;

// What one client did. Catch's assertions are not for other threads: the main thread checks.
struct ClientLog {
    QString openError;
    QStringList keptNotes;   // the notes of each patient edit that was kept
    QStringList refusals;    // the reason of each edit that was refused
    int keptResultEdits = 0; // edits of the shared result that were kept
    QStringList failedAdds;  // adds of new results (never in conflict): must all be kept
    int addedResults = 0;
};

clinical::LabResult hemoglobin(qint64 patientId, std::optional<clinical::Sex> sex,
                               const QString& value, QDate date)
{
    clinical::LabResult result;
    result.patientId = patientId;
    result.date = date;
    if (!clinical::LabMeasurement::apply(
             {QStringLiteral("hemoglobin"), value, QStringLiteral("g/L"), {}, {}}, sex, result)
             .ok())
        return {};
    result.sourceDetail = QStringLiteral("typed");
    return result;
}

void runClient(const QString& location, int client, qint64 patientId, qint64 resultId,
               ClientLog& log)
{
    const clinical::FixedClock clock = test::fixedClock();
    auto opened = storage::Database::open(location, kAppliedAt);
    if (!opened) {
        log.openError = opened.errorText();
        return;
    }
    storage::Database& database = *opened.value();
    storage::PatientRepository patients(database, clock);
    storage::LabResultRepository results(database, clock);
    const QString user = QStringLiteral("client.%1").arg(client);
    for (int round = 0; round < kRounds; ++round) {
        // The same patient, read and saved by everyone: the last reader wins or is refused.
        const auto read = patients.byId(patientId);
        if (!read) {
            log.refusals << read.errorText();
            continue;
        }
        clinical::Patient edited = read.value();
        edited.notes = QStringLiteral("client %1 round %2").arg(client).arg(round);
        const auto saved = patients.update(edited, user);
        if (saved)
            log.keptNotes << edited.notes;
        else
            log.refusals << saved.errorText();

        // The same result, edited by everyone.
        const auto stored = results.byId(resultId);
        if (stored) {
            // Every client and round writes a value of its own, so no save is a no-op.
            const QString value = QString::number(100 + client * kRounds + round);
            clinical::LabResult changed =
                hemoglobin(patientId, read.value().sex, value, stored.value().date);
            changed.id = resultId;
            changed.rowVersion = stored.value().rowVersion;
            changed.sourceDetail = stored.value().sourceDetail;
            const auto kept = results.update(changed, user);
            if (kept)
                ++log.keptResultEdits;
            else
                log.refusals << kept.errorText();
        }

        // A new result of one's own: no conflict, so it must be kept even while the others
        // append to the audit log at the same moment.
        const QDate day = QDate(2026, 1, 1).addDays(client * kRounds + round);
        const auto added =
            results.add(hemoglobin(patientId, read.value().sex, QStringLiteral("120"), day), user);
        if (added)
            ++log.addedResults;
        else
            log.failedAdds << added.errorText();
    }
}

} // namespace

TEST_CASE("Several clients editing one patient and its results at once keep or cleanly refuse "
          "every edit, and the audit chain holds",
          "[storage][concurrency][backends]")
{
    test::TestDatabase testDatabase;
    const clinical::FixedClock clock = test::fixedClock();
    qint64 patientId = 0;
    qint64 resultId = 0;
    std::optional<clinical::Sex> sex;
    {
        auto opened = storage::Database::open(testDatabase.location(), kAppliedAt);
        INFO(opened.errorText().toStdString());
        REQUIRE(opened.ok());
        storage::PatientRepository patients(*opened.value(), clock);
        clinical::PatientDraft draft;
        draft.mrn = QStringLiteral("CC-1");
        draft.name = QStringLiteral("并发测试");
        draft.sex = QStringLiteral("female");
        draft.birthDate = QStringLiteral("1960-01-01");
        const auto parsed = clinical::PatientValidator::fromDraft(draft, clock.today());
        REQUIRE(parsed.ok());
        const auto added = patients.add(parsed.value(), QStringLiteral("setup"));
        REQUIRE(added.ok());
        patientId = added.value().id;
        sex = added.value().sex;
        storage::LabResultRepository results(*opened.value(), clock);
        const auto result = results.add(
            hemoglobin(patientId, sex, QStringLiteral("90"), QDate(2025, 12, 1)), // no client's
            QStringLiteral("setup"));
        REQUIRE(result.ok());
        resultId = result.value().id;
    }

    std::vector<ClientLog> logs(kClients);
    {
        std::vector<std::thread> clients;
        for (int client = 0; client < kClients; ++client)
            clients.emplace_back(runClient, testDatabase.location(), client, patientId, resultId,
                                 std::ref(logs[std::size_t(client)]));
        for (std::thread& client : clients)
            client.join();
    }

    int keptPatientEdits = 0;
    int keptResultEdits = 0;
    int added = 0;
    QStringList keptNotes;
    for (const ClientLog& log : logs) {
        INFO(log.openError.toStdString());
        REQUIRE(log.openError.isEmpty());
        for (const QString& failure : log.failedAdds)
            FAIL_CHECK("an add that conflicts with nothing was refused: " << failure.toStdString());
        for (const QString& refusal : log.refusals) {
            // A refusal names its reason: a stale version, or a lock not granted in time.
            INFO(refusal.toStdString());
            CHECK_FALSE(refusal.trimmed().isEmpty());
        }
        keptPatientEdits += int(log.keptNotes.size());
        keptResultEdits += log.keptResultEdits;
        added += log.addedResults;
        keptNotes += log.keptNotes;
        CHECK(log.keptNotes.size() + log.keptResultEdits + log.refusals.size() ==
              qsizetype(2 * kRounds));
    }
    CHECK(added == kClients * kRounds);
    CHECK(keptPatientEdits >= 1);

    auto opened = storage::Database::open(testDatabase.location(), kAppliedAt);
    REQUIRE(opened.ok());
    const QSqlDatabase db = opened.value()->connection();
    // Each kept edit is in the row's version and in the audit log, once; nothing else is.
    const auto patient = storage::PatientRepository(*opened.value(), clock).byId(patientId);
    REQUIRE(patient.ok());
    CHECK(patient.value().rowVersion == 1 + keptPatientEdits);
    const auto patientLog =
        storage::AuditLog::forRow(db, storage::PatientRepository::kTable, patientId);
    REQUIRE(patientLog.ok());
    QStringList auditedNotes;
    for (const storage::AuditEntry& entry : patientLog.value())
        if (entry.action == QLatin1String("update"))
            auditedNotes << entry.newValues.value(QStringLiteral("notes")).toString();
    QStringList sortedKept = keptNotes;
    sortedKept.sort();
    QStringList sortedAudited = auditedNotes;
    sortedAudited.sort();
    CHECK(sortedAudited == sortedKept);
    // The stored notes are those of the last kept edit.
    REQUIRE_FALSE(auditedNotes.isEmpty());
    CHECK(patient.value().notes == auditedNotes.last());

    const auto result = storage::LabResultRepository(*opened.value(), clock).byId(resultId);
    REQUIRE(result.ok());
    CHECK(result.value().rowVersion == 1 + keptResultEdits);

    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM lab_results")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1 + added);
    query.finish();

    const auto verification = storage::AuditLog::verify(db);
    REQUIRE(verification.ok());
    CHECK(verification.value().intact());
    // setup: 2 inserts; then one row per kept edit and per added result.
    CHECK(verification.value().rows == 2 + keptPatientEdits + keptResultEdits + added);
}

TEST_CASE("Two workstations registering one MRN at the same moment: the second is told the MRN "
          "is taken, under its field",
          "[storage][concurrency][backends]")
{
    test::TestDatabase testDatabase;
    const clinical::FixedClock clock = test::fixedClock();
    auto opened = storage::Database::open(testDatabase.location(), kAppliedAt);
    REQUIRE(opened.ok());
    storage::PatientRepository patients(*opened.value(), clock);
    clinical::PatientDraft draft;
    draft.mrn = QStringLiteral("CC-2");
    draft.name = QStringLiteral("同时登记");
    draft.sex = QStringLiteral("male");
    draft.birthDate = QStringLiteral("1970-05-01");
    const auto parsed = clinical::PatientValidator::fromDraft(draft, clock.today());
    REQUIRE(parsed.ok());

    {
        // The other workstation has inserted the same MRN and not yet committed: this one's
        // check sees nothing, its insert waits for the other's commit and then collides.
        QSqlDatabase other = testDatabase.openRaw(QStringLiteral("other"));
        REQUIRE(other.transaction());
        QSqlQuery insert(other);
        REQUIRE(insert.prepare(QStringLiteral(
            "INSERT INTO patients (mrn, name, sex, birth_date, created_at, created_by, "
            "updated_at, updated_by) VALUES (?, 'other', 'male', '1970-05-01', "
            "'2026-11-24T10:00:00.000Z', 'other', '2026-11-24T10:00:00.000Z', 'other')")));
        insert.addBindValue(draft.mrn);
        REQUIRE(insert.exec());
        std::thread committer([&other] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            other.commit();
        });
        const auto added = patients.add(parsed.value(), QStringLiteral("second"));
        committer.join();
        insert.finish();
        REQUIRE_FALSE(added.ok());
        CHECK(added.problems().first().where == QStringLiteral("mrn"));
        CHECK(added.errorText().contains(QStringLiteral("already belongs to another patient")));
    }
    test::TestDatabase::closeRaw(QStringLiteral("other"));
    QSqlQuery count(opened.value()->connection());
    REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM patients WHERE mrn = 'CC-2'")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 1);
    CHECK(storage::AuditLog::verify(opened.value()->connection()).ok());
}
