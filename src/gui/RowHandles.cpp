#include "gui/RowHandles.h"

#include <algorithm>

namespace mmtrack::gui {

std::shared_ptr<RowHandle> RowHandles::handleFor(qint64 id, int rowVersion)
{
    std::erase_if(m_handles, [](const std::weak_ptr<RowHandle>& h) { return h.expired(); });
    for (const std::weak_ptr<RowHandle>& weak : m_handles) {
        const std::shared_ptr<RowHandle> handle = weak.lock();
        if (!handle || !handle->stored || handle->stale || handle->id != id)
            continue;
        if (handle->rowVersion == rowVersion)
            return handle;
        handle->stale = true;
    }
    auto handle = std::make_shared<RowHandle>();
    handle->id = id;
    handle->rowVersion = rowVersion;
    handle->stored = true;
    m_handles.push_back(handle);
    return handle;
}

std::shared_ptr<RowHandle> RowHandles::newHandle()
{
    auto handle = std::make_shared<RowHandle>();
    m_handles.push_back(handle);
    return handle;
}

} // namespace mmtrack::gui
