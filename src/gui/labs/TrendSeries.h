#pragma once

#include "clinical/LabResult.h"
#include "clinical/Patient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mmtrack::gui {

// One measured value on a trend chart.
struct TrendPoint {
    QDateTime when; // local time; a result without a time of day sits at 00:00
    double value = 0;
    bool operator==(const TrendPoint& other) const = default;
};

// A dashed horizontal line, such as ANC 0.5 ×10⁹/L.
struct TrendThreshold {
    double value = 0;
    bool operator==(const TrendThreshold& other) const = default;
};

// The plain values a LabTrendChart draws for one test: built from results here, never
// fetched by the chart.
struct TrendSeries {
    QString testKey;
    QString label;                 // the test's name in the current language
    QString shortName;             // for crowded legends and axes (ANC, κ FLC); may equal label
    QString unit;                  // as people read it (×10⁹/L); empty for a ratio
    QList<TrendPoint> points;      // oldest first
    std::optional<double> bandLow; // reference range, canonical unit
    std::optional<double> bandHigh;
    QList<TrendThreshold> thresholds;
    // Which value axis: 0 is the first (left), 1 the second (right). See assignAxes.
    int axis = 0;

    bool hasBand() const { return bandLow || bandHigh; }
    // "Hemoglobin (g/L)": legends always carry the unit.
    QString legendName() const;
    QString shortLabel() const { return shortName.isEmpty() ? label : shortName; }
    // "ANC (×10⁹/L)", for charts of several tests.
    QString shortLegendName() const;

    // The numeric results of one test, oldest first, in the test's canonical unit. The
    // reference band is the one of the latest result that has one, else the catalogue's
    // default for the patient's sex.
    static TrendSeries fromResults(const QList<clinical::LabResult>& results,
                                   const QString& testKey, std::optional<clinical::Sex> sex);
    // Several tests for one chart, in the order given; tests without a numeric result are
    // left out. Axes are assigned with assignAxes.
    static QList<TrendSeries> fromResults(const QList<clinical::LabResult>& results,
                                          const QStringList& testKeys,
                                          std::optional<clinical::Sex> sex);
    // Series share a value axis only when they have the same unit and a similar scale
    // (the top of the reference range, or of the values, within a factor of 10): M-protein
    // g/L and FLC mg/L get two axes, κ and λ FLC share one, and so do nothing else; ANC and
    // platelets (both ×10⁹/L) get two because their ranges differ fifty-fold.
    static void assignAxes(QList<TrendSeries>& series);
    // The tests with at least one numeric result, in catalogue order.
    static QStringList numericTests(const QList<clinical::LabResult>& results);
};

// A time axis with ticks on whole days, a day of room at either end, and a step from a short
// list of readable ones (1, 2, 3, 4, 5, 7, 14 … days).
struct TrendTimeRange {
    QDateTime start;
    QDateTime end;
    int tickCount = 2;
    int stepDays = 1;

    static TrendTimeRange forSeries(const QList<TrendSeries>& series, int maxTicks);
};

// A chart that the results page offers by name.
struct TrendPreset {
    QString id;
    QString title; // in the current language
    QStringList testKeys;
    QList<std::pair<QString, TrendThreshold>> thresholds; // test key, line

    QList<TrendSeries> build(const QList<clinical::LabResult>& results,
                             std::optional<clinical::Sex> sex) const;
};

class TrendPresets {
    Q_DECLARE_TR_FUNCTIONS(TrendPresets)
public:
    // Hemoglobin; M-protein and free light chains; ANC and platelets (dashed at 0.5 and
    // 20 ×10⁹/L); creatinine and calcium.
    static QList<TrendPreset> all();
    // A short name for a test whose full name crowds a legend ("ANC", "κ FLC"); otherwise
    // the catalogue's name.
    static QString shortName(const QString& testKey);
};

} // namespace mmtrack::gui
