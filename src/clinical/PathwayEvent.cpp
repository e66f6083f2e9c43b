#include "clinical/PathwayEvent.h"

#include <array>
#include <utility>

namespace mmtrack::clinical {

namespace {

constexpr std::array<std::pair<EventType, const char*>, 10> kCodes{{
    {EventType::TherapyCycle, "therapy_cycle"},
    {EventType::NewTherapyLine, "new_therapy_line"},
    {EventType::Mobilization, "mobilization"},
    {EventType::StemCellCollection, "stem_cell_collection"},
    {EventType::Admission, "admission"},
    {EventType::Discharge, "discharge"},
    {EventType::Conditioning, "conditioning"},
    {EventType::Transplant, "transplant"},
    {EventType::Transfusion, "transfusion"},
    {EventType::Reported, "reported"},
}};

} // namespace

QString eventTypeCode(EventType type)
{
    for (const auto& [candidate, code] : kCodes)
        if (candidate == type)
            return QLatin1String(code);
    return {};
}

std::optional<EventType> eventTypeFromCode(const QString& code)
{
    for (const auto& [type, candidate] : kCodes)
        if (code == QLatin1String(candidate))
            return type;
    return std::nullopt;
}

QStringList allEventTypeCodes()
{
    QStringList codes;
    for (const auto& entry : kCodes)
        codes << QLatin1String(entry.second);
    return codes;
}

} // namespace mmtrack::clinical
