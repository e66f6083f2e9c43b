#pragma once

#include "clinical/Result.h"
#include "gui/labs/ReasonPrompt.h"
#include "storage/PathwayRepository.h"

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class QAction;
class QKeyEvent;
class QLabel;
class QTableView;
class QToolButton;
class QUndoStack;

namespace mmtrack::workspace {
class Workspace;
}

namespace mmtrack::gui {

class EventCommand;
class EventEditSession;
class EventFormDialog;
class EventListModel;

// A patient's pathway events in date order, recorded and corrected from the keyboard:
// Ins or Ctrl+N adds, Enter or F2 edits, Del deletes after asking why, Ctrl+Z / Ctrl+Y undo and
// redo. Every change is a command on the page's undo stack that goes through the repository,
// which writes the audit rows; the stack is cleared when another patient is chosen, so an undo
// never changes a patient who is not on screen.
class EventsPage : public QWidget {
    Q_OBJECT
public:
    EventsPage(workspace::Workspace& workspace, QString user, QWidget* parent = nullptr);
    ~EventsPage() override;

    void setPatient(std::optional<qint64> patientId);
    std::optional<qint64> patientId() const { return m_patientId; }
    // Replaces the dialog that asks why an event is deleted (tests answer it).
    void setReasonPrompt(ReasonPrompt prompt);
    // Reads the events again, keeping the selection.
    void reload();

    // What the keys do, for the main window's menus and for tests.
    void addEvent();
    void editSelected();
    bool deleteSelected();
    void selectEvent(qint64 id);
    std::optional<storage::StoredEvent> selectedEvent() const;
    QList<storage::StoredEvent> events() const;

    QUndoStack* undoStack() const { return m_undoStack; }
    QTableView* table() const { return m_table; }
    EventFormDialog* form() const; // while the form is open
    QString messageText() const;   // a page-wide problem, or ""
    QAction* addEventAction() const { return m_addAction; }
    QAction* editAction() const { return m_editAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }

signals:
    // An event of the patient was added, changed or deleted (also by undo and redo).
    void eventsChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslate();
    void updateActions();
    void openForm(const std::optional<storage::StoredEvent>& editing);
    // Makes a command's first change; its problems when the repository refused it.
    clinical::Problems run(std::unique_ptr<EventCommand> command);
    void showMessage(const QString& text);
    QAction* actionForKey(const QKeyEvent* key) const;

    workspace::Workspace& m_workspace;
    QString m_user;
    std::optional<qint64> m_patientId;
    std::shared_ptr<EventEditSession> m_session;
    ReasonPrompt m_reasonPrompt;
    QUndoStack* m_undoStack = nullptr;
    EventListModel* m_model = nullptr;
    QPointer<EventFormDialog> m_form;

    QLabel* m_title = nullptr;
    QLabel* m_keysHint = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_table = nullptr;
    QList<QToolButton*> m_buttons;
    QAction* m_addAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
};

} // namespace mmtrack::gui
