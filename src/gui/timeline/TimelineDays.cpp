#include "gui/timeline/TimelineDays.h"

#include "clinical/rules/TransplantDays.h"

#include <QDate>
#include <algorithm>

namespace mmtrack::gui {

using clinical::TransplantDays;

TimelineDays::TimelineDays(QList<TimelineTransplant> transplants)
    : m_transplants(std::move(transplants))
{
    std::sort(m_transplants.begin(), m_transplants.end(),
              [](const auto& a, const auto& b) { return a.day0 < b.day0; });
}

std::optional<TimelineTransplant> TimelineDays::nearest(qint64 day) const
{
    if (m_transplants.isEmpty())
        return std::nullopt;
    // The first transplant on or after the day, and the one before it.
    const auto after =
        std::lower_bound(m_transplants.begin(), m_transplants.end(), day,
                         [](const TimelineTransplant& t, qint64 d) { return t.day0 < d; });
    if (after == m_transplants.begin())
        return *after;
    if (after == m_transplants.end())
        return m_transplants.constLast();
    const auto before = std::prev(after);
    return (day - before->day0) < (after->day0 - day) ? *before : *after;
}

std::optional<int> TimelineDays::dayNumber(qint64 day) const
{
    const auto t = nearest(day);
    if (!t)
        return std::nullopt;
    return TransplantDays::dayNumber(QDate::fromJulianDay(t->day0), QDate::fromJulianDay(day));
}

QString TimelineDays::label(qint64 day) const
{
    const auto number = dayNumber(day);
    return number ? TransplantDays::label(*number) : QString();
}

QString TimelineDays::allLabels(qint64 day) const
{
    QList<TimelineTransplant> byDistance = m_transplants;
    std::stable_sort(byDistance.begin(), byDistance.end(), [day](const auto& a, const auto& b) {
        return std::abs(a.day0 - day) < std::abs(b.day0 - day);
    });
    QStringList parts;
    for (const TimelineTransplant& t : byDistance)
        parts << tr("ASCT %1 %2")
                     .arg(t.number)
                     .arg(TransplantDays::label(TransplantDays::dayNumber(
                         QDate::fromJulianDay(t.day0), QDate::fromJulianDay(day))));
    return parts.join(QStringLiteral(" · "));
}

} // namespace mmtrack::gui
