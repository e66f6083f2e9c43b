#pragma once

#include <QtGlobal>
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace mmtrack::storage {

// A run of import rows held compactly in memory, to be sorted in the series index's order and
// written in one pass. Each row is a small header followed by its texts in one byte arena
// (about 90 bytes for a typical CSV row, against about 450 for a row of std::strings), so a
// run of a million rows fits well inside the import's memory budget. Writing a whole run in
// index order is what makes a bulk import fast: the index then grows at increasing places
// instead of random ones (docs/BENCHMARKS.md).
class LabImportRun {
public:
    // The texts of a row, in the order the writer binds them.
    enum Text {
        TestKey,
        Date,
        Time,
        EnteredValue,
        EnteredUnit,
        Value,
        Qualitative,
        RefLow,
        RefHigh,
        Flag,
        Source,
        SourceDetail,
        TextCount
    };
    // The longest text a row may hold; longer ones are refused by add().
    static constexpr std::size_t maxTextBytes = 65534;

    // A row to add or a row read back; a text without a value (SQL NULL) is an empty optional.
    struct Row {
        qint64 patientId = 0;
        std::optional<qint64> sourceLine;
        bool refFromReport = false;
        std::array<std::optional<std::string_view>, TextCount> texts;
    };

    // Copies the row in; false (and nothing added) when a text is longer than maxTextBytes.
    bool add(const Row& row);
    std::size_t size() const { return m_order.size(); }
    bool empty() const { return m_order.empty(); }
    // Memory held by the rows, for a caller that bounds it.
    std::size_t bytes() const { return m_arena.size() + m_order.size() * sizeof(Entry); }
    // Orders the rows by patient, test, date, time, value and unit, as the series index does
    // (texts bytewise, as SQLite's BINARY collation compares them).
    void sortBySeries();
    // Row i in the current order; its texts point into the run and live until clear().
    Row row(std::size_t i) const;
    // Sets aside memory for about `bytes` of rows at once, so that growing never doubles a
    // buffer past a caller's budget (pages are only used as rows arrive).
    void reserve(std::size_t bytes);
    // Forgets the rows, keeping the memory for the next run.
    void clear();

private:
    struct Entry {
        qint64 patientId;
        std::uint32_t offset;
    };
    std::vector<char> m_arena;
    std::vector<Entry> m_order;
};

} // namespace mmtrack::storage
