#pragma once

#include <QRectF>
#include <vector>

namespace mmtrack::gui {

// The rectangles already taken by text in one frame, bucketed by x so that a check costs
// the few neighbours, not every label placed: what keeps labels from overlapping.
class LabelSpace {
public:
    explicit LabelSpace(double width);

    // True when `rect` (with a small gap around it) touches nothing taken.
    bool isFree(const QRectF& rect) const;
    void take(const QRectF& rect);
    // Takes `rect` when it is free; returns whether it did.
    bool tryTake(const QRectF& rect);

private:
    static constexpr double bucketWidth = 64;
    static constexpr double gap = 2;
    int bucket(double x) const;
    std::vector<std::vector<QRectF>> m_buckets;
};

} // namespace mmtrack::gui
