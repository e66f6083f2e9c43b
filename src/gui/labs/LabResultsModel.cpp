#include "gui/labs/LabResultsModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace mmtrack::gui {

using clinical::Decimal;
using clinical::LabCatalogue;
using clinical::LabFlag;
using clinical::LabResult;
using clinical::LabSource;
using clinical::LabTest;

namespace {

bool isCritical(LabFlag flag)
{
    return flag == LabFlag::CriticalLow || flag == LabFlag::CriticalHigh;
}

int severity(LabFlag flag)
{
    if (isCritical(flag))
        return 2;
    return flag == LabFlag::None ? 0 : 1;
}

QString rangeText(const std::optional<Decimal>& low, const std::optional<Decimal>& high)
{
    if (low && high)
        return QStringLiteral("%1–%2").arg(low->toString(), high->toString());
    if (low)
        return QStringLiteral("≥ %1").arg(low->toString());
    if (high)
        return QStringLiteral("≤ %1").arg(high->toString());
    return {};
}

QString withUnit(const QString& value, const QString& unit)
{
    return unit.isEmpty() ? value : QStringLiteral("%1 %2").arg(value, unit);
}

QString timestamp(const QDateTime& when)
{
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Okabe–Ito vermillion (#D55E00) and orange (#E69F00), mixed into white for the cell tint,
// and darkened for the text so that it stays readable on the tint.
const QColor kCriticalBackground(0xF7, 0xDF, 0xCC);
const QColor kCriticalText(0x9A, 0x3A, 0x00);
const QColor kAbnormalBackground(0xFC, 0xF2, 0xDB);
const QColor kAbnormalText(0x6B, 0x4A, 0x00);
const QColor kPanelBackground(0xE8, 0xEB, 0xF0);

} // namespace

LabResultsModel::LabResultsModel(QObject* parent) : QAbstractTableModel(parent) {}

void LabResultsModel::setResults(QList<LabResult> results, std::optional<clinical::Sex> sex)
{
    beginResetModel();
    m_results = std::move(results);
    m_sex = sex;
    m_moments.clear();
    m_rows.clear();

    auto momentLess = [](const Moment& a, const Moment& b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.time.has_value() != b.time.has_value())
            return !a.time.has_value();
        return a.time && *a.time < *b.time;
    };
    std::stable_sort(m_results.begin(), m_results.end(),
                     [&](const LabResult& a, const LabResult& b) {
                         const Moment ma{a.date, a.time};
                         const Moment mb{b.date, b.time};
                         if (momentLess(ma, mb))
                             return true;
                         if (momentLess(mb, ma))
                             return false;
                         return a.id < b.id;
                     });
    for (const LabResult& result : m_results) {
        const Moment moment{result.date, result.time};
        if (m_moments.isEmpty() || !(m_moments.last() == moment))
            m_moments << moment;
    }

    QSet<QString> present;
    for (const LabResult& result : m_results)
        present.insert(result.testKey);

    // Panels in catalogue order, each with its tests in catalogue order.
    QHash<QString, int> rowOfKey;
    QList<clinical::LabPanel> panels;
    for (const LabTest& test : LabCatalogue::all())
        if (!panels.contains(test.panel))
            panels << test.panel;
    for (clinical::LabPanel panel : panels) {
        bool headerAdded = false;
        for (const LabTest* test : LabCatalogue::inPanel(panel)) {
            if (!present.contains(test->key))
                continue;
            if (!headerAdded) {
                m_rows << Row{true, panel, {}, {}};
                headerAdded = true;
            }
            rowOfKey.insert(test->key, int(m_rows.size()));
            m_rows << Row{false, panel, test->key, {}};
        }
    }
    QStringList unknown;
    for (const QString& key : present)
        if (!LabCatalogue::byKey(key))
            unknown << key;
    if (!unknown.isEmpty()) {
        unknown.sort();
        m_rows << Row{true, std::nullopt, {}, {}};
        for (const QString& key : unknown) {
            rowOfKey.insert(key, int(m_rows.size()));
            m_rows << Row{false, std::nullopt, key, {}};
        }
    }

    for (Row& row : m_rows)
        if (!row.isPanel)
            row.cells.resize(m_moments.size());
    int column = 0;
    for (int i = 0; i < m_results.size(); ++i) {
        const LabResult& result = m_results[i];
        const Moment moment{result.date, result.time};
        while (!(m_moments[column] == moment))
            ++column;
        m_rows[rowOfKey.value(result.testKey)].cells[column] << i;
    }
    endResetModel();
}

void LabResultsModel::retranslate()
{
    if (!m_moments.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.isEmpty()) {
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        if (!m_moments.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

const LabResultsModel::Row* LabResultsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QString LabResultsModel::testKeyAt(int row) const
{
    const Row* r = rowAt(row);
    return r ? r->testKey : QString();
}

int LabResultsModel::rowOfTest(const QString& testKey) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (!m_rows[row].isPanel && m_rows[row].testKey == testKey)
            return row;
    return -1;
}

bool LabResultsModel::isPanelRow(int row) const
{
    const Row* r = rowAt(row);
    return r && r->isPanel;
}

QList<qint64> LabResultsModel::resultIdsAt(const QModelIndex& index) const
{
    QList<qint64> ids;
    for (const LabResult& result : resultsAt(index))
        ids << result.id;
    return ids;
}

QList<LabResult> LabResultsModel::resultsAt(const QModelIndex& index) const
{
    QList<LabResult> found;
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return found;
    const Row& row = m_rows[index.row()];
    if (row.isPanel)
        return found;
    for (int i : row.cells[index.column()])
        found << m_results[i];
    return found;
}

int LabResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LabResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_moments.size());
}

QString LabResultsModel::valueText(const LabResult& result, bool withSymbol) const
{
    const LabTest* test = LabCatalogue::byKey(result.testKey);
    QString text;
    if (result.value)
        text = test ? result.value->toString(test->decimals) : result.value->toString();
    else if (!result.qualitative.isEmpty())
        text = LabCatalogue::choiceName(result.qualitative);
    else
        text = result.enteredValue;
    const QString symbol = withSymbol ? clinical::labFlagSymbol(result.flag) : QString();
    return symbol.isEmpty() ? text : QStringLiteral("%1 %2").arg(text, symbol);
}

QString LabResultsModel::flagWords(LabFlag flag, bool hasRange)
{
    switch (flag) {
    case LabFlag::None:
        return hasRange ? tr("within range") : tr("none");
    case LabFlag::Low:
        return tr("low");
    case LabFlag::High:
        return tr("high");
    case LabFlag::CriticalLow:
        return tr("critically low");
    case LabFlag::CriticalHigh:
        return tr("critically high");
    }
    return {};
}

QString LabResultsModel::cellText(const Row& row, int column) const
{
    QStringList parts;
    for (int i : row.cells[column])
        parts << valueText(m_results[i], true);
    return parts.join(QStringLiteral(" / "));
}

LabFlag LabResultsModel::worstFlag(const Row& row, int column) const
{
    LabFlag worst = LabFlag::None;
    for (int i : row.cells[column])
        if (severity(m_results[i].flag) > severity(worst))
            worst = m_results[i].flag;
    return worst;
}

QString LabResultsModel::resultToolTip(const LabResult& result) const
{
    const LabTest* test = LabCatalogue::byKey(result.testKey);
    const QString unit = test ? LabCatalogue::displayUnit(test->unit) : QString();
    QStringList lines;
    lines << tr("Entered: %1")
                 .arg(withUnit(result.enteredValue, LabCatalogue::displayUnit(result.enteredUnit)));
    if (result.value)
        lines << tr("Value: %1").arg(withUnit(result.value->toString(), unit));
    else if (!result.qualitative.isEmpty())
        lines << tr("Value: %1").arg(LabCatalogue::choiceName(result.qualitative));

    const QString range = rangeText(result.refLow, result.refHigh);
    if (!range.isEmpty())
        lines << (result.refFromReport ? tr("Reference range: %1 (printed on the report)")
                                       : tr("Reference range: %1 (default)"))
                     .arg(withUnit(range, unit));
    else
        lines << tr("Reference range: none");

    const QString flag = flagWords(result.flag, !range.isEmpty());
    const QString symbol = clinical::labFlagSymbol(result.flag);
    lines << (symbol.isEmpty() ? tr("Flag: %1").arg(flag) : tr("Flag: %1 %2").arg(flag, symbol));

    QString source;
    switch (result.source) {
    case LabSource::Typed:
        source = tr("typed in");
        break;
    case LabSource::Csv:
        source = tr("CSV import");
        break;
    case LabSource::Hl7:
        source = tr("HL7 message");
        break;
    case LabSource::CaseFile:
        source = tr("case file");
        break;
    }
    source = QStringLiteral("%1 (%2)").arg(source, clinical::labSourceCode(result.source));
    lines << (result.sourceDetail.isEmpty()
                  ? tr("Source: %1").arg(source)
                  : tr("Source: %1, %2").arg(source, result.sourceDetail));
    if (result.createdAt.isValid())
        lines << tr("Recorded %1 by %2").arg(timestamp(result.createdAt), result.createdBy);
    if (result.updatedAt.isValid() && result.updatedAt != result.createdAt)
        lines << tr("Changed %1 by %2").arg(timestamp(result.updatedAt), result.updatedBy);
    return lines.join(QLatin1Char('\n'));
}

QString LabResultsModel::cellToolTip(const Row& row, int column) const
{
    QStringList parts;
    for (int i : row.cells[column])
        parts << resultToolTip(m_results[i]);
    if (parts.size() > 1)
        parts.prepend(tr("%n results at this time", nullptr, int(parts.size())));
    return parts.join(QStringLiteral("\n\n"));
}

QString LabResultsModel::rowRange(const Row& row, bool* varies) const
{
    QString latest;
    QSet<QString> seen;
    for (const QList<int>& cell : row.cells) {
        for (int i : cell) {
            const QString range = rangeText(m_results[i].refLow, m_results[i].refHigh);
            if (!range.isEmpty()) {
                latest = range;
                seen.insert(range);
            }
        }
    }
    if (varies)
        *varies = seen.size() > 1;
    if (!latest.isEmpty())
        return latest;
    if (const LabTest* test = LabCatalogue::byKey(row.testKey)) {
        const clinical::LabRange& range = test->defaultRange(m_sex);
        return rangeText(range.low, range.high);
    }
    return {};
}

QString LabResultsModel::rowHeader(const Row& row) const
{
    if (row.isPanel)
        return row.panel ? LabCatalogue::panelName(*row.panel) : tr("Other tests");
    const LabTest* test = LabCatalogue::byKey(row.testKey);
    const QString name = LabCatalogue::name(row.testKey);
    const QString unit = test ? LabCatalogue::displayUnit(test->unit) : QString();
    QString text = unit.isEmpty() ? name : tr("%1 (%2)").arg(name, unit);
    bool varies = false;
    const QString range = rowRange(row, &varies);
    if (!range.isEmpty())
        text =
            QStringLiteral("%1   %2").arg(text, varies ? QString(range + QLatin1Char('*')) : range);
    return text;
}

QString LabResultsModel::rowToolTip(const Row& row) const
{
    if (row.isPanel)
        return {};
    const LabTest* test = LabCatalogue::byKey(row.testKey);
    QStringList lines{LabCatalogue::name(row.testKey)};
    if (test && !test->unit.isEmpty())
        lines << tr("Unit: %1").arg(LabCatalogue::displayUnit(test->unit));
    if (test && !test->loinc.isEmpty())
        lines << tr("LOINC: %1").arg(test->loinc);
    bool varies = false;
    const QString range = rowRange(row, &varies);
    if (!range.isEmpty())
        lines << tr("Reference range: %1").arg(range);
    if (varies)
        lines << tr("* Reports give different ranges; each value's tooltip shows its own.");
    if (!test)
        lines << tr("Not a test of the catalogue: shown as received.");
    return lines.join(QLatin1Char('\n'));
}

QVariant LabResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    if (row.isPanel) {
        switch (role) {
        case Qt::BackgroundRole:
            return QBrush(kPanelBackground);
        case PanelRowRole:
            return true;
        case ResultIdsRole:
            return QVariantList();
        case TestKeyRole:
            return QString();
        default:
            return {};
        }
    }
    const int column = index.column();
    const LabFlag flag = worstFlag(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, column);
    case Qt::ToolTipRole:
        return row.cells[column].isEmpty() ? QVariant() : QVariant(cellToolTip(row, column));
    case Qt::AccessibleTextRole: {
        // Words where the screen shows symbols.
        QStringList parts;
        for (int i : row.cells[column]) {
            const LabResult& result = m_results[i];
            QString text = valueText(result, false);
            if (result.flag != LabFlag::None)
                text = tr("%1, %2").arg(text, flagWords(result.flag, true));
            parts << text;
        }
        if (parts.isEmpty())
            return {};
        return tr("%1: %2").arg(LabCatalogue::name(row.testKey), parts.join(QStringLiteral("; ")));
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (isCritical(flag))
            return QBrush(kCriticalText);
        if (flag != LabFlag::None)
            return QBrush(kAbnormalText);
        return {};
    case Qt::BackgroundRole:
        if (isCritical(flag))
            return QBrush(kCriticalBackground);
        if (flag != LabFlag::None)
            return QBrush(kAbnormalBackground);
        return {};
    case Qt::FontRole:
        if (isCritical(flag)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ResultIdsRole: {
        QVariantList ids;
        for (int i : row.cells[column])
            ids << m_results[i].id;
        return ids;
    }
    case TestKeyRole:
        return row.testKey;
    case PanelRowRole:
        return false;
    case FlagRole:
        return clinical::labFlagCode(flag);
    default:
        return {};
    }
}

QVariant LabResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_moments.size())
            return QAbstractTableModel::headerData(section, orientation, role);
        const Moment& moment = m_moments[section];
        switch (role) {
        case Qt::DisplayRole: {
            const QString date =
                moment.date.isValid() ? moment.date.toString(Qt::ISODate) : tr("no date");
            return moment.time ? QStringLiteral("%1\n%2").arg(
                                     date, moment.time->toString(QStringLiteral("HH:mm")))
                               : date;
        }
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignCenter);
        case MomentRole:
            return QDateTime(moment.date, moment.time.value_or(QTime(0, 0)));
        default:
            return QAbstractTableModel::headerData(section, orientation, role);
        }
    }
    const Row* row = rowAt(section);
    if (!row)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return rowHeader(*row);
    case Qt::ToolTipRole: {
        const QString tip = rowToolTip(*row);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::FontRole:
        if (row->isPanel) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case TestKeyRole:
        return row->testKey;
    case PanelRowRole:
        return row->isPanel;
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

Qt::ItemFlags LabResultsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (m_rows[index.row()].isPanel)
        return Qt::NoItemFlags; // a heading: never current, never selected
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace mmtrack::gui
