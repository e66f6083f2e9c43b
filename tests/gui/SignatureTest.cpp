#include "gui/signatures/SignAssessmentDialog.h"
#include "gui/signatures/SignaturePanel.h"
#include "storage/AccountStore.h"
#include "storage/LabResultRepository.h"
#include "support/DemoWard.h"
#include "support/TestSupport.h"
#include "support/WardAccounts.h"
#include "workspace/CaseFiles.h"
#include "workspace/Workspace.h"

#include <QPushButton>

using namespace mmtrack;
using storage::Role;

namespace {

const QString kPassword = test::kWardPassword;
const QDate kAsOf(2025, 6, 26);

// The demo ward with a clinician (dr.wang) and an entry account (nurse.li).
struct Ward : test::DemoWard {
    Ward() { test::addWardAccounts(workspace->database(), clock); }

    void signInAs(const QString& username)
    {
        test::signInAs(workspace->database(), clock, username);
    }
};

} // namespace

TEST_CASE("The signature bar offers signing to clinicians only and says why not to others",
          "[gui][signatures]")
{
    Ward ward;
    gui::SignaturePanel panel(*ward.workspace);
    panel.setCase(ward.demoId, ward.storedCase());
    CHECK(panel.canSign());
    CHECK(panel.statusText() == QStringLiteral("Assessment not signed."));

    ward.signInAs(QStringLiteral("nurse.li"));
    panel.setCase(ward.demoId, ward.storedCase());
    CHECK_FALSE(panel.canSign());
    const auto* sign = panel.findChildren<QPushButton*>().first();
    CHECK(sign->toolTip().contains(QStringLiteral("clinician")));
}

TEST_CASE("Signing in the dialog needs the password, locks the assessment and shows later "
          "changes until a correction with a reason is signed",
          "[gui][signatures]")
{
    Ward ward;
    {
        gui::SignAssessmentDialog dialog(*ward.workspace, ward.demoId, ward.storedCase());
        dialog.setAsOf(kAsOf);
        CHECK(dialog.previewText().contains(QStringLiteral("Best confirmed response")));
        dialog.setPassword(QStringLiteral("wrong password"));
        CHECK_FALSE(dialog.trySign());
        CHECK_FALSE(dialog.errorText().isEmpty());
        dialog.setPassword(kPassword);
        REQUIRE(dialog.trySign());
        CHECK(dialog.signature()->version == 1);
    }

    gui::SignaturePanel panel(*ward.workspace);
    panel.setCase(ward.demoId, ward.storedCase());
    CHECK(panel.statusText().contains(QStringLiteral("version 1, signed by 王医生")));
    CHECK(panel.changesText().isEmpty());

    // A serum M-protein entered late, dated before the signed date.
    clinical::LabResult late;
    late.patientId = ward.demoId;
    late.testKey = QStringLiteral("serum_m_protein");
    late.date = QDate(2025, 6, 20);
    late.enteredValue = QStringLiteral("30");
    late.enteredUnit = QStringLiteral("g/L");
    late.value = clinical::Decimal::parse(QStringLiteral("30"));
    late.sourceDetail = QStringLiteral("dr.wang");
    REQUIRE(storage::LabResultRepository(ward.workspace->database(), ward.clock)
                .add(late, QStringLiteral("dr.wang"))
                .ok());
    panel.setCase(ward.demoId, ward.storedCase());
    CHECK(panel.changesText().contains(QStringLiteral("since it was signed")));

    gui::SignAssessmentDialog correction(*ward.workspace, ward.demoId, ward.storedCase());
    correction.setAsOf(kAsOf);
    CHECK(correction.previewText().contains(QStringLiteral("Correction of version 1")));
    CHECK(correction.previewText().contains(QStringLiteral("responses[2025-06-20")));
    // MMTRACK_SCREENSHOT_DIR=DIR keeps a picture of the dialog, to look at it.
    if (const QString dir = qEnvironmentVariable("MMTRACK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        correction.resize(640, 480);
        correction.grab().save(dir + QStringLiteral("/sign-correction.png"));
    }
    correction.setPassword(kPassword);
    CHECK_FALSE(correction.trySign()); // no reason
    CHECK(correction.errorText().contains(QStringLiteral("reason")));
    correction.setReason(QStringLiteral("late M-protein result"));
    correction.setPassword(kPassword);
    REQUIRE(correction.trySign());
    CHECK(correction.signature()->version == 2);

    panel.setCase(ward.demoId, ward.storedCase());
    CHECK(panel.statusText().contains(QStringLiteral("version 2")));
    if (const QString dir = qEnvironmentVariable("MMTRACK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        const auto history = storage::AssessmentSignatures(ward.workspace->database(), ward.clock)
                                 .history(ward.demoId);
        gui::SignatureHistoryDialog dialog(history.value());
        dialog.grab().save(dir + QStringLiteral("/signature-history.png"));
    }
    CHECK(panel.changesText().isEmpty());
}
