#include "gui/labs/LabTrendChart.h"

#include "clinical/LabCatalogue.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedLayout>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace mmtrack::gui {

namespace {
constexpr qsizetype kMaxMarkedPoints = 400;
} // namespace

namespace {

// Okabe–Ito, in the order series take them.
const QColor kColours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                           QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                           QColor(0xD5, 0x5E, 0x00), QColor(0x56, 0xB4, 0xE9)};

QColor colourOf(int index)
{
    return kColours[index % int(std::size(kColours))];
}

qreal msecs(const QDateTime& when)
{
    return qreal(when.toMSecsSinceEpoch());
}

const QColor kGrid(0xDD, 0xE1, 0xE6);
const QColor kAxisText(0x33, 0x3A, 0x44);

} // namespace

LabTrendChart::LabTrendChart(QWidget* parent) : QWidget(parent)
{
    m_view = new QChartView;
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setFocusPolicy(Qt::NoFocus);

    m_empty = new QLabel;
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAutoFillBackground(true);

    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    rebuild();
}

LabTrendChart::~LabTrendChart() = default;

void LabTrendChart::setSeries(QList<TrendSeries> series)
{
    m_series = std::move(series);
    rebuild();
}

QString LabTrendChart::numberText(double value)
{
    return QString::number(value, 'g', 6);
}

QString LabTrendChart::describePoint(const TrendSeries& series, const TrendPoint& point)
{
    const clinical::LabTest* test = clinical::LabCatalogue::byKey(series.testKey);
    const QString value =
        test ? QString::number(point.value, 'f', test->decimals) : numberText(point.value);
    const QString when = point.when.time() == QTime(0, 0)
                             ? point.when.date().toString(Qt::ISODate)
                             : point.when.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString amount =
        series.unit.isEmpty() ? value : QStringLiteral("%1 %2").arg(value, series.unit);
    return tr("%1\n%2\n%3").arg(series.label, when, amount);
}

QStringList LabTrendChart::legendNames() const
{
    QStringList names;
    for (QLegendMarker* marker : m_chart->legend()->markers())
        names << marker->label();
    return names;
}

int LabTrendChart::valueAxisCount() const
{
    return int(m_valueAxes.size());
}

QString LabTrendChart::valueAxisTitle(int axis) const
{
    return axis >= 0 && axis < m_valueAxes.size() ? m_valueAxes[axis]->titleText() : QString();
}

QImage LabTrendChart::toImage()
{
    return grab().toImage();
}

void LabTrendChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

void LabTrendChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateTimeAxis();
}

void LabTrendChart::rebuild()
{
    // A new chart each time: QtCharts leaves stale axis items behind when axes are removed
    // from a chart that is kept.
    QChart* old = m_chart;
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(8, 8, 8, 8));
    m_chart->setLocalizeNumbers(false);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    m_view->setChart(m_chart);
    delete old;
    m_valueAxes.clear();
    m_spans.clear();
    m_empty->setText(tr("No numeric results to draw."));

    const bool anyPoint = std::any_of(m_series.cbegin(), m_series.cend(),
                                      [](const TrendSeries& s) { return !s.points.isEmpty(); });
    m_stack->setCurrentWidget(anyPoint ? static_cast<QWidget*>(m_view) : m_empty);
    if (!anyPoint)
        return;

    QFont labelFont = font();
    QFont titleFont = font();
    titleFont.setBold(true);
    m_chart->legend()->setFont(labelFont);

    auto* timeAxis = new QDateTimeAxis;
    timeAxis->setFormat(QStringLiteral("yyyy-MM-dd"));
    timeAxis->setLabelsFont(labelFont);
    timeAxis->setLabelsColor(kAxisText);
    timeAxis->setGridLineColor(kGrid);
    m_chart->addAxis(timeAxis, Qt::AlignBottom);

    // One value axis per group, with room for the values, the band and the thresholds.
    const TrendSeries& primary = m_series.first();
    int axisCount = 0;
    for (const TrendSeries& series : m_series)
        axisCount = std::max(axisCount, series.axis + 1);
    for (int axisIndex = 0; axisIndex < axisCount; ++axisIndex) {
        double low = 0;
        double high = 0;
        bool any = false;
        QStringList names;
        QStringList shortNames;
        QString unit;
        int firstSeries = -1;
        auto include = [&](double value) {
            low = any ? std::min(low, value) : value;
            high = any ? std::max(high, value) : value;
            any = true;
        };
        for (int i = 0; i < m_series.size(); ++i) {
            const TrendSeries& series = m_series[i];
            if (series.axis != axisIndex)
                continue;
            if (firstSeries < 0)
                firstSeries = i;
            names << (m_series.size() > 1 ? series.shortLegendName() : series.legendName());
            shortNames << series.shortLabel();
            unit = series.unit;
            for (const TrendPoint& point : series.points)
                include(point.value);
            for (const TrendThreshold& line : series.thresholds)
                include(line.value);
        }
        // A single test's axis makes room for its reference range; with several tests the
        // values take the room and the band is cut at the edge.
        if (m_series.size() == 1 && primary.axis == axisIndex) {
            if (primary.bandLow)
                include(*primary.bandLow);
            if (primary.bandHigh)
                include(*primary.bandHigh);
        }
        if (!any)
            include(0);
        // Lab values are amounts: the axis starts at zero unless a value is negative.
        low = std::min(low, 0.0);
        high = high > low ? high + (high - low) * 0.06 : low + 1;

        auto* axis = new QValueAxis;
        axis->setRange(low, high);
        axis->setTickCount(6);
        axis->applyNiceNumbers();
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setLabelsFont(labelFont);
        axis->setTitleFont(titleFont);
        axis->setGridLineColor(kGrid);
        axis->setGridLineVisible(axisIndex == 0);
        axis->setMinorGridLineVisible(false);
        const bool single = names.size() == 1;
        const QString together = shortNames.join(QStringLiteral(", "));
        axis->setTitleText(single || unit.isEmpty()
                               ? (single ? names.first() : together)
                               : QStringLiteral("%1 (%2)").arg(together, unit));
        const QColor ink = axisCount > 1 && single ? colourOf(firstSeries).darker(130) : kAxisText;
        axis->setLabelsColor(ink);
        axis->setTitleBrush(ink);
        m_chart->addAxis(axis, axisIndex % 2 == 0 ? Qt::AlignLeft : Qt::AlignRight);
        m_valueAxes << axis;
    }

    // The reference band of the first series, behind everything else.
    QAreaSeries* bandSeries = nullptr;
    if (primary.hasBand()) {
        QValueAxis* axis = m_valueAxes[primary.axis];
        const double bandLow = primary.bandLow.value_or(axis->min());
        const double bandHigh = primary.bandHigh.value_or(axis->max());
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        m_spans << Span{upper, bandHigh} << Span{lower, bandLow};
        auto* band = new QAreaSeries(upper, lower);
        upper->setParent(band);
        lower->setParent(band);
        QColor fill = colourOf(0);
        fill.setAlpha(30);
        band->setBrush(fill);
        QColor edge = colourOf(0);
        edge.setAlpha(90);
        band->setPen(QPen(edge, 1));
        QString range;
        if (primary.bandLow && primary.bandHigh)
            range = QStringLiteral("%1–%2").arg(numberText(*primary.bandLow),
                                                numberText(*primary.bandHigh));
        else if (primary.bandLow)
            range = QStringLiteral("≥ %1").arg(numberText(*primary.bandLow));
        else
            range = QStringLiteral("≤ %1").arg(numberText(*primary.bandHigh));
        if (!primary.unit.isEmpty())
            range = QStringLiteral("%1 %2").arg(range, primary.unit);
        band->setName(m_series.size() > 1 ? tr("%1 reference %2").arg(primary.shortLabel(), range)
                                          : tr("Reference range %1").arg(range));
        m_chart->addSeries(band);
        band->attachAxis(timeAxis);
        band->attachAxis(axis);
        bandSeries = band;
    }

    // Thresholds, dashed, under the values.
    for (int i = 0; i < m_series.size(); ++i) {
        const TrendSeries& series = m_series[i];
        for (const TrendThreshold& threshold : series.thresholds) {
            auto* line = new QLineSeries;
            m_spans << Span{line, threshold.value};
            QPen pen(colourOf(i).darker(115));
            pen.setWidthF(1.5);
            pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            const QString value =
                series.unit.isEmpty()
                    ? numberText(threshold.value)
                    : QStringLiteral("%1 %2").arg(numberText(threshold.value), series.unit);
            line->setName(tr("%1 threshold %2").arg(series.shortLabel(), value));
            m_chart->addSeries(line);
            line->attachAxis(timeAxis);
            line->attachAxis(m_valueAxes[series.axis]);
        }
    }

    // The values, every one marked.
    for (int i = 0; i < m_series.size(); ++i) {
        const TrendSeries& series = m_series[i];
        auto* line = new QLineSeries;
        line->setName(m_series.size() > 1 ? series.shortLegendName() : series.legendName());
        QPen pen(colourOf(i));
        pen.setWidthF(2.0);
        line->setPen(pen);
        // Points are marked while they can be told apart; years of daily counts are a line.
        line->setPointsVisible(series.points.size() <= kMaxMarkedPoints);
        line->setMarkerSize(6);
        QList<QPointF> points;
        points.reserve(series.points.size());
        for (const TrendPoint& point : series.points)
            points.append(QPointF(msecs(point.when), point.value));
        line->replace(points); // one update, not one per point
        m_chart->addSeries(line);
        line->attachAxis(timeAxis);
        line->attachAxis(m_valueAxes[series.axis]);
        connect(line, &QLineSeries::hovered, this,
                [this, i](const QPointF& point, bool state) { showHover(i, point, state); });
    }
    updateTimeAxis();
    // The band is pale; its legend swatch is a stronger filled square so that it reads as
    // an area, not as an empty box.
    if (bandSeries) {
        QColor swatch = colourOf(0);
        swatch.setAlpha(120);
        for (QLegendMarker* marker : m_chart->legend()->markers(bandSeries)) {
            marker->setShape(QLegend::MarkerShapeRectangle);
            marker->setBrush(swatch);
            marker->setPen(QPen(colourOf(0), 1));
        }
    }
}

void LabTrendChart::updateTimeAxis()
{
    const QList<QAbstractAxis*> axes = m_chart->axes(Qt::Horizontal);
    if (axes.isEmpty())
        return;
    auto* timeAxis = qobject_cast<QDateTimeAxis*>(axes.first());
    if (!timeAxis)
        return;
    const int labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("2025-11-03")) + 32;
    const int plotWidth = std::max(160, width() - 160);
    const TrendTimeRange range = TrendTimeRange::forSeries(m_series, plotWidth / labelWidth + 1);
    timeAxis->setRange(range.start, range.end);
    timeAxis->setTickCount(range.tickCount);
    // Band edges and thresholds span the axis exactly (a dashed line far longer than the
    // plot would be drawn solid by Qt's dasher).
    for (const Span& span : m_spans)
        span.series->replace(
            QList<QPointF>{{msecs(range.start), span.value}, {msecs(range.end), span.value}});
}

void LabTrendChart::showHover(int seriesIndex, const QPointF& point, bool state)
{
    if (!state || seriesIndex < 0 || seriesIndex >= m_series.size()) {
        QToolTip::hideText();
        return;
    }
    const TrendSeries& series = m_series[seriesIndex];
    if (series.points.isEmpty())
        return;
    // Hovering anywhere on the line names the nearest measured value.
    const auto nearest = std::min_element(series.points.cbegin(), series.points.cend(),
                                          [&](const TrendPoint& a, const TrendPoint& b) {
                                              return std::abs(msecs(a.when) - point.x()) <
                                                     std::abs(msecs(b.when) - point.x());
                                          });
    QToolTip::showText(QCursor::pos(), describePoint(series, *nearest), m_view);
}

} // namespace mmtrack::gui
