#include "clinical/PathwayEventText.h"
#include "clinical/PathwayEventValidator.h"
#include "storage/AuditLog.h"
#include "support/TestDatabase.h"
#include "support/TestSupport.h"
#include "workspace/Workspace.h"

using namespace mmtrack;
using storage::PathwayRepository;

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
};

} // namespace

TEST_CASE("The demo patient's cytogenetics, plan and transfusions are stored",
          "[storage][pathway][backends]")
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
    REQUIRE(events.size() == 31);
    CHECK(events[0].event.type == clinical::EventType::TherapyCycle);
    CHECK(events[0].event.regimen == QStringLiteral("VRD"));
    int platelets = 0;
    for (const auto& stored : events)
        platelets += stored.event.type == clinical::EventType::Transfusion &&
                     stored.event.product == QStringLiteral("platelets");
    CHECK(platelets == 4);
}

TEST_CASE("Diagnosis details are saved once and audited by changed column",
          "[storage][pathway][backends]")
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

TEST_CASE("Events keep their date precision; deleting one needs a reason",
          "[storage][pathway][backends]")
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

namespace {

clinical::PathwayEvent transplantEvent()
{
    clinical::PathwayEvent e;
    e.type = clinical::EventType::Transplant;
    e.date = *clinical::PartialDate::fromIso(QStringLiteral("2026-03-02"));
    e.number = 1;
    e.cd34PerKg = clinical::Decimal::parse(QStringLiteral("4.1"));
    return e;
}

// The problems' fields, in order.
QStringList fieldsOf(const clinical::Problems& problems)
{
    QStringList fields;
    for (const clinical::Problem& p : problems)
        fields << p.where;
    return fields;
}

int auditRows(Ward& ward)
{
    return int(storage::AuditLog::all(ward.workspace->database().connection()).value().size());
}

} // namespace

TEST_CASE("An event is updated with its row version and audited by changed column",
          "[storage][pathway][backends]")
{
    Ward ward;
    auto& pathway = ward.workspace->pathway();
    const auto added = pathway.addEvent(ward.demoId, transplantEvent(), QStringLiteral("nurse"));
    REQUIRE(added.ok());
    storage::StoredEvent changed = added.value();
    changed.event.cd34PerKg = clinical::Decimal::parse(QStringLiteral("4.6"));
    changed.event.date = *clinical::PartialDate::fromIso(QStringLiteral("2026-03-03"));
    const auto saved = pathway.updateEvent(changed, QStringLiteral("dr.wang"));
    REQUIRE(saved.ok());
    CHECK(saved.value().rowVersion == 2);
    const auto reread = pathway.eventById(added.value().id);
    REQUIRE(reread.ok());
    CHECK(reread.value().rowVersion == 2);
    CHECK(reread.value().patientId == ward.demoId);
    CHECK(reread.value().event.cd34PerKg->toString() == QStringLiteral("4.6"));
    CHECK(reread.value().event.date.toIso() == QStringLiteral("2026-03-03"));

    const auto log = storage::AuditLog::forRow(ward.workspace->database().connection(),
                                               PathwayRepository::kEventsTable, added.value().id);
    REQUIRE(log.value().size() == 2);
    const storage::AuditEntry& update = log.value()[1];
    CHECK(update.action == QStringLiteral("update"));
    CHECK(update.user == QStringLiteral("dr.wang"));
    CHECK(update.newValues.keys() ==
          QStringList({QStringLiteral("cd34_10e6_per_kg"), QStringLiteral("event_date")}));
    CHECK(update.oldValues.value(QStringLiteral("cd34_10e6_per_kg")).toString() ==
          QStringLiteral("4.1"));

    // The same values again write nothing; the version read before is refused.
    const int rows = auditRows(ward);
    REQUIRE(pathway.updateEvent(saved.value(), QStringLiteral("u")).ok());
    CHECK(auditRows(ward) == rows);
    storage::StoredEvent stale = changed; // still row version 1
    stale.event.number = 2;
    const auto refused = pathway.updateEvent(stale, QStringLiteral("u"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorText().contains(QStringLiteral("changed elsewhere")));
    CHECK(pathway.eventById(added.value().id).value().event.number == 1);
    CHECK(auditRows(ward) == rows);
    // A deletion must name the version it read too.
    CHECK_FALSE(
        pathway.removeEvent(added.value().id, 1, QStringLiteral("x"), QStringLiteral("u")).ok());
    CHECK_FALSE(pathway.eventById(987654).ok());
}

TEST_CASE("Add and update refuse an event naming the field that is wrong",
          "[storage][pathway][backends]")
{
    Ward ward;
    auto& pathway = ward.workspace->pathway();
    const auto added = pathway.addEvent(ward.demoId, transplantEvent(), QStringLiteral("nurse"));
    REQUIRE(added.ok());
    const int rows = auditRows(ward);
    const qsizetype events = pathway.events(ward.demoId).value().size();

    auto refusedFields = [&](const clinical::PathwayEvent& e) {
        const auto viaAdd = pathway.addEvent(ward.demoId, e, QStringLiteral("u"));
        storage::StoredEvent stored = added.value();
        stored.event = e;
        const auto viaUpdate = pathway.updateEvent(stored, QStringLiteral("u"));
        CHECK(fieldsOf(viaAdd.problems()) == fieldsOf(viaUpdate.problems()));
        return fieldsOf(viaAdd.problems());
    };

    clinical::PathwayEvent e = transplantEvent();
    e.number.reset();
    CHECK(refusedFields(e) == QStringList{QStringLiteral("number")});
    e.number = 3;
    CHECK(refusedFields(e) == QStringList{QStringLiteral("number")});
    e = transplantEvent();
    e.cd34PerKg = clinical::Decimal::parse(QStringLiteral("-0.5"));
    CHECK(refusedFields(e) == QStringList{QStringLiteral("cd34")});
    e = transplantEvent();
    e.date = *clinical::PartialDate::fromIso(QStringLiteral("2026-11-25")); // clock: 11-24
    CHECK(refusedFields(e) == QStringList{QStringLiteral("date")});
    e = transplantEvent();
    e.regimen = QStringLiteral("MEL200"); // a transplant takes no regimen
    CHECK(refusedFields(e) == QStringList{QStringLiteral("regimen")});

    clinical::PathwayEvent conditioning;
    conditioning.type = clinical::EventType::Conditioning;
    conditioning.date = *clinical::PartialDate::fromIso(QStringLiteral("2026-03-01"));
    CHECK(refusedFields(conditioning) == QStringList{QStringLiteral("regimen")});

    clinical::PathwayEvent collection;
    collection.type = clinical::EventType::StemCellCollection;
    collection.date = conditioning.date;
    CHECK(refusedFields(collection) == QStringList{QStringLiteral("cd34")});

    clinical::PathwayEvent cycle;
    cycle.type = clinical::EventType::TherapyCycle;
    cycle.date = *clinical::PartialDate::fromIso(QStringLiteral("2025-05-10"));
    cycle.endDate = clinical::PartialDate::fromIso(QStringLiteral("2025-05"));
    cycle.phase = QStringLiteral("induction");
    cycle.regimen = QStringLiteral("VRD");
    CHECK(refusedFields(cycle).isEmpty()); // stored: an end in the start's month is fine
    cycle.endDate = clinical::PartialDate::fromIso(QStringLiteral("2025-04-30"));
    cycle.phase = QStringLiteral("salvage");
    CHECK(refusedFields(cycle) ==
          QStringList({QStringLiteral("phase"), QStringLiteral("end_date")}));

    clinical::PathwayEvent transfusion;
    transfusion.type = clinical::EventType::Transfusion;
    transfusion.date = conditioning.date;
    transfusion.product = QStringLiteral("plasma");
    CHECK(refusedFields(transfusion) == QStringList{QStringLiteral("product")});

    // Nothing above was written, but the one valid cycle (a month-precision end date that may
    // be the start's month) was added once and saved once over the transplant.
    const auto now = pathway.events(ward.demoId).value();
    CHECK(now.size() == events + 1);
    CHECK(auditRows(ward) == rows + 2);
}

TEST_CASE("The validator parses drafts and names each bad field", "[storage][pathway]")
{
    const QDate today(2026, 11, 24);
    clinical::PathwayEventDraft draft;
    draft.type = QStringLiteral("stem_cell_collection");
    draft.date = QStringLiteral("2025-08-27");
    draft.cd34 = QStringLiteral("3,2");
    const auto parsed = clinical::PathwayEventValidator::fromDraft(draft, today);
    REQUIRE(parsed.ok());
    CHECK(parsed.value().cd34PerKg->toString() == QStringLiteral("3.2"));
    CHECK(clinical::PathwayEventText::details(parsed.value()) ==
          QStringLiteral("CD34+ 3.2 ×10⁶/kg"));

    draft.cd34 = QStringLiteral("lots");
    draft.date = QStringLiteral("27/08/2025");
    draft.regimen = QStringLiteral("VRD");
    CHECK(fieldsOf(clinical::PathwayEventValidator::fromDraft(draft, today).problems()) ==
          QStringList({QStringLiteral("date"), QStringLiteral("cd34"), QStringLiteral("regimen")}));
    draft.type = QStringLiteral("apheresis");
    CHECK(fieldsOf(clinical::PathwayEventValidator::fromDraft(draft, today).problems()) ==
          QStringList{QStringLiteral("type")});

    clinical::PathwayEventDraft cycle;
    cycle.type = QStringLiteral("therapy_cycle");
    cycle.date = QStringLiteral("2025-04");
    cycle.phase = QStringLiteral("induction");
    cycle.regimen = QStringLiteral("VRD");
    cycle.cycle = QStringLiteral("3");
    const auto cycleEvent = clinical::PathwayEventValidator::fromDraft(cycle, today);
    REQUIRE(cycleEvent.ok());
    CHECK(clinical::PathwayEventText::details(cycleEvent.value()) ==
          QStringLiteral("VRD cycle 3 · Induction"));
    clinical::PathwayEvent asct;
    asct.type = clinical::EventType::Transplant;
    asct.number = 1;
    CHECK(clinical::PathwayEventText::details(asct) == QStringLiteral("ASCT #1 (day 0)"));

    // Changing the type drops the fields the new type does not take.
    clinical::PathwayEventDraft changed =
        clinical::PathwayEventValidator::toDraft(cycleEvent.value());
    changed.type = QStringLiteral("conditioning");
    clinical::PathwayEventValidator::keepFieldsOfType(changed);
    CHECK(changed.regimen == QStringLiteral("VRD"));
    CHECK(changed.phase.isEmpty());
    CHECK(changed.cycle.isEmpty());
}
