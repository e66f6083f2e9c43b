#include "gui/labs/LabResultsPage.h"

#include "clinical/LabCatalogue.h"
#include "gui/labs/LabResultsModel.h"
#include "gui/labs/LabTrendChart.h"
#include "gui/labs/TrendSeries.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace mmtrack::gui {

namespace {

const QString kPresetPrefix = QStringLiteral("preset:");
const QString kTestPrefix = QStringLiteral("test:");

} // namespace

LabResultsPage::LabResultsPage(QWidget* parent) : QWidget(parent)
{
    m_model = new LabResultsModel(this);

    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    // One width for every moment: sizing thousands of columns to their contents would cost
    // more than reading the results. A date and a value with its flag fit.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(
        fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 24);
    m_table->horizontalHeader()->setMinimumSectionSize(72);
    m_table->horizontalHeader()->setHighlightSections(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setHighlightSections(true);

    m_tableLabel = new QLabel;
    m_tableLabel->setBuddy(m_table);

    m_selector = new QComboBox;
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_selectorLabel = new QLabel;
    m_selectorLabel->setBuddy(m_selector);

    m_chart = new LabTrendChart;
    m_chart->setMinimumHeight(240);

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(8);
    topLayout->addWidget(m_tableLabel);
    topLayout->addWidget(m_table, 1);

    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 8, 0, 0);
    bottomLayout->setSpacing(8);
    auto* selectorRow = new QHBoxLayout;
    selectorRow->setSpacing(8);
    selectorRow->addWidget(m_selectorLabel);
    selectorRow->addWidget(m_selector);
    selectorRow->addStretch(1);
    bottomLayout->addLayout(selectorRow);
    bottomLayout->addWidget(m_chart, 1);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_splitter);

    setTabOrder(m_table, m_selector);

    connect(m_model, &QAbstractItemModel::modelReset, this, &LabResultsPage::applySpans);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { followCurrentRow(current); });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QList<qint64> ids = m_model->resultIdsAt(index);
        if (!ids.isEmpty())
            emit resultsActivated(ids);
    });
    connect(m_selector, &QComboBox::currentIndexChanged, this, &LabResultsPage::showSelectedChart);
    // The newest results stay in view until the reader scrolls elsewhere.
    QScrollBar* horizontal = m_table->horizontalScrollBar();
    connect(horizontal, &QScrollBar::rangeChanged, this, [this, horizontal](int, int maximum) {
        if (m_stickToNewest)
            horizontal->setValue(maximum);
    });
    connect(horizontal, &QScrollBar::actionTriggered, this,
            [this](int) { m_stickToNewest = false; });

    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });

    retranslate();
    fillSelector();
}

LabResultsPage::~LabResultsPage() = default;

void LabResultsPage::setResults(const QList<clinical::LabResult>& results,
                                std::optional<clinical::Sex> sex)
{
    m_results = results;
    m_sex = sex;
    m_stickToNewest = true;
    m_model->setResults(results, sex);
    fillSelector();
    fitTableHeight();
    QScrollBar* horizontal = m_table->horizontalScrollBar();
    horizontal->setValue(horizontal->maximum());
}

void LabResultsPage::fitTableHeight()
{
    const int total = m_splitter->height() - m_splitter->handleWidth();
    if (m_splitterMoved || total <= 0)
        return;
    const int wanted =
        m_tableLabel->sizeHint().height() + 8 + m_table->horizontalHeader()->sizeHint().height() +
        m_model->rowCount() * m_table->verticalHeader()->defaultSectionSize() +
        m_table->horizontalScrollBar()->sizeHint().height() + 2 * m_table->frameWidth() + 2;
    const int top = std::max(std::min(wanted, total * 55 / 100), std::min(160, total / 2));
    m_splitter->setSizes({top, total - top});
}

void LabResultsPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitTableHeight();
}

QString LabResultsPage::currentChart() const
{
    return m_selector->currentData().toString();
}

bool LabResultsPage::selectChart(const QString& id)
{
    const int index = m_selector->findData(id);
    if (index < 0)
        return false;
    m_selector->setCurrentIndex(index);
    return true;
}

bool LabResultsPage::selectTestChart(const QString& testKey)
{
    if (selectChart(kTestPrefix + testKey))
        return true;
    for (const TrendPreset& preset : TrendPresets::all())
        if (preset.testKeys == QStringList{testKey})
            return selectChart(kPresetPrefix + preset.id);
    return false;
}

void LabResultsPage::fillSelector()
{
    const QString previous = currentChart();
    const QStringList numeric = TrendSeries::numericTests(m_results);
    const QList<TrendPreset> presets = TrendPresets::all();

    const QSignalBlocker blocker(m_selector);
    m_selector->clear();
    QStringList coveredAlone;
    for (const TrendPreset& preset : presets) {
        const bool hasData = std::any_of(preset.testKeys.cbegin(), preset.testKeys.cend(),
                                         [&](const QString& key) { return numeric.contains(key); });
        if (!hasData)
            continue;
        m_selector->addItem(preset.title, QString(kPresetPrefix + preset.id));
        if (preset.testKeys.size() == 1)
            coveredAlone << preset.testKeys.first();
    }
    bool separated = m_selector->count() == 0;
    for (const QString& key : numeric) {
        if (coveredAlone.contains(key))
            continue;
        if (!separated) {
            m_selector->insertSeparator(m_selector->count());
            separated = true;
        }
        const clinical::LabTest* test = clinical::LabCatalogue::byKey(key);
        const QString unit = test ? clinical::LabCatalogue::displayUnit(test->unit) : QString();
        const QString name = clinical::LabCatalogue::name(key);
        m_selector->addItem(unit.isEmpty() ? name : tr("%1 (%2)").arg(name, unit),
                            QString(kTestPrefix + key));
    }
    m_selector->setEnabled(m_selector->count() > 0);
    const int index = m_selector->findData(previous);
    m_selector->setCurrentIndex(index >= 0 ? index : (m_selector->count() > 0 ? 0 : -1));
    showSelectedChart();
}

void LabResultsPage::showSelectedChart()
{
    const QString id = currentChart();
    if (id.startsWith(kPresetPrefix)) {
        const QString presetId = id.mid(kPresetPrefix.size());
        for (const TrendPreset& preset : TrendPresets::all()) {
            if (preset.id == presetId) {
                m_chart->setSeries(preset.build(m_results, m_sex));
                return;
            }
        }
    } else if (id.startsWith(kTestPrefix)) {
        m_chart->setSeries(
            TrendSeries::fromResults(m_results, QStringList{id.mid(kTestPrefix.size())}, m_sex));
        return;
    }
    m_chart->setSeries({});
}

void LabResultsPage::followCurrentRow(const QModelIndex& current)
{
    if (!current.isValid())
        return;
    const QString key = m_model->testKeyAt(current.row());
    if (!key.isEmpty())
        selectTestChart(key);
}

void LabResultsPage::applySpans()
{
    m_table->clearSpans();
    const int columns = m_model->columnCount();
    if (columns < 2)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->isPanelRow(row))
            m_table->setSpan(row, 0, 1, columns);
}

void LabResultsPage::retranslate()
{
    m_tableLabel->setText(tr("Results &table"));
    m_selectorLabel->setText(tr("&Chart:"));
    m_table->setAccessibleName(tr("Lab results by date"));
    m_selector->setAccessibleName(tr("Chart to show"));
    m_chart->setAccessibleName(tr("Trend chart"));
    m_model->retranslate();
}

void LabResultsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillSelector();
    }
    QWidget::changeEvent(event);
}

bool LabResultsPage::selectResult(qint64 resultId)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QModelIndex index = m_model->index(row, column);
            if (!m_model->resultIdsAt(index).contains(resultId))
                continue;
            m_stickToNewest = false;
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
            return true;
        }
    return false;
}

} // namespace mmtrack::gui
