#include "gui/events/EventsPage.h"

#include "clinical/PathwayEventText.h"
#include "gui/events/EventFormDialog.h"
#include "gui/events/EventListModel.h"
#include "gui/events/EventUndoCommands.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mmtrack::gui {

namespace {

constexpr int kSpacing = 8; // the 8-pixel grid of screens.md

QString summary(const clinical::PathwayEvent& event)
{
    QString text =
        event.date.toIso() + QLatin1Char(' ') + clinical::PathwayEventText::typeName(event.type);
    if (const QString details = clinical::PathwayEventText::details(event); !details.isEmpty())
        text += QStringLiteral(" · ") + details;
    return text;
}

} // namespace

EventsPage::EventsPage(workspace::Workspace& workspace, QString user, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_user(std::move(user)),
      m_reasonPrompt(&askReasonWithDialog), m_undoStack(new QUndoStack(this)),
      m_model(new EventListModel(this))
{
    setObjectName(QStringLiteral("eventsPage"));
    setStyleSheet(QStringLiteral("QLabel#eventsMessage { color: #A63D00; }"
                                 "QLabel[role=\"hint\"] { color: palette(dark); }"));
    build();
    retranslate();
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        reload();
        emit eventsChanged();
    });
    connect(m_undoStack, &QUndoStack::canUndoChanged, this, &EventsPage::updateActions);
    connect(m_undoStack, &QUndoStack::canRedoChanged, this, &EventsPage::updateActions);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, &EventsPage::retranslate);
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, &EventsPage::retranslate);
    updateActions();
}

EventsPage::~EventsPage()
{
    // The stack is a child: QWidget's destructor clears it, and its signals must not reach
    // this half-destroyed page.
    disconnect(m_undoStack, nullptr, this, nullptr);
    if (m_session)
        m_session->setFailureHandler({});
}

void EventsPage::build()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(kSpacing * 2, kSpacing * 2, kSpacing * 2, kSpacing);
    layout->setSpacing(kSpacing);

    auto* bar = new QHBoxLayout;
    bar->setSpacing(kSpacing);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    bar->addWidget(m_title);
    bar->addStretch(1);

    auto action = [this](QList<QKeySequence> keys, auto slot) {
        auto* a = new QAction(this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_addAction = action({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_N)},
                         [this] { addEvent(); });
    m_editAction = action(
        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_F2)},
        [this] { editSelected(); });
    m_deleteAction = action({QKeySequence(Qt::Key_Delete)}, [this] { deleteSelected(); });
    m_undoAction = action({QKeySequence(Qt::CTRL | Qt::Key_Z)}, [this] {
        showMessage(QString());
        m_undoStack->undo();
    });
    m_redoAction =
        action({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)},
               [this] {
                   showMessage(QString());
                   m_undoStack->redo();
               });
    for (QAction* a : {m_addAction, m_editAction, m_deleteAction, m_undoAction, m_redoAction}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::NoFocus); // reached by its keys
        bar->addWidget(button);
        m_buttons << button;
    }
    layout->addLayout(bar);

    m_keysHint = new QLabel(this);
    m_keysHint->setProperty("role", QStringLiteral("hint"));
    m_keysHint->setWordWrap(true);
    layout->addWidget(m_keysHint);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("eventsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("eventsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(EventListModel::DateColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EventListModel::TypeColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, [this] { editSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventsPage::updateActions);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
}

void EventsPage::retranslate()
{
    m_title->setText(tr("Pathway events"));
    m_addAction->setText(tr("&Add…"));
    m_addAction->setToolTip(tr("Record an event (Ins or Ctrl+N)"));
    m_editAction->setText(tr("&Edit…"));
    m_editAction->setToolTip(tr("Change the chosen event (Enter or F2)"));
    m_deleteAction->setText(tr("&Delete…"));
    m_deleteAction->setToolTip(tr("Delete the chosen event; you are asked why (Del)"));
    m_undoAction->setText(m_undoStack->canUndo() ? tr("Undo %1").arg(m_undoStack->undoText())
                                                 : tr("Undo"));
    m_undoAction->setToolTip(m_undoAction->text() + QStringLiteral(" (Ctrl+Z)"));
    m_redoAction->setText(m_undoStack->canRedo() ? tr("Redo %1").arg(m_undoStack->redoText())
                                                 : tr("Redo"));
    m_redoAction->setToolTip(m_redoAction->text() + QStringLiteral(" (Ctrl+Y)"));
    // The buttons stay short; the actions carry the full text for menus.
    const QStringList buttonTexts{tr("Add"), tr("Edit"), tr("Delete"),
                                  QStringLiteral("↶ ") + tr("Undo"),
                                  QStringLiteral("↷ ") + tr("Redo")};
    for (qsizetype i = 0; i < m_buttons.size(); ++i)
        m_buttons[i]->setText(buttonTexts.value(i));
    m_keysHint->setText(tr("Ins adds · Enter or F2 edits · Del deletes · Ctrl+Z undoes · "
                           "Ctrl+Y redoes"));
    m_table->setAccessibleName(tr("Pathway events in date order"));
    m_model->retranslate();
}

void EventsPage::updateActions()
{
    const bool chosen = m_patientId.has_value();
    const bool selected = chosen && selectedEvent().has_value();
    m_addAction->setEnabled(chosen);
    m_editAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_undoAction->setEnabled(m_undoStack->canUndo());
    m_redoAction->setEnabled(m_undoStack->canRedo());
}

void EventsPage::setPatient(std::optional<qint64> patientId)
{
    if (patientId == m_patientId && m_session) {
        reload();
        return;
    }
    if (m_form)
        m_form->reject();
    if (m_session)
        m_session->setFailureHandler({});
    m_patientId = patientId;
    const QSignalBlocker blocker(m_undoStack); // a new patient is not a change of events
    m_undoStack->clear();
    m_session.reset();
    if (patientId) {
        m_session = std::make_shared<EventEditSession>(m_workspace.pathway(), *patientId, m_user);
        const QPointer<EventsPage> self(this);
        m_session->setFailureHandler([self](const QString& message) {
            if (self)
                self->showMessage(message);
        });
    }
    showMessage(QString());
    reload();
    if (m_model->rowCount() > 0)
        m_table->selectRow(m_model->rowCount() - 1); // the latest event
    retranslate();
    updateActions();
}

void EventsPage::setReasonPrompt(ReasonPrompt prompt)
{
    m_reasonPrompt = prompt ? std::move(prompt) : ReasonPrompt(&askReasonWithDialog);
}

void EventsPage::reload()
{
    const std::optional<storage::StoredEvent> selected = selectedEvent();
    const int selectedRow = m_table->currentIndex().row();
    QList<storage::StoredEvent> events;
    if (m_patientId) {
        const auto read = m_workspace.pathway().events(*m_patientId);
        if (read)
            events = read.value();
        else
            showMessage(read.errorText());
    }
    m_model->setEvents(std::move(events));
    int row = selected ? m_model->rowOf(selected->id) : -1;
    if (row < 0 && m_model->rowCount() > 0)
        row = std::clamp(selectedRow, 0, m_model->rowCount() - 1);
    if (row >= 0)
        m_table->selectRow(row);
    updateActions();
}

void EventsPage::selectEvent(qint64 id)
{
    if (const int row = m_model->rowOf(id); row >= 0)
        m_table->selectRow(row);
}

std::optional<storage::StoredEvent> EventsPage::selectedEvent() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return std::nullopt;
    const storage::StoredEvent* stored = m_model->eventAt(current.row());
    return stored ? std::optional(*stored) : std::nullopt;
}

QList<storage::StoredEvent> EventsPage::events() const
{
    return m_model->events();
}

EventFormDialog* EventsPage::form() const
{
    return m_form;
}

QString EventsPage::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void EventsPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void EventsPage::addEvent()
{
    if (m_patientId)
        openForm(std::nullopt);
}

void EventsPage::editSelected()
{
    if (const auto stored = selectedEvent())
        openForm(stored);
}

void EventsPage::openForm(const std::optional<storage::StoredEvent>& editing)
{
    if (m_form || !m_session)
        return;
    auto* form = new EventFormDialog(m_workspace.clock().today(), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    if (editing)
        form->setEvent(editing->event);
    form->setSubmit([this, editing](const clinical::PathwayEvent& event) -> clinical::Problems {
        if (!editing)
            return run(std::make_unique<AddEventCommand>(m_session, event));
        if (sameEvent(editing->event, event))
            return {}; // nothing changed: nothing to save or undo
        return run(std::make_unique<EditEventCommand>(m_session, *editing, event));
    });
    m_form = form;
    connect(form, &QDialog::finished, this, [this] { m_table->setFocus(); });
    form->open(); // non-blocking: the window stays responsive
}

clinical::Problems EventsPage::run(std::unique_ptr<EventCommand> command)
{
    if (!command->execute()) {
        // Refused (changed elsewhere, or a rule the form could not see): the stack stays as
        // it was, and the table shows what is stored now.
        const clinical::Problems problems = command->problems();
        reload();
        return problems;
    }
    showMessage(QString());
    m_undoStack->push(command.release()); // indexChanged reloads and tells the listeners
    return {};
}

bool EventsPage::deleteSelected()
{
    const auto stored = selectedEvent();
    if (!stored || !m_session)
        return false;
    ReasonRequest request;
    request.title = tr("Delete a pathway event");
    request.question = tr("Why is the event “%1” deleted? The reason is kept in the audit log.")
                           .arg(summary(stored->event));
    const std::optional<QString> reason = m_reasonPrompt(this, request);
    if (!reason || reason->trimmed().isEmpty())
        return false; // cancelled: nothing happens
    const clinical::Problems problems =
        run(std::make_unique<DeleteEventCommand>(m_session, *stored, reason->trimmed()));
    if (!problems.isEmpty()) {
        showMessage(clinical::describe(problems));
        return false;
    }
    return true;
}

QAction* EventsPage::actionForKey(const QKeyEvent* key) const
{
    const QKeySequence pressed((key->keyCombination().keyboardModifiers() & ~Qt::KeypadModifier) |
                               key->keyCombination().key());
    for (QAction* a : {m_addAction, m_editAction, m_deleteAction, m_undoAction, m_redoAction})
        if (a->shortcuts().contains(pressed))
            return a;
    return nullptr;
}

bool EventsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        // The page's keys win over the window's own (Ctrl+Z of the lab entry, say) while the
        // table has the focus.
        if (QAction* a = actionForKey(static_cast<QKeyEvent*>(event))) {
            event->accept();
            if (event->type() == QEvent::KeyPress && a->isEnabled())
                a->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EventsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace mmtrack::gui
