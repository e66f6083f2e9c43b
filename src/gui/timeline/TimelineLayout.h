#pragma once

#include "gui/timeline/TimeScale.h"
#include "gui/timeline/TimelineData.h"
#include "gui/timeline/TimelineDays.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QLineF>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QStaticText>
#include <QString>
#include <optional>
#include <vector>

namespace mmtrack::gui {

// What one frame shows, in pixels: the result of TimelineLayout::frame for one TimeScale.
// The painter draws exactly this, and tests read it without a display.
struct TimelineFrame {
    struct Row {
        QString title;
        QString unit;
        QRectF rect; // the whole row, gutter included
    };
    struct Tick {
        double x = 0;
        bool major = false;
        QString label;
        QRectF labelRect; // empty when the label was dropped
    };
    struct DayTick {
        double x = 0;
        int dayNumber = 0;
        qint64 day = 0;
        QString label;
        QRectF labelRect;
    };
    struct Phase {
        int index = 0; // into TimelineData::phases
        QRectF rect;
        QString label;
        QRectF labelRect; // empty when dropped
        bool labelInside = false;
    };
    struct Mark {
        int index = 0; // into TimelineData::events
        QRectF rect;   // the mark's bounds
        QPointF centre;
        std::optional<std::pair<double, double>> range; // a date known only to the month
    };
    struct Label {
        enum class Style { Event, Axis, Legend, Marker };
        int index = -1; // the event it names, or the series of a legend entry; else -1
        QString text;
        QRectF rect;
        bool planned = false;
        Style style = Style::Event;
    };
    struct Badge {
        int index = 0; // into TimelineData::responses
        QRectF rect;   // the computed badge, or the dot when compact
        QString text;
        QRectF reportedRect; // the reported label beside it, when shown
        bool compact = false;
        // When the badge stands for several assessments (too close to tell apart): all of
        // them, in time order, and the x of each (small ticks under the badge).
        QList<int> members;
        QList<double> memberXs;
    };
    struct Series {
        int series = 0;
        // The line in pieces, decimated per pixel column (first, min, max, last): a piece ends
        // where consecutive values are more than maxLabGapDays apart (a piece of one point is a
        // lone value), and the gap is drawn faint and dashed, so that no trend is read into it.
        QList<QPolygonF> pieces;
        QList<QLineF> gaps;
        QList<QPointF> dots; // each value, when they are sparse enough to tell apart
        QList<qint64> dotResultIds;
    };
    struct LabLane {
        int index = 0; // into TimelineData::labLanes
        QRectF plot;
        QList<Series> series;
        QList<double> thresholdYs; // dashed lines
        QList<double> gridYs;      // faint lines at the axis values
        QList<QLineF> markers;     // engraftment days
        QList<Label> labels;       // axis values, threshold values, marker texts, the legend
    };

    QRectF plotArea; // where days are drawn (the right of the gutter)
    QList<Row> rows;
    QList<Tick> calendarTicks;
    QList<DayTick> dayTicks;
    QList<Phase> phases;
    QList<Mark> marks;
    QList<Label> labels;
    QList<Badge> badges;
    QList<LabLane> labLanes;
    std::optional<double> todayX;
    QRectF todayLabelRect;
    QString todayLabel;

    // Every text rectangle of the frame (to check that none overlap).
    QList<QRectF> textRects() const;
};

// The timeline's layout: the items in days, sorted once when the data is set, with their
// text measured; and the frame for one time scale, found by binary search over the sorted
// items, so that a zoom or a pan only changes the scale (nothing is laid out again).
class TimelineLayout {
    Q_DECLARE_TR_FUNCTIONS(TimelineLayout)
public:
    static constexpr double gutter = 144;       // lane titles and left axis labels
    static constexpr double rightMargin = 64;   // the right axis labels
    static constexpr qint64 maxLabGapDays = 21; // values further apart are not joined

    TimelineLayout();

    void setData(TimelineData data);
    const TimelineData& data() const { return m_data; }
    const TimelineDays& days() const { return m_days; }

    // The rows for a widget of this size (the lab lanes share the height left).
    void setSize(QSizeF size);
    QSizeF size() const { return m_size; }
    double minimumHeight() const;
    // A time scale over the plot area of the current size.
    TimeScale scale(double firstDay, double lastDay) const;
    TimeScale fitAll() const;
    // Day −10 to day +30 of transplant `number`; nullopt when there is no such transplant.
    std::optional<TimeScale> fitTransplant(int number) const;

    TimelineFrame frame(const TimeScale& scale) const;

    // What is under a point: an event, a response, a lab value, or nothing.
    struct Hit {
        enum class Kind { None, Event, Response, Result, Phase } kind = Kind::None;
        int index = -1;      // event, response or phase
        qint64 resultId = 0; // for a result
        QString text;        // the tooltip
    };
    Hit hitTest(const TimelineFrame& frame, const TimeScale& scale, QPointF point) const;

    // Texts laid out for painting, kept from frame to frame (the painter's cache).
    QHash<QString, QStaticText>& textCache() const { return m_textCache; }

    // Events in time order (for keyboard navigation).
    const std::vector<int>& eventsInTimeOrder() const { return m_eventOrder; }

private:
    struct Measured {
        double label = 0;
        double shortLabel = 0;
        QString regimen; // a cycle's label without its short label: what a run shares
    };
    struct AxisRange {
        double low = 0;
        double high = 1;
        double floorValue = 0; // log axes: values below it are drawn at it
        bool valid = false;
    };

    void framePhases(const TimeScale& scale, TimelineFrame& frame, class LabelSpace& space) const;
    void frameEvents(const TimeScale& scale, TimelineFrame& frame, LabelSpace& space) const;
    void frameResponses(const TimeScale& scale, TimelineFrame& frame, LabelSpace& space) const;
    void frameLabs(const TimeScale& scale, TimelineFrame& frame, LabelSpace& space) const;
    void frameCalendar(const TimeScale& scale, TimelineFrame& frame, LabelSpace& space) const;
    void frameDays(const TimeScale& scale, TimelineFrame& frame, LabelSpace& space) const;
    double valueY(int lane, int axis, double value, const QRectF& plot) const;

    TimelineData m_data;
    TimelineDays m_days;
    QSizeF m_size{1200, 800};
    QFont m_labelFont;
    QFont m_smallFont;
    double m_textHeight = 16;

    // Rows, top to bottom (y and height).
    QRectF m_calendarRow, m_dayRow, m_phaseRow, m_responseRow;
    QRectF m_trackRows[timelineTrackCount];
    QList<QRectF> m_labRows;

    std::vector<int> m_phaseRowOf; // per phase: its sub-row
    int m_phaseRowCount = 1;
    std::vector<Measured> m_eventWidths;
    std::vector<double> m_phaseWidths;
    std::vector<std::pair<double, double>> m_responseWidths; // computed, reported
    std::vector<int> m_trackEvents[timelineTrackCount];      // sorted by first day
    qint64 m_trackMaxSpan[timelineTrackCount] = {0, 0, 0};
    std::vector<int> m_eventOrder;
    QList<QList<AxisRange>> m_axes; // per lab lane, per axis
    mutable QHash<QString, QStaticText> m_textCache;
};

} // namespace mmtrack::gui
