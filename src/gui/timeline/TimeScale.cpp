#include "gui/timeline/TimeScale.h"

#include <algorithm>

namespace mmtrack::gui {

TimeScale::TimeScale(double left, double width, double firstDay, double pxPerDay)
    : m_left(left), m_width(std::max(1.0, width)), m_firstDay(firstDay),
      m_pxPerDay(std::clamp(pxPerDay, minPxPerDay, maxPxPerDay))
{
}

void TimeScale::fit(double first, double last)
{
    // A day's mark sits at its centre, x(day); the day spans half a day either side.
    const double days = std::max(1.0, last + 1 - first);
    m_pxPerDay = std::clamp(m_width / days, minPxPerDay, maxPxPerDay);
    m_firstDay = (first + last) / 2 - m_width / m_pxPerDay / 2;
}

void TimeScale::zoom(double factor, double anchorX)
{
    const double anchorDay = day(anchorX);
    m_pxPerDay = std::clamp(m_pxPerDay * factor, minPxPerDay, maxPxPerDay);
    m_firstDay = anchorDay - (anchorX - m_left) / m_pxPerDay;
}

void TimeScale::pan(double dx)
{
    m_firstDay -= dx / m_pxPerDay;
}

void TimeScale::setViewport(double left, double width)
{
    m_left = left;
    m_width = std::max(1.0, width);
}

} // namespace mmtrack::gui
