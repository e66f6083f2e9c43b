#pragma once

#include <QElapsedTimer>
#include <algorithm>
#include <vector>

namespace mmtrack::bench {

// The median wall time of `runs` runs of `work`, in milliseconds: one slow run (a page fault,
// another process) does not move it.
template <typename Work> double medianMs(int runs, Work work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace mmtrack::bench
