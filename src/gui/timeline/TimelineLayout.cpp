#include "gui/timeline/TimelineLayout.h"

#include "gui/timeline/LabelSpace.h"
#include "gui/timeline/TimelineStyle.h"

#include <QDate>
#include <QFontMetricsF>
#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace mmtrack::gui {

namespace style = timelinestyle;

namespace {

constexpr double rowGap = style::grid;
constexpr double phaseRowHeight = 24;
constexpr double trackMarkHeight = 24;
constexpr double labelRowHeight = 16;
constexpr int trackLabelRows[timelineTrackCount] = {1, 2, 1};
constexpr double responseRowHeight = 32;
constexpr double minLabLaneHeight = 80;
constexpr double labTitleHeight = 20; // space above a lane's plot for marker labels

QString valueText(double value)
{
    const double a = std::abs(value);
    if (a >= 10 || a == 0)
        return QString::number(value, 'f', 0);
    if (a >= 1)
        return QString::number(value, 'g', 2);
    return QString::number(value, 'g', 1);
}

// 1, 2 or 5 × 10^n, near span / wanted.
double niceStep(double span, int wanted)
{
    const double raw = span / std::max(1, wanted);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * power)
            return m * power;
    return 10 * power;
}

// The visible index range [begin, end) of items sorted by first day, whose spans are at most
// maxSpan days long: a binary search at each end.
template <typename FirstDay>
std::pair<std::size_t, std::size_t> visibleRange(const std::vector<int>& order, FirstDay firstDay,
                                                 double from, double to, qint64 maxSpan)
{
    const auto begin = std::lower_bound(order.begin(), order.end(), from - double(maxSpan) - 1,
                                        [&](int i, double d) { return double(firstDay(i)) < d; });
    const auto end = std::upper_bound(begin, order.end(), to + 1,
                                      [&](double d, int i) { return d < double(firstDay(i)); });
    return {std::size_t(begin - order.begin()), std::size_t(end - order.begin())};
}

} // namespace

QList<QRectF> TimelineFrame::textRects() const
{
    QList<QRectF> rects;
    for (const Row& r : rows)
        if (!r.title.isEmpty())
            rects << QRectF(); // titles live in the gutter rows; see labels
    rects.clear();
    for (const Tick& t : calendarTicks)
        if (!t.labelRect.isEmpty())
            rects << t.labelRect;
    for (const DayTick& t : dayTicks)
        if (!t.labelRect.isEmpty())
            rects << t.labelRect;
    for (const Phase& p : phases)
        if (!p.labelRect.isEmpty())
            rects << p.labelRect;
    for (const Label& l : labels)
        rects << l.rect;
    for (const Badge& b : badges) {
        if (!b.compact)
            rects << b.rect;
        if (!b.reportedRect.isEmpty())
            rects << b.reportedRect;
    }
    for (const LabLane& lane : labLanes)
        for (const Label& l : lane.labels)
            rects << l.rect;
    if (!todayLabelRect.isEmpty())
        rects << todayLabelRect;
    return rects;
}

TimelineLayout::TimelineLayout() : m_labelFont(style::labelFont()), m_smallFont(style::smallFont())
{
    m_textHeight = std::ceil(QFontMetricsF(m_labelFont).height());
    setSize(m_size);
}

void TimelineLayout::setData(TimelineData data)
{
    m_data = std::move(data);
    m_days = TimelineDays(m_data.transplants);
    const QFontMetricsF label(m_labelFont);
    const QFontMetricsF title(style::titleFont());

    // Phases: sub-rows so that overlapping phases sit one above the other.
    const int phaseCount = int(m_data.phases.size());
    std::vector<int> byStart(static_cast<std::size_t>(phaseCount));
    for (int i = 0; i < phaseCount; ++i)
        byStart[std::size_t(i)] = i;
    std::stable_sort(byStart.begin(), byStart.end(), [this](int a, int b) {
        return m_data.phases[a].first < m_data.phases[b].first;
    });
    m_phaseRowOf.assign(std::size_t(phaseCount), 0);
    std::vector<qint64> rowEnds;
    for (int i : byStart) {
        const TimelinePhase& p = m_data.phases[i];
        std::size_t row = 0;
        while (row < rowEnds.size() && rowEnds[row] >= p.first)
            ++row;
        if (row == rowEnds.size())
            rowEnds.push_back(p.last);
        rowEnds[row] = p.last;
        m_phaseRowOf[std::size_t(i)] = int(row);
    }
    m_phaseRowCount = std::max<int>(1, int(rowEnds.size()));
    m_phaseWidths.clear();
    for (const TimelinePhase& p : m_data.phases)
        m_phaseWidths.push_back(title.horizontalAdvance(p.label));

    // Events: per track, sorted by first day, text measured once.
    m_eventWidths.clear();
    for (auto& track : m_trackEvents)
        track.clear();
    std::fill(std::begin(m_trackMaxSpan), std::end(m_trackMaxSpan), 0);
    for (int i = 0; i < m_data.events.size(); ++i) {
        const TimelineEvent& e = m_data.events[i];
        // A cycle's label is its regimen and its short label ("VRD" and "C2").
        const QString regimen = !e.shortLabel.isEmpty() && e.label.endsWith(e.shortLabel)
                                    ? e.label.chopped(e.shortLabel.size()).trimmed()
                                    : QString();
        m_eventWidths.push_back({label.horizontalAdvance(e.label),
                                 e.shortLabel.isEmpty() ? 0 : label.horizontalAdvance(e.shortLabel),
                                 regimen});
        const int t = int(e.track());
        m_trackEvents[t].push_back(i);
        m_trackMaxSpan[t] = std::max(m_trackMaxSpan[t], e.last - e.first);
    }
    for (auto& track : m_trackEvents)
        std::stable_sort(track.begin(), track.end(), [this](int a, int b) {
            return m_data.events[a].first < m_data.events[b].first;
        });
    m_eventOrder.clear();
    for (int i = 0; i < m_data.events.size(); ++i)
        m_eventOrder.push_back(i);
    std::stable_sort(m_eventOrder.begin(), m_eventOrder.end(), [this](int a, int b) {
        return m_data.events[a].first < m_data.events[b].first;
    });

    std::stable_sort(m_data.responses.begin(), m_data.responses.end(),
                     [](const auto& a, const auto& b) { return a.day < b.day; });
    m_responseWidths.clear();
    for (const TimelineResponse& r : m_data.responses) {
        const QString main = r.planned ? r.plannedLabel : r.computed;
        m_responseWidths.emplace_back(
            main.isEmpty() ? 0 : label.horizontalAdvance(main) + 16,
            r.reported.isEmpty() ? 0 : label.horizontalAdvance(r.reported) + 22);
    }

    // Lab axes: the range of each axis over all its values (and thresholds), fixed while
    // zooming so that the picture does not jump.
    m_axes.clear();
    for (const TimelineLabLane& lane : m_data.labLanes) {
        QList<AxisRange> axes(2);
        for (int axis = 0; axis < 2; ++axis) {
            double low = 0;
            double high = 0;
            double minPositive = 0;
            bool any = false;
            const auto take = [&](double v) {
                low = any ? std::min(low, v) : v;
                high = any ? std::max(high, v) : v;
                if (v > 0)
                    minPositive = minPositive > 0 ? std::min(minPositive, v) : v;
                any = true;
            };
            for (const TimelineLabSeries& s : lane.series)
                if (s.axis == axis)
                    for (const TimelineLabPoint& p : s.points)
                        take(p.value);
            if (!any)
                continue;
            if (axis == 0)
                for (const TimelineThreshold& t : lane.thresholds)
                    take(t.value);
            AxisRange& range = axes[axis];
            range.valid = true;
            if (lane.logScale) {
                const double floorValue =
                    std::pow(10.0, std::floor(std::log10(minPositive > 0 ? minPositive : 0.01)));
                range.low = std::log10(floorValue);
                range.floorValue = floorValue;
                range.high = std::log10(std::max(high, floorValue * 10));
                range.high += (range.high - range.low) * 0.06;
            } else {
                const double span = std::max(high - low, std::abs(high) * 0.1 + 1e-9);
                range.low = (low >= 0 && low < 0.5 * high) ? 0 : low - span * 0.08;
                range.high = high + span * 0.08;
            }
        }
        m_axes << axes;
    }
    setSize(m_size);
}

void TimelineLayout::setSize(QSizeF size)
{
    m_size = size;
    const double width = size.width();
    double y = 0;
    m_calendarRow = QRectF(0, y, width, 44);
    y += 44;
    m_dayRow = QRectF(0, y, width, 24);
    y += 24 + rowGap;
    m_phaseRow = QRectF(0, y, width, m_phaseRowCount * phaseRowHeight);
    y += m_phaseRow.height() + rowGap;
    for (int t = 0; t < timelineTrackCount; ++t) {
        const double h = trackMarkHeight + trackLabelRows[t] * labelRowHeight;
        m_trackRows[t] = QRectF(0, y, width, h);
        y += h;
    }
    y += rowGap;
    m_responseRow = QRectF(0, y, width, responseRowHeight);
    y += responseRowHeight + 2 * rowGap;
    m_labRows.clear();
    const int lanes = int(m_data.labLanes.size());
    if (lanes > 0) {
        const double available = size.height() - y - rowGap;
        const double each = std::max(
            minLabLaneHeight,
            std::floor((available - (lanes - 1) * rowGap) / lanes / style::grid) * style::grid);
        for (int l = 0; l < lanes; ++l) {
            m_labRows << QRectF(0, y, width, each);
            y += each + rowGap;
        }
    }
}

double TimelineLayout::minimumHeight() const
{
    const double fixed =
        m_labRows.isEmpty() ? m_responseRow.bottom() + rowGap : m_labRows.constFirst().top();
    const qsizetype lanes = m_data.labLanes.size();
    return fixed + double(lanes) * (minLabLaneHeight + rowGap);
}

TimeScale TimelineLayout::scale(double firstDay, double lastDay) const
{
    TimeScale s(gutter, m_size.width() - gutter - rightMargin, firstDay, 1);
    s.fit(firstDay, lastDay);
    return s;
}

TimeScale TimelineLayout::fitAll() const
{
    auto [first, last] = m_data.extent();
    if (m_data.isEmpty()) {
        const qint64 today = m_data.today.value_or(QDate::currentDate().toJulianDay());
        first = today - 30;
        last = today + 30;
    }
    // A little air on both sides, so that the first and last marks are not cut.
    const qint64 pad = std::max<qint64>(2, (last - first) / 40);
    return scale(double(first - pad), double(last + pad));
}

std::optional<TimeScale> TimelineLayout::fitTransplant(int number) const
{
    for (const TimelineTransplant& t : m_data.transplants)
        if (t.number == number)
            return scale(double(t.day0 - 10), double(t.day0 + 30));
    return std::nullopt;
}

TimelineFrame TimelineLayout::frame(const TimeScale& scale) const
{
    TimelineFrame frame;
    frame.plotArea = QRectF(scale.left(), 0, scale.width(), m_size.height());
    LabelSpace space(m_size.width());

    // Row titles in the gutter first: they always show.
    const QFontMetricsF titleMetrics(style::titleFont());
    const auto addRow = [&](const QString& title, const QRectF& rect) {
        frame.rows << TimelineFrame::Row{title, QString(), rect};
        if (!title.isEmpty())
            space.take(QRectF(style::grid, rect.top() + 4, titleMetrics.horizontalAdvance(title),
                              m_textHeight));
    };
    addRow(QString(), m_calendarRow);
    addRow(m_days.isEmpty() ? QString() : tr("Day"), m_dayRow);
    addRow(tr("Phases"), m_phaseRow);
    addRow(tr("Therapy"), m_trackRows[0]);
    addRow(tr("Events"), m_trackRows[1]);
    addRow(tr("Transfusions"), m_trackRows[2]);
    addRow(tr("Response"), m_responseRow);
    for (int l = 0; l < m_labRows.size(); ++l)
        addRow(m_data.labLanes[l].title, m_labRows[l]);

    // Today: its line and its label first among the texts of the plot.
    if (m_data.today) {
        const double x = scale.x(double(*m_data.today));
        if (x >= scale.left() && x <= scale.right()) {
            frame.todayX = x;
            frame.todayLabel =
                tr("Today %1").arg(QDate::fromJulianDay(*m_data.today).toString(Qt::ISODate));
            const double w = QFontMetricsF(m_smallFont).horizontalAdvance(frame.todayLabel);
            QRectF rect(x + 4, m_dayRow.top() + 4, w, m_textHeight);
            if (rect.right() > scale.right())
                rect.moveRight(x - 4);
            if (space.tryTake(rect))
                frame.todayLabelRect = rect;
        }
    }
    frameCalendar(scale, frame, space);
    frameDays(scale, frame, space);
    framePhases(scale, frame, space);
    frameEvents(scale, frame, space);
    frameResponses(scale, frame, space);
    frameLabs(scale, frame, space);
    return frame;
}

void TimelineLayout::frameCalendar(const TimeScale& scale, TimelineFrame& frame,
                                   LabelSpace& space) const
{
    // The finest step whose labels have room: days, weeks, months, years.
    struct Level {
        enum Unit { Day, Week, Month, Year } unit;
        int step;
        double days;
    };
    static constexpr Level levels[] = {
        {Level::Day, 1, 1},      {Level::Day, 2, 2},      {Level::Week, 1, 7},
        {Level::Month, 1, 30.4}, {Level::Month, 3, 91},   {Level::Month, 6, 182},
        {Level::Year, 1, 365.2}, {Level::Year, 2, 730.5}, {Level::Year, 5, 1826},
        {Level::Year, 10, 3652}, {Level::Year, 50, 18262}};
    const QFontMetricsF metrics(m_smallFont);
    const double twoDigits = metrics.horizontalAdvance(QStringLiteral("00")) + 10;
    const double year = metrics.horizontalAdvance(QStringLiteral("0000")) + 12;
    Level level = levels[std::size(levels) - 1];
    for (const Level& l : levels) {
        const double need = l.unit == Level::Year ? year : twoDigits;
        if (l.days * scale.pxPerDay() >= need) {
            level = l;
            break;
        }
    }
    const QDate from = QDate::fromJulianDay(qint64(std::floor(scale.firstDay())) - 1);
    const QDate to = QDate::fromJulianDay(qint64(std::ceil(scale.lastDay())) + 1);
    const double majorTop = m_calendarRow.top() + 2;
    const double minorTop = m_calendarRow.top() + 23;

    // Major ticks (the top line): months over days and weeks, years over months.
    const bool majorMonths = level.unit == Level::Day || level.unit == Level::Week;
    const bool majorYears = level.unit == Level::Month;
    if (majorMonths || majorYears) {
        QDate d = majorMonths ? QDate(from.year(), from.month(), 1) : QDate(from.year(), 1, 1);
        QList<TimelineFrame::Tick> majors;
        for (; d <= to; d = majorMonths ? d.addMonths(1) : d.addYears(1)) {
            TimelineFrame::Tick tick;
            tick.x = scale.x(double(d.toJulianDay()) - 0.5);
            tick.major = true;
            tick.label =
                majorMonths ? d.toString(QStringLiteral("yyyy-MM")) : QString::number(d.year());
            majors << tick;
        }
        for (int i = 0; i < majors.size(); ++i) {
            TimelineFrame::Tick& tick = majors[i];
            const double w = QFontMetricsF(style::titleFont()).horizontalAdvance(tick.label);
            // A period that started off screen keeps its label at the left edge.
            double x = std::max(tick.x + 4, scale.left() + 4);
            const double next = i + 1 < majors.size() ? majors[i + 1].x : scale.right();
            if (x + w > next - 4)
                x = tick.x + 4; // no room beside the edge: only at its own tick
            QRectF rect(x, majorTop, w, m_textHeight);
            if (rect.left() >= scale.left() && rect.right() <= scale.right() &&
                rect.right() <= next - 2 && space.tryTake(rect))
                tick.labelRect = rect;
            if (tick.x >= scale.left() && tick.x <= scale.right())
                frame.calendarTicks << tick;
            else if (!tick.labelRect.isEmpty()) {
                tick.x = scale.left();
                tick.label = tick.label; // label pinned, tick off screen
                frame.calendarTicks << tick;
            }
        }
    }

    // Minor ticks with their labels (the bottom line).
    QDate d;
    switch (level.unit) {
    case Level::Day:
        d = from;
        break;
    case Level::Week:
        d = from.addDays(1 - from.dayOfWeek()); // Mondays (ISO weeks)
        break;
    case Level::Month:
        d = QDate(from.year(), from.month() - (from.month() - 1) % level.step, 1);
        break;
    case Level::Year:
        d = QDate(from.year() - from.year() % level.step, 1, 1);
        break;
    }
    for (; d <= to;) {
        TimelineFrame::Tick tick;
        tick.x = scale.x(double(d.toJulianDay()) -
                         (level.unit == Level::Day || level.unit == Level::Week ? 0 : 0.5));
        switch (level.unit) {
        case Level::Day:
        case Level::Week:
            tick.label = d.toString(QStringLiteral("dd"));
            break;
        case Level::Month:
            tick.label = d.toString(QStringLiteral("MM"));
            break;
        case Level::Year:
            tick.label = QString::number(d.year());
            break;
        }
        if (tick.x >= scale.left() && tick.x <= scale.right()) {
            const double w = metrics.horizontalAdvance(tick.label);
            // Day labels sit under their day; month and year labels start at the period.
            const double x = (level.unit == Level::Day || level.unit == Level::Week)
                                 ? tick.x - w / 2
                                 : tick.x + 3;
            const QRectF rect(x, minorTop, w, m_textHeight);
            if (rect.left() >= scale.left() && rect.right() <= scale.right() && space.tryTake(rect))
                tick.labelRect = rect;
            frame.calendarTicks << tick;
        }
        switch (level.unit) {
        case Level::Day:
            d = d.addDays(level.step);
            break;
        case Level::Week:
            d = d.addDays(7);
            break;
        case Level::Month:
            d = d.addMonths(level.step);
            break;
        case Level::Year:
            d = d.addYears(level.step);
            break;
        }
    }
}

void TimelineLayout::frameDays(const TimeScale& scale, TimelineFrame& frame,
                               LabelSpace& space) const
{
    if (m_days.isEmpty())
        return;
    const QFontMetricsF metrics(m_smallFont);
    const double need = metrics.horizontalAdvance(QStringLiteral("D+000")) + 8;
    int step = 0;
    for (int s : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000})
        if (s * scale.pxPerDay() >= need) {
            step = s;
            break;
        }
    const qint64 firstVisible = qint64(std::ceil(scale.firstDay() - 0.5));
    const qint64 lastVisible = qint64(std::floor(scale.lastDay() + 0.5));
    const QList<TimelineTransplant>& transplants = m_data.transplants;
    for (int i = 0; i < transplants.size(); ++i) {
        // The days for which this transplant is the nearest one.
        const qint64 day0 = transplants[i].day0;
        qint64 lo = i == 0 ? firstVisible
                           : std::max(firstVisible, (transplants[i - 1].day0 + day0) / 2 + 1);
        qint64 hi = i + 1 == transplants.size()
                        ? lastVisible
                        : std::min(lastVisible, (day0 + transplants[i + 1].day0 - 1) / 2);
        if (i > 0 && (day0 - transplants[i - 1].day0) % 2 == 0)
            lo = std::max(firstVisible,
                          (transplants[i - 1].day0 + day0) / 2); // a tie goes to the later
        if (lo > hi)
            continue;
        QList<qint64> days;
        if (step == 0) {
            if (day0 >= lo && day0 <= hi)
                days << day0;
        } else {
            const qint64 kFirst = qint64(std::ceil(double(lo - day0) / step));
            const qint64 kLast = qint64(std::floor(double(hi - day0) / step));
            for (qint64 k = kFirst; k <= kLast; ++k)
                days << day0 + k * step;
        }
        for (qint64 day : days) {
            TimelineFrame::DayTick tick;
            tick.day = day;
            tick.x = scale.x(double(day));
            tick.dayNumber = m_days.dayNumber(day).value_or(0);
            tick.label = m_days.label(day);
            const double w = metrics.horizontalAdvance(tick.label);
            const QRectF rect(tick.x - w / 2, m_dayRow.top() + 4, w, m_textHeight);
            if (rect.left() >= scale.left() && rect.right() <= scale.right() && space.tryTake(rect))
                tick.labelRect = rect;
            frame.dayTicks << tick;
        }
    }
}

void TimelineLayout::framePhases(const TimeScale& scale, TimelineFrame& frame,
                                 LabelSpace& space) const
{
    const double from = scale.firstDay() - 1;
    const double to = scale.lastDay() + 1;
    QList<QList<QRectF>> bandsByRow(m_phaseRowCount);
    for (int i = 0; i < m_data.phases.size(); ++i) {
        const TimelinePhase& p = m_data.phases[i];
        if (double(p.last) < from || double(p.first) > to)
            continue;
        const int row = m_phaseRowOf[std::size_t(i)];
        const double top = m_phaseRow.top() + row * phaseRowHeight + 2;
        const double left = std::max(scale.left(), scale.x(double(p.first) - 0.5));
        const double right = std::min(scale.right(), scale.x(double(p.last) + 0.5));
        TimelineFrame::Phase phase;
        phase.index = i;
        phase.rect = QRectF(left, top, std::max(2.0, right - left), phaseRowHeight - 4);
        phase.label = p.label;
        frame.phases << phase;
        bandsByRow[row] << phase.rect;
    }
    // Labels: inside when they fit, else beside when that side is free, else dropped.
    for (TimelineFrame::Phase& phase : frame.phases) {
        const double w = m_phaseWidths[std::size_t(phase.index)];
        const QRectF& band = phase.rect;
        const double y = band.top() + (band.height() - m_textHeight) / 2;
        if (band.width() >= w + 2 * style::grid) {
            const QRectF rect(band.left() + style::grid, y, w, m_textHeight);
            if (space.tryTake(rect)) {
                phase.labelRect = rect;
                phase.labelInside = true;
            }
            continue;
        }
        const int row = m_phaseRowOf[std::size_t(phase.index)];
        for (const QRectF& rect : {QRectF(band.right() + 4, y, w, m_textHeight),
                                   QRectF(band.left() - 4 - w, y, w, m_textHeight)}) {
            if (rect.left() < scale.left() || rect.right() > scale.right())
                continue;
            const bool onBand = std::any_of(bandsByRow[row].begin(), bandsByRow[row].end(),
                                            [&](const QRectF& b) { return b.intersects(rect); });
            if (!onBand && space.tryTake(rect)) {
                phase.labelRect = rect;
                break;
            }
        }
    }
}

void TimelineLayout::frameEvents(const TimeScale& scale, TimelineFrame& frame,
                                 LabelSpace& space) const
{
    struct Candidate {
        int event;
        int markIndex;
    };
    std::vector<Candidate> visible[timelineTrackCount]; // per track, in time order
    for (int t = 0; t < timelineTrackCount; ++t) {
        const std::vector<int>& order = m_trackEvents[t];
        const auto [begin, end] = visibleRange(
            order, [this](int i) { return m_data.events[i].first; }, scale.firstDay(),
            scale.lastDay(), m_trackMaxSpan[t]);
        const double centreY = m_trackRows[t].top() + trackMarkHeight / 2;
        double lastX = -1e9;
        TimelineMark lastMark = TimelineMark::Reported;
        bool lastPlanned = false;
        for (std::size_t k = begin; k < end; ++k) {
            const int i = order[k];
            const TimelineEvent& e = m_data.events[i];
            if (double(e.last) < scale.firstDay() - 1)
                continue;
            TimelineFrame::Mark mark;
            mark.index = i;
            const double x0 = scale.x(double(e.first) - 0.5);
            const double x1 = scale.x(double(e.last) + 0.5);
            double cx = (x0 + x1) / 2;
            if (e.mark == TimelineMark::Cycle) {
                const double w = std::max(6.0, x1 - x0 - 2);
                mark.rect = QRectF(cx - w / 2, centreY - 4, w, 8);
            } else {
                mark.rect = QRectF(cx - 6, centreY - 8, 12, 16);
                if (!e.exactDay && x1 - x0 > 8)
                    mark.range = std::pair{x0 + 1, x1 - 1};
            }
            mark.centre = QPointF(cx, centreY);
            // Only what shows: a mark half off the edge is drawn clipped, one wholly off is not.
            if (mark.rect.right() < scale.left() || mark.rect.left() > scale.right())
                continue;
            // Many marks in one pixel column draw as one (zoomed far out).
            if (std::abs(cx - lastX) < 2 && e.mark == lastMark && e.planned == lastPlanned)
                continue;
            lastX = cx;
            lastMark = e.mark;
            lastPlanned = e.planned;
            frame.marks << mark;
            visible[t].push_back({i, int(frame.marks.size()) - 1});
        }
    }
    // Labels. Within a track they read in time order: per label row, a label goes only between
    // the labels of the events before and after it. A run of cycles of one regimen is named as
    // a unit and drops detail consistently: every label in full ("VRD C1 VRD C2"), else the
    // regimen once ("VRD C1 C2 C3"), else the labels that fit, left to right. Units are placed
    // in order of importance; a label that finds no free place is dropped.
    constexpr double separation = 6; // between neighbouring labels of a row
    struct Placed {
        std::size_t k = 0; // place in the track's time order
        int row = 0;
        QRectF rect;
    };
    std::map<std::size_t, QRectF> placed[timelineTrackCount][2];
    const auto findPlace = [&](int t, std::size_t k, double w, const Placed* before,
                               bool endAtBar = false) -> std::optional<Placed> {
        const Candidate& c = visible[t][k];
        const TimelineEvent& e = m_data.events[c.event];
        const TimelineFrame::Mark& mark = frame.marks[c.markIndex];
        // A bar partly off screen is named under its visible part.
        const double visibleLeft = std::max(mark.rect.left(), scale.left());
        const double visibleRight = std::min(mark.rect.right(), scale.right());
        for (int row = 0; row < trackLabelRows[t]; ++row) {
            const double y = m_trackRows[t].top() + trackMarkHeight + row * labelRowHeight;
            const std::map<std::size_t, QRectF>& inRow = placed[t][row];
            const auto next = inRow.lower_bound(k);
            double lowest = scale.left();
            double highest = scale.right();
            if (next != inRow.begin())
                lowest = std::max(lowest, std::prev(next)->second.right() + separation);
            if (before && before->row == row)
                lowest = std::max(lowest, before->rect.right() + separation);
            if (next != inRow.end())
                highest = std::min(highest, next->second.left() - separation);
            double xs[3];
            int count = 0;
            if (e.mark == TimelineMark::Cycle && endAtBar) {
                // The first of a run may end at its bar, leaving the room after it to the next.
                xs[count++] = visibleRight - w;
            } else if (e.mark == TimelineMark::Cycle) {
                // Centred under the bar, else as far left as its neighbour allows while its
                // centre stays over the bar.
                const double cx = (visibleLeft + visibleRight) / 2;
                xs[count++] = cx - w / 2;
                xs[count++] = std::clamp(lowest, visibleLeft - w / 2, visibleRight - w / 2);
            } else {
                xs[count++] = mark.centre.x() - w / 2;
                xs[count++] = visibleRight + 3;
                xs[count++] = visibleLeft - 3 - w;
            }
            for (int i = 0; i < count; ++i) {
                const QRectF rect(xs[i], y, w, labelRowHeight);
                if (rect.left() < lowest || rect.right() > highest)
                    continue;
                if (space.isFree(rect))
                    return Placed{k, row, rect};
            }
        }
        return std::nullopt;
    };
    const auto commit = [&](int t, const Placed& p, const QString& text) {
        const Candidate& c = visible[t][p.k];
        space.take(p.rect);
        placed[t][p.row].emplace(p.k, p.rect);
        frame.labels << TimelineFrame::Label{c.event, text, p.rect, m_data.events[c.event].planned,
                                             TimelineFrame::Label::Style::Event};
    };
    // Cycles of one regimen one after the other in a track form a run.
    const auto sameRun = [&](int t, std::size_t k) {
        const TimelineEvent& a = m_data.events[visible[t][k - 1].event];
        const TimelineEvent& b = m_data.events[visible[t][k].event];
        return a.mark == TimelineMark::Cycle && b.mark == TimelineMark::Cycle &&
               !a.shortLabel.isEmpty() && !b.shortLabel.isEmpty() && a.colourKey == b.colourKey &&
               m_eventWidths[std::size_t(visible[t][k - 1].event)].regimen ==
                   m_eventWidths[std::size_t(visible[t][k].event)].regimen;
    };
    struct Unit {
        int track = 0;
        std::size_t first = 0;
        std::size_t last = 0; // inclusive
        int priority = 0;
        qint64 day = 0;
    };
    std::vector<Unit> units;
    for (int t = 0; t < timelineTrackCount; ++t)
        for (std::size_t k = 0; k < visible[t].size(); ++k) {
            const TimelineEvent& e = m_data.events[visible[t][k].event];
            const int priority = e.priority + (e.planned ? 1 : 0);
            if (k > 0 && sameRun(t, k)) {
                units.back().last = k;
                units.back().priority = std::min(units.back().priority, priority);
            } else {
                units.push_back({t, k, k, priority, e.first});
            }
        }
    std::stable_sort(units.begin(), units.end(), [](const Unit& a, const Unit& b) {
        return std::pair(a.priority, a.day) < std::pair(b.priority, b.day);
    });
    const auto form = [&](int t, std::size_t k, bool full) {
        const int i = visible[t][k].event;
        const TimelineEvent& e = m_data.events[i];
        const Measured& widths = m_eventWidths[std::size_t(i)];
        return full ? std::pair<const QString*, double>(&e.label, widths.label)
                    : std::pair<const QString*, double>(&e.shortLabel, widths.shortLabel);
    };
    for (const Unit& u : units) {
        const int t = u.track;
        if (u.first == u.last) {
            for (const bool full : {true, false}) {
                const auto [text, w] = form(t, u.first, full);
                if (text->isEmpty())
                    continue;
                if (const auto p = findPlace(t, u.first, w, nullptr)) {
                    commit(t, *p, *text);
                    break;
                }
            }
            continue;
        }
        // A run: all in full, else the regimen on the first only (all or nothing)...
        bool done = false;
        for (const auto& [allFull, endAtBar] :
             {std::pair(true, false), std::pair(false, false), std::pair(false, true)}) {
            std::vector<Placed> tentative;
            for (std::size_t k = u.first; k <= u.last; ++k) {
                const auto [text, w] = form(t, k, allFull || k == u.first);
                const auto p = findPlace(t, k, w, tentative.empty() ? nullptr : &tentative.back(),
                                         endAtBar && k == u.first);
                if (!p)
                    break;
                tentative.push_back(*p);
            }
            if (tentative.size() == u.last - u.first + 1) {
                for (const Placed& p : tentative)
                    commit(t, p, *form(t, p.k, allFull || p.k == u.first).first);
                done = true;
                break;
            }
        }
        if (done)
            continue;
        // ...else those that fit, left to right; the first one placed names the regimen.
        bool named = false;
        for (std::size_t k = u.first; k <= u.last; ++k)
            for (const bool full : {true, false}) {
                if (full && named)
                    continue;
                const auto [text, w] = form(t, k, full);
                if (const auto p = findPlace(t, k, w, nullptr)) {
                    commit(t, *p, *text);
                    named = true;
                    break;
                }
            }
    }
}

void TimelineLayout::frameResponses(const TimeScale& scale, TimelineFrame& frame,
                                    LabelSpace& space) const
{
    const auto& responses = m_data.responses;
    const auto begin =
        std::lower_bound(responses.begin(), responses.end(), scale.firstDay() - 1,
                         [](const TimelineResponse& r, double d) { return double(r.day) < d; });
    const double centreY = m_responseRow.top() + responseRowHeight / 2;
    const double h = 20;
    const auto inside = [&](const QRectF& r) {
        return r.left() >= scale.left() && r.right() <= scale.right();
    };
    // Assessments of one category too close to tell apart (a response and its confirmation a
    // few days later) share one badge: the latest confirmed state, over their span.
    struct Group {
        int first = 0;
        int last = 0;
        int shown = 0; // the member whose state the badge shows
    };
    std::vector<Group> groups;
    for (auto it = begin; it != responses.end() && double(it->day) <= scale.lastDay() + 1; ++it) {
        const int i = int(it - responses.begin());
        if (!groups.empty()) {
            Group& g = groups.back();
            const TimelineResponse& prev = responses[g.last];
            const double room = (m_responseWidths[std::size_t(g.last)].first +
                                 m_responseWidths[std::size_t(i)].first) /
                                    2 +
                                4;
            if (!it->planned && !prev.planned && !it->computed.isEmpty() &&
                it->computed == prev.computed &&
                (scale.x(double(it->day)) - scale.x(double(prev.day))) < room) {
                g.last = i;
                // A differing reported label first, then the latest confirmed state.
                const TimelineResponse& shown = responses[g.shown];
                if (std::pair(it->differs, it->confirmed) >=
                    std::pair(shown.differs, shown.confirmed))
                    g.shown = i;
                continue;
            }
        }
        groups.push_back({i, i, i});
    }
    for (const Group& g : groups) {
        const int i = g.shown;
        const TimelineResponse& r = responses[i];
        const auto [mainW, reportedW] = m_responseWidths[std::size_t(i)];
        const double cx =
            (scale.x(double(responses[g.first].day)) + scale.x(double(responses[g.last].day))) / 2;
        TimelineFrame::Badge badge;
        badge.index = i;
        badge.text = r.planned ? r.plannedLabel : r.computed;
        for (int m = g.first; g.last > g.first && m <= g.last; ++m) {
            badge.members << m;
            badge.memberXs << scale.x(double(responses[m].day));
        }
        const bool hasMain = mainW > 0;
        const QRectF main(cx - mainW / 2, centreY - h / 2, mainW, h);
        const QRectF reported(hasMain ? main.right() + 4 : cx - reportedW / 2, centreY - h / 2,
                              reportedW, h);
        const bool showReported = reportedW > 0 && (r.differs || !hasMain);
        // The full badge, then without the reported label, then a dot.
        if (hasMain && showReported && inside(main) && inside(reported) && space.isFree(main) &&
            space.isFree(reported)) {
            space.take(main);
            space.take(reported);
            badge.rect = main;
            badge.reportedRect = reported;
        } else if (hasMain && inside(main) && space.tryTake(main)) {
            badge.rect = main;
        } else if (!hasMain && inside(reported) && space.tryTake(reported)) {
            badge.reportedRect = reported;
            badge.rect = QRectF(cx - 1, centreY - 1, 2, 2);
            badge.compact = true;
        } else {
            // A dot, with room of its own: where it would touch a badge, that badge stands for
            // it (its tooltip names both). Far out, many dots share a few pixels: one shows.
            const QRectF dot(cx - 4, centreY - 4, 8, 8);
            if (!space.isFree(dot.adjusted(-2, 0, 2, 0))) {
                for (qsizetype b = frame.badges.size() - 1; b >= 0; --b) {
                    TimelineFrame::Badge& other = frame.badges[b];
                    if (other.rect
                            .united(other.reportedRect.isEmpty() ? other.rect : other.reportedRect)
                            .adjusted(-6, 0, 6, 0)
                            .intersects(dot)) {
                        if (other.members.isEmpty())
                            other.members << other.index;
                        for (int m = g.first; m <= g.last; ++m)
                            other.members << m;
                        break;
                    }
                }
                continue;
            }
            space.take(dot);
            badge.rect = dot;
            badge.compact = true;
        }
        frame.badges << badge;
    }
}

double TimelineLayout::valueY(int lane, int axis, double value, const QRectF& plot) const
{
    const AxisRange& range = m_axes[lane][axis];
    double v = value;
    if (m_data.labLanes[lane].logScale)
        v = std::log10(std::max(value, range.floorValue));
    const double f = (v - range.low) / (range.high - range.low);
    return plot.bottom() - std::clamp(f, -0.02, 1.02) * plot.height();
}

void TimelineLayout::frameLabs(const TimeScale& scale, TimelineFrame& frame,
                               LabelSpace& space) const
{
    const QFontMetricsF metrics(m_smallFont);
    for (int l = 0; l < m_labRows.size(); ++l) {
        const TimelineLabLane& lane = m_data.labLanes[l];
        TimelineFrame::LabLane out;
        out.index = l;
        out.plot = QRectF(scale.left(), m_labRows[l].top() + labTitleHeight, scale.width(),
                          m_labRows[l].height() - labTitleHeight - 4);
        const QRectF& plot = out.plot;

        // The legend under the title: a swatch and "name unit" per series.
        double legendY = m_labRows[l].top() + 8 + m_textHeight;
        for (int s = 0; s < lane.series.size(); ++s) {
            const TimelineLabSeries& series = lane.series[s];
            const QString text = lane.series.size() == 1
                                     ? series.unit
                                     : series.name + QLatin1Char(' ') + series.unit;
            const QRectF rect(style::grid + (lane.series.size() == 1 ? 0 : 14), legendY,
                              metrics.horizontalAdvance(text), m_textHeight - 2);
            if (rect.bottom() <= m_labRows[l].bottom() && rect.right() < gutter - 8 &&
                space.tryTake(rect))
                out.labels << TimelineFrame::Label{lane.series.size() == 1 ? -1 : s, text, rect,
                                                   false, TimelineFrame::Label::Style::Legend};
            legendY += m_textHeight;
        }

        if (m_axes[l][0].valid)
            for (const TimelineThreshold& t : lane.thresholds) {
                const double y = valueY(l, 0, t.value, plot);
                out.thresholdYs << y;
                const double w = metrics.horizontalAdvance(t.label);
                const QRectF rect(plot.left() - 6 - w, y - m_textHeight / 2, w, m_textHeight);
                // The threshold's value wins over a grid value at the same height.
                if (space.tryTake(rect))
                    out.labels << TimelineFrame::Label{-1, t.label, rect, false,
                                                       TimelineFrame::Label::Style::Axis};
            }

        // Axis values: powers of ten on a log axis, 1-2-5 steps on a linear one.
        for (int axis = 0; axis < 2; ++axis) {
            const AxisRange& range = m_axes[l][axis];
            if (!range.valid)
                continue;
            QList<double> values;
            if (lane.logScale) {
                for (double e = std::ceil(range.low); e <= range.high; e += 1)
                    values << std::pow(10.0, e);
            } else {
                const double stepValue = niceStep(range.high - range.low, 3);
                for (double v = std::ceil(range.low / stepValue) * stepValue; v <= range.high;
                     v += stepValue)
                    values << v;
            }
            for (double v : values) {
                const double y = valueY(l, axis, v, plot);
                const QString text = valueText(v);
                const double w = metrics.horizontalAdvance(text);
                const QRectF rect(axis == 0 ? plot.left() - 6 - w : plot.right() + 6,
                                  y - m_textHeight / 2, w, m_textHeight);
                if (axis == 0)
                    out.gridYs << y;
                if (space.tryTake(rect))
                    out.labels << TimelineFrame::Label{-1, text, rect, false,
                                                       TimelineFrame::Label::Style::Axis};
            }
        }
        // Engraftment days: a line through the plot and its label above.
        for (const TimelineMarker& m : lane.markers) {
            const double x = scale.x(double(m.day));
            if (x < plot.left() || x > plot.right())
                continue;
            out.markers << QLineF(x, plot.top(), x, plot.bottom());
            const double w = metrics.horizontalAdvance(m.label);
            for (double left : {x + 4, x - 4 - w}) {
                const QRectF rect(left, m_labRows[l].top() + 2, w, m_textHeight);
                if (rect.left() >= plot.left() && rect.right() <= plot.right() &&
                    space.tryTake(rect)) {
                    out.labels << TimelineFrame::Label{-1, m.label, rect, false,
                                                       TimelineFrame::Label::Style::Marker};
                    break;
                }
            }
        }

        // The values, decimated per pixel column: each column keeps its first, lowest, highest
        // and last value, so that a nadir never disappears however far out the zoom is.
        for (int s = 0; s < lane.series.size(); ++s) {
            const TimelineLabSeries& series = lane.series[s];
            if (!m_axes[l][series.axis].valid)
                continue;
            TimelineFrame::Series drawn;
            drawn.series = s;
            const auto& points = series.points;
            auto first = std::lower_bound(
                points.begin(), points.end(), scale.firstDay(),
                [](const TimelineLabPoint& p, double d) { return double(p.day) < d; });
            auto last = std::upper_bound(
                points.begin(), points.end(), scale.lastDay(),
                [](double d, const TimelineLabPoint& p) { return d < double(p.day); });
            // One value beyond each edge, so that the line runs to the edge.
            if (first != points.begin())
                --first;
            if (last != points.end())
                ++last;
            const qsizetype count = last - first;
            const bool sparse = count <= qsizetype(plot.width() / 6);
            long column = 0;
            bool open = false;
            double colFirst = 0, colMin = 0, colMax = 0, colLast = 0, colX = 0;
            QPolygonF piece;
            const auto flush = [&] {
                if (!open)
                    return;
                piece << QPointF(colX, colFirst);
                if (colMin != colFirst && colMin != colLast)
                    piece << QPointF(colX, colMin);
                if (colMax != colFirst && colMax != colLast)
                    piece << QPointF(colX, colMax);
                if (colLast != colFirst)
                    piece << QPointF(colX, colLast);
                open = false;
            };
            const auto endPiece = [&] {
                flush();
                if (!piece.isEmpty())
                    drawn.pieces << std::exchange(piece, QPolygonF());
            };
            qint64 previousDay = 0;
            QPointF previous;
            for (auto p = first; p != last; ++p) {
                const double x = scale.x(double(p->day));
                const double y = valueY(l, series.axis, p->value, plot);
                // No line across a gap: values far apart say nothing about the days between.
                if (p != first && p->day - previousDay > maxLabGapDays) {
                    endPiece();
                    drawn.gaps << QLineF(previous, QPointF(x, y));
                }
                previousDay = p->day;
                previous = QPointF(x, y);
                const long c = long(std::floor(x));
                if (!open || c != column) {
                    flush();
                    open = true;
                    column = c;
                    colX = x;
                    colFirst = colMin = colMax = colLast = y;
                } else {
                    // y grows downwards: the lowest value has the largest y.
                    colMin = std::max(colMin, y);
                    colMax = std::min(colMax, y);
                    colLast = y;
                }
                if (sparse && x >= plot.left() && x <= plot.right()) {
                    drawn.dots << QPointF(x, y);
                    drawn.dotResultIds << p->resultId;
                }
            }
            endPiece();
            out.series << drawn;
        }
        frame.labLanes << out;
    }
}

TimelineLayout::Hit TimelineLayout::hitTest(const TimelineFrame& frame, const TimeScale& scale,
                                            QPointF point) const
{
    Hit hit;
    for (qsizetype k = frame.marks.size() - 1; k >= 0; --k)
        if (frame.marks[k].rect.adjusted(-3, -3, 3, 3).contains(point)) {
            const TimelineEvent& e = m_data.events[frame.marks[k].index];
            return {Hit::Kind::Event, frame.marks[k].index, 0, e.detail};
        }
    for (const TimelineFrame::Badge& b : frame.badges)
        if (b.rect.adjusted(-3, -3, 3, 3).contains(point) ||
            (!b.reportedRect.isEmpty() && b.reportedRect.contains(point))) {
            QStringList details;
            for (int m : b.members)
                details << m_data.responses[m].detail;
            return {Hit::Kind::Response, b.index, 0,
                    details.isEmpty() ? m_data.responses[b.index].detail
                                      : details.join(QStringLiteral("\n\n"))};
        }
    for (const TimelineFrame::LabLane& lane : frame.labLanes) {
        if (!lane.plot.adjusted(0, -6, 0, 6).contains(point))
            continue;
        const TimelineLabLane& data = m_data.labLanes[lane.index];
        // The nearest value in time of each series, then the nearest on screen.
        double best = 10; // px
        for (const TimelineLabSeries& s : data.series) {
            if (!m_axes[lane.index][s.axis].valid)
                continue;
            const double day = scale.day(point.x());
            auto it = std::lower_bound(
                s.points.begin(), s.points.end(), day,
                [](const TimelineLabPoint& p, double d) { return double(p.day) < d; });
            for (auto c : {it, it == s.points.begin() ? it : std::prev(it)}) {
                if (c == s.points.end())
                    continue;
                const QPointF at(scale.x(double(c->day)),
                                 valueY(lane.index, s.axis, c->value, lane.plot));
                const double d = QLineF(at, point).length();
                if (d < best) {
                    best = d;
                    hit = {Hit::Kind::Result, -1, c->resultId,
                           tr("%1 %2 %3\n%4")
                                   .arg(s.name, valueText(c->value), s.unit,
                                        QDate::fromJulianDay(c->day).toString(Qt::ISODate)) +
                               (m_days.isEmpty()
                                    ? QString()
                                    : QStringLiteral("  ") + m_days.allLabels(c->day))};
                }
            }
        }
        if (hit.kind != Hit::Kind::None)
            return hit;
    }
    for (const TimelineFrame::Phase& p : frame.phases)
        if (p.rect.contains(point)) {
            const TimelinePhase& phase = m_data.phases[p.index];
            return {Hit::Kind::Phase, p.index, 0,
                    tr("%1: %2 – %3%4")
                        .arg(phase.label, QDate::fromJulianDay(phase.first).toString(Qt::ISODate),
                             QDate::fromJulianDay(phase.last).toString(Qt::ISODate),
                             phase.planned ? tr(" (planned)") : QString())};
        }
    return hit;
}

} // namespace mmtrack::gui
