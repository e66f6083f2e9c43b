#include "storage/LabImportRun.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace mmtrack::storage {

namespace {

// A row in the arena: the source line, a flags byte, one length per text (kNull for none),
// then the texts one after another. The patient id lives in the order entry, where sorting
// compares it most.
constexpr std::uint16_t kNull = 0xFFFF;
constexpr std::uint8_t kRefFromReport = 1;
constexpr std::uint8_t kHasLine = 2;
constexpr std::size_t kLengthsAt = sizeof(qint64) + 1;
constexpr std::size_t kHeaderBytes = kLengthsAt + LabImportRun::TextCount * sizeof(std::uint16_t);

std::uint16_t lengthAt(const char* header, int text)
{
    std::uint16_t length = 0;
    std::memcpy(&length, header + kLengthsAt + text * sizeof(std::uint16_t), sizeof length);
    return length;
}

} // namespace

bool LabImportRun::add(const Row& row)
{
    std::size_t total = kHeaderBytes;
    for (const auto& text : row.texts) {
        if (text && text->size() > maxTextBytes)
            return false;
        total += text ? text->size() : 0;
    }
    const std::size_t offset = m_arena.size();
    if (offset + total > std::numeric_limits<std::uint32_t>::max())
        return false;
    m_arena.resize(offset + total);
    char* out = m_arena.data() + offset;
    const qint64 line = row.sourceLine.value_or(0);
    std::memcpy(out, &line, sizeof line);
    out[sizeof line] =
        char((row.refFromReport ? kRefFromReport : 0) | (row.sourceLine ? kHasLine : 0));
    char* lengths = out + kLengthsAt;
    char* texts = out + kHeaderBytes;
    for (const auto& text : row.texts) {
        const std::uint16_t length = text ? std::uint16_t(text->size()) : kNull;
        std::memcpy(lengths, &length, sizeof length);
        lengths += sizeof length;
        if (text && !text->empty()) {
            std::memcpy(texts, text->data(), text->size());
            texts += text->size();
        }
    }
    m_order.push_back({row.patientId, std::uint32_t(offset)});
    return true;
}

LabImportRun::Row LabImportRun::row(std::size_t i) const
{
    const Entry& entry = m_order[i];
    const char* header = m_arena.data() + entry.offset;
    Row row;
    row.patientId = entry.patientId;
    qint64 line = 0;
    std::memcpy(&line, header, sizeof line);
    const auto flags = std::uint8_t(header[sizeof line]);
    if (flags & kHasLine)
        row.sourceLine = line;
    row.refFromReport = flags & kRefFromReport;
    std::array<std::uint16_t, TextCount> lengths;
    std::memcpy(lengths.data(), header + kLengthsAt, sizeof lengths);
    const char* text = header + kHeaderBytes;
    for (std::size_t t = 0; t < lengths.size(); ++t) {
        if (lengths[t] == kNull)
            continue;
        row.texts[t] = std::string_view(text, lengths[t]);
        text += lengths[t];
    }
    return row;
}

void LabImportRun::sortBySeries()
{
    const char* arena = m_arena.data();
    // The series texts of a row (the first five), without decoding the rest.
    auto seriesTexts = [arena](std::uint32_t offset) {
        const char* header = arena + offset;
        std::array<std::string_view, EnteredUnit + 1> views;
        const char* text = header + kHeaderBytes;
        for (std::size_t t = 0; t < views.size(); ++t) {
            const std::uint16_t length = lengthAt(header, int(t));
            const std::size_t size = length == kNull ? 0 : length;
            views[t] = std::string_view(text, size);
            text += size;
        }
        return views;
    };
    // Rows with the same key keep their file order (offsets grow with it), so that of two
    // identical rows the first is the one stored.
    std::sort(m_order.begin(), m_order.end(), [&](const Entry& a, const Entry& b) {
        if (a.patientId != b.patientId)
            return a.patientId < b.patientId;
        const auto textsA = seriesTexts(a.offset);
        const auto textsB = seriesTexts(b.offset);
        if (textsA != textsB)
            return textsA < textsB;
        return a.offset < b.offset;
    });
}

void LabImportRun::reserve(std::size_t bytes)
{
    // A row is never smaller than its header; most are about twice that.
    const std::size_t rows = bytes / (kHeaderBytes + sizeof(Entry));
    m_arena.reserve(bytes);
    m_order.reserve(rows);
}

void LabImportRun::clear()
{
    m_arena.clear();
    m_order.clear();
}

} // namespace mmtrack::storage
