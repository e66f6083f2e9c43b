#include "interop/CaseFileReader.h"

#include "support/TestSupport.h"

#include <QFile>

using namespace mmtrack;
using interop::CaseFileReader;

namespace {

const QDate kToday(2026, 11, 24);

QByteArray fileBytes(const char* path)
{
    QFile file(QString::fromUtf8(path));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The places named by a failed read.
QStringList placesOf(const QByteArray& json)
{
    const auto result = CaseFileReader::read(json, kToday);
    REQUIRE_FALSE(result.ok());
    QStringList places;
    for (const auto& problem : result.problems())
        places << problem.where;
    return places;
}

} // namespace

TEST_CASE("The shipped demo case reads as the published patient", "[interop][case]")
{
    const auto demo = CaseFileReader::read(fileBytes(MMTRACK_DEMO_CASE), kToday);
    REQUIRE(demo.ok());
    const clinical::Patient& patient = demo.value().patient;
    CHECK(patient.name == QStringLiteral("张某某"));
    CHECK(patient.sex == clinical::Sex::Male);
    CHECK(patient.diagnosisDate->toIso() == QStringLiteral("2025-04"));
    CHECK(patient.diagnosisDate->precision() == clinical::PartialDate::Precision::Month);
    // 36 years old at diagnosis in April 2025, as the article reports.
    CHECK(clinical::PatientText::age(patient, patient.diagnosisDate->latest()) ==
          QStringLiteral("36"));
    CHECK(clinical::PatientText::isotype(patient) == QStringLiteral("IgG κ"));
    CHECK(patient.notes.contains(QStringLiteral("assumed")));
    CHECK(patient.notes.contains(QStringLiteral("假设")));
}

TEST_CASE("The demo case's cytogenetics, plan and events are read", "[interop][case]")
{
    const auto demo = CaseFileReader::read(fileBytes(MMTRACK_DEMO_CASE), kToday);
    REQUIRE(demo.ok());
    const auto& cytogenetics = demo.value().details.cytogenetics;
    REQUIRE(cytogenetics);
    CHECK(cytogenetics->t4_14 == true);
    CHECK(cytogenetics->chr1qCopies == 4);
    CHECK(cytogenetics->gain1q() == true);
    CHECK(cytogenetics->del17p == false);
    CHECK(cytogenetics->del1p32 == clinical::Del1p32::None);
    CHECK(demo.value().details.transplantsPlanned == 2);
    const auto& events = demo.value().events;
    REQUIRE(events.size() == 31);
    CHECK(events[0].type == clinical::EventType::TherapyCycle);
    CHECK(events[0].date.toIso() == QStringLiteral("2025-04")); // known to the month only
    const auto transfusions =
        std::count_if(events.cbegin(), events.cend(), [](const clinical::PathwayEvent& e) {
            return e.type == clinical::EventType::Transfusion &&
                   e.product == QStringLiteral("platelets");
        });
    CHECK(transfusions == 4);
    const auto transplant =
        std::find_if(events.cbegin(), events.cend(), [](const clinical::PathwayEvent& e) {
            return e.type == clinical::EventType::Transplant && e.number == 2;
        });
    REQUIRE(transplant != events.cend());
    CHECK(transplant->date.toIso() == QStringLiteral("2026-03-17"));
    CHECK(demo.value().warnings.isEmpty());
}

TEST_CASE("Unknown fields are named in warnings, never dropped silently", "[interop][case]")
{
    const auto read = CaseFileReader::read(
        R"({"format":"mmtrack-case","version":1,"extra":1,"patient":{"mrn":"A","name":"李","sex":"male","nick":"x"},)"
        R"("diagnosis":{"cytogenetics":{"t4_14":true,"hyperdiploid":true}},)"
        R"("events":[{"type":"admission","date":"2025-01-02","ward":"5"}]})",
        kToday);
    REQUIRE(read.ok());
    QStringList places;
    for (const auto& warning : read.value().warnings)
        places << warning.where;
    places.sort();
    CHECK(places == QStringList({QStringLiteral("diagnosis.cytogenetics.hyperdiploid"),
                                 QStringLiteral("events[0].ward"), QStringLiteral("extra"),
                                 QStringLiteral("patient.nick")}));
}

TEST_CASE("Every event type is read with its fields, partial dates kept", "[interop][case]")
{
    const auto read = CaseFileReader::read(
        R"({"format":"mmtrack-case","version":1,"patient":{"mrn":"A","name":"李","sex":"male"},"events":[)"
        R"({"type":"therapy_cycle","phase":"induction","regimen":"VRD","cycle":1,"date":"2025-04","end_date":"2025-05"},)"
        R"({"type":"new_therapy_line","date":"2026-01-02","reason":"relapse"},)"
        R"({"type":"mobilization","date":"2025-08-20","agents":["G-CSF","plerixafor"]},)"
        R"({"type":"stem_cell_collection","date":"2025-08-27","cd34_10e6_per_kg":9.1},)"
        R"({"type":"admission","date":"2025-10-30"},{"type":"discharge","date":"2025-11-13"},)"
        R"({"type":"conditioning","date":"2025-11-02","regimen":"MEL200"},)"
        R"({"type":"transplant","number":1,"date":"2025-11-03"},)"
        R"({"type":"transfusion","product":"red_cells","date":"2025-11-08"},)"
        R"({"type":"reported","date":"2025-11-12","label":"WBC engrafted","note":"article"}]})",
        kToday);
    INFO(read.errorText().toStdString());
    REQUIRE(read.ok());
    const auto& events = read.value().events;
    REQUIRE(events.size() == 10);
    CHECK(events[0].date.precision() == clinical::PartialDate::Precision::Month);
    CHECK(events[0].endDate->toIso() == QStringLiteral("2025-05"));
    CHECK(events[0].cycle == 1);
    CHECK(events[2].agents == QStringList({QStringLiteral("G-CSF"), QStringLiteral("plerixafor")}));
    CHECK(events[3].cd34PerKg->toString() == QStringLiteral("9.1"));
    CHECK(events[7].number == 1);
    CHECK(events[9].label == QStringLiteral("WBC engrafted"));
}

TEST_CASE("Bad events and cytogenetics are refused with their JSON path", "[interop][case]")
{
    const QByteArray head =
        R"({"format":"mmtrack-case","version":1,"patient":{"mrn":"A","name":"李","sex":"male"},)";
    CHECK(placesOf(head + R"("events":[{"type":"party","date":"2025-01-01"}]})") ==
          QStringList{QStringLiteral("events[0].type")});
    CHECK(placesOf(head + R"("events":[{"type":"transplant","date":"2025-11-03"}]})") ==
          QStringList{QStringLiteral("events[0].number")});
    CHECK(placesOf(head + R"("events":[{"type":"transplant","number":3,"date":"2025-11-03"}]})") ==
          QStringList{QStringLiteral("events[0].number")});
    CHECK(placesOf(head + R"("events":[{"type":"stem_cell_collection","date":"2025-08-27"}]})") ==
          QStringList{QStringLiteral("events[0].cd34_10e6_per_kg")});
    CHECK(
        placesOf(head +
                 R"("events":[{"type":"transfusion","product":"plasma","date":"2025-01-01"}]})") ==
        QStringList{QStringLiteral("events[0].product")});
    CHECK(placesOf(head + R"("events":[{"type":"admission","date":"2025-13-01"}]})") ==
          QStringList{QStringLiteral("events[0].date")});
    CHECK(placesOf(head + R"("events":[{"type":"admission"}]})") ==
          QStringList{QStringLiteral("events[0].date")});
    CHECK(placesOf(head + R"("events":[{"type":"admission","date":"2099-01-01"}]})") ==
          QStringList{QStringLiteral("events[0].date")});
    CHECK(placesOf(head + R"("events":{}})") == QStringList{QStringLiteral("events")});
    CHECK(placesOf(head + R"("diagnosis":{"cytogenetics":{"chr1q_copies":2.5}}})") ==
          QStringList{QStringLiteral("diagnosis.cytogenetics.chr1q_copies")});
    CHECK(placesOf(head + R"("diagnosis":{"cytogenetics":{"del1p32":"both"}}})") ==
          QStringList{QStringLiteral("diagnosis.cytogenetics.del1p32")});
    CHECK(placesOf(head + R"("diagnosis":{"cytogenetics":{"t4_14":"yes"}}})") ==
          QStringList{QStringLiteral("diagnosis.cytogenetics.t4_14")});
    CHECK(placesOf(head + R"("plan":{"transplants_planned":3}})") ==
          QStringList{QStringLiteral("plan.transplants_planned")});
}

TEST_CASE("Reading errors name the JSON path", "[interop][case]")
{
    CHECK(
        placesOf(
            R"({"format":"mmtrack-case","version":1,"patient":{"mrn":"A","name":"李","sex":"x"}})") ==
        QStringList{QStringLiteral("patient.sex")});
    CHECK(
        placesOf(
            R"({"format":"mmtrack-case","version":1,"patient":{"mrn":5,"name":"李","sex":"male"}})") ==
        QStringList{QStringLiteral("patient.mrn")});
    CHECK(
        placesOf(
            R"({"format":"mmtrack-case","version":1,"patient":{"mrn":"A","name":"李","sex":"male",)"
            R"("birth_date":"1989-13"},"diagnosis":{"date":"2099-01","heavy_chain":"IgZ"}})") ==
        QStringList{QStringLiteral("patient.birth_date"), QStringLiteral("diagnosis.date"),
                    QStringLiteral("diagnosis.heavy_chain")});
    CHECK(placesOf(R"({"format":"mmtrack-case","version":2,"patient":{}})") ==
          QStringList{QStringLiteral("version")});
    CHECK(placesOf(R"({"format":"other","version":1})") == QStringList{QStringLiteral("format")});
    CHECK(placesOf(R"({"format":"mmtrack-case","version":1,"patient":[]})") ==
          QStringList{QStringLiteral("patient")});
    CHECK(
        placesOf(
            R"({"format":"mmtrack-case","version":1,"patient":{"mrn":"A","name":"李","sex":"male",)"
            R"("weight_kg":"heavy"}})") == QStringList{QStringLiteral("patient.weight_kg")});
}

TEST_CASE("Broken, truncated and hostile files are refused with a place, never a crash",
          "[interop][case]")
{
    // Without its final newline: cutting only that leaves the whole document.
    const QByteArray demo = fileBytes(MMTRACK_DEMO_CASE).trimmed();
    // Every truncation of a valid file is refused.
    for (qsizetype length = 0; length < demo.size(); length += 7) {
        INFO(length);
        const auto result = CaseFileReader::read(demo.left(length), kToday);
        CHECK_FALSE(result.ok());
        CHECK_FALSE(result.problems().value(0).where.isEmpty());
    }
    // Not JSON: the place is a line and column.
    const auto broken =
        CaseFileReader::read("{\n  \"format\": \"mmtrack-case\",\n  oops\n}", kToday);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.problems().first().where.startsWith(QStringLiteral("line 3, column ")));
    // Binary garbage, deep nesting, a root that is not an object, an enormous name.
    QByteArray garbage(4096, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919) % 256);
    CHECK_FALSE(CaseFileReader::read(garbage, kToday).ok());
    CHECK_FALSE(
        CaseFileReader::read(QByteArray(100000, '[') + QByteArray(100000, ']'), kToday).ok());
    CHECK_FALSE(CaseFileReader::read("[1,2,3]", kToday).ok());
    const QByteArray huge =
        R"({"format":"mmtrack-case","version":1,"patient":{"mrn":"A","sex":"male","name":")" +
        QByteArray(1 << 20, 'x') + R"("}})";
    CHECK(placesOf(huge) == QStringList{QStringLiteral("patient.name")});
}
