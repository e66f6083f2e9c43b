#pragma once

#include "gui/labs/TrendSeries.h"

#include <QImage>
#include <QList>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QStackedLayout;
class QValueAxis;
QT_END_NAMESPACE

namespace mmtrack::gui {

// Lab values over time. The only class that includes QtCharts (deprecated from Qt 6.10 on),
// so that replacing it touches one file. It is fed TrendSeries and never fetches anything.
//
// Series with different units, or with the same unit on very different scales, get their own
// value axes (TrendSeries::axis: 0 left, 1 right, 2 left again …). The first series' reference
// range is drawn as a translucent band, thresholds as dashed lines; every value is marked,
// and hovering a mark shows the test, date, value and unit.
class LabTrendChart : public QWidget {
    Q_OBJECT
public:
    explicit LabTrendChart(QWidget* parent = nullptr);
    ~LabTrendChart() override;

    void setSeries(QList<TrendSeries> series);
    const QList<TrendSeries>& series() const { return m_series; }

    // What the legend lists, in order (the series, the reference band, the thresholds).
    QStringList legendNames() const;
    int valueAxisCount() const;
    // The title of a value axis, for tests and accessibility.
    QString valueAxisTitle(int axis) const;
    // The chart as drawn now, at the widget's size.
    QImage toImage();

    // What hovering a mark shows.
    static QString describePoint(const TrendSeries& series, const TrendPoint& point);
    // The number of a threshold or range limit as people read it ("0.5", "20").
    static QString numberText(double value);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void updateTimeAxis();
    void showHover(int seriesIndex, const QPointF& point, bool state);

    QList<TrendSeries> m_series;
    QStackedLayout* m_stack = nullptr;
    QChartView* m_view = nullptr;
    QChart* m_chart = nullptr; // owned by m_view
    QLabel* m_empty = nullptr;
    QList<QValueAxis*> m_valueAxes;
    // Horizontal lines that run across the whole time axis: band edges and thresholds.
    struct Span {
        QLineSeries* series;
        double value;
    };
    QList<Span> m_spans;
};

} // namespace mmtrack::gui
