#include "clinical/LabMeasurement.h"
#include "gui/Appearance.h"
#include "gui/labs/LabResultsModel.h"
#include "gui/labs/LabResultsPage.h"
#include "gui/labs/LabTrendChart.h"
#include "gui/labs/TrendSeries.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <cmath>

using namespace mmtrack;
using clinical::LabFlag;
using clinical::LabResult;
using gui::LabResultsModel;
using gui::TrendSeries;

namespace {

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

// A result as the repository would return it, built by hand: value in the canonical unit,
// the catalogue's male range as the default, typed by "zhang".
LabResult make(qint64 id, const char* key, QDate date, const char* value,
               LabFlag flag = LabFlag::None, std::optional<QTime> time = std::nullopt)
{
    LabResult result;
    result.id = id;
    result.patientId = 1;
    result.testKey = QLatin1String(key);
    result.date = date;
    result.time = time;
    result.enteredValue = QLatin1String(value);
    const clinical::LabTest* test = clinical::LabCatalogue::byKey(result.testKey);
    if (test && test->isQualitative()) {
        result.qualitative = result.enteredValue;
    } else {
        result.value = clinical::Decimal::parse(result.enteredValue);
        REQUIRE(result.value);
        if (test) {
            result.enteredUnit = test->unit;
            result.refLow = test->maleRange.low;
            result.refHigh = test->maleRange.high;
        }
    }
    result.flag = flag;
    result.source = clinical::LabSource::Typed;
    result.sourceDetail = QStringLiteral("zhang");
    result.createdAt = QDateTime(QDate(2026, 1, 5), QTime(9, 30), Qt::UTC);
    result.createdBy = QStringLiteral("zhang");
    result.updatedAt = result.createdAt;
    result.updatedBy = result.createdBy;
    return result;
}

// A result measured the way the entry form measures it (unit conversion, range, flag).
LabResult measured(qint64 id, const QString& key, QDate date, double value,
                   std::optional<QTime> time = std::nullopt)
{
    const clinical::LabTest* test = clinical::LabCatalogue::byKey(key);
    REQUIRE(test);
    clinical::LabEntry entry;
    entry.testKey = key;
    entry.value = QString::number(value, 'f', test->decimals);
    entry.unit = test->unit;
    LabResult result;
    result.id = id;
    result.patientId = 1;
    result.testKey = key;
    result.date = date;
    result.time = time;
    result.enteredValue = entry.value;
    result.enteredUnit = entry.unit;
    REQUIRE(clinical::LabMeasurement::apply(entry, clinical::Sex::Male, result).ok());
    result.source = clinical::LabSource::Hl7;
    result.sourceDetail = QStringLiteral("MSG%1").arg(id);
    result.createdAt = QDateTime(date, QTime(10, 0), Qt::UTC);
    result.createdBy = QStringLiteral("lis");
    return result;
}

// A patient around a first autologous transplant on 2025-11-03: a daily blood count from
// D-2 to D+20 with the nadir and engraftment, and the M-protein falling from 38 g/L to zero
// over the months of induction and after transplant, with κ and λ free light chains.
QList<LabResult> transplantCourse()
{
    const QDate day0(2025, 11, 3);
    const double hemoglobin[] = {108, 104, 101, 97, 93, 88, 84, 80, 77, 74, 71, 86,
                                 88,  87,  89,  90, 92, 93, 95, 96, 98, 99, 101};
    const double anc[] = {3.4,  2.9,  2.1,  1.3,  0.62, 0.21, 0.08, 0.03, 0.01, 0.01, 0.02, 0.05,
                          0.18, 0.61, 1.12, 1.65, 2.05, 2.40, 2.71, 2.95, 3.10, 3.25, 3.40};
    const double platelets[] = {168, 152, 131, 104, 82, 61, 44, 31, 22, 14, 9, 38,
                                27,  19,  24,  31,  38, 47, 55, 62, 70, 79, 88};
    QList<LabResult> results;
    qint64 id = 1;
    for (int i = 0; i < 23; ++i) {
        const QDate date = day0.addDays(i - 2);
        const QTime time(6, 30);
        results << measured(id++, QStringLiteral("hemoglobin"), date, hemoglobin[i], time);
        results << measured(id++, QStringLiteral("anc"), date, anc[i], time);
        results << measured(id++, QStringLiteral("platelets"), date, platelets[i], time);
    }
    const QDate months[] = {QDate(2025, 3, 10),  QDate(2025, 4, 14), QDate(2025, 5, 19),
                            QDate(2025, 6, 23),  QDate(2025, 7, 28), QDate(2025, 9, 1),
                            QDate(2025, 10, 27), QDate(2025, 12, 8), QDate(2026, 1, 19),
                            QDate(2026, 3, 2)};
    const double mProtein[] = {38, 29.5, 21.2, 13.8, 8.4, 5.1, 3.2, 1.1, 0.4, 0};
    const double kappa[] = {862, 431, 187, 74.5, 41.2, 27.9, 21.3, 16.4, 14.1, 12.8};
    const double lambda[] = {6.2, 7.1, 7.9, 8.8, 9.6, 10.4, 11.3, 12.1, 12.9, 13.4};
    for (int i = 0; i < 10; ++i) {
        results << measured(id++, QStringLiteral("serum_m_protein"), months[i], mProtein[i]);
        results << measured(id++, QStringLiteral("kappa_flc"), months[i], kappa[i]);
        results << measured(id++, QStringLiteral("lambda_flc"), months[i], lambda[i]);
    }
    const double creatinine[] = {142, 118, 96, 88, 84, 81, 79, 83, 80, 78};
    const double calcium[] = {2.86, 2.61, 2.44, 2.38, 2.35, 2.31, 2.30, 2.33, 2.29, 2.31};
    for (int i = 0; i < 10; ++i) {
        results << measured(id++, QStringLiteral("creatinine"), months[i], creatinine[i]);
        results << measured(id++, QStringLiteral("calcium"), months[i], calcium[i]);
    }
    return results;
}

// Pixels that differ clearly from the colour of the top-left corner.
int inkedPixels(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRgb background = rgb.pixel(0, 0);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb pixel = rgb.pixel(x, y);
            if (std::abs(qRed(pixel) - qRed(background)) +
                    std::abs(qGreen(pixel) - qGreen(background)) +
                    std::abs(qBlue(pixel) - qBlue(background)) >
                60)
                ++count;
        }
    return count;
}

// Pixels close to a colour: a line of that colour was drawn.
int pixelsNear(const QImage& image, QColor colour)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) {
            const QColor pixel = rgb.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) + std::abs(pixel.green() - colour.green()) +
                    std::abs(pixel.blue() - colour.blue()) <
                40)
                ++count;
        }
    return count;
}

QStringList rowKeys(const LabResultsModel& model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys << (model.isPanelRow(row) ? QStringLiteral("[panel]") : model.testKeyAt(row));
    return keys;
}

QString cell(const LabResultsModel& model, const QString& key, int column,
             int role = Qt::DisplayRole)
{
    const int row = model.rowOfTest(key);
    REQUIRE(row >= 0);
    return model.index(row, column).data(role).toString();
}

} // namespace

TEST_CASE("The flowsheet model keeps the item-model contract through resets", "[gui][labs]")
{
    LabResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == 0);
    model.setResults(transplantCourse(), clinical::Sex::Male);
    CHECK(model.rowCount() == 3 + 1 + 2 + 1 + 3 + 1); // three panels and their tests
    CHECK(model.columnCount() == 23 + 10);
    model.setResults({}, std::nullopt);
    CHECK(model.rowCount() == 0);
    model.setResults({make(1, "anc", QDate(2025, 11, 3), "0.3", LabFlag::CriticalLow),
                      make(2, "anc", QDate(2025, 11, 3), "0.4", LabFlag::CriticalLow),
                      make(3, "no_such_test", QDate(2025, 11, 4), "7")},
                     clinical::Sex::Female);
    model.retranslate();
    CHECK(model.rowCount() == 4);
    CHECK(model.columnCount() == 2);
}

TEST_CASE("Rows follow the catalogue's panels and columns run from oldest to newest", "[gui][labs]")
{
    LabResultsModel model;
    // Given out of order on purpose.
    model.setResults({make(1, "creatinine", QDate(2025, 11, 5), "80"),
                      make(2, "hemoglobin", QDate(2025, 11, 3), "120", LabFlag::Low, QTime(8, 0)),
                      make(3, "kappa_flc", QDate(2025, 10, 1), "15.2"),
                      make(4, "platelets", QDate(2025, 11, 4), "150", LabFlag::None, QTime(7, 30)),
                      make(5, "anc", QDate(2025, 11, 3), "2.5")},
                     clinical::Sex::Male);
    CHECK(rowKeys(model) == QStringList{QStringLiteral("[panel]"), QStringLiteral("hemoglobin"),
                                        QStringLiteral("anc"), QStringLiteral("platelets"),
                                        QStringLiteral("[panel]"), QStringLiteral("creatinine"),
                                        QStringLiteral("[panel]"), QStringLiteral("kappa_flc")});
    CHECK(model.headerData(0, Qt::Vertical).toString() == QStringLiteral("Blood count"));
    CHECK(model.headerData(4, Qt::Vertical).toString() == QStringLiteral("Chemistry"));
    CHECK(model.headerData(6, Qt::Vertical).toString() == QStringLiteral("Myeloma panel"));
    CHECK(model.headerData(0, Qt::Vertical, Qt::FontRole).value<QFont>().bold());

    QStringList columns;
    for (int column = 0; column < model.columnCount(); ++column)
        columns << model.headerData(column, Qt::Horizontal).toString();
    // A date without a time comes before the same date with one.
    CHECK(columns == QStringList{QStringLiteral("2025-10-01"), QStringLiteral("2025-11-03"),
                                 QStringLiteral("2025-11-03\n08:00"),
                                 QStringLiteral("2025-11-04\n07:30"),
                                 QStringLiteral("2025-11-05")});
    CHECK(cell(model, QStringLiteral("anc"), 1) == QStringLiteral("2.50"));
    CHECK(cell(model, QStringLiteral("hemoglobin"), 2) == u8("120 ↓"));
    CHECK(cell(model, QStringLiteral("hemoglobin"), 1).isEmpty());
    CHECK(model.headerData(2, Qt::Horizontal, LabResultsModel::MomentRole).toDateTime() ==
          QDateTime(QDate(2025, 11, 3), QTime(8, 0)));
}

TEST_CASE("Cells show the canonical value with the test's decimals and the flag symbol",
          "[gui][labs]")
{
    LabResultsModel model;
    const QDate day(2025, 11, 10);
    model.setResults({make(1, "hemoglobin", day, "85", LabFlag::Low),
                      make(2, "anc", day, "0.2", LabFlag::CriticalLow),
                      make(3, "platelets", day, "1200", LabFlag::CriticalHigh),
                      make(4, "calcium", day, "2.6", LabFlag::High), make(5, "wbc", day, "5.1"),
                      make(6, "serum_ife", day, "positive")},
                     clinical::Sex::Male);
    CHECK(cell(model, QStringLiteral("hemoglobin"), 0) == u8("85 ↓"));
    CHECK(cell(model, QStringLiteral("anc"), 0) == u8("0.20 ‼↓"));
    CHECK(cell(model, QStringLiteral("platelets"), 0) == u8("1200 ‼↑"));
    CHECK(cell(model, QStringLiteral("calcium"), 0) == u8("2.60 ↑"));
    CHECK(cell(model, QStringLiteral("wbc"), 0) == QStringLiteral("5.10"));
    CHECK(cell(model, QStringLiteral("serum_ife"), 0) == QStringLiteral("positive"));
    CHECK(cell(model, QStringLiteral("anc"), 0, LabResultsModel::FlagRole) == QStringLiteral("LL"));
    CHECK(cell(model, QStringLiteral("wbc"), 0, LabResultsModel::FlagRole).isEmpty());

    // The row names the test, its unit and the range used.
    const int row = model.rowOfTest(QStringLiteral("hemoglobin"));
    const QString header = model.headerData(row, Qt::Vertical).toString();
    CHECK(header.startsWith(QStringLiteral("Hemoglobin (g/L)")));
    CHECK(header.endsWith(u8("130–175")));
    CHECK(model.headerData(model.rowOfTest(QStringLiteral("anc")), Qt::Vertical)
              .toString()
              .contains(u8("×10⁹/L")));
}

TEST_CASE("Critical values are bold on a vermillion tint, high and low are softer", "[gui][labs]")
{
    LabResultsModel model;
    const QDate day(2025, 11, 10);
    model.setResults({make(1, "anc", day, "0.2", LabFlag::CriticalLow),
                      make(2, "calcium", day, "2.6", LabFlag::High),
                      make(3, "hemoglobin", day, "140")},
                     clinical::Sex::Male);
    auto at = [&](const char* key) { return model.index(model.rowOfTest(QLatin1String(key)), 0); };
    const QModelIndex critical = at("anc");
    const QModelIndex high = at("calcium");
    const QModelIndex normal = at("hemoglobin");

    CHECK(critical.data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(high.data(Qt::FontRole).isValid());
    const QColor criticalTint = critical.data(Qt::BackgroundRole).value<QBrush>().color();
    const QColor highTint = high.data(Qt::BackgroundRole).value<QBrush>().color();
    // Vermillion (#D55E00) leans red; the softer tint is lighter.
    CHECK(criticalTint.red() > criticalTint.blue() + 30);
    CHECK(highTint.lightness() > criticalTint.lightness());
    CHECK(critical.data(Qt::ForegroundRole).value<QBrush>().color() !=
          high.data(Qt::ForegroundRole).value<QBrush>().color());
    CHECK_FALSE(normal.data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(normal.data(Qt::ForegroundRole).isValid());
    // The symbol is there too: colour never alone.
    CHECK(critical.data().toString().contains(u8("‼↓")));
    CHECK(high.data().toString().contains(u8("↑")));
    // And words for a screen reader.
    CHECK(critical.data(Qt::AccessibleTextRole).toString() ==
          QStringLiteral("Absolute neutrophil count: 0.20, critically low"));
}

TEST_CASE("Several results of one test at one moment are all shown and all named", "[gui][labs]")
{
    LabResultsModel model;
    const QDate day(2025, 11, 10);
    model.setResults({make(11, "hemoglobin", day, "112", LabFlag::Low),
                      make(12, "hemoglobin", day, "58", LabFlag::CriticalLow),
                      make(13, "hemoglobin", day.addDays(1), "120", LabFlag::Low)},
                     clinical::Sex::Male);
    REQUIRE(model.columnCount() == 2);
    const QModelIndex both = model.index(model.rowOfTest(QStringLiteral("hemoglobin")), 0);
    CHECK(both.data().toString() == u8("112 ↓ / 58 ‼↓"));
    // The worst flag decides the style.
    CHECK(both.data(LabResultsModel::FlagRole).toString() == QStringLiteral("LL"));
    CHECK(both.data(Qt::FontRole).value<QFont>().bold());
    CHECK(both.data(LabResultsModel::ResultIdsRole).toList() == QVariantList{11, 12});
    CHECK(model.resultIdsAt(both) == QList<qint64>{11, 12});
    CHECK(both.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("2 results")));
    CHECK(model.index(0, 0).data(LabResultsModel::ResultIdsRole).toList().isEmpty()); // panel
}

TEST_CASE("A cell's tooltip tells what was entered, the range, the flag and the source",
          "[gui][labs]")
{
    LabResult result = make(7, "creatinine", QDate(2025, 11, 10), "106.08", LabFlag::High);
    result.enteredValue = QStringLiteral("1.2");
    result.enteredUnit = QStringLiteral("mg/dL");
    result.refLow = clinical::Decimal::parse(QStringLiteral("45"));
    result.refHigh = clinical::Decimal::parse(QStringLiteral("104"));
    result.refFromReport = true;
    result.source = clinical::LabSource::Csv;
    result.sourceDetail = QStringLiteral("labs-2025-11.csv:12");
    LabResultsModel model;
    model.setResults({result}, clinical::Sex::Male);
    const QModelIndex index = model.index(model.rowOfTest(QStringLiteral("creatinine")), 0);
    CHECK(index.data().toString() == u8("106 ↑"));
    const QString tip = index.data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("Entered: 1.2 mg/dL")));
    CHECK(tip.contains(u8("106.08 µmol/L")));
    CHECK(tip.contains(u8("45–104 µmol/L (printed on the report)")));
    CHECK(tip.contains(QStringLiteral("Flag: high")));
    CHECK(tip.contains(QStringLiteral("csv")));
    CHECK(tip.contains(QStringLiteral("labs-2025-11.csv:12")));
    CHECK(tip.contains(QStringLiteral("by zhang")));
    // The row shows the range that report printed.
    CHECK(model.headerData(index.row(), Qt::Vertical).toString().endsWith(u8("45–104")));
}

TEST_CASE("Without a range on the results, the row shows the default for the patient's sex",
          "[gui][labs]")
{
    LabResult result = make(1, "hemoglobin", QDate(2025, 11, 10), "120");
    result.refLow.reset();
    result.refHigh.reset();
    LabResultsModel model;
    model.setResults({result}, clinical::Sex::Female);
    CHECK(model.headerData(1, Qt::Vertical).toString().endsWith(u8("115–150")));
    model.setResults({result}, clinical::Sex::Male);
    CHECK(model.headerData(1, Qt::Vertical).toString().endsWith(u8("130–175")));
    CHECK(model.index(1, 0)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Reference range: none")));
}

TEST_CASE("A test the catalogue does not know is still shown, under Other tests", "[gui][labs]")
{
    LabResultsModel model;
    model.setResults({make(1, "hemoglobin", QDate(2025, 11, 10), "120"),
                      make(2, "ferritin", QDate(2025, 11, 10), "350")},
                     std::nullopt);
    CHECK(rowKeys(model) == QStringList{QStringLiteral("[panel]"), QStringLiteral("hemoglobin"),
                                        QStringLiteral("[panel]"), QStringLiteral("ferritin")});
    CHECK(model.headerData(2, Qt::Vertical).toString() == QStringLiteral("Other tests"));
    CHECK(cell(model, QStringLiteral("ferritin"), 0) == QStringLiteral("350"));
}

TEST_CASE("A trend series holds a test's numeric values in time order with its range",
          "[gui][labs][trend]")
{
    const QList<LabResult> results{
        make(1, "anc", QDate(2025, 11, 5), "0.2", LabFlag::CriticalLow),
        make(2, "anc", QDate(2025, 11, 3), "1.5", LabFlag::Low, QTime(7, 0)),
        make(3, "platelets", QDate(2025, 11, 3), "80", LabFlag::Low),
        make(4, "serum_ife", QDate(2025, 11, 3), "positive"),
    };
    const TrendSeries anc = TrendSeries::fromResults(results, QStringLiteral("anc"), std::nullopt);
    CHECK(anc.label == QStringLiteral("Absolute neutrophil count"));
    CHECK(anc.unit == u8("×10⁹/L"));
    CHECK(anc.legendName() == u8("Absolute neutrophil count (×10⁹/L)"));
    REQUIRE(anc.points.size() == 2);
    CHECK(anc.points[0] == gui::TrendPoint{QDateTime(QDate(2025, 11, 3), QTime(7, 0)), 1.5});
    CHECK(anc.points[1] == gui::TrendPoint{QDateTime(QDate(2025, 11, 5), QTime(0, 0)), 0.2});
    CHECK(anc.bandLow == 1.8);
    CHECK(anc.bandHigh == 6.3);

    // Qualitative tests have nothing to draw; the list of chartable tests leaves them out.
    CHECK(TrendSeries::fromResults(results, QStringLiteral("serum_ife"), std::nullopt)
              .points.isEmpty());
    CHECK(TrendSeries::numericTests(results) ==
          QStringList{QStringLiteral("anc"), QStringLiteral("platelets")});

    // Without a range on the results, the default for the sex.
    LabResult bare = make(5, "hemoglobin", QDate(2025, 11, 3), "120");
    bare.refLow.reset();
    bare.refHigh.reset();
    const TrendSeries female =
        TrendSeries::fromResults({bare}, QStringLiteral("hemoglobin"), clinical::Sex::Female);
    CHECK(female.bandLow == 115);
    CHECK(female.bandHigh == 150);
}

TEST_CASE("Series get separate value axes by unit and by scale", "[gui][labs][trend]")
{
    const QList<LabResult> course = transplantCourse();
    auto axesOf = [](const QList<TrendSeries>& series) {
        QList<int> axes;
        for (const TrendSeries& one : series)
            axes << one.axis;
        return axes;
    };
    auto keysOf = [](const QList<TrendSeries>& series) {
        QStringList keys;
        for (const TrendSeries& one : series)
            keys << one.testKey;
        return keys;
    };
    const QList<gui::TrendPreset> presets = gui::TrendPresets::all();
    REQUIRE(presets.size() == 4);

    // M-protein g/L on the left, κ and λ (mg/L, similar ranges) together on the right.
    const QList<TrendSeries> myeloma = presets[1].build(course, clinical::Sex::Male);
    CHECK(keysOf(myeloma) == QStringList{QStringLiteral("serum_m_protein"),
                                         QStringLiteral("kappa_flc"),
                                         QStringLiteral("lambda_flc")});
    CHECK(axesOf(myeloma) == QList<int>{0, 1, 1});
    CHECK(myeloma[0].points.size() == 10);
    CHECK(myeloma[0].points.last().value == 0);
    CHECK(myeloma[1].unit == QStringLiteral("mg/L"));

    // ANC and platelets share ×10⁹/L but not a scale; dashed lines at 0.5 and 20.
    const QList<TrendSeries> counts = presets[2].build(course, clinical::Sex::Male);
    REQUIRE(counts.size() == 2);
    CHECK(axesOf(counts) == QList<int>{0, 1});
    CHECK(counts[0].thresholds == QList<gui::TrendThreshold>{{0.5}});
    CHECK(counts[1].thresholds == QList<gui::TrendThreshold>{{20}});
    CHECK(counts[0].points.size() == 23);

    const QList<TrendSeries> kidney = presets[3].build(course, clinical::Sex::Male);
    CHECK(axesOf(kidney) == QList<int>{0, 1});

    // Same unit, same scale: one axis.
    const QList<TrendSeries> chains = TrendSeries::fromResults(
        course, {QStringLiteral("kappa_flc"), QStringLiteral("lambda_flc")}, std::nullopt);
    CHECK(axesOf(chains) == QList<int>{0, 0});

    // Tests without values are left out rather than drawn empty.
    const QList<TrendSeries> partial = TrendSeries::fromResults(
        course, {QStringLiteral("igg"), QStringLiteral("hemoglobin")}, std::nullopt);
    CHECK(keysOf(partial) == QStringList{QStringLiteral("hemoglobin")});
    CHECK(axesOf(partial) == QList<int>{0});
}

TEST_CASE("The time axis has ticks on whole days and room at both ends", "[gui][labs][trend]")
{
    const QList<TrendSeries> counts =
        gui::TrendPresets::all()[2].build(transplantCourse(), std::nullopt);
    for (int maxTicks : {3, 6, 9, 14}) {
        const auto range = gui::TrendTimeRange::forSeries(counts, maxTicks);
        CAPTURE(maxTicks);
        CHECK(range.start == QDateTime(QDate(2025, 10, 31), QTime(0, 0)));
        CHECK(range.end >= QDateTime(QDate(2025, 11, 24), QTime(0, 0)));
        CHECK(range.tickCount <= maxTicks);
        CHECK(range.tickCount >= 2);
        CHECK(range.start.daysTo(range.end) == qint64(range.stepDays) * (range.tickCount - 1));
    }
    CHECK(gui::TrendTimeRange::forSeries(counts, 9).stepDays == 3);
}

TEST_CASE("The chart draws several units on two axes and names units in the legend",
          "[gui][labs][chart]")
{
    const QList<LabResult> course = transplantCourse();
    gui::LabTrendChart chart;
    chart.resize(900, 420);
    chart.show();

    chart.setSeries(gui::TrendPresets::all()[1].build(course, clinical::Sex::Male));
    CHECK(chart.valueAxisCount() == 2);
    // Several tests: short names, and the unit always.
    CHECK(chart.valueAxisTitle(0) == QStringLiteral("M-protein (g/L)"));
    CHECK(chart.valueAxisTitle(1) == u8("κ FLC, λ FLC (mg/L)"));
    CHECK(chart.legendNames() ==
          QStringList{QStringLiteral("M-protein (g/L)"), u8("κ FLC (mg/L)"), u8("λ FLC (mg/L)")});

    chart.setSeries(gui::TrendPresets::all()[2].build(course, clinical::Sex::Male));
    CHECK(chart.valueAxisCount() == 2);
    const QStringList legend = chart.legendNames();
    CHECK(legend.contains(u8("ANC (×10⁹/L)")));
    CHECK(legend.contains(u8("ANC threshold 0.5 ×10⁹/L")));
    CHECK(legend.contains(u8("Platelets threshold 20 ×10⁹/L")));
    CHECK(legend.contains(u8("ANC reference 1.8–6.3 ×10⁹/L")));
    CHECK(chart.valueAxisTitle(1) == u8("Platelets (×10⁹/L)"));

    chart.setSeries(gui::TrendPresets::all()[0].build(course, clinical::Sex::Male));
    CHECK(chart.valueAxisCount() == 1);
    CHECK(chart.legendNames() ==
          QStringList{u8("Reference range 130–175 g/L"), QStringLiteral("Hemoglobin (g/L)")});

    const TrendSeries& hemoglobin = chart.series().first();
    CHECK(gui::LabTrendChart::describePoint(hemoglobin, hemoglobin.points.first()) ==
          QStringLiteral("Hemoglobin\n2025-11-01 06:30\n108 g/L"));
}

TEST_CASE("The chart renders lines in Okabe-Ito colours, and says when there is nothing",
          "[gui][labs][chart]")
{
    gui::LabTrendChart chart;
    chart.resize(800, 400);
    chart.show();
    chart.setSeries(gui::TrendPresets::all()[2].build(transplantCourse(), clinical::Sex::Male));
    QApplication::processEvents();
    const QImage image = chart.toImage();
    REQUIRE(image.width() >= 800);
    CHECK(inkedPixels(image) > 5000);
    CHECK(pixelsNear(image, QColor(0x00, 0x72, 0xB2)) > 300); // ANC, blue
    CHECK(pixelsNear(image, QColor(0xE6, 0x9F, 0x00)) > 300); // platelets, orange

    chart.setSeries({});
    QApplication::processEvents();
    CHECK(chart.valueAxisCount() == 0);
    const QImage empty = chart.toImage();
    CHECK(pixelsNear(empty, QColor(0x00, 0x72, 0xB2)) == 0);
    CHECK(chart.findChild<QLabel*>()->isVisible());
}

TEST_CASE("The results page shows the newest results and charts the chosen row",
          "[gui][labs][page]")
{
    gui::LabResultsPage page;
    page.resize(1200, 800);
    page.show();
    page.setResults(transplantCourse(), clinical::Sex::Male);
    QApplication::processEvents();

    // Scrolled to the newest column.
    QScrollBar* horizontal = page.table()->horizontalScrollBar();
    CHECK(horizontal->maximum() > 0);
    CHECK(horizontal->value() == horizontal->maximum());

    // The named charts first, then each numeric test that is not one of them alone.
    QComboBox* selector = page.chartSelector();
    QStringList entries;
    for (int i = 0; i < selector->count(); ++i)
        entries << selector->itemData(i).toString();
    entries.removeAll(QString());
    CHECK(entries ==
          QStringList{QStringLiteral("preset:hemoglobin"), QStringLiteral("preset:m_protein_flc"),
                      QStringLiteral("preset:anc_platelets"),
                      QStringLiteral("preset:creatinine_calcium"), QStringLiteral("test:anc"),
                      QStringLiteral("test:platelets"), QStringLiteral("test:creatinine"),
                      QStringLiteral("test:calcium"), QStringLiteral("test:serum_m_protein"),
                      QStringLiteral("test:kappa_flc"), QStringLiteral("test:lambda_flc")});
    CHECK(page.currentChart() == QStringLiteral("preset:hemoglobin"));

    const LabResultsModel* model = page.model();
    page.table()->setCurrentIndex(model->index(model->rowOfTest(QStringLiteral("platelets")), 3));
    CHECK(page.currentChart() == QStringLiteral("test:platelets"));
    CHECK(page.chart()->series().size() == 1);
    CHECK(page.chart()->series().first().testKey == QStringLiteral("platelets"));
    page.table()->setCurrentIndex(model->index(model->rowOfTest(QStringLiteral("hemoglobin")), 3));
    CHECK(page.currentChart() == QStringLiteral("preset:hemoglobin"));

    // A new patient's results keep the chosen chart when they have it.
    REQUIRE(page.selectChart(QStringLiteral("preset:anc_platelets")));
    page.setResults(transplantCourse(), clinical::Sex::Male);
    CHECK(page.currentChart() == QStringLiteral("preset:anc_platelets"));
    CHECK(page.chart()->series().size() == 2);

    // A language change asks for every word again and keeps the reader's place.
    QEvent languageChange(QEvent::LanguageChange);
    QApplication::sendEvent(&page, &languageChange);
    CHECK(page.currentChart() == QStringLiteral("preset:anc_platelets"));
    CHECK(page.chart()->series().size() == 2);
    CHECK(selector->currentText() == QStringLiteral("ANC and platelets"));

    page.setResults({}, std::nullopt);
    CHECK(selector->count() == 0);
    CHECK_FALSE(selector->isEnabled());
    CHECK(page.chart()->series().isEmpty());
}

TEST_CASE("The results page is used from the keyboard", "[gui][labs][page]")
{
    gui::LabResultsPage page;
    page.resize(1000, 700);
    page.show();
    page.activateWindow();
    page.setResults(transplantCourse(), clinical::Sex::Male);
    QApplication::processEvents();

    QSignalSpy activated(&page, &gui::LabResultsPage::resultsActivated);
    page.table()->setFocus();
    const LabResultsModel* model = page.model();
    const int row = model->rowOfTest(QStringLiteral("anc"));
    // The newest column is a myeloma panel without a blood count: nothing to open.
    page.table()->setCurrentIndex(model->index(row, model->columnCount() - 1));
    QTest::keyClick(page.table(), Qt::Key_Return);
    CHECK(activated.count() == 0);
    int column = model->columnCount() - 1;
    while (column > 0 && model->resultIdsAt(model->index(row, column)).isEmpty())
        --column;
    page.table()->setCurrentIndex(model->index(row, column));
    QTest::keyClick(page.table(), Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    const QList<qint64> ids = activated.first().first().value<QList<qint64>>();
    CHECK(ids == model->resultIdsAt(model->index(row, column)));
    CHECK(ids.size() == 1);
    CHECK(model->headerData(column, Qt::Horizontal).toString() ==
          QStringLiteral("2025-11-23\n06:30"));

    // Tab leaves the table for the chart selector (arrows move within the table).
    QTest::keyClick(page.table(), Qt::Key_Tab);
    CHECK(page.chartSelector()->hasFocus());
    // Mnemonics: Alt+T goes to the table, Alt+C to the selector.
    QTest::keyClick(&page, Qt::Key_T, Qt::AltModifier);
    CHECK(page.table()->hasFocus());
    QTest::keyClick(&page, Qt::Key_C, Qt::AltModifier);
    CHECK(page.chartSelector()->hasFocus());
}

TEST_CASE("The results page renders a table and a chart", "[gui][labs][page]")
{
    gui::LabResultsPage page;
    page.resize(1280, 860);
    page.show();
    page.setResults(transplantCourse(), clinical::Sex::Male);
    QApplication::processEvents();
    const QImage picture = page.grab().toImage();
    CHECK(picture.size() == QSize(1280, 860));
    CHECK(inkedPixels(picture) > 20000);
    const QImage chart = page.chart()->toImage();
    CHECK(pixelsNear(chart, QColor(0x00, 0x72, 0xB2)) > 300);

    // Documentation screenshots: MMTRACK_SCREENSHOTS=DIR ./build/tests/gui/test_gui_results
    if (const QString dir = qEnvironmentVariable("MMTRACK_SCREENSHOTS"); !dir.isEmpty()) {
        gui::applyAppearance(*qApp);
        QApplication::processEvents();
        const struct {
            const char* chart;
            const char* file;
        } shots[] = {{"preset:anc_platelets", "/lab-results-page.png"},
                     {"preset:m_protein_flc", "/lab-results-myeloma.png"},
                     {"preset:hemoglobin", "/lab-results-hemoglobin.png"}};
        for (const auto& shot : shots) {
            REQUIRE(page.selectChart(QLatin1String(shot.chart)));
            QApplication::processEvents();
            CHECK(page.grab().save(dir + QLatin1String(shot.file)));
        }
        // The nadir, to show critical values in the table.
        REQUIRE(page.selectChart(QStringLiteral("preset:anc_platelets")));
        const LabResultsModel* model = page.model();
        for (int column = 0; column < model->columnCount(); ++column)
            if (model->headerData(column, Qt::Horizontal)
                    .toString()
                    .startsWith(QStringLiteral("2025-11-05")))
                page.table()->scrollTo(model->index(1, column), QAbstractItemView::PositionAtTop);
        QApplication::processEvents();
        CHECK(page.grab().save(dir + QStringLiteral("/lab-results-nadir.png")));
    }
}
