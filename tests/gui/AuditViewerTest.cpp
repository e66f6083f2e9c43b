#include "gui/audit/AuditViewerDialog.h"
#include "storage/PatientRepository.h"
#include "support/DemoWard.h"
#include "support/TestSupport.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace mmtrack;
using gui::AuditLogModel;

namespace {

// The demo ward plus AUD-1, added by dr.audit on 2026-11-24 and edited by nurse.zhao on
// 2026-12-01.
struct Ward : test::DemoWard {
    clinical::FixedClock later =
        clinical::FixedClock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));

    Ward()
    {
        clinical::Patient patient;
        patient.mrn = QStringLiteral("AUD-1");
        patient.name = QStringLiteral("Audit Test");
        patient.sex = clinical::Sex::Male;
        auto added = workspace->patients().add(patient, QStringLiteral("dr.audit"));
        REQUIRE(added.ok());
        clinical::Patient edited = added.value();
        edited.notes = QStringLiteral("moved to ward 3");
        REQUIRE(storage::PatientRepository(workspace->database(), later)
                    .update(edited, QStringLiteral("nurse.zhao"))
                    .ok());
    }
};

QStringList column(const AuditLogModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.data(model.index(row, column)).toString();
    return values;
}

} // namespace

TEST_CASE("The audit viewer lists every row and filters by patient, user and days", "[gui][audit]")
{
    Ward ward;
    gui::AuditViewerDialog dialog(*ward.workspace, nullptr);
    AuditLogModel& model = *dialog.model();
    const int all = model.rowCount();
    REQUIRE(all > 20);
    CHECK(model.headerData(AuditLogModel::TimeColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Time (UTC)"));

    dialog.patientFilter()->setText(QStringLiteral("AUD-1"));
    REQUIRE(model.rowCount() == 2);
    CHECK(column(model, AuditLogModel::UserColumn) ==
          QStringList{QStringLiteral("dr.audit"), QStringLiteral("nurse.zhao")});
    CHECK(column(model, AuditLogModel::ActionColumn) ==
          QStringList{QStringLiteral("added"), QStringLiteral("changed")});
    CHECK(model.data(model.index(0, AuditLogModel::PatientColumn))
              .toString()
              .startsWith(QStringLiteral("AUD-1")));
    CHECK(model.data(model.index(1, AuditLogModel::TimeColumn)).toString() ==
          QStringLiteral("2026-12-01T09:00:00Z"));
    const QString change = model.data(model.index(1, AuditLogModel::ChangesColumn)).toString();
    CHECK(change.contains(QStringLiteral("notes:")));
    CHECK(change.contains(QStringLiteral("→ moved to ward 3")));

    dialog.patientFilter()->setText(QStringLiteral("Audit Te")); // by name
    CHECK(model.rowCount() == 2);
    dialog.patientFilter()->setText(QStringLiteral("TZ-2025-0417"));
    storage::AuditFilter demo;
    demo.patientId = ward.workspace->patients().byMrn(QStringLiteral("TZ-2025-0417")).value().id;
    const auto demoRows = storage::AuditLog::query(ward.workspace->database().connection(), demo);
    REQUIRE(demoRows.ok());
    CHECK(model.rowCount() == demoRows.value().size());
    CHECK(model.rowCount() > 20);
    CHECK_FALSE(column(model, AuditLogModel::UserColumn).contains(QStringLiteral("dr.audit")));
    dialog.patientFilter()->setText(QStringLiteral("nobody-like-this"));
    CHECK(model.rowCount() == 0);
    dialog.patientFilter()->clear();
    CHECK(model.rowCount() == all);

    dialog.userFilter()->setText(QStringLiteral("nurse.zhao"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, AuditLogModel::TableColumn)).toString() ==
          QStringLiteral("Patient"));
    dialog.userFilter()->clear();

    dialog.fromDate()->setDate(QDate(2026, 11, 25));
    dialog.fromEnabled()->setChecked(true);
    CHECK(dialog.fromDate()->isEnabled());
    REQUIRE(model.rowCount() == 1);
    CHECK(column(model, AuditLogModel::UserColumn) == QStringList{QStringLiteral("nurse.zhao")});
    dialog.fromEnabled()->setChecked(false);
    dialog.toDate()->setDate(QDate(2026, 11, 24));
    dialog.toEnabled()->setChecked(true);
    CHECK(model.rowCount() == all - 1);
    dialog.toDate()->setDate(QDate(2026, 11, 23));
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The audit viewer's Verify chain button names a row edited outside mmtrack",
          "[gui][audit]")
{
    Ward ward;
    gui::AuditViewerDialog dialog(*ward.workspace, nullptr);
    QTest::mouseClick(dialog.verifyButton(), Qt::LeftButton);
    CHECK(dialog.message()->text().contains(QStringLiteral("intact")));

    const QString name = QStringLiteral("outside");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(ward.workspace->database().location());
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        REQUIRE(query.exec(QStringLiteral("UPDATE audit_log SET reason = 'tidy' WHERE id = 4")));
    }
    QSqlDatabase::removeDatabase(name);
    CHECK_FALSE(dialog.verifyChain());
    CHECK(dialog.message()->text().contains(QStringLiteral("audit row 4 was changed")));
}
