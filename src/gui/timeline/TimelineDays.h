#pragma once

#include "gui/timeline/TimelineData.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace mmtrack::gui {

// Day numbers relative to the nearest transplant (clinical-reference.md §4.6), by way of
// clinical::TransplantDays, so that the timeline counts days exactly as the rules do.
class TimelineDays {
    Q_DECLARE_TR_FUNCTIONS(TimelineDays)
public:
    TimelineDays() = default;
    explicit TimelineDays(QList<TimelineTransplant> transplants); // sorted by day 0

    bool isEmpty() const { return m_transplants.isEmpty(); }
    // The transplant whose day 0 is nearest; on a tie the later one (the one coming up).
    std::optional<TimelineTransplant> nearest(qint64 day) const;
    // The day number relative to the nearest transplant (0 on its day 0).
    std::optional<int> dayNumber(qint64 day) const;
    // "D+8" relative to the nearest transplant; empty without transplants.
    QString label(qint64 day) const;
    // Every transplant's day number, nearest first: "ASCT 2 D+8 · ASCT 1 D+142".
    QString allLabels(qint64 day) const;

private:
    QList<TimelineTransplant> m_transplants;
};

} // namespace mmtrack::gui
