#pragma once

#include "clinical/LabResult.h"
#include "clinical/Result.h"
#include "gui/RowHandles.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>
#include <memory>
#include <vector>

namespace mmtrack::storage {
class LabResultRepository;
}

namespace mmtrack::gui {

// Where one stored result is now (gui/RowHandles.h).
using LabResultHandle = RowHandle;

// What the lab commands of one page share: the repository, the acting user, the handles of
// the results they touch, and where a refused undo or redo is reported. The commands hold it
// by shared pointer, so the undo stack may outlive the page; it must not outlive the
// workspace whose repository it names.
class LabEditSession {
public:
    using FailureHandler = std::function<void(const QString& message)>;

    LabEditSession(storage::LabResultRepository& repository, QString user);

    storage::LabResultRepository& repository() const { return m_repository; }
    const QString& user() const { return m_user; }

    // The handle of a result as just read from the repository, shared with the commands that
    // already touch it. A result changed elsewhere since those commands ran gets a new handle,
    // and the old one turns stale so that their undo cannot overwrite the other change.
    std::shared_ptr<LabResultHandle> handleFor(const clinical::LabResult& stored)
    {
        return m_handles.handleFor(stored.id, stored.rowVersion);
    }
    // A handle for a result about to be added.
    std::shared_ptr<LabResultHandle> newHandle() { return m_handles.newHandle(); }

    void setFailureHandler(FailureHandler handler) { m_onFailure = std::move(handler); }
    void reportFailure(const QString& message) const;

private:
    storage::LabResultRepository& m_repository;
    QString m_user;
    RowHandles m_handles;
    FailureHandler m_onFailure;
};

// A change to one lab result, written through the repository (which writes the audit row).
// The first change is made by execute() before the command is pushed, so that a refusal
// leaves the undo stack as it was and its problems can be shown where the value was typed;
// push() then does not repeat it. A later undo or redo that the repository refuses (the row
// was changed elsewhere) is reported through the session and the command is dropped.
class LabResultCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(LabResultCommand)
public:
    // Makes the change; false when the repository refuses it (see problems()).
    bool execute();
    const clinical::Problems& problems() const { return m_problems; }
    // The result as the repository holds it after the last successful step.
    const clinical::LabResult& current() const { return m_current; }

    void redo() final;
    void undo() final;

protected:
    LabResultCommand(std::shared_ptr<LabEditSession> session,
                     std::shared_ptr<LabResultHandle> handle, QUndoCommand* parent);

    virtual clinical::Status forward() = 0;
    virtual clinical::Status backward() = 0;

    // The repository calls, keeping the shared handle current.
    clinical::Status addResult(const clinical::LabResult& result);
    clinical::Status updateResult(const clinical::LabResult& values);
    clinical::Status removeResult(const QString& reason);

    static QString describe(const clinical::LabResult& result);

private:
    clinical::Status checkHandle() const;

    std::shared_ptr<LabEditSession> m_session;
    std::shared_ptr<LabResultHandle> m_handle;
    clinical::Problems m_problems;
    clinical::LabResult m_current;
    bool m_skipRedo = false;
};

// Adds a result; undo removes it with the reason "undo".
class AddLabResultCommand final : public LabResultCommand {
public:
    AddLabResultCommand(std::shared_ptr<LabEditSession> session, clinical::LabResult result,
                        QUndoCommand* parent = nullptr);

protected:
    clinical::Status forward() override;
    clinical::Status backward() override;

private:
    clinical::LabResult m_result;
};

// Saves new values over a stored result; undo puts the old values back.
class EditLabResultCommand final : public LabResultCommand {
public:
    EditLabResultCommand(std::shared_ptr<LabEditSession> session,
                         std::shared_ptr<LabResultHandle> handle, clinical::LabResult before,
                         clinical::LabResult after, QUndoCommand* parent = nullptr);

protected:
    clinical::Status forward() override;
    clinical::Status backward() override;

private:
    clinical::LabResult m_before;
    clinical::LabResult m_after;
};

// Deletes a stored result with the reason given; undo adds an equivalent result back (same
// values and source; a new id, and the undoing user and time as its creation).
class DeleteLabResultCommand final : public LabResultCommand {
public:
    DeleteLabResultCommand(std::shared_ptr<LabEditSession> session,
                           std::shared_ptr<LabResultHandle> handle, clinical::LabResult stored,
                           QString reason, QUndoCommand* parent = nullptr);

protected:
    clinical::Status forward() override;
    clinical::Status backward() override;

private:
    clinical::LabResult m_stored;
    QString m_reason;
};

// The value fields of two results are the same (what was entered, the canonical value,
// range and flag): saving one over the other would change nothing a reader sees.
bool sameLabValues(const clinical::LabResult& a, const clinical::LabResult& b);

} // namespace mmtrack::gui
