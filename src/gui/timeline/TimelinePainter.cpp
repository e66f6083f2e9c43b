#include "gui/timeline/TimelinePainter.h"

#include "gui/timeline/TimelineStyle.h"

#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QStaticText>
#include <cmath>

namespace mmtrack::gui {

namespace style = timelinestyle;

namespace {

// Texts laid out once and drawn many times: a zoom or a pan repaints the same labels, and
// laying a text out again for every frame costs more than the rest of the frame.
QHash<QString, QStaticText>* textCache = nullptr; // the layout's, while painting
constexpr qsizetype crowded = 300;                // marks beyond which edges go crisp

void drawText(QPainter& p, const QRectF& rect, Qt::Alignment align, const QString& text)
{
    QHash<QString, QStaticText>& cache = *textCache;
    const QString key = p.font().key() + QChar(0x1F) + text;
    auto it = cache.find(key);
    if (it == cache.end()) {
        if (cache.size() > 5000)
            cache.clear();
        QStaticText laidOut(text);
        laidOut.setTextFormat(Qt::PlainText);
        laidOut.setPerformanceHint(QStaticText::AggressiveCaching);
        laidOut.prepare(QTransform(), p.font());
        it = cache.insert(key, laidOut);
    }
    const QSizeF size = it->size();
    double x = rect.left();
    if (align & Qt::AlignHCenter)
        x = rect.center().x() - size.width() / 2;
    else if (align & Qt::AlignRight)
        x = rect.right() - size.width();
    const double y = rect.center().y() - size.height() / 2;
    p.drawStaticText(QPointF(x, y), *it);
}

QColor faint(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

// The colour `colour` at `alpha` shows over white, as an opaque colour.
QColor overWhite(const QColor& colour, int alpha)
{
    const auto mix = [alpha](int c) { return (c * alpha + 255 * (255 - alpha)) / 255; };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

// A one-pixel vertical rule as an opaque filled column. Qt's raster engine hands a stroked
// line taller than about a hundred pixels to its thread pool, span by span; a filled rect of
// an opaque colour is one memory fill, and a long rule looks the same either way.
void verticalRule(QPainter& p, double x, double top, double bottom, const QColor& opaque)
{
    p.fillRect(QRect(int(std::floor(x)), int(std::floor(top)), 1,
                     int(std::ceil(bottom) - std::floor(top))),
               opaque);
}

void drawMarkShape(QPainter& p, const TimelineEvent& e, const TimelineFrame::Mark& m);

// Marks of a fixed size drawn once into a small image and copied for each occurrence: a
// blit costs a fraction of stroking and filling a polygon, which matters with thousands of
// marks. Only on raster devices; a vector export (SVG) draws every mark as a shape.
bool fixedSize(const TimelineEvent& e, const TimelineFrame::Mark& m)
{
    return e.mark != TimelineMark::Cycle && !m.range;
}

void drawMark(QPainter& p, const TimelineEvent& e, const TimelineFrame::Mark& m)
{
    if (!fixedSize(e, m) || p.paintEngine()->type() != QPaintEngine::Raster ||
        !p.transform().isIdentity()) {
        drawMarkShape(p, e, m);
        return;
    }
    constexpr int half = 12;
    const bool antialiased = p.testRenderHint(QPainter::Antialiasing);
    // One sprite per kind, colour, state and edge: the key packs the small values into an int
    // beside the colour's name (shared, not copied), so a frame formats no text per mark.
    const std::pair<int, QString> key{
        int(e.mark) << 2 | (e.planned ? 2 : 0) | (antialiased ? 1 : 0), e.colourKey};
    thread_local QHash<std::pair<int, QString>, QImage> sprites; // per thread: offscreen renders
    auto found = sprites.find(key);
    if (found == sprites.end()) {
        QImage sprite(2 * half, 2 * half, QImage::Format_ARGB32_Premultiplied);
        sprite.fill(Qt::transparent);
        QPainter sp(&sprite);
        sp.setRenderHint(QPainter::Antialiasing, antialiased);
        TimelineFrame::Mark centred = m;
        centred.centre = QPointF(half, half);
        centred.rect = m.rect.translated(QPointF(half, half) - m.centre);
        drawMarkShape(sp, e, centred);
        sp.end();
        found = sprites.insert(key, sprite);
    }
    p.drawImage(QPoint(int(std::round(m.centre.x())) - half, int(std::round(m.centre.y())) - half),
                *found);
}

void drawMarkShape(QPainter& p, const TimelineEvent& e, const TimelineFrame::Mark& m)
{
    const QColor colour = style::phaseColour(e.colourKey);
    const QColor fill = e.planned ? faint(colour, 60) : colour;
    QPen pen(e.planned ? faint(colour, 200) : colour.darker(130), 1.2);
    if (e.planned)
        pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    p.setBrush(fill);
    const QPointF c = m.centre;
    const QRectF& r = m.rect;
    if (m.range) {
        // A date known only to its month: a thin whisker over the month.
        p.save();
        p.setPen(QPen(faint(colour, 150), 1));
        const double y = c.y() + 7;
        p.drawLine(QPointF(m.range->first, y), QPointF(m.range->second, y));
        p.drawLine(QPointF(m.range->first, y - 2), QPointF(m.range->first, y + 2));
        p.drawLine(QPointF(m.range->second, y - 2), QPointF(m.range->second, y + 2));
        p.restore();
    }
    switch (e.mark) {
    case TimelineMark::Cycle:
        p.drawRoundedRect(r, 2, 2);
        break;
    case TimelineMark::NewLine:
        p.drawRect(QRectF(c.x() - 1, c.y() - 9, 2, 18));
        break;
    case TimelineMark::Mobilization:
        p.setBrush(Qt::white);
        p.setPen(QPen(pen.color(), 2, pen.style()));
        p.drawEllipse(c, 4.5, 4.5);
        break;
    case TimelineMark::Apheresis: {
        QPainterPath drop;
        drop.moveTo(c.x(), c.y() - 8);
        drop.cubicTo(c.x() + 2, c.y() - 4, c.x() + 6, c.y() - 1, c.x() + 6, c.y() + 2.5);
        drop.arcTo(QRectF(c.x() - 6, c.y() - 3.5, 12, 12), 0, -180);
        drop.cubicTo(c.x() - 6, c.y() - 1, c.x() - 2, c.y() - 4, c.x(), c.y() - 8);
        p.drawPath(drop);
        break;
    }
    case TimelineMark::Admission:
    case TimelineMark::Discharge: {
        const double dir = e.mark == TimelineMark::Admission ? 1 : -1;
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(e.planned ? faint(colour, 160) : colour, 2, pen.style(), Qt::FlatCap,
                      Qt::MiterJoin));
        const QPointF pts[] = {{c.x() + 4 * dir, c.y() - 8},
                               {c.x(), c.y() - 8},
                               {c.x(), c.y() + 8},
                               {c.x() + 4 * dir, c.y() + 8}};
        p.drawPolyline(pts, 4);
        break;
    }
    case TimelineMark::Conditioning: {
        const QPointF pts[] = {{c.x() - 5, c.y() - 5}, {c.x() + 5, c.y() - 5}, {c.x(), c.y() + 4}};
        p.drawPolygon(pts, 3);
        break;
    }
    case TimelineMark::Transplant: {
        const QPointF pts[] = {
            {c.x(), c.y() - 8}, {c.x() + 7, c.y()}, {c.x(), c.y() + 8}, {c.x() - 7, c.y()}};
        p.drawPolygon(pts, 4);
        break;
    }
    case TimelineMark::Transfusion: {
        const QPointF pts[] = {
            {c.x(), c.y() - 6}, {c.x() + 5.5, c.y() + 4}, {c.x() - 5.5, c.y() + 4}};
        p.drawPolygon(pts, 3);
        break;
    }
    case TimelineMark::Reported: {
        p.setPen(QPen(e.planned ? faint(colour, 160) : colour, 1.5, pen.style()));
        p.drawLine(QPointF(c.x(), c.y() - 8), QPointF(c.x(), c.y() + 8));
        const QPointF flag[] = {{c.x(), c.y() - 8}, {c.x() + 8, c.y() - 5}, {c.x(), c.y() - 2}};
        p.drawPolygon(flag, 3);
        break;
    }
    }
}

void drawFlag(QPainter& p, QPointF at, const QColor& colour)
{
    p.save();
    p.setPen(QPen(colour, 1.2));
    p.setBrush(colour);
    p.drawLine(at, at + QPointF(0, 11));
    const QPointF flag[] = {at, at + QPointF(7, 2.5), at + QPointF(0, 5)};
    p.drawPolygon(flag, 3);
    p.restore();
}

void drawBadges(QPainter& p, const TimelineLayout& layout, const TimelineFrame& frame,
                const TimelinePainter::State& state)
{
    const auto& responses = layout.data().responses;
    p.setFont(style::labelFont());
    const bool manyDots = frame.badges.size() >= crowded;
    for (const TimelineFrame::Badge& b : frame.badges) {
        const TimelineResponse& r = responses[b.index];
        const QColor colour = r.planned ? style::quietInk() : style::responseColour(r.computed);
        if (b.compact && b.reportedRect.isEmpty()) {
            p.setPen(QPen(colour.darker(140), 1));
            p.setBrush(r.confirmed ? colour : QColor(Qt::white));
            p.setRenderHint(QPainter::Antialiasing, !manyDots);
            p.drawEllipse(b.rect);
            p.setRenderHint(QPainter::Antialiasing, true);
            continue;
        }
        if (!b.compact) {
            if (r.planned) {
                p.setPen(QPen(faint(colour, 170), 1.2, Qt::DashLine));
                p.setBrush(Qt::white);
                p.drawRoundedRect(b.rect.adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
                p.setPen(faint(style::quietInk(), 200));
            } else if (r.confirmed || r.computed == QLatin1String("PD")) {
                // Confirmed: filled. PD: the warning colour whatever its confirmation.
                p.setPen(QPen(colour.darker(r.computed == QLatin1String("PD") ? 250 : 120), 1.2));
                p.setBrush(colour);
                p.drawRoundedRect(b.rect.adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
                p.setPen(style::textOn(colour));
            } else {
                // Unconfirmed: outlined.
                p.setPen(QPen(colour, 2));
                p.setBrush(Qt::white);
                p.drawRoundedRect(b.rect.adjusted(1, 1, -1, -1), 10, 10);
                p.setPen(colour.lightness() > 200 ? style::ink() : colour.darker(110));
            }
            drawText(p, b.rect, Qt::AlignCenter, b.text);
        }
        if (!b.memberXs.isEmpty()) {
            // One badge for assessments too close to tell apart: a tick at each one's date.
            p.setPen(QPen(colour.darker(120), 1.2));
            for (double x : b.memberXs)
                p.drawLine(QPointF(x, b.rect.bottom() + 1.5), QPointF(x, b.rect.bottom() + 4.5));
        }
        if (!b.reportedRect.isEmpty()) {
            // The reported label: a flag and the label, outlined; a warning edge if it differs.
            const QRectF rr = b.reportedRect;
            const QColor edge =
                r.differs ? style::phaseColour(QStringLiteral("transplant")) : style::quietInk();
            p.setPen(QPen(edge, 1.2, r.differs ? Qt::SolidLine : Qt::DotLine));
            p.setBrush(QColor(0xFF, 0xFF, 0xFF));
            p.drawRoundedRect(rr.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            drawFlag(p, QPointF(rr.left() + 6, rr.top() + 4), edge);
            p.setPen(style::ink());
            drawText(p, rr.adjusted(16, 0, -2, 0), Qt::AlignCenter, r.reported);
        }
        if (b.index == state.currentResponse) {
            p.setPen(QPen(QColor(0x00, 0x72, 0xB2), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(b.rect.united(b.reportedRect.isEmpty() ? b.rect : b.reportedRect)
                                  .adjusted(-3, -3, 3, 3),
                              12, 12);
        }
    }
}

void drawLabs(QPainter& p, const TimelineLayout& layout, const TimelineFrame& frame)
{
    const auto& lanes = layout.data().labLanes;
    for (const TimelineFrame::LabLane& lane : frame.labLanes) {
        const TimelineLabLane& data = lanes[lane.index];
        p.setPen(QPen(faint(style::rule(), 140), 1));
        for (double y : lane.gridYs)
            p.drawLine(QPointF(lane.plot.left(), y), QPointF(lane.plot.right(), y));
        p.setPen(QPen(style::rule(), 1));
        p.drawLine(lane.plot.bottomLeft(), lane.plot.bottomRight());
        p.setPen(QPen(QColor(0x55, 0x55, 0x55), 1, Qt::DashLine));
        for (double y : lane.thresholdYs)
            p.drawLine(QPointF(lane.plot.left(), y), QPointF(lane.plot.right(), y));
        p.setPen(QPen(style::phaseColour(QStringLiteral("engraftment")), 1.5, Qt::DashLine));
        for (const QLineF& m : lane.markers)
            p.drawLine(m);
        p.save();
        p.setClipRect(lane.plot.adjusted(-4, -4, 4, 4));
        for (const TimelineFrame::Series& s : lane.series) {
            const QColor colour = style::seriesColour(data.series[s.series].key);
            // Gaps between values far apart: faint and dashed, under the line.
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(QPen(faint(colour, 110), 1, Qt::DashLine));
            for (const QLineF& gap : s.gaps)
                p.drawLine(gap);
            qsizetype points = 0;
            for (const QPolygonF& line : s.pieces)
                points += line.size();
            // A dense series (more points than pixels) is a solid zigzag: drawn without
            // antialiasing it looks the same and costs a fraction.
            const bool dense = points > lane.plot.width();
            p.setRenderHint(QPainter::Antialiasing, !dense);
            p.setPen(QPen(colour, dense ? 1 : 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            // Short pieces: Qt's stroker slows down sharply on one long zigzag polyline.
            constexpr qsizetype piece = 48;
            for (const QPolygonF& line : s.pieces) {
                for (qsizetype i = 0; i + 1 < line.size(); i += piece)
                    p.drawPolyline(line.constData() + i, int(std::min(piece + 1, line.size() - i)));
                // A lone value between gaps still shows when the values have no dots.
                if (line.size() == 1 && s.dots.isEmpty()) {
                    p.save();
                    p.setPen(Qt::NoPen);
                    p.setBrush(colour);
                    p.drawEllipse(line.constFirst(), 2, 2);
                    p.restore();
                }
            }
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(QPen(Qt::white, 1));
            p.setBrush(colour);
            for (const QPointF& d : s.dots)
                p.drawEllipse(d, 2.6, 2.6);
        }
        p.restore();
        for (const TimelineFrame::Label& l : lane.labels) {
            switch (l.style) {
            case TimelineFrame::Label::Style::Marker:
                p.setFont(style::smallFont());
                p.setPen(style::phaseColour(QStringLiteral("engraftment")).darker(120));
                break;
            case TimelineFrame::Label::Style::Legend:
                p.setFont(style::smallFont());
                p.setPen(style::quietInk());
                if (l.index >= 0) {
                    const QColor colour = style::seriesColour(data.series[l.index].key);
                    p.save();
                    p.setPen(QPen(colour, 2));
                    const double y = l.rect.center().y();
                    p.drawLine(QPointF(l.rect.left() - 12, y), QPointF(l.rect.left() - 3, y));
                    p.restore();
                }
                break;
            case TimelineFrame::Label::Style::Axis:
            case TimelineFrame::Label::Style::Event:
                p.setFont(style::smallFont());
                p.setPen(style::quietInk());
                break;
            }
            drawText(p, l.rect, Qt::AlignLeft | Qt::AlignVCenter, l.text);
        }
    }
}

} // namespace

void TimelinePainter::paint(QPainter& p, const TimelineLayout& layout, const TimelineFrame& frame,
                            const State& state)
{
    textCache = &layout.textCache();
    const QSizeF size = layout.size();
    const QRectF plot = frame.plotArea;
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    p.fillRect(QRectF(0, 0, plot.left() - 8, size.height()), QColor(0xF7, 0xF8, 0xFA));

    // Gridlines of the calendar through every row, under everything else.
    const double gridTop = frame.rows.size() > 1 ? frame.rows[1].rect.top() : 40;
    for (const TimelineFrame::Tick& t : frame.calendarTicks) {
        if (t.x < plot.left() || t.x > plot.right())
            continue;
        verticalRule(p, t.x, t.major ? 2 : gridTop - 6, size.height(),
                     t.major ? overWhite(style::rule(), 255) : overWhite(style::rule(), 110));
    }
    // Separators between the groups of rows.
    p.setPen(QPen(style::rule(), 1));
    for (qsizetype r = 1; r < frame.rows.size(); ++r) {
        const double y = std::floor(frame.rows[r].rect.top() - 4) + 0.5;
        if (r == 1 || r == 2 || r == 3 || r == 6 || r >= 7)
            p.drawLine(QPointF(8, y), QPointF(size.width() - 8, y));
    }

    // Calendar and day labels.
    for (const TimelineFrame::Tick& t : frame.calendarTicks) {
        if (t.labelRect.isEmpty())
            continue;
        p.setFont(t.major ? style::titleFont() : style::smallFont());
        p.setPen(t.major ? style::ink() : style::quietInk());
        drawText(p, t.labelRect, Qt::AlignLeft | Qt::AlignVCenter, t.label);
    }
    p.setFont(style::smallFont());
    for (const TimelineFrame::DayTick& t : frame.dayTicks) {
        const bool zero = t.dayNumber == 0;
        const QColor colour =
            zero ? style::phaseColour(QStringLiteral("transplant")) : style::quietInk();
        p.setPen(QPen(colour, zero ? 2 : 1));
        const double bottom = frame.rows[1].rect.bottom();
        p.drawLine(QPointF(t.x, bottom - (zero ? 6 : 3)), QPointF(t.x, bottom));
        if (!t.labelRect.isEmpty()) {
            p.setFont(zero ? style::titleFont() : style::smallFont());
            drawText(p, t.labelRect.adjusted(-4, 0, 4, 0), Qt::AlignCenter, t.label);
        }
    }

    // Phase bands.
    const auto& phases = layout.data().phases;
    for (const TimelineFrame::Phase& ph : frame.phases) {
        const TimelinePhase& phase = phases[ph.index];
        const QColor colour = style::phaseColour(phase.key);
        if (phase.planned) {
            p.setPen(QPen(colour, 1.2, Qt::DashLine));
            p.setBrush(faint(colour, 45));
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
        }
        p.drawRoundedRect(ph.rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        if (!ph.labelRect.isEmpty()) {
            p.setFont(style::titleFont());
            p.setPen(ph.labelInside && !phase.planned ? style::textOn(colour) : style::ink());
            drawText(p, ph.labelRect.adjusted(0, 0, 2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     ph.label);
        }
    }

    // Event marks and their labels.
    const auto& events = layout.data().events;
    p.save();
    p.setClipRect(plot.adjusted(-1, 0, 1, 0));
    // Hundreds of marks on a few pixels each (zoomed far out): crisp edges are as legible and
    // many times cheaper than antialiased ones.
    p.setRenderHint(QPainter::Antialiasing, frame.marks.size() < crowded);
    for (const TimelineFrame::Mark& m : frame.marks) {
        drawMark(p, events[m.index], m);
        if (m.index == state.currentEvent) {
            p.save();
            p.setPen(QPen(QColor(0x00, 0x72, 0xB2), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(m.rect.adjusted(-4, -4, 4, 4), 4, 4);
            p.restore();
        }
    }
    p.restore();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setFont(style::labelFont());
    for (const TimelineFrame::Label& l : frame.labels) {
        p.setPen(l.planned ? faint(style::quietInk(), 170) : style::ink());
        drawText(p, l.rect.adjusted(-1, 0, 1, 0), Qt::AlignCenter, l.text);
    }

    drawBadges(p, layout, frame, state);
    drawLabs(p, layout, frame);

    // Today, over everything in the plot: a crisp line through the pixel column of its x (a
    // line on a pixel's edge would be smeared over two columns at half strength).
    if (frame.todayX) {
        verticalRule(p, *frame.todayX, frame.rows[1].rect.top(), size.height(),
                     style::todayColour());
        p.setPen(style::todayColour());
        if (!frame.todayLabelRect.isEmpty()) {
            p.setFont(style::smallFont());
            drawText(p, frame.todayLabelRect.adjusted(-1, 0, 1, 0), Qt::AlignCenter,
                     frame.todayLabel);
        }
    }

    // Row titles in the gutter.
    p.setFont(style::titleFont());
    p.setPen(style::quietInk());
    for (const TimelineFrame::Row& r : frame.rows)
        if (!r.title.isEmpty())
            drawText(p, QRectF(8, r.rect.top() + 4, plot.left() - 24, 18),
                     Qt::AlignLeft | Qt::AlignVCenter, r.title);

    if (state.focused) {
        p.setPen(QPen(QColor(0x00, 0x72, 0xB2), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(QPointF(1, 1), size - QSizeF(2, 2)));
    }
}

} // namespace mmtrack::gui
