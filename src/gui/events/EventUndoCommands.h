#pragma once

#include "clinical/PathwayEvent.h"
#include "clinical/Result.h"
#include "gui/RowHandles.h"
#include "storage/PathwayRepository.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>
#include <memory>
#include <vector>

namespace mmtrack::gui {

// Where one stored event is now (gui/RowHandles.h).
using EventHandle = RowHandle;

// What the event commands of one patient share: the repository, the patient, the acting user,
// the handles, and where a refused undo or redo is reported. Held by shared pointer, so the
// undo stack may outlive the page; it must not outlive the workspace.
class EventEditSession {
public:
    using FailureHandler = std::function<void(const QString& message)>;

    EventEditSession(storage::PathwayRepository& repository, qint64 patientId, QString user);

    storage::PathwayRepository& repository() const { return m_repository; }
    qint64 patientId() const { return m_patientId; }
    const QString& user() const { return m_user; }

    // The handle of an event as just read, shared with the commands that already touch it; an
    // event changed elsewhere since gets a new handle and the old one turns stale.
    std::shared_ptr<EventHandle> handleFor(const storage::StoredEvent& stored)
    {
        return m_handles.handleFor(stored.id, stored.rowVersion);
    }
    std::shared_ptr<EventHandle> newHandle() { return m_handles.newHandle(); }

    void setFailureHandler(FailureHandler handler) { m_onFailure = std::move(handler); }
    void reportFailure(const QString& message) const;

private:
    storage::PathwayRepository& m_repository;
    qint64 m_patientId;
    QString m_user;
    RowHandles m_handles;
    FailureHandler m_onFailure;
};

// A change to one event through the repository (which writes the audit row). execute() makes
// the first change before the command is pushed, so a refusal leaves the stack as it was and
// its problems can be shown in the form; push() then does not repeat it. A later undo or redo
// the repository refuses is reported through the session and the command is dropped.
class EventCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(EventCommand)
public:
    bool execute();
    const clinical::Problems& problems() const { return m_problems; }

    void redo() final;
    void undo() final;

    // "2025-08-27 Stem-cell collection"
    static QString describe(const clinical::PathwayEvent& event);

protected:
    EventCommand(std::shared_ptr<EventEditSession> session, std::shared_ptr<EventHandle> handle);

    virtual clinical::Status forward() = 0;
    virtual clinical::Status backward() = 0;

    clinical::Status addEvent(const clinical::PathwayEvent& event);
    clinical::Status updateEvent(const clinical::PathwayEvent& event);
    clinical::Status removeEvent(const QString& reason);

    const std::shared_ptr<EventEditSession> m_session;

private:
    clinical::Status usable() const;

    std::shared_ptr<EventHandle> m_handle;
    clinical::Problems m_problems;
    bool m_skipRedo = false;
};

// Adds an event; undo removes it with the reason "undo".
class AddEventCommand final : public EventCommand {
public:
    AddEventCommand(std::shared_ptr<EventEditSession> session, clinical::PathwayEvent event);

protected:
    clinical::Status forward() override;
    clinical::Status backward() override;

private:
    clinical::PathwayEvent m_event;
};

// Saves new values over a stored event; undo puts the old values back.
class EditEventCommand final : public EventCommand {
public:
    EditEventCommand(std::shared_ptr<EventEditSession> session, const storage::StoredEvent& stored,
                     clinical::PathwayEvent after);

protected:
    clinical::Status forward() override;
    clinical::Status backward() override;

private:
    clinical::PathwayEvent m_before;
    clinical::PathwayEvent m_after;
};

// Deletes a stored event with a reason; undo adds the same values back under a new id.
class DeleteEventCommand final : public EventCommand {
public:
    DeleteEventCommand(std::shared_ptr<EventEditSession> session,
                       const storage::StoredEvent& stored, QString reason);

protected:
    clinical::Status forward() override;
    clinical::Status backward() override;

private:
    clinical::PathwayEvent m_stored;
    QString m_reason;
};

// Same stored values: saving one over the other would change nothing.
bool sameEvent(const clinical::PathwayEvent& a, const clinical::PathwayEvent& b);

} // namespace mmtrack::gui
