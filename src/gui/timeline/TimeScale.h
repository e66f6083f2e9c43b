#pragma once

namespace mmtrack::gui {

// The one transform from time to the screen: x = left + (day - firstDay) × pxPerDay. A zoom
// or a pan changes only these numbers; everything laid out in days stays as it is.
class TimeScale {
public:
    TimeScale() = default;
    TimeScale(double left, double width, double firstDay, double pxPerDay);

    double x(double day) const { return m_left + (day - m_firstDay) * m_pxPerDay; }
    double day(double x) const { return m_firstDay + (x - m_left) / m_pxPerDay; }

    double left() const { return m_left; }
    double width() const { return m_width; }
    double right() const { return m_left + m_width; }
    double pxPerDay() const { return m_pxPerDay; }
    double firstDay() const { return m_firstDay; }
    double lastDay() const { return day(right()); }

    // Shows the days from `first` to `last` (inclusive) across the width.
    void fit(double first, double last);
    // Multiplies the pixels per day, keeping the day under `anchorX` where it is; the zoom is
    // clamped between minPxPerDay and maxPxPerDay.
    void zoom(double factor, double anchorX);
    // Moves the picture right by dx pixels (earlier days come into view).
    void pan(double dx);
    // Where the screen's left edge and width are (the lane titles take the rest).
    void setViewport(double left, double width);

    static constexpr double minPxPerDay = 0.02; // about 200 years on 1,400 px
    static constexpr double maxPxPerDay = 200;

private:
    double m_left = 0;
    double m_width = 1;
    double m_firstDay = 0;
    double m_pxPerDay = 1;
};

} // namespace mmtrack::gui
