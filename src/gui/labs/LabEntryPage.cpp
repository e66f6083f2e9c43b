#include "gui/labs/LabEntryPage.h"

#include "clinical/LabCatalogue.h"
#include "clinical/LabMeasurement.h"
#include "gui/labs/LabResultCommands.h"
#include "storage/LabResultRepository.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace mmtrack::gui {

using clinical::Decimal;
using clinical::LabCatalogue;
using clinical::LabResult;
using clinical::LabTest;
using clinical::Problem;
using clinical::Problems;

namespace {

// Grid columns.
enum Column { NameCol, ValueCol, UnitCol, LowCol, HighCol, PreviewCol, StoredCol, DeleteCol };

constexpr int kSpacing = 8; // the 8-pixel grid of screens.md

const QList<clinical::LabPanel> kPanels{
    clinical::LabPanel::BloodCount, clinical::LabPanel::Chemistry, clinical::LabPanel::MyelomaPanel,
    clinical::LabPanel::Marrow};

QString withUnit(const QString& number, const QString& ucum)
{
    const QString unit = LabCatalogue::displayUnit(ucum);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

// "83 g/L ↓", "positive": the canonical value with its flag symbol.
QString valueText(const LabTest& test, const LabResult& result)
{
    if (!result.qualitative.isEmpty())
        return LabCatalogue::choiceName(result.qualitative);
    if (!result.value)
        return result.enteredValue;
    QString text = withUnit(result.value->toString(), test.unit);
    if (const QString flag = clinical::labFlagSymbol(result.flag); !flag.isEmpty())
        text += QLatin1Char(' ') + flag;
    return text;
}

// "130–175 g/L", "≥ 0.5 ×10⁹/L", "" without a range.
QString rangeText(const LabTest& test, const std::optional<Decimal>& low,
                  const std::optional<Decimal>& high)
{
    if (low && high)
        return withUnit(low->toString() + QStringLiteral("–") + high->toString(), test.unit);
    if (low)
        return withUnit(QStringLiteral("≥ ") + low->toString(), test.unit);
    if (high)
        return withUnit(QStringLiteral("≤ ") + high->toString(), test.unit);
    return {};
}

// A canonical bound back in the unit the value was entered in: the shortest decimal that
// converts to exactly the stored bound (one exists, since the bound was entered that way).
QString boundInUnit(const LabTest& test, const std::optional<Decimal>& bound, const QString& unit)
{
    if (!bound)
        return {};
    const std::optional<Decimal> factor = test.factorFor(unit);
    if (!factor || *factor == Decimal::fromInt(1))
        return bound->toString();
    const double approximate = bound->toDouble() / factor->toDouble();
    for (int decimals = 0; decimals <= 12; ++decimals) {
        const auto candidate = Decimal::parse(QString::number(approximate, 'f', decimals));
        if (candidate && candidate->times(*factor) == bound)
            return candidate->toString();
    }
    return QString::number(approximate, 'g', 12);
}

QString timeText(const std::optional<QTime>& time)
{
    return time ? time->toString(QStringLiteral("HH:mm")) : QString();
}

void setState(QWidget* widget, const char* state)
{
    if (widget->property("state").toString() == QLatin1String(state))
        return;
    widget->setProperty("state", QLatin1String(state));
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

bool sameStored(const std::optional<LabResult>& a, const std::optional<LabResult>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->id == b->id && a->rowVersion == b->rowVersion);
}

// The grid's background: every other test row on a faint band, so that a value and its
// flag at the far end of a wide row are read on the right line.
class StripedGrid : public QWidget {
public:
    using QWidget::QWidget;
    // The widgets of each test row, top to bottom.
    void addRow(QList<QWidget*> widgets) { m_rows << std::move(widgets); }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QWidget::paintEvent(event);
        const auto* grid = qobject_cast<QGridLayout*>(layout());
        if (!grid)
            return;
        QPainter painter(this);
        const QColor band(0xF1, 0xF3, 0xF6);
        const int half = grid->verticalSpacing() / 2;
        for (qsizetype i = 1; i < m_rows.size(); i += 2) {
            int top = height();
            int bottom = 0;
            for (const QWidget* widget : std::as_const(m_rows[i]))
                if (widget->isVisible()) {
                    top = std::min(top, widget->geometry().top());
                    bottom = std::max(bottom, widget->geometry().bottom());
                }
            if (top <= bottom)
                painter.fillRect(QRect(0, top - half, width(), bottom - top + 1 + 2 * half), band);
        }
    }

private:
    QList<QList<QWidget*>> m_rows;
};

} // namespace

struct LabEntryPage::Row {
    const LabTest* test = nullptr;
    QLabel* name = nullptr;
    QLineEdit* valueEdit = nullptr;   // quantities
    QComboBox* choiceCombo = nullptr; // qualitative tests
    QComboBox* unitCombo = nullptr;   // tests with more than one unit
    QLabel* unitLabel = nullptr;      // tests with one unit
    QLineEdit* lowEdit = nullptr;     // the report's range, in the entered unit
    QLineEdit* highEdit = nullptr;
    QLabel* preview = nullptr;
    QLabel* stored = nullptr;
    QToolButton* deleteButton = nullptr;

    std::optional<LabResult> current; // stored, same test, date and time: what Enter replaces
    QList<LabResult> others;          // stored on the same date at other times
    Problems problems;                // why the last save was refused
    QString previewPlain;             // the preview as plain text

    QWidget* editor() const
    {
        return valueEdit ? static_cast<QWidget*>(valueEdit) : static_cast<QWidget*>(choiceCombo);
    }
    QList<QWidget*> inputs() const
    {
        QList<QWidget*> list{editor()};
        for (QWidget* widget : {static_cast<QWidget*>(unitCombo), static_cast<QWidget*>(lowEdit),
                                static_cast<QWidget*>(highEdit)})
            if (widget)
                list << widget;
        return list;
    }
    QString unit() const
    {
        if (test->isQualitative())
            return {};
        return unitCombo ? unitCombo->currentData().toString() : test->unit;
    }
};

LabEntryPage::LabEntryPage(workspace::Workspace& workspace, QString user, QUndoStack* undoStack,
                           QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_user(std::move(user)), m_undoStack(undoStack),
      m_session(std::make_shared<LabEditSession>(workspace.labResults(), m_user)),
      m_reasonPrompt(&askReasonWithDialog)
{
    Q_ASSERT(m_undoStack);
    setObjectName(QStringLiteral("labEntryPage"));
    // Flags and problems carry a symbol; the colour only repeats it.
    setStyleSheet(QStringLiteral(
        "QLabel[state=\"error\"] { color: #A63D00; }"
        "QLabel[state=\"flag\"] { font-weight: 600; }"
        "QLabel[state=\"critical\"] { color: #A63D00; font-weight: 700; }"
        "QLabel[role=\"panel\"] { font-weight: 700; padding-top: 8px; padding-bottom: 2px;"
        "  border: none; border-bottom: 1px solid #C4C9D0; }"
        "QLabel[role=\"column\"] { color: palette(dark); }"
        "QLabel[role=\"hint\"] { color: palette(dark); }"
        "QLabel#labEntryMessage { color: #A63D00; }"));

    const QPointer<LabEntryPage> self(this);
    m_session->setFailureHandler([self](const QString& message) {
        if (self)
            self->showMessage(message);
    });

    buildHeader();
    buildGrid();
    setTabChain();
    retranslate();

    connect(m_undoStack, &QUndoStack::indexChanged, this, &LabEntryPage::onStackChanged);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, &LabEntryPage::updateUndoTexts);
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, &LabEntryPage::updateUndoTexts);
    m_undoAction->setEnabled(m_undoStack->canUndo());
    m_redoAction->setEnabled(m_undoStack->canRedo());
    refreshRows(true);
}

LabEntryPage::~LabEntryPage()
{
    // The undo stack may keep the commands, and with them the session, after the page.
    m_session->setFailureHandler({});
}

void LabEntryPage::buildHeader()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(kSpacing * 2, kSpacing * 2, kSpacing * 2, kSpacing);
    layout->setSpacing(kSpacing);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto* bar = new QHBoxLayout;
    bar->setSpacing(kSpacing);
    m_dateLabel = new QLabel(this);
    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("labDateEdit"));
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDate(m_workspace.clock().today());
    m_dateLabel->setBuddy(m_dateEdit);
    m_timeLabel = new QLabel(this);
    m_timeEdit = new QLineEdit(this);
    m_timeEdit->setObjectName(QStringLiteral("labTimeEdit"));
    m_timeEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("([01][0-9]|2[0-3]):[0-5][0-9]")), m_timeEdit));
    m_timeEdit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 24);
    m_timeLabel->setBuddy(m_timeEdit);
    m_dateEdit->installEventFilter(this); // for Ctrl+Z, see eventFilter()
    m_timeEdit->installEventFilter(this);
    m_dateHint = new QLabel(this);
    m_dateHint->setProperty("state", QStringLiteral("error"));
    m_dateHint->hide();

    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_rangesAction = new QAction(this);
    m_rangesAction->setCheckable(true);
    m_rangesAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_R));
    m_rangesAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_undoAction, m_redoAction, m_rangesAction});
    connect(m_undoAction, &QAction::triggered, this, [this] {
        showMessage(QString());
        m_undoStack->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        showMessage(QString());
        m_undoStack->redo();
    });
    connect(m_rangesAction, &QAction::toggled, this, &LabEntryPage::setReportRangesShown);

    auto toolButton = [this](QAction* action) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::NoFocus); // reached by its shortcut
        return button;
    };
    m_rangesButton = toolButton(m_rangesAction);
    m_undoButton = toolButton(m_undoAction);
    m_redoButton = toolButton(m_redoAction);

    bar->addWidget(m_dateLabel);
    bar->addWidget(m_dateEdit);
    bar->addSpacing(kSpacing);
    bar->addWidget(m_timeLabel);
    bar->addWidget(m_timeEdit);
    bar->addSpacing(kSpacing);
    bar->addWidget(m_dateHint);
    bar->addStretch(1);
    bar->addWidget(m_rangesButton);
    bar->addSpacing(kSpacing);
    bar->addWidget(m_undoButton);
    bar->addWidget(m_redoButton);
    layout->addLayout(bar);

    m_keysHint = new QLabel(this);
    m_keysHint->setProperty("role", QStringLiteral("hint"));
    m_keysHint->setWordWrap(true);
    layout->addWidget(m_keysHint);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("labEntryMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this] {
        updateDateHint();
        refreshRows(false);
    });
    connect(m_timeEdit, &QLineEdit::textChanged, this, [this] {
        bool ok = false;
        typedTime(&ok);
        if (ok)
            refreshRows(false);
    });
}

void LabEntryPage::buildGrid()
{
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from field to field, never to the frame
    auto* content = new StripedGrid(m_scroll);
    content->setBackgroundRole(QPalette::Base);
    content->setAutoFillBackground(true);
    m_grid = new QGridLayout(content);
    m_grid->setContentsMargins(kSpacing, 0, kSpacing, kSpacing);
    m_grid->setHorizontalSpacing(kSpacing);
    m_grid->setVerticalSpacing(kSpacing / 2);
    m_scroll->setWidget(content);
    layout()->addWidget(m_scroll);

    int line = 0;
    for (int column : {NameCol, ValueCol, UnitCol, LowCol, PreviewCol, StoredCol}) {
        auto* header = new QLabel(content);
        header->setProperty("role", QStringLiteral("column"));
        header->setWordWrap(true); // a long heading wraps instead of widening the grid
        m_grid->addWidget(header, line, column, 1, column == LowCol ? 2 : 1);
        if (column == LowCol)
            m_rangeHeader = header;
        m_columnHeaders << header;
    }
    ++line;

    const int numberWidth = fontMetrics().horizontalAdvance(QStringLiteral("000000.00")) + 16;
    const int boundWidth = fontMetrics().horizontalAdvance(QStringLiteral("0000.00")) + 12;
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (const clinical::LabPanel panel : kPanels) {
        auto* heading = new QLabel(content);
        heading->setProperty("role", QStringLiteral("panel"));
        m_grid->addWidget(heading, line++, 0, 1, DeleteCol + 1);
        m_panelHeadings.append({heading, static_cast<int>(panel)});

        for (const LabTest* test : LabCatalogue::inPanel(panel)) {
            auto row = std::make_unique<Row>();
            row->test = test;
            const QString key = test->key;
            row->name = new QLabel(content);
            if (test->isQualitative()) {
                row->choiceCombo = new QComboBox(content);
                row->choiceCombo->setObjectName(QStringLiteral("value_") + key);
                row->choiceCombo->setMinimumWidth(numberWidth);
                fillChoiceTexts(*row);
                connect(row->choiceCombo, &QComboBox::currentIndexChanged, this,
                        [this, r = row.get()] { onRowEdited(*r); });
            } else {
                row->valueEdit = new QLineEdit(content);
                row->valueEdit->setObjectName(QStringLiteral("value_") + key);
                row->valueEdit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
                row->valueEdit->setFixedWidth(numberWidth);
                connect(row->valueEdit, &QLineEdit::textChanged, this,
                        [this, r = row.get()] { onRowEdited(*r); });
                const QStringList units = test->units();
                if (units.size() > 1) {
                    row->unitCombo = new QComboBox(content);
                    row->unitCombo->setObjectName(QStringLiteral("unit_") + key);
                    for (const QString& unit : units)
                        row->unitCombo->addItem(LabCatalogue::displayUnit(unit), unit);
                    connect(row->unitCombo, &QComboBox::currentIndexChanged, this,
                            [this, r = row.get()] { onRowEdited(*r); });
                } else {
                    row->unitLabel = new QLabel(LabCatalogue::displayUnit(test->unit), content);
                    row->unitLabel->setIndent(kSpacing / 2); // level with the combo boxes' text
                }
                row->lowEdit = new QLineEdit(content);
                row->lowEdit->setObjectName(QStringLiteral("low_") + key);
                row->highEdit = new QLineEdit(content);
                row->highEdit->setObjectName(QStringLiteral("high_") + key);
                for (QLineEdit* bound : {row->lowEdit, row->highEdit}) {
                    bound->setFixedWidth(boundWidth);
                    bound->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    bound->setVisible(false);
                    connect(bound, &QLineEdit::textChanged, this,
                            [this, r = row.get()] { onRowEdited(*r); });
                }
            }
            row->name->setBuddy(row->editor());
            row->name->setWordWrap(true);
            row->preview = new QLabel(content);
            row->preview->setObjectName(QStringLiteral("preview_") + key);
            row->preview->setWordWrap(true);
            row->preview->setTextFormat(Qt::RichText);
            row->preview->setMinimumWidth(digit * 26);
            row->stored = new QLabel(content);
            row->stored->setObjectName(QStringLiteral("stored_") + key);
            row->stored->setWordWrap(true);
            row->stored->setTextFormat(Qt::PlainText);
            row->deleteButton = new QToolButton(content);
            row->deleteButton->setObjectName(QStringLiteral("delete_") + key);
            row->deleteButton->setText(QStringLiteral("✕"));
            row->deleteButton->setAutoRaise(true);
            row->deleteButton->setFocusPolicy(Qt::NoFocus); // Ctrl+Delete from the keyboard
            QSizePolicy keepSpace = row->deleteButton->sizePolicy();
            keepSpace.setRetainSizeWhenHidden(true);
            row->deleteButton->setSizePolicy(keepSpace);
            connect(row->deleteButton, &QToolButton::clicked, this,
                    [this, r = row.get()] { remove(*r); });

            m_grid->addWidget(row->name, line, NameCol);
            m_grid->addWidget(row->editor(), line, ValueCol);
            if (row->unitCombo)
                m_grid->addWidget(row->unitCombo, line, UnitCol);
            if (row->unitLabel)
                m_grid->addWidget(row->unitLabel, line, UnitCol);
            if (row->lowEdit) {
                m_grid->addWidget(row->lowEdit, line, LowCol);
                m_grid->addWidget(row->highEdit, line, HighCol);
            }
            m_grid->addWidget(row->preview, line, PreviewCol);
            m_grid->addWidget(row->stored, line, StoredCol);
            m_grid->addWidget(row->deleteButton, line, DeleteCol);
            for (QWidget* input : row->inputs())
                input->installEventFilter(this);
            content->addRow({row->name, row->editor(), row->preview, row->stored});
            m_rows.push_back(std::move(row));
            ++line;
        }
    }
    m_rangeHeader->setVisible(false);
    m_grid->setColumnStretch(PreviewCol, 3);
    m_grid->setColumnStretch(StoredCol, 2);
    // Long test names wrap rather than push the grid wider than the page; the stored column
    // keeps room for a value with its unit.
    m_grid->setColumnMinimumWidth(NameCol, digit * 22);
    m_grid->setColumnMinimumWidth(StoredCol, digit * 14);
    m_grid->setRowStretch(line, 1);
}

void LabEntryPage::setTabChain()
{
    // Date, time, then value → unit (→ report range when shown) → next test's value.
    QList<QWidget*> chain{m_dateEdit, m_timeEdit};
    for (const auto& row : m_rows)
        chain << row->inputs();
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

void LabEntryPage::fillChoiceTexts(Row& row)
{
    if (!row.choiceCombo)
        return;
    const bool loading = m_loading;
    m_loading = true;
    const QString choice = row.choiceCombo->currentData().toString();
    row.choiceCombo->clear();
    row.choiceCombo->addItem(QStringLiteral("—"), QString());
    for (const QString& code : row.test->choices)
        row.choiceCombo->addItem(LabCatalogue::choiceName(code), code);
    row.choiceCombo->setCurrentIndex(std::max(0, row.choiceCombo->findData(choice)));
    m_loading = loading;
}

void LabEntryPage::retranslate()
{
    m_title->setText(m_patient.id == 0
                         ? tr("Lab entry: no patient chosen")
                         : tr("Lab entry: %1 · %2").arg(m_patient.name, m_patient.mrn));
    m_dateLabel->setText(tr("&Date"));
    m_dateEdit->setToolTip(tr("The date the samples were taken (yyyy-MM-dd)"));
    m_timeLabel->setText(tr("T&ime"));
    m_timeEdit->setPlaceholderText(tr("HH:mm"));
    m_timeEdit->setToolTip(tr("Optional: the time the samples were taken (HH:mm)"));
    m_rangesAction->setText(tr("Report &ranges"));
    m_rangesAction->setToolTip(
        tr("Show the fields for the reference range printed on the report (Alt+R)"));
    updateUndoTexts();
    m_keysHint->setText(tr("Enter saves the row and moves on · ↑ ↓ move between tests · Tab "
                           "reaches the unit · Ctrl+Delete deletes the stored value · Ctrl+Z "
                           "undoes"));
    const QStringList headers{tr("Test"),         tr("Value"),           tr("Unit"),
                              tr("Report range"), tr("Enter will save"), tr("Stored on this date")};
    for (qsizetype i = 0; i < m_columnHeaders.size() && i < headers.size(); ++i)
        m_columnHeaders[i]->setText(headers[i]);
    for (const auto& [heading, panel] : std::as_const(m_panelHeadings))
        heading->setText(LabCatalogue::panelName(static_cast<clinical::LabPanel>(panel)));
    for (const auto& row : m_rows) {
        const QString name = LabCatalogue::name(row->test->key);
        row->name->setText(name);
        row->editor()->setAccessibleName(tr("%1 value").arg(name));
        if (row->choiceCombo)
            row->choiceCombo->setToolTip(
                tr("Type the first letter of the result, or press Space to open the list"));
        if (row->unitCombo)
            row->unitCombo->setAccessibleName(tr("%1 unit").arg(name));
        if (row->lowEdit) {
            row->lowEdit->setPlaceholderText(tr("low"));
            row->lowEdit->setAccessibleName(tr("%1 report range low").arg(name));
            row->highEdit->setPlaceholderText(tr("high"));
            row->highEdit->setAccessibleName(tr("%1 report range high").arg(name));
        }
        row->deleteButton->setToolTip(tr("Delete the stored value (Ctrl+Delete)"));
        row->deleteButton->setAccessibleName(tr("Delete the stored %1").arg(name));
        fillChoiceTexts(*row);
        updatePreview(*row);
        updateStored(*row);
    }
    updateDateHint();
}

void LabEntryPage::updateUndoTexts()
{
    m_undoAction->setText(m_undoStack->canUndo() ? tr("Undo %1").arg(m_undoStack->undoText())
                                                 : tr("Undo"));
    m_undoAction->setToolTip(m_undoAction->text() + QStringLiteral(" (Ctrl+Z)"));
    m_redoAction->setText(m_undoStack->canRedo() ? tr("Redo %1").arg(m_undoStack->redoText())
                                                 : tr("Redo"));
    m_redoAction->setToolTip(m_redoAction->text() + QStringLiteral(" (Ctrl+Shift+Z)"));
    // The buttons stay short; the actions carry the full text for menus.
    m_undoButton->setText(QStringLiteral("↶ ") + tr("Undo"));
    m_redoButton->setText(QStringLiteral("↷ ") + tr("Redo"));
}

void LabEntryPage::setPatient(const clinical::Patient& patient)
{
    m_patient = patient;
    showMessage(QString());
    retranslate();
    refreshRows(true);
}

void LabEntryPage::setDate(QDate date)
{
    m_dateEdit->setDate(date);
}

QDate LabEntryPage::date() const
{
    return m_dateEdit->date();
}

void LabEntryPage::setTime(const QString& hhmm)
{
    m_timeEdit->setText(hhmm);
}

void LabEntryPage::setReasonPrompt(ReasonPrompt prompt)
{
    m_reasonPrompt = prompt ? std::move(prompt) : ReasonPrompt(&askReasonWithDialog);
}

void LabEntryPage::setReportRangesShown(bool shown)
{
    if (m_rangesAction->isChecked() != shown)
        m_rangesAction->setChecked(shown); // comes back here through toggled
    m_rangeHeader->setVisible(shown);
    for (const auto& row : m_rows)
        if (row->lowEdit) {
            row->lowEdit->setVisible(shown);
            row->highEdit->setVisible(shown);
        }
}

bool LabEntryPage::reportRangesShown() const
{
    return m_rangesAction->isChecked();
}

void LabEntryPage::reload()
{
    refreshRows(false);
}

int LabEntryPage::rowOf(const QString& testKey) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i]->test->key == testKey)
            return static_cast<int>(i);
    return -1;
}

int LabEntryPage::rowOfWidget(const QObject* widget) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        for (QWidget* input : m_rows[i]->inputs())
            if (input == widget)
                return static_cast<int>(i);
    return -1;
}

QWidget* LabEntryPage::valueEditor(const QString& testKey) const
{
    const int index = rowOf(testKey);
    return index < 0 ? nullptr : m_rows[static_cast<size_t>(index)]->editor();
}

QComboBox* LabEntryPage::unitCombo(const QString& testKey) const
{
    const int index = rowOf(testKey);
    return index < 0 ? nullptr : m_rows[static_cast<size_t>(index)]->unitCombo;
}

QLineEdit* LabEntryPage::reportLowEdit(const QString& testKey) const
{
    const int index = rowOf(testKey);
    return index < 0 ? nullptr : m_rows[static_cast<size_t>(index)]->lowEdit;
}

QLineEdit* LabEntryPage::reportHighEdit(const QString& testKey) const
{
    const int index = rowOf(testKey);
    return index < 0 ? nullptr : m_rows[static_cast<size_t>(index)]->highEdit;
}

QString LabEntryPage::previewText(const QString& testKey) const
{
    const int index = rowOf(testKey);
    return index < 0 ? QString() : m_rows[static_cast<size_t>(index)]->previewPlain;
}

QString LabEntryPage::storedText(const QString& testKey) const
{
    const int index = rowOf(testKey);
    return index < 0 ? QString() : m_rows[static_cast<size_t>(index)]->stored->text();
}

std::optional<LabResult> LabEntryPage::storedResult(const QString& testKey) const
{
    const int index = rowOf(testKey);
    return index < 0 ? std::nullopt : m_rows[static_cast<size_t>(index)]->current;
}

void LabEntryPage::focusTest(const QString& testKey)
{
    focusRow(rowOf(testKey));
}

void LabEntryPage::focusRow(int index, QWidget* editor)
{
    if (index < 0 || index >= static_cast<int>(m_rows.size()))
        return;
    QWidget* target = editor ? editor : m_rows[static_cast<size_t>(index)]->editor();
    target->setFocus(Qt::TabFocusReason);
    if (auto* line = qobject_cast<QLineEdit*>(target))
        line->selectAll();
    m_scroll->ensureWidgetVisible(target, kSpacing, kSpacing * 4);
}

std::optional<QTime> LabEntryPage::typedTime(bool* ok) const
{
    const QString text = m_timeEdit->text().trimmed();
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    *ok = time.isValid();
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

bool LabEntryPage::rowIsEmpty(const Row& row) const
{
    return row.valueEdit ? row.valueEdit->text().trimmed().isEmpty()
                         : row.choiceCombo->currentData().toString().isEmpty();
}

clinical::Result<LabResult> LabEntryPage::typedResult(const Row& row) const
{
    clinical::LabEntry entry;
    entry.testKey = row.test->key;
    entry.value = row.valueEdit ? row.valueEdit->text() : row.choiceCombo->currentData().toString();
    entry.unit = row.unit();
    if (row.lowEdit) {
        entry.refLow = row.lowEdit->text();
        entry.refHigh = row.highEdit->text();
    }
    LabResult result;
    result.patientId = m_patient.id;
    result.date = m_dateEdit->date();
    bool timeOk = false;
    result.time = typedTime(&timeOk);
    if (const clinical::Status applied =
            clinical::LabMeasurement::apply(entry, m_patient.sex, result);
        !applied)
        return applied.problems();
    result.source = clinical::LabSource::Typed;
    result.sourceDetail = tr("typed by %1").arg(m_user);
    return result;
}

void LabEntryPage::refreshRows(bool resetEditors)
{
    const bool hasPatient = m_patient.id != 0;
    m_scroll->setEnabled(hasPatient);
    QList<LabResult> day;
    if (hasPatient) {
        const auto results = m_workspace.labResults().forPatient(m_patient.id);
        if (!results)
            showMessage(QStringLiteral("⚠ ") + results.errorText());
        else
            for (const LabResult& result : results.value())
                if (result.date == m_dateEdit->date())
                    day << result;
    }
    bool timeOk = false;
    const std::optional<QTime> time = typedTime(&timeOk);
    for (const auto& row : m_rows) {
        std::optional<LabResult> current;
        QList<LabResult> others;
        for (const LabResult& result : std::as_const(day)) {
            if (result.testKey != row->test->key)
                continue;
            if (!current && timeOk && result.time == time)
                current = result;
            else
                others << result;
        }
        const bool changed = resetEditors || !sameStored(row->current, current);
        row->current = current;
        row->others = others;
        if (changed) {
            row->problems.clear();
            loadEditors(*row);
        }
        updatePreview(*row);
        updateStored(*row);
    }
}

void LabEntryPage::loadEditors(Row& row)
{
    const bool loading = m_loading;
    m_loading = true;
    const LabResult* stored = row.current ? &*row.current : nullptr;
    if (row.choiceCombo) {
        const int index = stored ? row.choiceCombo->findData(stored->qualitative) : 0;
        row.choiceCombo->setCurrentIndex(std::max(0, index));
    } else {
        row.valueEdit->setText(stored ? stored->enteredValue : QString());
        if (row.unitCombo) {
            const int index = stored ? row.unitCombo->findData(stored->enteredUnit) : 0;
            row.unitCombo->setCurrentIndex(std::max(0, index));
        }
        const bool report = stored && stored->refFromReport;
        row.lowEdit->setText(report ? boundInUnit(*row.test, stored->refLow, row.unit())
                                    : QString());
        row.highEdit->setText(report ? boundInUnit(*row.test, stored->refHigh, row.unit())
                                     : QString());
    }
    m_loading = loading;
}

void LabEntryPage::onRowEdited(Row& row)
{
    if (m_loading)
        return;
    row.problems.clear();
    updatePreview(row);
}

void LabEntryPage::updatePreview(Row& row)
{
    // Plain text for readers and tests; the label shows it with the value emphasised.
    QString plain;
    QString html;
    bool error = false;
    QString tip;
    auto showProblems = [&](const Problems& problems) {
        QStringList messages;
        for (const Problem& problem : problems)
            messages << problem.message;
        plain = QStringLiteral("⚠ ") + messages.join(QLatin1Char(' '));
        html = plain.toHtmlEscaped();
        error = true;
    };
    if (!row.problems.isEmpty()) {
        showProblems(row.problems);
    } else if (m_patient.id != 0 && !rowIsEmpty(row)) {
        const auto typed = typedResult(row);
        if (!typed) {
            showProblems(typed.problems());
        } else if (!row.current || !sameLabValues(typed.value(), *row.current)) {
            const LabResult& result = typed.value();
            const QString value = valueText(*row.test, result);
            QStringList notes;
            if (const QString range = rangeText(*row.test, result.refLow, result.refHigh);
                !range.isEmpty())
                notes << (result.refFromReport ? tr("report range %1") : tr("range %1")).arg(range);
            if (row.current)
                notes << tr("replaces the stored value");
            const QString separator = QStringLiteral("  ·  ");
            plain = notes.isEmpty() ? value : value + separator + notes.join(separator);
            const bool critical = result.flag == clinical::LabFlag::CriticalLow ||
                                  result.flag == clinical::LabFlag::CriticalHigh;
            const QLatin1String style = critical ? QLatin1String("font-weight:700; color:#A63D00")
                                        : result.flag != clinical::LabFlag::None
                                            ? QLatin1String("font-weight:600")
                                            : QLatin1String("font-weight:400");
            html = QStringLiteral("<span style=\"") + style + QStringLiteral("\">") +
                   value.toHtmlEscaped() + QStringLiteral("</span>");
            const QString htmlSeparator = QStringLiteral("&nbsp; ·&nbsp; ");
            for (const QString& note : std::as_const(notes))
                html += htmlSeparator + QStringLiteral("<span style=\"color:#5F6670\">") +
                        note.toHtmlEscaped() + QStringLiteral("</span>");
            if (critical)
                tip = tr("Critical value");
        }
    }
    if (row.previewPlain != plain) {
        row.previewPlain = plain;
        row.preview->setText(html);
        relayoutLater();
    }
    row.preview->setToolTip(tip);
    setState(row.preview, error ? "error" : "normal");
    for (QWidget* input : row.inputs())
        input->setAccessibleDescription(error ? plain : QString());
}

void LabEntryPage::updateStored(Row& row)
{
    QStringList parts;
    QStringList details;
    auto describe = [&](const LabResult& result) {
        QString text = valueText(*row.test, result);
        if (result.time)
            text = timeText(result.time) + QLatin1Char(' ') + text;
        parts << text;
        QString detail =
            tr("%1: entered as %2, %3; saved %4 by %5")
                .arg(text,
                     result.qualitative.isEmpty()
                         ? withUnit(result.enteredValue, result.enteredUnit)
                         : LabCatalogue::choiceName(result.qualitative),
                     result.sourceDetail,
                     result.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     result.updatedBy);
        if (const QString range = rangeText(*row.test, result.refLow, result.refHigh);
            !range.isEmpty())
            detail += QLatin1Char('\n') +
                      (result.refFromReport ? tr("report range %1") : tr("range %1")).arg(range);
        details << detail;
    };
    if (row.current)
        describe(*row.current);
    for (const LabResult& other : std::as_const(row.others))
        describe(other);
    if (const QString text = parts.join(QStringLiteral("  ·  ")); row.stored->text() != text) {
        row.stored->setText(text);
        relayoutLater();
    }
    row.stored->setToolTip(details.join(QLatin1Char('\n')));
    // The first value shown (the one Enter replaces, if any) sets the emphasis.
    const LabResult* first =
        row.current ? &*row.current : (row.others.isEmpty() ? nullptr : &row.others.first());
    const clinical::LabFlag flag = first ? first->flag : clinical::LabFlag::None;
    setState(row.stored,
             flag == clinical::LabFlag::CriticalLow || flag == clinical::LabFlag::CriticalHigh
                 ? "critical"
             : flag != clinical::LabFlag::None ? "flag"
                                               : "normal");
    row.deleteButton->setVisible(row.current.has_value());
}

void LabEntryPage::relayoutLater()
{
    // The scroll area sizes the grid once for its width; a text that now wraps onto a second
    // line needs it to measure the rows' heights again.
    QCoreApplication::postEvent(m_scroll, new QEvent(QEvent::LayoutRequest));
}

void LabEntryPage::updateDateHint()
{
    const bool future = m_dateEdit->date() > m_workspace.clock().today();
    m_dateHint->setText(future ? QStringLiteral("⚠ ") + tr("This date is in the future.")
                               : QString());
    m_dateHint->setVisible(future);
}

void LabEntryPage::showRowProblems(Row& row, const Problems& problems)
{
    row.problems = problems;
    updatePreview(row);
    QWidget* target = row.editor();
    for (const Problem& problem : problems) {
        if (problem.where == QLatin1String("unit") && row.unitCombo)
            target = row.unitCombo;
        else if (problem.where == QLatin1String("ref_low") ||
                 problem.where == QLatin1String("ref_high")) {
            setReportRangesShown(true);
            target = problem.where == QLatin1String("ref_low") ? row.lowEdit : row.highEdit;
        } else
            continue;
        break;
    }
    if (target && !target->hasFocus())
        target->setFocus(Qt::OtherFocusReason);
}

void LabEntryPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString LabEntryPage::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

bool LabEntryPage::save(Row& row)
{
    row.problems.clear();
    if (m_patient.id == 0)
        return false;
    if (rowIsEmpty(row)) {
        updatePreview(row);
        return true; // nothing typed: nothing to save, nothing wrong
    }
    bool timeOk = false;
    typedTime(&timeOk);
    if (!timeOk) {
        showRowProblems(
            row,
            {Problem{QStringLiteral("time"),
                     tr("The time “%1” is not a time of day (HH:mm).").arg(m_timeEdit->text())}});
        return false;
    }
    auto typed = typedResult(row);
    if (!typed) {
        showRowProblems(row, typed.problems());
        return false;
    }
    const LabResult& result = typed.value();
    if (row.current && sameLabValues(result, *row.current)) {
        updatePreview(row);
        return true; // already stored as typed
    }
    std::unique_ptr<LabResultCommand> command;
    if (row.current)
        command = std::make_unique<EditLabResultCommand>(
            m_session, m_session->handleFor(*row.current), *row.current, result);
    else
        command = std::make_unique<AddLabResultCommand>(m_session, result);
    if (!command->execute()) {
        // Refused (a future date, a duplicate, changed elsewhere): the stack stays as it was.
        // A result changed elsewhere is shown as it is now, so that the change is made again
        // on top of the other one; otherwise what was typed stays.
        refreshRows(false);
        showRowProblems(row, command->problems());
        return false;
    }
    showMessage(QString());
    m_undoStack->push(command.release()); // the stack's indexChanged refreshes the rows
    return true;
}

bool LabEntryPage::remove(Row& row)
{
    row.problems.clear();
    if (!row.current) {
        showRowProblems(row, {Problem{QString(), tr("Nothing is stored for this test at this "
                                                    "date and time.")}});
        return false;
    }
    const LabResult stored = *row.current;
    ReasonRequest request;
    request.title = tr("Delete a lab result");
    request.question = tr("Why is %1 %2 of %3 deleted? The reason is kept in the audit log.")
                           .arg(LabCatalogue::name(stored.testKey), valueText(*row.test, stored),
                                QString(stored.date.toString(Qt::ISODate) + QLatin1Char(' ') +
                                        timeText(stored.time))
                                    .trimmed());
    const std::optional<QString> reason = m_reasonPrompt(this, request);
    if (!reason || reason->trimmed().isEmpty())
        return false; // cancelled: nothing happens
    auto command = std::make_unique<DeleteLabResultCommand>(m_session, m_session->handleFor(stored),
                                                            stored, reason->trimmed());
    if (!command->execute()) {
        refreshRows(false);
        showRowProblems(row, command->problems());
        return false;
    }
    showMessage(QString());
    m_undoStack->push(command.release());
    return true;
}

bool LabEntryPage::saveRow(const QString& testKey)
{
    const int index = rowOf(testKey);
    return index >= 0 && save(*m_rows[static_cast<size_t>(index)]);
}

bool LabEntryPage::deleteRow(const QString& testKey)
{
    const int index = rowOf(testKey);
    return index >= 0 && remove(*m_rows[static_cast<size_t>(index)]);
}

void LabEntryPage::onStackChanged()
{
    refreshRows(false);
    emit resultsChanged();
}

bool LabEntryPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride &&
        event->type() != QEvent::Wheel)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        // Line edits keep Ctrl+Z for their own typing; once there is none to undo, the keys
        // undo and redo the page's saved changes (and never a window-wide shortcut's).
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool undoKeys = key->matches(QKeySequence::Undo);
        const bool redoKeys =
            key->matches(QKeySequence::Redo) ||
            key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z);
        if (undoKeys || redoKeys) {
            const auto* line = qobject_cast<QLineEdit*>(watched);
            if (line && (undoKeys ? line->isUndoAvailable() : line->isRedoAvailable()))
                return QWidget::eventFilter(watched, event);
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
                return true;
            }
            (undoKeys ? m_undoAction : m_redoAction)->trigger();
            return true;
        }
    }
    if ((watched == m_dateEdit || watched == m_timeEdit) && event->type() == QEvent::KeyPress) {
        // Enter after the date or time starts the entry at the first test.
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            focusRow(0);
            return true;
        }
    }
    const int index = rowOfWidget(watched);
    if (index < 0)
        return QWidget::eventFilter(watched, event);
    Row& row = *m_rows[static_cast<size_t>(index)];
    auto* combo = qobject_cast<QComboBox*>(watched);

    if (event->type() == QEvent::Wheel && combo && !combo->hasFocus()) {
        // A wheel over the grid scrolls it; it never changes a unit under the pointer.
        QCoreApplication::sendEvent(m_scroll->verticalScrollBar(), event);
        return true;
    }
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return QWidget::eventFilter(watched, event);

    const auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    const bool deleteKeys = key->key() == Qt::Key_Delete && modifiers == Qt::ControlModifier;
    if (event->type() == QEvent::ShortcutOverride) {
        if (deleteKeys)
            event->accept(); // ours, not a window shortcut's
        return QWidget::eventFilter(watched, event);
    }
    if (deleteKeys) {
        remove(row);
        return true;
    }
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
        modifiers == Qt::NoModifier) {
        if (save(row))
            focusRow(index + 1);
        return true;
    }
    const bool isValueEditor = watched == row.editor();
    if (isValueEditor && modifiers == Qt::NoModifier &&
        (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
        focusRow(key->key() == Qt::Key_Down ? index + 1 : index - 1);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void LabEntryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace mmtrack::gui
