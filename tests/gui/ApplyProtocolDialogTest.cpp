#include "gui/plans/ApplyProtocolDialog.h"

#include "gui/patients/AssessmentOverviewWidget.h"
#include "storage/AuditLog.h"
#include "support/DemoWard.h"
#include "support/TestSupport.h"
#include "workspace/CaseFiles.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace mmtrack;

namespace {

struct Ward : test::DemoWard {
    storage::ProtocolRepository protocols()
    {
        return storage::ProtocolRepository(workspace->database(), clock);
    }
};

QPushButton* okButton(const gui::ApplyProtocolDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("The protocol dialog opens on the patient's plan and refuses a date that is not one",
          "[gui][plan]")
{
    Ward ward;
    gui::ApplyProtocolDialog dialog(ward.protocols(), ward.demoId, QStringLiteral("dr.wang"));
    CHECK(dialog.templateBox()->currentData().toString() == QStringLiteral("vrd-tandem-asct"));
    CHECK(dialog.startEdit()->text() == QStringLiteral("2025-04-01"));
    CHECK(okButton(dialog)->isEnabled());
    dialog.startEdit()->clear();
    QTest::keyClicks(dialog.startEdit(), QStringLiteral("2025-02-30"));
    CHECK_FALSE(okButton(dialog)->isEnabled());
}

TEST_CASE("Applying a protocol from the dialog stores it, audited, and the overview shows it",
          "[gui][plan]")
{
    Ward ward;
    gui::ApplyProtocolDialog dialog(ward.protocols(), ward.demoId, QStringLiteral("dr.wang"));
    dialog.templateBox()->setCurrentIndex(
        dialog.templateBox()->findData(QStringLiteral("vrd-single-asct")));
    dialog.startEdit()->setText(QStringLiteral("2025-04-07"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const auto stored = ward.protocols().forPatient(ward.demoId).value();
    REQUIRE(stored);
    CHECK(stored->protocol.id == QStringLiteral("vrd-single-asct"));
    CHECK(stored->start == QDate(2025, 4, 7));
    const auto log = storage::AuditLog::forRow(ward.workspace->database().connection(),
                                               storage::ProtocolRepository::kTable, stored->id)
                         .value();
    CHECK(log.last().user == QStringLiteral("dr.wang"));

    QString error;
    const auto assessed =
        gui::AssessmentOverviewWidget::assessStored(*ward.workspace, ward.demoId, &error);
    REQUIRE(assessed);
    const auto plan =
        workspace::CasePlan::review(*ward.workspace, assessed->first, assessed->second);
    REQUIRE(plan.ok());
    gui::AssessmentOverviewWidget overview;
    overview.setAssessment(assessed->first, assessed->second, plan.value());
    const QString shown = overview.shownTexts().join(QLatin1Char('\n'));
    CHECK(shown.contains(QStringLiteral("Treatment plan")));
    CHECK(shown.contains(QStringLiteral("from 2025-04-07")));
    // A single-transplant plan sees the second transplant as unplanned, and the tandem's
    // checks do not apply.
    CHECK_FALSE(shown.contains(QStringLiteral("6 months of a planned tandem")));
}
