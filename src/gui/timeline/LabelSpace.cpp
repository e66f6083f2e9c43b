#include "gui/timeline/LabelSpace.h"

#include <algorithm>
#include <cmath>

namespace mmtrack::gui {

LabelSpace::LabelSpace(double width)
    : m_buckets(static_cast<std::size_t>(std::max(1.0, std::ceil(width / bucketWidth)) + 1))
{
}

int LabelSpace::bucket(double x) const
{
    const int last = static_cast<int>(m_buckets.size()) - 1;
    return std::clamp(static_cast<int>(std::floor(x / bucketWidth)), 0, last);
}

bool LabelSpace::isFree(const QRectF& rect) const
{
    const QRectF padded = rect.adjusted(-gap, -gap, gap, gap);
    for (int b = bucket(padded.left()); b <= bucket(padded.right()); ++b)
        for (const QRectF& taken : m_buckets[static_cast<std::size_t>(b)])
            if (taken.intersects(padded))
                return false;
    return true;
}

void LabelSpace::take(const QRectF& rect)
{
    for (int b = bucket(rect.left()); b <= bucket(rect.right()); ++b)
        m_buckets[static_cast<std::size_t>(b)].push_back(rect);
}

bool LabelSpace::tryTake(const QRectF& rect)
{
    if (!isFree(rect))
        return false;
    take(rect);
    return true;
}

} // namespace mmtrack::gui
