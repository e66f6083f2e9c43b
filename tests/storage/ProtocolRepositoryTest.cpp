#include "storage/ProtocolRepository.h"

#include "storage/AuditLog.h"
#include "support/TestDatabase.h"
#include "support/TestSupport.h"
#include "workspace/CaseFiles.h"
#include "workspace/CasePlan.h"
#include "workspace/ProtocolLibrary.h"
#include "workspace/Workspace.h"

using namespace mmtrack;
using storage::ProtocolRepository;

namespace {

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
        demoId = workspace->patients().byMrn(QStringLiteral("TZ-2025-0417")).value().id;
    }

    ProtocolRepository protocols() { return ProtocolRepository(workspace->database(), clock); }

    workspace::CasePlanView review()
    {
        const auto record = workspace::CaseFiles::load(*workspace, demoId);
        REQUIRE(record.ok());
        const auto plan = workspace::CasePlan::review(
            *workspace, record.value(), clinical::CaseAssessor::assess(record.value()));
        REQUIRE(plan.ok());
        REQUIRE(plan.value());
        return *plan.value();
    }
};

QStringList alertCodes(const clinical::PlanReview& review)
{
    QStringList codes;
    for (const auto& alert : review.alerts)
        codes << alert.code;
    return codes;
}

} // namespace

TEST_CASE("Every shipped protocol template reads, the demo's and a single-transplant variant",
          "[plan][templates]")
{
    const auto& shipped = workspace::ProtocolLibrary::shipped();
    QStringList ids;
    for (const auto& protocol : shipped)
        ids << protocol.id;
    CHECK(ids ==
          QStringList({QStringLiteral("vrd-single-asct"), QStringLiteral("vrd-tandem-asct")}));
    const auto tandem = workspace::ProtocolLibrary::byId(QStringLiteral("vrd-tandem-asct"));
    REQUIRE(tandem);
    CHECK(tandem->transplantsPlanned == 2);
    CHECK_FALSE(tandem->nameZh.isEmpty());
    const auto single = workspace::ProtocolLibrary::byId(QStringLiteral("vrd-single-asct"));
    REQUIRE(single);
    CHECK(single->transplantsPlanned == 1);
    CHECK(single->steps.size() < tandem->steps.size());
}

TEST_CASE("The demo patient follows the tandem protocol: its pathway matches the plan",
          "[plan][demo][backends]")
{
    Ward ward;
    const auto plan = ward.review();
    CHECK(plan.protocol.protocol.id == QStringLiteral("vrd-tandem-asct"));
    CHECK(plan.protocol.start == QDate(2025, 4, 1));
    QHash<QString, clinical::PlannedStep> steps;
    for (const auto& step : plan.review.steps)
        steps.insert(step.step.key, step);
    // Both transplants are matched on their day 0, and each is forecast from the admission.
    CHECK(steps.value(QStringLiteral("asct-1")).recorded == QDate(2025, 11, 3));
    CHECK(steps.value(QStringLiteral("asct-2")).recorded == QDate(2026, 3, 17));
    CHECK(steps.value(QStringLiteral("conditioning-2")).expected == QDate(2026, 3, 13));
    for (const char* key : {"induction-1", "induction-4", "collection", "consolidation-6"})
        CHECK(steps.value(QLatin1String(key)).done());
    // The day +100 assessment after ASCT1 is there (the sCR panel of 2026-02).
    CHECK(steps.value(QStringLiteral("day100-1")).done());
    // Collected 9.1 ×10⁶/kg for two transplants; tandem within 6 months; engrafted by D+30.
    const QStringList codes = alertCodes(plan.review);
    CHECK_FALSE(codes.contains(QStringLiteral("collection_below_minimum")));
    CHECK_FALSE(codes.contains(QStringLiteral("tandem_beyond_6_months")));
    CHECK_FALSE(codes.contains(QStringLiteral("no_neutrophil_engraftment_by_d30")));
}

TEST_CASE("Applying, replacing and removing a plan are audited; removing needs a reason",
          "[plan][storage][backends]")
{
    Ward ward;
    const auto single = workspace::ProtocolLibrary::byId(QStringLiteral("vrd-single-asct"));
    REQUIRE(single);
    const auto db = ward.workspace->database().connection();
    const auto before = ward.protocols().forPatient(ward.demoId).value();
    REQUIRE(before);
    const auto applied =
        ward.protocols().apply(ward.demoId, *single, QDate(2025, 4, 7), QStringLiteral("dr.li"));
    REQUIRE(applied.ok());
    CHECK(applied.value().protocol.id == QStringLiteral("vrd-single-asct"));
    CHECK(applied.value().rowVersion == before->rowVersion + 1);
    auto log =
        storage::AuditLog::forRow(db, ProtocolRepository::kTable, applied.value().id).value();
    REQUIRE(log.size() == 2);
    CHECK(log.last().action == QStringLiteral("update"));
    CHECK(log.last().oldValues.value(QStringLiteral("template_id")).toString() ==
          QStringLiteral("vrd-tandem-asct"));
    CHECK(log.last().newValues.value(QStringLiteral("start_date")).toString() ==
          QStringLiteral("2025-04-07"));

    CHECK_FALSE(
        ward.protocols().remove(ward.demoId, QStringLiteral("  "), QStringLiteral("u")).ok());
    REQUIRE(ward.protocols()
                .remove(ward.demoId, QStringLiteral("wrong patient"), QStringLiteral("u"))
                .ok());
    CHECK_FALSE(ward.protocols().forPatient(ward.demoId).value());
    log = storage::AuditLog::forRow(db, ProtocolRepository::kTable, applied.value().id).value();
    CHECK(log.last().action == QStringLiteral("delete"));
    CHECK(log.last().reason == QStringLiteral("wrong patient"));
}

TEST_CASE("A stored plan keeps the template as applied", "[plan][storage][backends]")
{
    Ward ward;
    auto custom = *workspace::ProtocolLibrary::byId(QStringLiteral("vrd-single-asct"));
    custom.id = QStringLiteral("ward-variant");
    custom.steps[1].offsetDays = 28;
    REQUIRE(
        ward.protocols().apply(ward.demoId, custom, QDate(2025, 4, 1), QStringLiteral("u")).ok());
    const auto stored = ward.protocols().forPatient(ward.demoId).value();
    REQUIRE(stored);
    CHECK(stored->protocol.id == QStringLiteral("ward-variant"));
    CHECK(stored->protocol.steps[1].offsetDays == 28);
    CHECK(stored->protocol.toJson() == custom.toJson());
}
