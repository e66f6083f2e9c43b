#include "gui/timeline/TimelineData.h"

#include <algorithm>

namespace mmtrack::gui {

TimelineTrack TimelineEvent::track() const
{
    switch (mark) {
    case TimelineMark::Cycle:
    case TimelineMark::NewLine:
    case TimelineMark::Mobilization:
    case TimelineMark::Conditioning:
        return TimelineTrack::Therapy;
    case TimelineMark::Transfusion:
        return TimelineTrack::Transfusions;
    case TimelineMark::Apheresis:
    case TimelineMark::Admission:
    case TimelineMark::Discharge:
    case TimelineMark::Transplant:
    case TimelineMark::Reported:
        break;
    }
    return TimelineTrack::Procedures;
}

bool TimelineData::isEmpty() const
{
    const bool noLabs = std::all_of(labLanes.begin(), labLanes.end(), [](const auto& lane) {
        return std::all_of(lane.series.begin(), lane.series.end(),
                           [](const auto& s) { return s.points.isEmpty(); });
    });
    return phases.isEmpty() && events.isEmpty() && responses.isEmpty() && noLabs;
}

std::pair<qint64, qint64> TimelineData::extent() const
{
    std::optional<qint64> first;
    std::optional<qint64> last;
    const auto take = [&](qint64 a, qint64 b) {
        first = first ? std::min(*first, a) : a;
        last = last ? std::max(*last, b) : b;
    };
    for (const TimelinePhase& p : phases)
        take(p.first, p.last);
    for (const TimelineEvent& e : events)
        take(e.first, e.last);
    for (const TimelineResponse& r : responses)
        take(r.day, r.day);
    for (const TimelineLabLane& lane : labLanes)
        for (const TimelineLabSeries& s : lane.series)
            if (!s.points.isEmpty())
                take(s.points.constFirst().day, s.points.constLast().day);
    if (today && first)
        take(*today, *today);
    if (!first)
        return {0, 0};
    return {*first, *last};
}

} // namespace mmtrack::gui
