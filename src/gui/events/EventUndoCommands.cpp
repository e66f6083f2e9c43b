#include "gui/events/EventUndoCommands.h"

#include "clinical/PathwayEventText.h"

#include <algorithm>

namespace mmtrack::gui {

using clinical::PathwayEvent;
using clinical::Problem;
using clinical::Status;

EventEditSession::EventEditSession(storage::PathwayRepository& repository, qint64 patientId,
                                   QString user)
    : m_repository(repository), m_patientId(patientId), m_user(std::move(user))
{
}

void EventEditSession::reportFailure(const QString& message) const
{
    if (m_onFailure)
        m_onFailure(message);
}

EventCommand::EventCommand(std::shared_ptr<EventEditSession> session,
                           std::shared_ptr<EventHandle> handle)
    : m_session(std::move(session)), m_handle(std::move(handle))
{
}

bool EventCommand::execute()
{
    const Status done = forward();
    m_problems = done.problems();
    m_skipRedo = done.ok();
    return done.ok();
}

void EventCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    const Status done = forward();
    m_problems = done.problems();
    if (!done) {
        m_session->reportFailure(tr("“%1” cannot be redone: %2").arg(text(), done.errorText()));
        setObsolete(true);
    }
}

void EventCommand::undo()
{
    const Status done = backward();
    m_problems = done.problems();
    if (!done) {
        m_session->reportFailure(tr("“%1” cannot be undone: %2").arg(text(), done.errorText()));
        setObsolete(true);
    }
}

QString EventCommand::describe(const PathwayEvent& event)
{
    return event.date.toIso() + QLatin1Char(' ') + clinical::PathwayEventText::typeName(event.type);
}

Status EventCommand::usable() const
{
    if (m_handle->stale)
        return Problem{QString(), tr("The event was changed elsewhere in the meantime.")};
    return clinical::Done{};
}

Status EventCommand::addEvent(const PathwayEvent& event)
{
    if (const Status ok = usable(); !ok)
        return ok;
    const auto added =
        m_session->repository().addEvent(m_session->patientId(), event, m_session->user());
    if (!added)
        return added.problems();
    m_handle->id = added.value().id;
    m_handle->rowVersion = added.value().rowVersion;
    m_handle->stored = true;
    return clinical::Done{};
}

Status EventCommand::updateEvent(const PathwayEvent& event)
{
    if (const Status ok = usable(); !ok)
        return ok;
    const storage::StoredEvent changed{m_handle->id, m_session->patientId(), m_handle->rowVersion,
                                       event};
    const auto saved = m_session->repository().updateEvent(changed, m_session->user());
    if (!saved)
        return saved.problems();
    m_handle->rowVersion = saved.value().rowVersion;
    return clinical::Done{};
}

Status EventCommand::removeEvent(const QString& reason)
{
    if (const Status ok = usable(); !ok)
        return ok;
    const Status removed = m_session->repository().removeEvent(m_handle->id, m_handle->rowVersion,
                                                               reason, m_session->user());
    if (!removed)
        return removed;
    m_handle->stored = false;
    return clinical::Done{};
}

AddEventCommand::AddEventCommand(std::shared_ptr<EventEditSession> session, PathwayEvent event)
    : EventCommand(session, session->newHandle()), m_event(std::move(event))
{
    setText(EventCommand::tr("Add %1").arg(describe(m_event)));
}

Status AddEventCommand::forward()
{
    return addEvent(m_event);
}

Status AddEventCommand::backward()
{
    return removeEvent(QStringLiteral("undo"));
}

EditEventCommand::EditEventCommand(std::shared_ptr<EventEditSession> session,
                                   const storage::StoredEvent& stored, PathwayEvent after)
    : EventCommand(session, session->handleFor(stored)), m_before(stored.event),
      m_after(std::move(after))
{
    setText(EventCommand::tr("Change %1").arg(describe(m_before)));
}

Status EditEventCommand::forward()
{
    return updateEvent(m_after);
}

Status EditEventCommand::backward()
{
    return updateEvent(m_before);
}

DeleteEventCommand::DeleteEventCommand(std::shared_ptr<EventEditSession> session,
                                       const storage::StoredEvent& stored, QString reason)
    : EventCommand(session, session->handleFor(stored)), m_stored(stored.event),
      m_reason(std::move(reason))
{
    setText(EventCommand::tr("Delete %1").arg(describe(m_stored)));
}

Status DeleteEventCommand::forward()
{
    return removeEvent(m_reason);
}

Status DeleteEventCommand::backward()
{
    return addEvent(m_stored);
}

bool sameEvent(const PathwayEvent& a, const PathwayEvent& b)
{
    return storage::PathwayRepository::toAuditJson(a) == storage::PathwayRepository::toAuditJson(b);
}

} // namespace mmtrack::gui
