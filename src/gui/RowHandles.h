#pragma once

#include <QtGlobal>
#include <memory>
#include <vector>

namespace mmtrack::gui {

// Where one stored row is now, as undo commands see it. Undo and redo of an add or a delete
// give the row a new id, and every save raises its version, so the commands that touch the
// same row share one handle instead of each keeping the id and version it first saw.
struct RowHandle {
    qint64 id = 0;
    int rowVersion = 0;
    bool stored = false; // false while an add is undone or a delete is done
    bool stale = false;  // changed elsewhere: the steps that touch it are refused
};

// The handles of the rows one undo stack touches (lab results, pathway events).
class RowHandles {
public:
    // The handle of a row as just read, shared with the commands that already touch it. A row
    // changed elsewhere since those commands ran gets a new handle, and the old one turns
    // stale so that their undo cannot overwrite the other change.
    std::shared_ptr<RowHandle> handleFor(qint64 id, int rowVersion);
    // A handle for a row about to be added.
    std::shared_ptr<RowHandle> newHandle();

private:
    std::vector<std::weak_ptr<RowHandle>> m_handles;
};

} // namespace mmtrack::gui
