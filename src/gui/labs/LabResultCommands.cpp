#include "gui/labs/LabResultCommands.h"

#include "clinical/LabCatalogue.h"
#include "storage/LabResultRepository.h"

#include <algorithm>

namespace mmtrack::gui {

using clinical::LabResult;
using clinical::Problem;
using clinical::Status;

namespace {

// The value as typed, with its unit: "8.3 g/dL", "positive".
QString enteredText(const LabResult& result)
{
    if (!result.qualitative.isEmpty())
        return clinical::LabCatalogue::choiceName(result.qualitative);
    const QString unit = clinical::LabCatalogue::displayUnit(result.enteredUnit);
    return unit.isEmpty() ? result.enteredValue : result.enteredValue + QLatin1Char(' ') + unit;
}

} // namespace

LabEditSession::LabEditSession(storage::LabResultRepository& repository, QString user)
    : m_repository(repository), m_user(std::move(user))
{
}

void LabEditSession::reportFailure(const QString& message) const
{
    if (m_onFailure)
        m_onFailure(message);
}

LabResultCommand::LabResultCommand(std::shared_ptr<LabEditSession> session,
                                   std::shared_ptr<LabResultHandle> handle, QUndoCommand* parent)
    : QUndoCommand(parent), m_session(std::move(session)), m_handle(std::move(handle))
{
}

bool LabResultCommand::execute()
{
    const Status done = forward();
    m_problems = done.problems();
    m_skipRedo = done.ok();
    return done.ok();
}

void LabResultCommand::redo()
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

void LabResultCommand::undo()
{
    const Status done = backward();
    m_problems = done.problems();
    if (!done) {
        m_session->reportFailure(tr("“%1” cannot be undone: %2").arg(text(), done.errorText()));
        setObsolete(true);
    }
}

Status LabResultCommand::checkHandle() const
{
    if (m_handle->stale)
        return Problem{QString(), tr("The result was changed elsewhere in the meantime.")};
    return clinical::Done{};
}

Status LabResultCommand::addResult(const LabResult& result)
{
    if (const Status usable = checkHandle(); !usable)
        return usable;
    LabResult fresh = result;
    fresh.id = 0;
    fresh.rowVersion = 0;
    const auto added = m_session->repository().add(fresh, m_session->user());
    if (!added)
        return added.problems();
    m_current = added.value();
    m_handle->id = m_current.id;
    m_handle->rowVersion = m_current.rowVersion;
    m_handle->stored = true;
    return clinical::Done{};
}

Status LabResultCommand::updateResult(const LabResult& values)
{
    if (const Status usable = checkHandle(); !usable)
        return usable;
    LabResult changed = values;
    changed.id = m_handle->id;
    changed.rowVersion = m_handle->rowVersion;
    const auto saved = m_session->repository().update(changed, m_session->user());
    if (!saved)
        return saved.problems();
    m_current = saved.value();
    m_handle->rowVersion = m_current.rowVersion;
    return clinical::Done{};
}

Status LabResultCommand::removeResult(const QString& reason)
{
    if (const Status usable = checkHandle(); !usable)
        return usable;
    const Status removed = m_session->repository().remove(m_handle->id, m_handle->rowVersion,
                                                          reason, m_session->user());
    if (!removed)
        return removed;
    m_handle->stored = false;
    return clinical::Done{};
}

QString LabResultCommand::describe(const LabResult& result)
{
    return tr("%1 %2 of %3")
        .arg(clinical::LabCatalogue::name(result.testKey), enteredText(result),
             result.date.toString(Qt::ISODate));
}

AddLabResultCommand::AddLabResultCommand(std::shared_ptr<LabEditSession> session, LabResult result,
                                         QUndoCommand* parent)
    : LabResultCommand(session, session->newHandle(), parent), m_result(std::move(result))
{
    setText(LabResultCommand::tr("Add %1").arg(describe(m_result)));
}

Status AddLabResultCommand::forward()
{
    return addResult(m_result);
}

Status AddLabResultCommand::backward()
{
    return removeResult(QStringLiteral("undo"));
}

EditLabResultCommand::EditLabResultCommand(std::shared_ptr<LabEditSession> session,
                                           std::shared_ptr<LabResultHandle> handle,
                                           LabResult before, LabResult after, QUndoCommand* parent)
    : LabResultCommand(std::move(session), std::move(handle), parent), m_before(std::move(before)),
      m_after(std::move(after))
{
    setText(LabResultCommand::tr("Change %1 to %2").arg(describe(m_before), enteredText(m_after)));
}

Status EditLabResultCommand::forward()
{
    return updateResult(m_after);
}

Status EditLabResultCommand::backward()
{
    return updateResult(m_before);
}

DeleteLabResultCommand::DeleteLabResultCommand(std::shared_ptr<LabEditSession> session,
                                               std::shared_ptr<LabResultHandle> handle,
                                               LabResult stored, QString reason,
                                               QUndoCommand* parent)
    : LabResultCommand(std::move(session), std::move(handle), parent), m_stored(std::move(stored)),
      m_reason(std::move(reason))
{
    setText(LabResultCommand::tr("Delete %1").arg(describe(m_stored)));
}

Status DeleteLabResultCommand::forward()
{
    return removeResult(m_reason);
}

Status DeleteLabResultCommand::backward()
{
    return addResult(m_stored);
}

bool sameLabValues(const LabResult& a, const LabResult& b)
{
    return a.testKey == b.testKey && a.date == b.date && a.time == b.time &&
           a.enteredValue == b.enteredValue && a.enteredUnit == b.enteredUnit &&
           a.value == b.value && a.qualitative == b.qualitative && a.refLow == b.refLow &&
           a.refHigh == b.refHigh && a.refFromReport == b.refFromReport && a.flag == b.flag;
}

} // namespace mmtrack::gui
