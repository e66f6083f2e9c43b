#pragma once

#include "clinical/LabResult.h"
#include "clinical/Patient.h"

#include <QList>
#include <QWidget>
#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QModelIndex;
class QSplitter;
class QTableView;
QT_END_NAMESPACE

namespace mmtrack::gui {

class LabResultsModel;
class LabTrendChart;

// One patient's lab results for review: the flowsheet on top (tests down, moments across,
// scrolled to the newest), a trend chart below with a selector of named charts (hemoglobin;
// M-protein and free light chains; ANC and platelets; creatinine and calcium) and of every
// test with numeric results. Choosing a row of the table charts that test.
class LabResultsPage : public QWidget {
    Q_OBJECT
public:
    explicit LabResultsPage(QWidget* parent = nullptr);
    ~LabResultsPage() override;

    // The sex picks default reference ranges where results carry none. Keeps the chosen
    // chart when the new results still have it.
    void setResults(const QList<clinical::LabResult>& results, std::optional<clinical::Sex> sex);

    // Chart ids: "preset:<TrendPreset::id>" or "test:<test key>".
    QString currentChart() const;
    bool selectChart(const QString& id);
    // Shows a test's own chart (or the named chart that is that test alone).
    bool selectTestChart(const QString& testKey);
    // Makes the cell holding a result current (and charts its test); false if none holds it.
    bool selectResult(qint64 resultId);

    LabResultsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* chartSelector() const { return m_selector; }
    LabTrendChart* chart() const { return m_chart; }

signals:
    // A cell holding results was double-clicked or activated with Enter: the ids of its
    // results, to open or delete them.
    void resultsActivated(const QList<qint64>& ids);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void fillSelector();
    void showSelectedChart();
    void followCurrentRow(const QModelIndex& current);
    void applySpans();
    // Gives the table the height of its rows (at most a little over half the page) until
    // the reader moves the splitter.
    void fitTableHeight();

    QList<clinical::LabResult> m_results;
    std::optional<clinical::Sex> m_sex;
    LabResultsModel* m_model = nullptr;
    QLabel* m_tableLabel = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_selectorLabel = nullptr;
    QComboBox* m_selector = nullptr;
    LabTrendChart* m_chart = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_stickToNewest = true;
    bool m_splitterMoved = false;
};

} // namespace mmtrack::gui
