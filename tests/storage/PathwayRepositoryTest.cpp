#include "storage/AuditLog.h"
#include "support/TestSupport.h"
#include "workspace/Workspace.h"

using namespace mmtrack;
using storage::PathwayRepository;

namespace {

struct Ward {
    test::Scratch scratch;
    clinical::FixedClock clock = test::fixedClock();
    std::unique_ptr<workspace::Workspace> workspace;
    qint64 demoId = 0;

    Ward()
    {
        auto opened = workspace::Workspace::open(scratch.path(QStringLiteral("ward.sqlite")), clock,
                                                 workspace::Workspace::Seed::DemoWhenNew);
        REQUIRE(opened.ok());
        workspace = std::move(opened).value();
        demoId = workspace->patients().byMrn(QStringLiteral("TZ-2025-0417")).value().id;
    }
};

} // namespace

TEST_CASE("The demo patient's cytogenetics, plan and transfusions are stored", "[storage][pathway]")
{
    Ward ward;
    const auto details = ward.workspace->pathway().details(ward.demoId);
    REQUIRE(details.ok());
    REQUIRE(details.value());
    const clinical::DiagnosisDetails& d = *details.value();
    REQUIRE(d.cytogenetics);
    CHECK(d.cytogenetics->t4_14 == true);
    CHECK(d.cytogenetics->chr1qCopies == 4);
    CHECK(d.cytogenetics->del17p == false);
    CHECK_FALSE(d.cytogenetics->del17pCcfPercent);
    CHECK(d.transplantsPlanned == 2);
    const auto events = ward.workspace->pathway().events(ward.demoId).value();
    REQUIRE(events.size() == 25);
    CHECK(events[0].event.type == clinical::EventType::TherapyCycle);
    CHECK(events[0].event.regimen == QStringLiteral("VRD"));
    int platelets = 0;
    for (const auto& stored : events)
        platelets += stored.event.type == clinical::EventType::Transfusion &&
                     stored.event.product == QStringLiteral("platelets");
    CHECK(platelets == 4);
}

TEST_CASE("Diagnosis details are saved once and audited by changed column", "[storage][pathway]")
{
    Ward ward;
    clinical::DiagnosisDetails d = *ward.workspace->pathway().details(ward.demoId).value();
    d.cytogenetics->del17pCcfPercent = clinical::Decimal::parse(QStringLiteral("35"));
    d.osteolyticLesions = 3;
    REQUIRE(ward.workspace->pathway().saveDetails(ward.demoId, d, QStringLiteral("dr.wang")).ok());
    const auto again = ward.workspace->pathway().details(ward.demoId).value();
    CHECK(again->cytogenetics->del17pCcfPercent->toString() == QStringLiteral("35"));
    CHECK(again->osteolyticLesions == 3);
    CHECK(again->rowVersion == 2);
    // Saving the same again writes nothing.
    REQUIRE(
        ward.workspace->pathway().saveDetails(ward.demoId, *again, QStringLiteral("dr.wang")).ok());
    CHECK(ward.workspace->pathway().details(ward.demoId).value()->rowVersion == 2);
    int updates = 0;
    for (const auto& entry :
         storage::AuditLog::all(ward.workspace->database().connection()).value())
        if (entry.table == PathwayRepository::kDetailsTable &&
            entry.action == QStringLiteral("update")) {
            ++updates;
            CHECK(entry.newValues.keys() == QStringList({QStringLiteral("del17p_ccf_percent"),
                                                         QStringLiteral("osteolytic_lesions")}));
        }
    CHECK(updates == 1);
    d.transplantsPlanned = 3;
    CHECK_FALSE(ward.workspace->pathway().saveDetails(ward.demoId, d, QStringLiteral("u")).ok());
}

TEST_CASE("Events keep their date precision; deleting one needs a reason", "[storage][pathway]")
{
    Ward ward;
    clinical::PathwayEvent cycle;
    cycle.type = clinical::EventType::TherapyCycle;
    cycle.date = *clinical::PartialDate::fromIso(QStringLiteral("2025-04"));
    cycle.endDate = clinical::PartialDate::fromIso(QStringLiteral("2025-05"));
    cycle.phase = QStringLiteral("induction");
    cycle.regimen = QStringLiteral("VRD");
    cycle.cycle = 1;
    const auto stored =
        ward.workspace->pathway().addEvent(ward.demoId, cycle, QStringLiteral("nurse"));
    REQUIRE(stored.ok());
    const auto events = ward.workspace->pathway().events(ward.demoId).value();
    const auto added =
        std::find_if(events.cbegin(), events.cend(),
                     [&](const storage::StoredEvent& e) { return e.id == stored.value().id; });
    REQUIRE(added != events.cend());
    CHECK(added->event.date.precision() == clinical::PartialDate::Precision::Month);
    CHECK(added->event.endDate->toIso() == QStringLiteral("2025-05"));
    clinical::PathwayEvent future = cycle;
    future.date = *clinical::PartialDate::fromIso(QStringLiteral("2027-01-01"));
    CHECK_FALSE(ward.workspace->pathway().addEvent(ward.demoId, future, QStringLiteral("u")).ok());
    CHECK_FALSE(ward.workspace->pathway()
                    .removeEvent(stored.value().id, 1, QStringLiteral(" "), QStringLiteral("u"))
                    .ok());
    REQUIRE(ward.workspace->pathway()
                .removeEvent(stored.value().id, 1, QStringLiteral("entered twice"),
                             QStringLiteral("dr.wang"))
                .ok());
    const auto log = storage::AuditLog::forRow(ward.workspace->database().connection(),
                                               PathwayRepository::kEventsTable, stored.value().id);
    REQUIRE(log.value().size() == 2);
    CHECK(log.value()[1].reason == QStringLiteral("entered twice"));
    CHECK(log.value()[1].oldValues.value(QStringLiteral("regimen")).toString() ==
          QStringLiteral("VRD"));
}
