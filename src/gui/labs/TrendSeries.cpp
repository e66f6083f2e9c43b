#include "gui/labs/TrendSeries.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace mmtrack::gui {

using clinical::LabCatalogue;
using clinical::LabResult;
using clinical::LabTest;

namespace {

QDateTime momentOf(const LabResult& result)
{
    return QDateTime(result.date, result.time.value_or(QTime(0, 0)));
}

// The size of the numbers a series shows: the top of its reference range, else of its
// values. Zero when there is nothing to go by.
double scaleOf(const TrendSeries& series)
{
    if (series.bandHigh && *series.bandHigh > 0)
        return *series.bandHigh;
    double top = 0;
    for (const TrendPoint& point : series.points)
        top = std::max(top, std::abs(point.value));
    return top;
}

bool similarScale(double a, double b)
{
    if (a <= 0 || b <= 0)
        return true;
    return std::max(a, b) / std::min(a, b) <= 10.0;
}

} // namespace

QString TrendSeries::legendName() const
{
    return unit.isEmpty() ? label : QStringLiteral("%1 (%2)").arg(label, unit);
}

QString TrendSeries::shortLegendName() const
{
    return unit.isEmpty() ? shortLabel() : QStringLiteral("%1 (%2)").arg(shortLabel(), unit);
}

TrendSeries TrendSeries::fromResults(const QList<LabResult>& results, const QString& testKey,
                                     std::optional<clinical::Sex> sex)
{
    TrendSeries series;
    series.testKey = testKey;
    series.label = LabCatalogue::name(testKey);
    series.shortName = TrendPresets::shortName(testKey);
    const LabTest* test = LabCatalogue::byKey(testKey);
    if (test)
        series.unit = LabCatalogue::displayUnit(test->unit);

    QList<const LabResult*> chosen;
    for (const LabResult& result : results)
        if (result.testKey == testKey && result.value && result.date.isValid())
            chosen << &result;
    std::stable_sort(chosen.begin(), chosen.end(), [](const LabResult* a, const LabResult* b) {
        return momentOf(*a) < momentOf(*b);
    });

    const LabResult* withRange = nullptr;
    for (const LabResult* result : chosen) {
        series.points << TrendPoint{momentOf(*result), result->value->toDouble()};
        if (result->refLow || result->refHigh)
            withRange = result;
    }
    if (withRange) {
        if (withRange->refLow)
            series.bandLow = withRange->refLow->toDouble();
        if (withRange->refHigh)
            series.bandHigh = withRange->refHigh->toDouble();
    } else if (test) {
        const clinical::LabRange& range = test->defaultRange(sex);
        if (range.low)
            series.bandLow = range.low->toDouble();
        if (range.high)
            series.bandHigh = range.high->toDouble();
    }
    return series;
}

QList<TrendSeries> TrendSeries::fromResults(const QList<LabResult>& results,
                                            const QStringList& testKeys,
                                            std::optional<clinical::Sex> sex)
{
    QList<TrendSeries> all;
    for (const QString& key : testKeys) {
        TrendSeries series = fromResults(results, key, sex);
        if (!series.points.isEmpty())
            all << std::move(series);
    }
    assignAxes(all);
    return all;
}

void TrendSeries::assignAxes(QList<TrendSeries>& series)
{
    struct Axis {
        QString unit;
        double scale;
    };
    QList<Axis> axes;
    for (TrendSeries& one : series) {
        const double scale = scaleOf(one);
        one.axis = -1;
        for (int i = 0; i < axes.size(); ++i) {
            if (axes[i].unit == one.unit && similarScale(axes[i].scale, scale)) {
                one.axis = i;
                axes[i].scale = std::max(axes[i].scale, scale);
                break;
            }
        }
        if (one.axis < 0) {
            one.axis = int(axes.size());
            axes << Axis{one.unit, scale};
        }
    }
}

QStringList TrendSeries::numericTests(const QList<LabResult>& results)
{
    QSet<QString> present;
    for (const LabResult& result : results)
        if (result.value)
            present.insert(result.testKey);
    QStringList keys;
    for (const LabTest& test : LabCatalogue::all())
        if (present.contains(test.key) && !test.isQualitative())
            keys << test.key;
    return keys;
}

TrendTimeRange TrendTimeRange::forSeries(const QList<TrendSeries>& series, int maxTicks)
{
    QDateTime first;
    QDateTime last;
    for (const TrendSeries& one : series) {
        for (const TrendPoint& point : one.points) {
            if (!first.isValid() || point.when < first)
                first = point.when;
            if (!last.isValid() || point.when > last)
                last = point.when;
        }
    }
    TrendTimeRange range;
    if (!first.isValid()) {
        const QDate today = QDate::currentDate();
        range.start = QDateTime(today.addDays(-7), QTime(0, 0));
        range.end = QDateTime(today, QTime(0, 0));
        range.tickCount = 8;
        return range;
    }
    const QDate startDay = first.date().addDays(-1);
    const QDate lastDay = last.date().addDays(1);
    const qint64 days = std::max<qint64>(1, startDay.daysTo(lastDay));
    const int intervals = std::max(1, maxTicks - 1);
    static const int steps[] = {1, 2, 3, 4, 5, 7, 14, 21, 28, 42, 56, 91, 182, 364, 728, 1456};
    int step = steps[std::size(steps) - 1];
    for (int candidate : steps) {
        if ((days + candidate - 1) / candidate <= intervals) {
            step = candidate;
            break;
        }
    }
    const qint64 count = std::max<qint64>(1, (days + step - 1) / step);
    range.start = QDateTime(startDay, QTime(0, 0));
    range.end = QDateTime(startDay.addDays(count * step), QTime(0, 0));
    range.tickCount = int(count) + 1;
    range.stepDays = step;
    return range;
}

QList<TrendSeries> TrendPreset::build(const QList<LabResult>& results,
                                      std::optional<clinical::Sex> sex) const
{
    QList<TrendSeries> all = TrendSeries::fromResults(results, testKeys, sex);
    for (TrendSeries& series : all)
        for (const auto& [key, line] : thresholds)
            if (key == series.testKey)
                series.thresholds << line;
    return all;
}

QList<TrendPreset> TrendPresets::all()
{
    return {
        {QStringLiteral("hemoglobin"), tr("Hemoglobin"), {QStringLiteral("hemoglobin")}, {}},
        {QStringLiteral("m_protein_flc"),
         tr("M-protein and free light chains"),
         {QStringLiteral("serum_m_protein"), QStringLiteral("kappa_flc"),
          QStringLiteral("lambda_flc")},
         {}},
        {QStringLiteral("anc_platelets"),
         tr("ANC and platelets"),
         {QStringLiteral("anc"), QStringLiteral("platelets")},
         {{QStringLiteral("anc"), TrendThreshold{0.5}},
          {QStringLiteral("platelets"), TrendThreshold{20}}}},
        {QStringLiteral("creatinine_calcium"),
         tr("Creatinine and calcium"),
         {QStringLiteral("creatinine"), QStringLiteral("calcium")},
         {}},
    };
}

QString TrendPresets::shortName(const QString& testKey)
{
    if (testKey == QLatin1String("anc"))
        return tr("ANC", "absolute neutrophil count");
    if (testKey == QLatin1String("wbc"))
        return tr("WBC", "white blood cells");
    if (testKey == QLatin1String("serum_m_protein"))
        return tr("M-protein", "serum M-protein");
    if (testKey == QLatin1String("kappa_flc"))
        return tr("κ FLC", "free light chain kappa");
    if (testKey == QLatin1String("lambda_flc"))
        return tr("λ FLC", "free light chain lambda");
    if (testKey == QLatin1String("ldh"))
        return tr("LDH", "lactate dehydrogenase");
    if (testKey == QLatin1String("creatinine_clearance"))
        return tr("CrCl", "creatinine clearance");
    return LabCatalogue::name(testKey);
}

} // namespace mmtrack::gui
