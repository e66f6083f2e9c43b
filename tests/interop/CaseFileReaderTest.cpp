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

TEST_CASE("Fields this version does not take are named in warnings, never dropped silently",
          "[interop][case]")
{
    const auto demo = CaseFileReader::read(fileBytes(MMTRACK_DEMO_CASE), kToday);
    QStringList places;
    for (const auto& warning : demo.value().warnings)
        places << warning.where;
    CHECK(places.contains(QStringLiteral("diagnosis.cytogenetics")));
    CHECK(places.contains(QStringLiteral("plan")));
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
    const QByteArray demo = fileBytes(MMTRACK_DEMO_CASE);
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
