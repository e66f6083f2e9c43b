#pragma once

#include "clinical/LabResult.h"
#include "clinical/Patient.h"
#include "clinical/Result.h"
#include "gui/labs/ReasonPrompt.h"

#include <QDate>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QToolButton;
class QUndoStack;

namespace mmtrack::workspace {
class Workspace;
}

namespace mmtrack::gui {

class LabEditSession;

// The keyboard-first entry grid: one patient, one date (and optionally a time), one row per
// test of the catalogue, grouped by panel. Type a value, Enter: the row is saved and the
// cursor moves to the next test. Each row shows what Enter would save (converted to the
// canonical unit, with its flag and reference range) or why it cannot be saved, and what is
// already stored for that test on that date.
//
// Every change is a command on the undo stack and goes through the repository, which writes
// the audit rows. Keys: Enter saves the row, Up/Down move between tests, Tab reaches the unit
// (and the report range when shown), Ctrl+Delete deletes the stored value after asking why,
// Ctrl+Z / Ctrl+Shift+Z undo and redo.
class LabEntryPage : public QWidget {
    Q_OBJECT
public:
    LabEntryPage(workspace::Workspace& workspace, QString user, QUndoStack* undoStack,
                 QWidget* parent = nullptr);
    ~LabEntryPage() override;

    // Shows this patient's results of the current date; unsaved typing is dropped.
    void setPatient(const clinical::Patient& patient);
    const clinical::Patient& patient() const { return m_patient; }
    void setDate(QDate date);
    QDate date() const;
    // The time of the results entered ("" for none); results are matched to the time too.
    void setTime(const QString& hhmm);
    // Replaces the dialog that asks why a stored value is deleted (tests answer it).
    void setReasonPrompt(ReasonPrompt prompt);
    // Shows or hides the report range fields (Alt+R on the page).
    void setReportRangesShown(bool shown);
    bool reportRangesShown() const;

    // Reads the stored values again, keeping unsaved typing in rows whose stored value did not
    // change.
    void reload();
    // Puts the cursor in the value field of a test.
    void focusTest(const QString& testKey);

    // Saves a row as Enter does; false (with the message in the row) when nothing was saved
    // because something is wrong. A row left empty saves nothing and is not wrong.
    bool saveRow(const QString& testKey);
    // Deletes the stored value of a row as Ctrl+Delete does (after asking why).
    bool deleteRow(const QString& testKey);

    QUndoStack* undoStack() const { return m_undoStack; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }

    // For tests and the main window: the widgets and texts of a test's row.
    QWidget* valueEditor(const QString& testKey) const; // a QLineEdit, or a QComboBox
    QComboBox* unitCombo(const QString& testKey) const;
    QLineEdit* reportLowEdit(const QString& testKey) const;
    QLineEdit* reportHighEdit(const QString& testKey) const;
    QDateEdit* dateEdit() const { return m_dateEdit; }
    QLineEdit* timeEdit() const { return m_timeEdit; }
    QString previewText(const QString& testKey) const; // what Enter would save, or ⚠ why not
    QString storedText(const QString& testKey) const;  // what is stored on this date
    QString messageText() const;                       // a page-wide problem, or ""
    // The stored result the row edits (same test, date and time), if any.
    std::optional<clinical::LabResult> storedResult(const QString& testKey) const;

signals:
    // A result of the patient was added, changed or deleted (also by undo and redo).
    void resultsChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Row;

    void buildHeader();
    void buildGrid();
    void retranslate();
    void updateUndoTexts();
    void fillChoiceTexts(Row& row);
    void setTabChain();

    int rowOf(const QString& testKey) const;
    int rowOfWidget(const QObject* widget) const;
    void refreshRows(bool resetEditors);
    void loadEditors(Row& row);
    void updatePreview(Row& row);
    void updateStored(Row& row);
    void updateDateHint();
    void relayoutLater();
    void onRowEdited(Row& row);
    bool save(Row& row);
    bool remove(Row& row);
    void focusRow(int index, QWidget* editor = nullptr);
    void showRowProblems(Row& row, const clinical::Problems& problems);
    void showMessage(const QString& text);
    void onStackChanged();

    // The entry as typed in a row, and the result it makes; problems when it makes none.
    clinical::Result<clinical::LabResult> typedResult(const Row& row) const;
    std::optional<QTime> typedTime(bool* ok) const;
    bool rowIsEmpty(const Row& row) const;

    workspace::Workspace& m_workspace;
    QString m_user;
    QUndoStack* m_undoStack;
    std::shared_ptr<LabEditSession> m_session;
    ReasonPrompt m_reasonPrompt;
    clinical::Patient m_patient;
    std::vector<std::unique_ptr<Row>> m_rows;
    bool m_loading = false;

    QLabel* m_title = nullptr;
    QLabel* m_dateLabel = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QLabel* m_timeLabel = nullptr;
    QLineEdit* m_timeEdit = nullptr;
    QLabel* m_dateHint = nullptr;
    QToolButton* m_rangesButton = nullptr;
    QToolButton* m_undoButton = nullptr;
    QToolButton* m_redoButton = nullptr;
    QLabel* m_keysHint = nullptr;
    QLabel* m_message = nullptr;
    QScrollArea* m_scroll = nullptr;
    QGridLayout* m_grid = nullptr;
    QList<QLabel*> m_columnHeaders;
    QLabel* m_rangeHeader = nullptr;
    QList<std::pair<QLabel*, int>> m_panelHeadings; // label, LabPanel
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_rangesAction = nullptr;
};

} // namespace mmtrack::gui
