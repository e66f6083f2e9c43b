#include "storage/AssessmentSignatures.h"

#include "storage/AccountStore.h"
#include "storage/AuditLog.h"
#include "storage/LabResultRepository.h"
#include "support/TestDatabase.h"
#include "support/TestSupport.h"
#include "support/WardAccounts.h"
#include "workspace/AssessmentSnapshot.h"
#include "workspace/CaseFiles.h"
#include "workspace/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace mmtrack;
using storage::AssessmentSignatures;
using storage::Role;

namespace {

const QString kPassword = test::kWardPassword;
const QString kDemoMrn = QStringLiteral("TZ-2025-0417");
const QDate kDay100(2025, 6, 26); // after cycle 4's assessment

// The demo ward with an administrator, a clinician and an entry account; the clinician is
// signed in.
struct Ward {
    test::TestDatabase testDatabase;
    clinical::FixedClock clock = test::fixedClock();
    std::unique_ptr<workspace::Workspace> workspace;
    qint64 demoId = 0;

    Ward()
    {
        auto opened = workspace::Workspace::open(testDatabase.location(), clock,
                                                 workspace::Workspace::Seed::DemoWhenNew);
        INFO(opened.errorText().toStdString());
        REQUIRE(opened.ok());
        workspace = std::move(opened).value();
        demoId = workspace->patients().byMrn(kDemoMrn).value().id;
        test::addWardAccounts(database(), clock);
    }

    storage::Database& database() { return workspace->database(); }
    void signInAs(const QString& username) { test::signInAs(database(), clock, username); }
    AssessmentSignatures signatures() { return AssessmentSignatures(database(), clock); }
    QJsonObject assessment(QDate asOf)
    {
        const auto json = workspace::AssessmentSnapshot::forPatient(*workspace, demoId, asOf);
        REQUIRE(json.ok());
        return json.value();
    }
    int signatureRows()
    {
        QSqlQuery query(database().connection());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM assessment_signatures")));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
};

} // namespace

TEST_CASE("A clinician signs an assessment with the password, and it is kept as signed",
          "[signatures][backends]")
{
    Ward ward;
    const QJsonObject assessment = ward.assessment(kDay100);
    CHECK(assessment.value(QStringLiteral("as_of")).toString() == QStringLiteral("2025-06-26"));

    // A wrong password signs nothing.
    const auto wrong = ward.signatures().sign(
        {ward.demoId, kDay100, assessment, QStringLiteral("not-my-password"), QString()});
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.problems().first().where == QStringLiteral("password"));
    CHECK(ward.signatureRows() == 0);

    const auto signedOne =
        ward.signatures().sign({ward.demoId, kDay100, assessment, kPassword, QString()});
    INFO(signedOne.errorText().toStdString());
    REQUIRE(signedOne.ok());
    CHECK(signedOne.value().version == 1);
    CHECK(signedOne.value().signedBy == QStringLiteral("dr.wang"));
    CHECK(signedOne.value().signedByName == QStringLiteral("王医生"));

    const auto stored = ward.signatures().latest(ward.demoId, kDay100);
    REQUIRE(stored.ok());
    REQUIRE(stored.value());
    CHECK(stored.value()->assessment == assessment);
    CHECK(stored.value()->intact());
    CHECK(stored.value()->signedAt == ward.clock.nowUtc());

    // The signing is in the audit log, under the patient, and the chain still holds.
    const auto audit =
        storage::AuditLog::query(ward.database().connection(),
                                 storage::AuditFilter{ward.demoId, QString(), QDate(), QDate()});
    REQUIRE(audit.ok());
    CHECK(std::any_of(audit.value().cbegin(), audit.value().cend(), [](const auto& row) {
        return row.entry.table == AssessmentSignatures::kTable &&
               row.entry.user == QStringLiteral("dr.wang");
    }));
    CHECK(storage::AuditLog::verify(ward.database().connection()).ok());
}

TEST_CASE("Only a clinician or an administrator may sign, and the library refuses the others",
          "[signatures][backends]")
{
    Ward ward;
    ward.signInAs(QStringLiteral("nurse.li"));
    const auto refused = ward.signatures().sign(
        {ward.demoId, kDay100, ward.assessment(kDay100), kPassword, QString()});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorText().contains(QStringLiteral("clinician")));
    CHECK(ward.signatureRows() == 0);

    ward.database().setSession(std::nullopt);
    CHECK_FALSE(ward.signatures()
                    .sign({ward.demoId, kDay100, ward.assessment(kDay100), kPassword, QString()})
                    .ok());
    CHECK(ward.signatureRows() == 0);
}

TEST_CASE("A signed assessment is locked: a correction is a new version with a reason and "
          "the list of what changed",
          "[signatures][backends]")
{
    Ward ward;
    const QJsonObject first = ward.assessment(kDay100);
    REQUIRE(ward.signatures().sign({ward.demoId, kDay100, first, kPassword, QString()}).ok());

    // Signing the same thing again changes nothing and is refused.
    const auto again =
        ward.signatures().sign({ward.demoId, kDay100, first, kPassword, QStringLiteral("re-sign")});
    REQUIRE_FALSE(again.ok());
    CHECK(again.errorText().contains(QStringLiteral("nothing changed")));

    // A result entered late changes the assessment as of that date: a serum M-protein from
    // before the signing date adds a response assessment on its day.
    ward.signInAs(QStringLiteral("nurse.li"));
    storage::LabResultRepository results(ward.database(), ward.clock);
    clinical::LabResult late;
    late.patientId = ward.demoId;
    late.testKey = QStringLiteral("serum_m_protein");
    late.date = QDate(2025, 6, 20);
    late.enteredValue = QStringLiteral("30");
    late.enteredUnit = QStringLiteral("g/L");
    late.value = clinical::Decimal::parse(QStringLiteral("30"));
    late.source = clinical::LabSource::Typed;
    late.sourceDetail = QStringLiteral("nurse.li");
    REQUIRE(results.add(late, QStringLiteral("nurse.li")).ok());
    ward.signInAs(QStringLiteral("dr.wang"));

    const QJsonObject corrected = ward.assessment(kDay100);
    const auto expectedChanges = clinical::diffAssessments(first, corrected);
    REQUIRE_FALSE(expectedChanges.isEmpty());
    const bool responseChanged =
        std::any_of(expectedChanges.cbegin(), expectedChanges.cend(), [](const auto& change) {
            return change.path.startsWith(QStringLiteral("responses[2025-06-20"));
        });
    CHECK(responseChanged);

    // Without a reason, the correction is refused.
    const auto noReason =
        ward.signatures().sign({ward.demoId, kDay100, corrected, kPassword, QString()});
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.problems().first().where == QStringLiteral("reason"));

    const auto second = ward.signatures().sign(
        {ward.demoId, kDay100, corrected, kPassword, QStringLiteral("late result from the lab")});
    INFO(second.errorText().toStdString());
    REQUIRE(second.ok());
    CHECK(second.value().version == 2);
    CHECK(second.value().reason == QStringLiteral("late result from the lab"));
    CHECK(second.value().changes == expectedChanges);

    const auto history = ward.signatures().history(ward.demoId);
    REQUIRE(history.ok());
    REQUIRE(history.value().size() == 2);
    CHECK(history.value()[0].assessment == first); // the first version is kept as signed
    CHECK(history.value()[1].supersedesId == history.value()[0].id);
    CHECK(history.value()[1].changes == expectedChanges);

    // The stored rows cannot be changed or removed, even with SQL from outside mmtrack.
    QSqlQuery query(ward.database().connection());
    CHECK_FALSE(query.exec(
        QStringLiteral("UPDATE assessment_signatures SET reason = 'edited' WHERE version = 2")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM assessment_signatures")));
    CHECK(ward.signatureRows() == 2);
}

TEST_CASE("An assessment cannot be signed for a future date or without content",
          "[signatures][backends]")
{
    Ward ward;
    const QDate tomorrow = ward.clock.today().addDays(1);
    const auto future = ward.signatures().sign(
        {ward.demoId, tomorrow, ward.assessment(ward.clock.today()), kPassword, QString()});
    REQUIRE_FALSE(future.ok());
    CHECK(future.problems().first().where == QStringLiteral("as_of"));
    CHECK_FALSE(
        ward.signatures().sign({ward.demoId, kDay100, QJsonObject(), kPassword, QString()}).ok());
    CHECK(ward.signatureRows() == 0);
}
