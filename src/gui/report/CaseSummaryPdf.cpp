#include "gui/report/CaseSummaryPdf.h"

#include "common/Language.h"
#include "gui/timeline/TimelineLayout.h"
#include "gui/timeline/TimelinePainter.h"
#include "gui/timeline/TimelineStyle.h"
#include "workspace/CaseFiles.h"
#include "workspace/Workspace.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextOption>
#include <algorithm>
#include <cmath>

namespace mmtrack::gui {

namespace {

// Colours of the report (Okabe–Ito accents on grey ink).
const QColor kInk(0x1A, 0x1A, 0x1A);
const QColor kMuted(0x5A, 0x5F, 0x66);
const QColor kRule(0xC8, 0xCD, 0xD3);
const QColor kHairline(0xE1, 0xE4, 0xE8);
const QColor kTint(0xF3, 0xF5, 0xF7);
const QColor kAccent(0x00, 0x72, 0xB2);
const QColor kWarning(0xD5, 0x5E, 0x00);
const QColor kEngrafted(0x00, 0x9E, 0x73);
const QColor kBand(0xE3, 0xF2, 0xEC);

QColor seriesColour(const QString& key)
{
    if (key == QLatin1String("kappa_flc"))
        return QColor(0x00, 0x72, 0xB2);
    if (key == QLatin1String("lambda_flc"))
        return QColor(0xCC, 0x79, 0xA7);
    if (key == QLatin1String("platelets"))
        return QColor(0xD5, 0x5E, 0x00);
    return kInk;
}

// A paint device that forwards everything to another painter under a transform, text as text
// (found by search, copied, read aloud). The timeline is drawn on it in the report's faces
// (timelinestyle::ScopedFaces): the screen's CJK face would be extracted as Kangxi radicals.
class ForwardingEngine : public QPaintEngine {
public:
    ForwardingEngine(QPainter* target, const QTransform& base)
        : QPaintEngine(QPaintEngine::AllFeatures), m_target(target), m_base(base)
    {
    }
    bool begin(QPaintDevice*) override
    {
        m_target->save();
        m_target->setTransform(m_base);
        return true;
    }
    bool end() override
    {
        m_target->restore();
        return true;
    }
    Type type() const override { return QPaintEngine::User; }
    void updateState(const QPaintEngineState& s) override
    {
        const auto flags = s.state();
        if (flags & (DirtyTransform | DirtyClipPath | DirtyClipRegion))
            m_target->setTransform(s.transform() * m_base);
        if (flags & DirtyPen)
            m_target->setPen(s.pen());
        if (flags & DirtyBrush)
            m_target->setBrush(s.brush());
        if (flags & DirtyBrushOrigin)
            m_target->setBrushOrigin(s.brushOrigin());
        if (flags & DirtyHints)
            m_target->setRenderHints(s.renderHints());
        if (flags & DirtyOpacity)
            m_target->setOpacity(s.opacity());
        if (flags & DirtyClipPath)
            m_target->setClipPath(s.clipPath(), s.clipOperation());
        if (flags & DirtyClipRegion)
            m_target->setClipRegion(s.clipRegion(), s.clipOperation());
        if (flags & DirtyClipEnabled)
            m_target->setClipping(s.isClipEnabled());
    }
    void drawPath(const QPainterPath& path) override { m_target->drawPath(path); }
    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override
    {
        if (mode == PolylineMode)
            m_target->drawPolyline(points, count);
        else
            m_target->drawPolygon(points, count,
                                  mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
    }
    void drawLines(const QLineF* lines, int count) override { m_target->drawLines(lines, count); }
    void drawRects(const QRectF* rects, int count) override { m_target->drawRects(rects, count); }
    void drawEllipse(const QRectF& rect) override { m_target->drawEllipse(rect); }
    void drawPixmap(const QRectF& r, const QPixmap& pixmap, const QRectF& source) override
    {
        m_target->drawPixmap(r, pixmap, source);
    }
    void drawImage(const QRectF& r, const QImage& image, const QRectF& source,
                   Qt::ImageConversionFlags flags) override
    {
        m_target->drawImage(r, image, source, flags);
    }

    void drawTextItem(const QPointF& origin, const QTextItem& item) override
    {
        // A size in points means the timeline's 96 dots per inch; the target device has its
        // own, and the transform then scales the text as it scales everything else.
        QFont face = item.font();
        if (face.pixelSize() <= 0)
            face.setPointSizeF(face.pointSizeF() * kTimelineDpi /
                               m_target->device()->logicalDpiY());
        m_target->setFont(face);
        m_target->drawText(origin, item.text());
    }

    static constexpr double kTimelineDpi = 96;

private:
    QPainter* m_target;
    QTransform m_base;
};

class ForwardingDevice : public QPaintDevice {
public:
    ForwardingDevice(QPainter* target, const QTransform& base, QSize size)
        : m_engine(target, base), m_size(size)
    {
    }
    QPaintEngine* paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return int(m_size.width() * 25.4 / ForwardingEngine::kTimelineDpi);
        case PdmHeightMM:
            return int(m_size.height() * 25.4 / ForwardingEngine::kTimelineDpi);
        case PdmNumColors:
            return INT_MAX;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return int(ForwardingEngine::kTimelineDpi);
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    mutable ForwardingEngine m_engine;
    QSize m_size;
};

double niceStep(double range, int wanted)
{
    if (range <= 0)
        return 1;
    const double raw = range / wanted;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * power >= raw)
            return m * power;
    return 10 * power;
}

QString number(double value, double step)
{
    const int decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
    return QLocale::c().toString(value, 'f', decimals);
}

// One pass over the summary: measures everything, and paints when it has a painter. The first
// pass counts the pages, the second paints them knowing the total.
class Renderer {
public:
    Renderer(const CaseSummary& summary, QPagedPaintDevice& device, QPainter* painter, int total)
        : s(summary), m_device(device), m_p(painter), m_total(total)
    {
        m_dpi = device.logicalDpiY();
        m_width = device.width();
        m_height = device.height();
        m_left = mm(18);
        m_right = m_width - mm(18);
        m_bottom = m_height - mm(22);
    }

    int run()
    {
        startPage();
        header();
        patientBlock();
        section(s.sections.value(0));
        section(s.sections.value(1));
        timeline();
        section(s.sections.value(2));
        section(s.sections.value(3));
        charts();
        for (int i = 4; i < s.sections.size(); ++i)
            section(s.sections.at(i));
        signatures();
        return m_page;
    }

private:
    double mm(double v) const { return v * m_dpi / 25.4; }
    double contentWidth() const { return m_right - m_left; }

    QFont font(double points, bool bold = false) const
    {
        QFont f;
        f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei")});
        f.setPointSizeF(points);
        f.setBold(bold);
        f.setKerning(true);
        return f;
    }

    double textHeight(const QFont& f, double width, const QString& text) const
    {
        const QFontMetricsF metrics(f, &m_device);
        if (text.isEmpty())
            return metrics.height();
        return metrics
            .boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap | Qt::AlignLeft, text)
            .height();
    }
    double textWidth(const QFont& f, const QString& text) const
    {
        return QFontMetricsF(f, &m_device).horizontalAdvance(text);
    }
    double lineHeight(const QFont& f) const { return QFontMetricsF(f, &m_device).height(); }

    void text(const QRectF& rect, int flags, const QString& value, const QFont& f,
              const QColor& colour = kInk)
    {
        if (!m_p)
            return;
        m_p->setFont(f);
        m_p->setPen(colour);
        m_p->drawText(rect, flags, value);
    }

    // New page when `height` does not fit under the cursor.
    void ensure(double height)
    {
        if (m_y + height > m_bottom && m_y > m_top + 1)
            nextPage();
    }
    void nextPage()
    {
        if (m_p)
            m_device.newPage();
        startPage();
        runningHeader();
    }

    void startPage()
    {
        ++m_page;
        m_top = mm(16);
        m_y = m_top;
        footer();
    }

    void footer()
    {
        const QFont small = font(7);
        const double y = m_height - mm(16);
        if (m_p) {
            m_p->setPen(QPen(kRule, mm(0.2)));
            m_p->drawLine(QPointF(m_left, y), QPointF(m_right, y));
        }
        const double h = lineHeight(small);
        const QString page = m_total > 0
                                 ? CaseSummaryPdf::tr("Page %1 of %2").arg(m_page).arg(m_total)
                                 : CaseSummaryPdf::tr("Page %1 of %2").arg(m_page).arg(m_page);
        text(QRectF(m_left, y + mm(1.5), contentWidth() * 0.7, h), Qt::AlignLeft | Qt::AlignTop,
             s.footerLeft, small, kMuted);
        text(QRectF(m_left, y + mm(1.5), contentWidth(), h), Qt::AlignRight | Qt::AlignTop, page,
             font(7, true), kInk);
        text(QRectF(m_left, y + mm(1.5) + h, contentWidth(), h), Qt::AlignLeft | Qt::AlignTop,
             s.generated, small, kMuted);
    }

    void runningHeader()
    {
        const QFont f = font(7.5);
        const double h = lineHeight(f);
        text(QRectF(m_left, m_y, contentWidth(), h), Qt::AlignLeft | Qt::AlignVCenter,
             CaseSummaryPdf::tr("%1 · %2").arg(s.hospital, s.department), f, kMuted);
        text(QRectF(m_left, m_y, contentWidth(), h), Qt::AlignRight | Qt::AlignVCenter,
             s.subtitle.isEmpty() ? s.title
                                  : CaseSummaryPdf::tr("%1 · %2").arg(s.title, s.subtitle),
             f, kMuted);
        m_y += h + mm(1.5);
        if (m_p) {
            m_p->setPen(QPen(kRule, mm(0.2)));
            m_p->drawLine(QPointF(m_left, m_y), QPointF(m_right, m_y));
        }
        m_y += mm(5);
    }

    void header()
    {
        const QFont hospital = font(15, true);
        const QFont department = font(10);
        const QFont title = font(15, true);
        const double h1 = lineHeight(hospital);
        text(QRectF(m_left, m_y, contentWidth(), h1), Qt::AlignLeft | Qt::AlignVCenter, s.hospital,
             hospital);
        text(QRectF(m_left, m_y, contentWidth(), h1), Qt::AlignRight | Qt::AlignVCenter, s.title,
             title, kAccent);
        m_y += h1;
        const double h2 = lineHeight(department);
        text(QRectF(m_left, m_y, contentWidth(), h2), Qt::AlignLeft | Qt::AlignVCenter,
             s.department, department, kMuted);
        if (!s.subtitle.isEmpty())
            text(QRectF(m_left, m_y, contentWidth(), h2), Qt::AlignRight | Qt::AlignVCenter,
                 s.subtitle, font(8.5, true), kWarning);
        m_y += h2 + mm(2);
        if (m_p) {
            m_p->setPen(QPen(kAccent, mm(0.6)));
            m_p->drawLine(QPointF(m_left, m_y), QPointF(m_right, m_y));
        }
        m_y += mm(4);
    }

    // The patient: a tinted box of label-over-value cells, three to a row, then the notes.
    void patientBlock()
    {
        const QFont label = font(7);
        const QFont value = font(9.5, true);
        const int columns = 4;
        const double pad = mm(3);
        const double cellWidth = (contentWidth() - 2 * pad) / columns;
        const int rows = int((s.patient.size() + columns - 1) / columns);
        const double rowHeight = lineHeight(label) + lineHeight(value) + mm(2);
        double height = 2 * pad + rows * rowHeight - mm(2);
        const QFont notesFont = font(7.5);
        double notesHeight = 0;
        if (!s.notes.isEmpty())
            notesHeight = lineHeight(label) + mm(0.5) +
                          textHeight(notesFont, contentWidth() - 2 * pad, s.notes) + mm(2);
        height += notesHeight;
        ensure(height);
        if (m_p) {
            m_p->setPen(Qt::NoPen);
            m_p->setBrush(kTint);
            m_p->drawRoundedRect(QRectF(m_left, m_y, contentWidth(), height), mm(1.5), mm(1.5));
            m_p->setBrush(Qt::NoBrush);
        }
        for (int i = 0; i < s.patient.size(); ++i) {
            const SummaryField& f = s.patient.at(i);
            const double x = m_left + pad + (i % columns) * cellWidth;
            const double y = m_y + pad + (i / columns) * rowHeight;
            text(QRectF(x, y, cellWidth - mm(2), lineHeight(label)), Qt::AlignLeft | Qt::AlignTop,
                 f.label, label, kMuted);
            text(QRectF(x, y + lineHeight(label), cellWidth - mm(2), lineHeight(value)),
                 Qt::AlignLeft | Qt::AlignTop, f.value, value);
        }
        if (!s.notes.isEmpty()) {
            const double y = m_y + pad + rows * rowHeight;
            text(QRectF(m_left + pad, y, contentWidth() - 2 * pad, lineHeight(label)),
                 Qt::AlignLeft | Qt::AlignTop, CaseSummaryPdf::tr("Notes"), label, kMuted);
            const double h = textHeight(notesFont, contentWidth() - 2 * pad, s.notes);
            text(QRectF(m_left + pad, y + lineHeight(label) + mm(0.5), contentWidth() - 2 * pad, h),
                 Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, s.notes, notesFont);
        }
        m_y += height + mm(6);
    }

    double sectionTitleHeight() const { return lineHeight(font(11, true)) + mm(3); }

    void sectionTitle(const QString& title)
    {
        const QFont f = font(11, true);
        const double h = lineHeight(f);
        if (m_p) {
            m_p->setPen(Qt::NoPen);
            m_p->setBrush(kAccent);
            m_p->drawRect(QRectF(m_left, m_y + h * 0.15, mm(1.2), h * 0.7));
            m_p->setBrush(Qt::NoBrush);
        }
        text(QRectF(m_left + mm(3), m_y, contentWidth(), h), Qt::AlignLeft | Qt::AlignVCenter,
             title, f, kInk);
        m_y += h + mm(0.8);
        if (m_p) {
            m_p->setPen(QPen(kHairline, mm(0.2)));
            m_p->drawLine(QPointF(m_left, m_y), QPointF(m_right, m_y));
        }
        m_y += mm(2.2);
    }

    double fieldHeight(const SummaryField& f, double labelWidth) const
    {
        const QFont body = font(8.5);
        return std::max(textHeight(body, labelWidth - mm(3), f.label),
                        textHeight(body, contentWidth() - labelWidth, fieldValue(f))) +
               mm(1.4);
    }
    static QString fieldValue(const SummaryField& f)
    {
        return f.warning ? QStringLiteral("⚠ ") + f.value : f.value;
    }

    void section(const SummarySection& section)
    {
        if (section.title.isEmpty())
            return;
        const double labelWidth = mm(48);
        // Keep the title with its first line.
        double first = section.fields.isEmpty() ? lineHeight(font(8.5)) * 2
                                                : fieldHeight(section.fields.first(), labelWidth);
        ensure(sectionTitleHeight() + first);
        sectionTitle(section.title);
        const QFont body = font(8.5);
        for (const SummaryField& f : section.fields) {
            const double h = fieldHeight(f, labelWidth);
            ensure(h);
            text(QRectF(m_left, m_y, labelWidth - mm(3), h),
                 Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, f.label, body, kMuted);
            text(QRectF(m_left + labelWidth, m_y, contentWidth() - labelWidth, h),
                 Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, fieldValue(f), body,
                 f.warning ? kWarning : kInk);
            m_y += h;
        }
        if (!section.table.headers.isEmpty() && !section.table.rows.isEmpty()) {
            m_y += mm(1.5);
            table(section.table);
        }
        m_y += mm(5);
    }

    QList<double> columnWidths(const SummaryTable& t, const QFont& body, const QFont& head) const
    {
        const double pad = mm(2.4);
        const int n = int(t.headers.size());
        QList<double> natural(n, 0);
        for (int c = 0; c < n; ++c) {
            natural[c] = textWidth(head, t.headers.at(c)) + pad;
            for (const QStringList& row : t.rows)
                natural[c] = std::max(natural[c], textWidth(body, row.value(c)) + pad);
        }
        double total = 0;
        for (double w : natural)
            total += w;
        const double available = contentWidth();
        if (total <= available) {
            // Spread the spare room evenly so that the table spans the width.
            const double spare = (available - total) / n;
            for (double& w : natural)
                w += spare;
            return natural;
        }
        // Too wide: narrow columns keep their width, the wide ones share what is left.
        QList<double> widths(n, 0);
        const double fair = available / n;
        double fixed = 0;
        double wideTotal = 0;
        for (double w : natural) {
            if (w <= fair)
                fixed += w;
            else
                wideTotal += w;
        }
        for (int c = 0; c < n; ++c)
            widths[c] =
                natural[c] <= fair ? natural[c] : natural[c] * (available - fixed) / wideTotal;
        return widths;
    }

    void table(const SummaryTable& t)
    {
        const QFont body = font(8);
        const QFont head = font(7.5, true);
        const QList<double> widths = columnWidths(t, body, head);
        const double padX = mm(1.2);
        const double padY = mm(1);
        const auto rowHeight = [&](const QStringList& cells, const QFont& f) {
            double h = 0;
            for (int c = 0; c < widths.size(); ++c)
                h = std::max(h, textHeight(f, widths[c] - 2 * padX, cells.value(c)));
            return h + 2 * padY;
        };
        const auto drawRow = [&](const QStringList& cells, const QFont& f, bool header,
                                 bool warning) {
            const double h = rowHeight(cells, f);
            if (m_p && header) {
                m_p->setPen(Qt::NoPen);
                m_p->setBrush(kTint);
                m_p->drawRect(QRectF(m_left, m_y, contentWidth(), h));
                m_p->setBrush(Qt::NoBrush);
            }
            double x = m_left;
            for (int c = 0; c < widths.size(); ++c) {
                text(QRectF(x + padX, m_y + padY, widths[c] - 2 * padX, h - 2 * padY),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, cells.value(c), f,
                     header    ? kMuted
                     : warning ? kWarning
                               : kInk);
                x += widths[c];
            }
            m_y += h;
            if (m_p) {
                m_p->setPen(QPen(header ? kRule : kHairline, mm(0.2)));
                m_p->drawLine(QPointF(m_left, m_y), QPointF(m_right, m_y));
            }
        };
        ensure(rowHeight(t.headers, head) + rowHeight(t.rows.value(0), body));
        drawRow(t.headers, head, true, false);
        for (int r = 0; r < t.rows.size(); ++r) {
            const double h = rowHeight(t.rows.at(r), body);
            if (m_y + h > m_bottom) {
                nextPage();
                drawRow(t.headers, head, true, false);
            }
            drawRow(t.rows.at(r), body, false, t.warningRows.contains(r));
        }
    }

    void timeline()
    {
        if (s.timeline.isEmpty())
            return;
        const timelinestyle::ScopedFaces reportFaces(font(8).families());
        TimelineLayout layout;
        layout.setData(s.timeline);
        const double logicalWidth = 1040;
        layout.setSize(QSizeF(logicalWidth, 600));
        const double logicalHeight = std::ceil(layout.minimumHeight());
        layout.setSize(QSizeF(logicalWidth, logicalHeight));
        const double scale = contentWidth() / logicalWidth;
        const double height = logicalHeight * scale;
        const QFont note = font(7);
        ensure(sectionTitleHeight() + height + 2 * lineHeight(note));
        sectionTitle(CaseSummaryPdf::tr("Pathway timeline"));
        if (m_p) {
            TimelineFrame frame = layout.frame(layout.fitAll());
            if (s.offsetOrigin) {
                // Calendar labels become days from diagnosis: the shape stays, the dates go.
                const TimeScale scaleNow = layout.fitAll();
                const qint64 origin = s.offsetOrigin->toJulianDay();
                // Keep the labels that fit side by side.
                const QFontMetricsF metrics(timelinestyle::labelFont());
                double free = -1e9;
                for (TimelineFrame::Tick& tick : frame.calendarTicks) {
                    const QString label = CaseSummaryPdf::tr("day %1").arg(
                        qint64(std::llround(scaleNow.day(tick.x))) - origin);
                    const double w = metrics.horizontalAdvance(label) + 6;
                    const QRectF old = tick.labelRect;
                    if (tick.label.isEmpty() || tick.x - w / 2 < free) {
                        tick.label.clear();
                        tick.labelRect = QRectF();
                        continue;
                    }
                    tick.label = label;
                    tick.labelRect = tick.major
                                         ? QRectF(old.left(), old.top(), w, old.height())
                                         : QRectF(tick.x - w / 2, old.top(), w, old.height());
                    free = tick.labelRect.right() + 8;
                }
                frame.todayLabel.clear();
                frame.todayLabelRect = QRectF();
            }
            QTransform base;
            base.translate(m_left, m_y);
            base.scale(scale, scale);
            ForwardingDevice device(m_p, base, QSize(int(logicalWidth), int(logicalHeight)));
            QPainter painter(&device);
            painter.setRenderHint(QPainter::Antialiasing);
            TimelinePainter::paint(painter, layout, frame, {});
            painter.end();
        }
        m_y += height + mm(1);
        const QString explanation = CaseSummaryPdf::tr(
            "Phases from the recorded events; response badges computed (reported label beside "
            "them when it differs); day numbers from the nearest transplant's day 0.");
        const double noteHeight = textHeight(note, contentWidth(), explanation);
        text(QRectF(m_left, m_y, contentWidth(), noteHeight),
             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, explanation, note, kMuted);
        m_y += noteHeight + mm(5);
    }

    void charts()
    {
        if (s.charts.isEmpty())
            return;
        const double fullHeight = mm(52);
        const double halfHeight = mm(50);
        const double gap = mm(6);
        bool titled = false;
        int i = 0;
        while (i < s.charts.size()) {
            const SummaryChart& chart = s.charts.at(i);
            const bool pair = chart.day0.has_value() && i + 1 < s.charts.size() &&
                              s.charts.at(i + 1).day0 == chart.day0;
            const double h = pair ? halfHeight : fullHeight;
            ensure((titled ? 0 : sectionTitleHeight()) + h);
            if (!titled) {
                sectionTitle(CaseSummaryPdf::tr("Laboratory trends"));
                titled = true;
            }
            if (pair) {
                const double w = (contentWidth() - gap) / 2;
                drawChart(QRectF(m_left, m_y, w, h), chart);
                drawChart(QRectF(m_left + w + gap, m_y, w, h), s.charts.at(i + 1));
                i += 2;
            } else {
                drawChart(QRectF(m_left, m_y, contentWidth(), h), chart);
                ++i;
            }
            m_y += h + mm(4);
        }
        m_y += mm(2);
    }

    struct Axis {
        double low = 0;
        double high = 1;
        double step = 1;
    };

    static Axis axisFor(double low, double high)
    {
        low = std::min(0.0, low);
        if (high <= low)
            high = low + 1;
        const double step = niceStep(high - low, 4);
        return {std::floor(low / step) * step, std::ceil(high * 1.05 / step) * step, step};
    }

    void drawChart(const QRectF& rect, const SummaryChart& chart)
    {
        const QFont titleFont = font(8.5, true);
        const QFont small = font(6.5);
        const QFont legendFont = font(7);
        const double th = lineHeight(titleFont);
        const double sh = lineHeight(small);
        if (!m_p)
            return;
        text(QRectF(rect.left(), rect.top(), rect.width(), th), Qt::AlignLeft | Qt::AlignVCenter,
             chart.title, titleFont);
        // Legend, right-aligned on the title line.
        double lx = rect.right();
        for (int k = int(chart.series.size()) - 1; k >= 0; --k) {
            const SummaryChart::Series& series = chart.series.at(k);
            if (chart.series.size() < 2)
                break;
            const QString name = series.axis == 1
                                     ? CaseSummaryPdf::tr("%1 (right axis)").arg(series.name)
                                     : series.name;
            const double w = textWidth(legendFont, name);
            lx -= w;
            text(QRectF(lx, rect.top(), w + 1, th), Qt::AlignLeft | Qt::AlignVCenter, name,
                 legendFont, kMuted);
            lx -= mm(5);
            m_p->setPen(QPen(seriesColour(series.key), mm(0.5)));
            m_p->drawLine(QPointF(lx, rect.top() + th / 2),
                          QPointF(lx + mm(4), rect.top() + th / 2));
            lx -= mm(3);
        }
        const bool right = std::any_of(chart.series.cbegin(), chart.series.cend(),
                                       [](const auto& series) { return series.axis == 1; });
        const QRectF plot(rect.left() + mm(11), rect.top() + th + sh + mm(1.5),
                          rect.width() - mm(11) - (right ? mm(11) : mm(3)),
                          rect.height() - th - sh * 2 - mm(4));
        // Axes' ranges.
        double lowL = 0, highL = 0, lowR = 0, highR = 0;
        bool anyL = false, anyR = false;
        for (const auto& series : chart.series)
            for (const QPointF& p : series.points) {
                double& lo = series.axis ? lowR : lowL;
                double& hi = series.axis ? highR : highL;
                bool& any = series.axis ? anyR : anyL;
                lo = any ? std::min(lo, p.y()) : p.y();
                hi = any ? std::max(hi, p.y()) : p.y();
                any = true;
            }
        if (chart.band)
            highL = std::max(highL, chart.band->second);
        for (const auto& t : chart.thresholds)
            highL = std::max(highL, t.first * 2);
        const Axis left = axisFor(lowL, highL);
        const Axis rightAxis = axisFor(lowR, highR);
        const double first = double(chart.firstDay) - 0.5;
        const double last = double(chart.lastDay) + 0.5;
        const auto xOf = [&](double day) {
            return plot.left() + (day - first) / (last - first) * plot.width();
        };
        const auto yOf = [&](double v, const Axis& a) {
            return plot.bottom() - (v - a.low) / (a.high - a.low) * plot.height();
        };
        // Units above the axes.
        text(QRectF(rect.left(), plot.top() - sh - mm(1), mm(40), sh),
             Qt::AlignLeft | Qt::AlignBottom, chart.unit, small, kMuted);
        if (right)
            text(QRectF(rect.right() - mm(40), plot.top() - sh - mm(1), mm(40), sh),
                 Qt::AlignRight | Qt::AlignBottom, chart.rightUnit, small, kMuted);
        // Reference band.
        if (chart.band) {
            const double top = yOf(std::min(chart.band->second, left.high), left);
            const double bottom = yOf(std::max(chart.band->first, left.low), left);
            m_p->setPen(Qt::NoPen);
            m_p->setBrush(kBand);
            m_p->drawRect(QRectF(plot.left(), top, plot.width(), bottom - top));
            m_p->setBrush(Qt::NoBrush);
            text(QRectF(plot.left() + mm(1), top, plot.width() - mm(2), sh),
                 Qt::AlignRight | Qt::AlignTop,
                 CaseSummaryPdf::tr("reference %1–%2")
                     .arg(number(chart.band->first, 1), number(chart.band->second, 1)),
                 small, kEngrafted);
        }
        // Grid and left / right labels.
        for (double v = left.low; v <= left.high + left.step / 2; v += left.step) {
            const double y = yOf(v, left);
            m_p->setPen(QPen(kHairline, mm(0.15)));
            m_p->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            text(QRectF(rect.left(), y - sh / 2, plot.left() - rect.left() - mm(1), sh),
                 Qt::AlignRight | Qt::AlignVCenter, number(v, left.step), small, kMuted);
        }
        if (right)
            for (double v = rightAxis.low; v <= rightAxis.high + rightAxis.step / 2;
                 v += rightAxis.step) {
                const double y = yOf(v, rightAxis);
                text(QRectF(plot.right() + mm(1), y - sh / 2, mm(10), sh),
                     Qt::AlignLeft | Qt::AlignVCenter, number(v, rightAxis.step), small, kMuted);
            }
        // X ticks.
        QList<std::pair<double, QString>> ticks;
        if (chart.day0) {
            for (int d = -7; d <= 28; d += 7)
                ticks << std::pair{double(*chart.day0 + d), clinical::TransplantDays::label(d)};
        } else if (s.offsetOrigin) {
            const qint64 origin = s.offsetOrigin->toJulianDay();
            const double step = niceStep(double(chart.lastDay - chart.firstDay), 6);
            for (double d = std::ceil((chart.firstDay - origin) / step) * step;
                 d + origin <= chart.lastDay; d += step)
                ticks << std::pair{d + origin, CaseSummaryPdf::tr("day %1").arg(qint64(d))};
        } else {
            const QDate a = QDate::fromJulianDay(chart.firstDay);
            const QDate b = QDate::fromJulianDay(chart.lastDay);
            const int months = (b.year() - a.year()) * 12 + b.month() - a.month() + 1;
            const int step = std::max(1, (months + 6) / 7);
            for (QDate m(a.year(), a.month(), 1); m <= b; m = m.addMonths(step))
                if (m >= a)
                    ticks << std::pair{double(m.toJulianDay()),
                                       m.toString(QStringLiteral("yyyy-MM"))};
        }
        for (const auto& [day, label] : ticks) {
            const double x = xOf(day);
            if (x < plot.left() - 1 || x > plot.right() + 1)
                continue;
            m_p->setPen(QPen(kRule, mm(0.2)));
            m_p->drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + mm(1)));
            text(QRectF(x - mm(12), plot.bottom() + mm(1), mm(24), sh),
                 Qt::AlignHCenter | Qt::AlignTop, label, small, kMuted);
        }
        // Thresholds.
        for (const auto& [value, label] : chart.thresholds) {
            const double y = yOf(value, left);
            QPen pen(kMuted, mm(0.25), Qt::DashLine);
            m_p->setPen(pen);
            m_p->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            text(QRectF(plot.left() + mm(1), y - sh, mm(20), sh), Qt::AlignLeft | Qt::AlignBottom,
                 label, small, kMuted);
        }
        // Engraftment markers.
        for (const SummaryChart::Marker& marker : chart.markers) {
            const double x = xOf(double(marker.day));
            m_p->setPen(QPen(kEngrafted, mm(0.4)));
            m_p->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            const QFont bold = font(6.5, true);
            const double w = textWidth(bold, marker.label) + mm(2);
            m_p->setPen(Qt::NoPen);
            m_p->setBrush(kEngrafted);
            m_p->drawRect(QRectF(x - w / 2, plot.top(), w, sh));
            m_p->setBrush(Qt::NoBrush);
            text(QRectF(x - w / 2, plot.top(), w, sh), Qt::AlignCenter, marker.label, bold,
                 Qt::white);
        }
        // Series.
        m_p->save();
        m_p->setRenderHint(QPainter::Antialiasing);
        m_p->setClipRect(plot.adjusted(-mm(1), -mm(1), mm(1), mm(1)));
        for (const auto& series : chart.series) {
            const Axis& axis = series.axis ? rightAxis : left;
            QPolygonF line;
            for (const QPointF& p : series.points)
                line << QPointF(xOf(p.x()), yOf(p.y(), axis));
            const QColor colour = seriesColour(series.key);
            m_p->setPen(QPen(colour, mm(0.35), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            m_p->drawPolyline(line);
            if (line.size() <= 120) {
                m_p->setBrush(colour);
                m_p->setPen(Qt::NoPen);
                for (const QPointF& point : line)
                    m_p->drawEllipse(point, mm(0.55), mm(0.55));
                m_p->setBrush(Qt::NoBrush);
            }
        }
        m_p->restore();
        // The frame of the plot.
        m_p->setPen(QPen(kRule, mm(0.25)));
        m_p->drawLine(plot.bottomLeft(), plot.bottomRight());
        m_p->drawLine(plot.bottomLeft(), plot.topLeft());
        if (right)
            m_p->drawLine(plot.bottomRight(), plot.topRight());
        bool empty = true;
        for (const auto& series : chart.series)
            empty = empty && series.points.isEmpty();
        if (empty)
            text(plot, Qt::AlignCenter, CaseSummaryPdf::tr("no values in this window"), small,
                 kMuted);
    }

    void signatures()
    {
        const QFont label = font(8);
        const double h = mm(22);
        ensure(sectionTitleHeight() + h);
        sectionTitle(CaseSummaryPdf::tr("Signatures"));
        const int n = int(s.signatures.size());
        const double gap = mm(10);
        const double w = (contentWidth() - gap * (n - 1)) / std::max(1, n);
        for (int i = 0; i < n; ++i) {
            const double x = m_left + i * (w + gap);
            const double y = m_y + mm(12);
            if (m_p) {
                m_p->setPen(QPen(kInk, mm(0.25)));
                m_p->drawLine(QPointF(x, y), QPointF(x + w * 0.62, y));
                m_p->drawLine(QPointF(x + w * 0.7, y), QPointF(x + w, y));
            }
            text(QRectF(x, y + mm(1), w * 0.62, lineHeight(label)), Qt::AlignLeft | Qt::AlignTop,
                 s.signatures.at(i), label, kMuted);
            text(QRectF(x + w * 0.7, y + mm(1), w * 0.3, lineHeight(label)),
                 Qt::AlignLeft | Qt::AlignTop, CaseSummaryPdf::tr("Date"), label, kMuted);
        }
        m_y += h;
    }

    const CaseSummary& s;
    QPagedPaintDevice& m_device;
    QPainter* m_p;
    int m_total;
    int m_page = 0;
    double m_dpi = 72;
    double m_width = 0;
    double m_height = 0;
    double m_left = 0;
    double m_right = 0;
    double m_top = 0;
    double m_bottom = 0;
    double m_y = 0;
};

// Installs a language for a scope and puts the previous one back.
class LanguageScope {
public:
    explicit LanguageScope(const QString& language)
        : m_previous(common::currentLanguage()), m_switched(m_previous != language)
    {
        if (m_switched)
            common::installLanguage(language);
    }
    ~LanguageScope()
    {
        if (m_switched)
            common::installLanguage(m_previous);
    }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

private:
    QString m_previous;
    bool m_switched;
};

} // namespace

QString CaseSummaryPdf::languageFor(const CaseSummary& summary)
{
    return summary.language.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

std::optional<CaseSummary> CaseSummaryPdf::summarize(workspace::Workspace& workspace,
                                                     qint64 patientId,
                                                     const CaseSummaryOptions& options,
                                                     QString* error)
{
    const QString language = options.language.startsWith(QLatin1String("zh"))
                                 ? QStringLiteral("zh_CN")
                                 : QStringLiteral("en");
    const LanguageScope scope(language);
    std::optional<CaseSummary> summary;
    auto loaded = workspace::CaseFiles::load(workspace, patientId);
    if (!loaded) {
        if (error)
            *error = loaded.errorText();
    } else {
        const clinical::CaseRecord& record = loaded.value();
        const clinical::CaseAssessment assessment = clinical::CaseAssessor::assess(record);
        std::optional<workspace::CasePlanView> plan;
        if (auto reviewed = workspace::CasePlan::review(workspace, record, assessment))
            plan = reviewed.value();
        CaseSummaryOptions effective = options;
        effective.language = language;
        summary = CaseSummaryBuilder::build(record, assessment, plan, effective);
    }
    return summary;
}

int CaseSummaryPdf::paint(const CaseSummary& summary, QPagedPaintDevice& device)
{
    const LanguageScope scope(languageFor(summary)); // the words painted here, too
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Portrait);
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    const int total = Renderer(summary, device, nullptr, 0).run();
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    const int pages = Renderer(summary, device, &painter, total).run();
    painter.end();
    return pages;
}

std::optional<int> CaseSummaryPdf::write(const CaseSummary& summary, const QString& path,
                                         QString* error)
{
    QSaveFile file(path); // written whole or not at all
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setTitle(tr("%1 · %2").arg(summary.title, summary.footerLeft));
        writer.setCreator(QStringLiteral("mmtrack ") + QCoreApplication::applicationVersion());
        pages = paint(summary, writer);
    }
    if (pages <= 0 || !file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return pages;
}

} // namespace mmtrack::gui
