#include "storage/LabImportRun.h"

#include "support/TestSupport.h"

#include <string>

using namespace mmtrack;
using storage::LabImportRun;

namespace {

LabImportRun::Row rowOf(qint64 patient, std::string_view test, std::string_view date,
                        std::string_view value, qint64 line)
{
    LabImportRun::Row row;
    row.patientId = patient;
    row.sourceLine = line;
    row.texts[LabImportRun::TestKey] = test;
    row.texts[LabImportRun::Date] = date;
    row.texts[LabImportRun::Time] = std::string_view();
    row.texts[LabImportRun::EnteredValue] = value;
    row.texts[LabImportRun::EnteredUnit] = std::string_view("g/L");
    row.texts[LabImportRun::Value] = value;
    row.texts[LabImportRun::Flag] = std::string_view();
    row.texts[LabImportRun::Source] = std::string_view("csv");
    return row;
}

std::string keyOf(const LabImportRun::Row& row)
{
    return std::to_string(row.patientId) + ' ' + std::string(*row.texts[LabImportRun::TestKey]) +
           ' ' + std::string(*row.texts[LabImportRun::Date]) + ' ' +
           std::string(*row.texts[LabImportRun::EnteredValue]) + " @" +
           std::to_string(row.sourceLine.value_or(0));
}

} // namespace

TEST_CASE("An import run gives back every text of a row as it was added, NULLs included",
          "[import]")
{
    LabImportRun run;
    LabImportRun::Row row = rowOf(7, "hemoglobin", "2025-11-12", "83", 0);
    row.sourceLine.reset();
    row.refFromReport = true;
    row.texts[LabImportRun::RefLow] = std::string_view("115");
    row.texts[LabImportRun::SourceDetail] = std::string_view("message 3 (MSG0001), OBX 2");
    const std::string chinese = "阳性";
    row.texts[LabImportRun::Qualitative] = chinese;
    REQUIRE(run.add(row));

    const LabImportRun::Row back = run.row(0);
    CHECK(back.patientId == 7);
    CHECK_FALSE(back.sourceLine);
    CHECK(back.refFromReport);
    for (int text = 0; text < LabImportRun::TextCount; ++text) {
        INFO("text " << text);
        CHECK(back.texts[std::size_t(text)].has_value() ==
              row.texts[std::size_t(text)].has_value());
        if (row.texts[std::size_t(text)])
            CHECK(*back.texts[std::size_t(text)] == *row.texts[std::size_t(text)]);
    }
    // The empty time is a text, not a NULL; the missing high end is a NULL.
    CHECK(back.texts[LabImportRun::Time] == std::optional<std::string_view>(""));
    CHECK_FALSE(back.texts[LabImportRun::RefHigh]);
}

TEST_CASE("An import run sorts in the series index's order and keeps file order among equals",
          "[import]")
{
    LabImportRun run;
    REQUIRE(run.add(rowOf(2, "platelets", "2025-11-12", "15", 2)));
    REQUIRE(run.add(rowOf(1, "platelets", "2025-11-13", "22", 3)));
    REQUIRE(run.add(rowOf(2, "anc", "2025-11-12", "0.4", 4)));
    REQUIRE(run.add(rowOf(1, "platelets", "2025-11-12", "9", 5)));
    REQUIRE(run.add(rowOf(2, "anc", "2025-11-12", "0.4", 6))); // the same result again
    REQUIRE(run.add(rowOf(1, "platelets", "2025-11-12", "10", 7)));
    run.sortBySeries();

    std::vector<std::string> keys;
    for (std::size_t i = 0; i < run.size(); ++i)
        keys.push_back(keyOf(run.row(i)));
    // Values compare as text, bytewise ("10" before "9"), as SQLite's BINARY collation does.
    CHECK(keys ==
          std::vector<std::string>{"1 platelets 2025-11-12 10 @7", "1 platelets 2025-11-12 9 @5",
                                   "1 platelets 2025-11-13 22 @3", "2 anc 2025-11-12 0.4 @4",
                                   "2 anc 2025-11-12 0.4 @6", "2 platelets 2025-11-12 15 @2"});
}

TEST_CASE("An import run refuses a text longer than it can hold and keeps the rest", "[import]")
{
    LabImportRun run;
    REQUIRE(run.add(rowOf(1, "hemoglobin", "2025-11-12", "83", 2)));
    const std::string huge(LabImportRun::maxTextBytes + 1, '9');
    CHECK_FALSE(run.add(rowOf(1, "hemoglobin", "2025-11-13", huge, 3)));
    CHECK(run.size() == 1);
    const std::string largest(LabImportRun::maxTextBytes, '9');
    CHECK(run.add(rowOf(1, "hemoglobin", "2025-11-14", largest, 4)));
    CHECK(run.row(1).texts[LabImportRun::EnteredValue]->size() == LabImportRun::maxTextBytes);

    const std::size_t used = run.bytes();
    run.clear();
    CHECK(run.empty());
    CHECK(run.bytes() < used);
}
