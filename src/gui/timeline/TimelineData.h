#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace mmtrack::gui {

// The plain input of the timeline: what to draw, already in time coordinates. Days are Julian
// day numbers (QDate::toJulianDay), so that a day is one unit of the time axis and dates
// compare as integers. Filled by TimelineDataBuilder; tests and the benchmark may fill it
// directly.

// The shapes of event marks (screens.md, "Timeline").
enum class TimelineMark {
    Cycle,        // a small bar per therapy cycle
    NewLine,      // a new line of therapy: a tall tick
    Mobilization, // a ring
    Apheresis,    // a drop, with the CD34+ yield
    Admission,    // an opening bracket
    Discharge,    // a closing bracket
    Conditioning, // a short downward wedge
    Transplant,   // a diamond on day 0
    Transfusion,  // a triangle
    Reported,     // a flag with the reported label
};

// The tracks of the event lane, top to bottom.
enum class TimelineTrack { Therapy, Procedures, Transfusions };
inline constexpr int timelineTrackCount = 3;

struct TimelinePhase {
    // diagnosis, induction, mobilization, collection, consolidation, transplant, engraftment,
    // maintenance: also the colour key.
    QString key;
    QString label;    // "Induction", "ASCT 1"
    qint64 first = 0; // first day
    qint64 last = 0;  // last day, inclusive
    bool planned = false;
};

struct TimelineEvent {
    TimelineMark mark = TimelineMark::Reported;
    qint64 first = 0; // the days the date can stand for: a date known to the month spans it
    qint64 last = 0;
    bool exactDay = true;
    QString colourKey;  // a phase key, or "neutral"
    QString label;      // drawn beside the mark when there is room: "CD34+ 9.1 ×10⁶/kg"
    QString shortLabel; // the fallback when the label does not fit: "9.1"; may be empty
    QString detail;     // the tooltip
    bool planned = false;
    int eventIndex = -1; // into CaseRecord::events; -1 for a planned step
    int priority = 5;    // 0 first: labels are placed in this order, and dropped last

    TimelineTrack track() const;
};

struct TimelineResponse {
    qint64 day = 0;
    QString computed; // "VGPR"; empty for a reported label without a computed one
    bool confirmed = false;
    QString reported; // the reported label, shown beside the computed one when they differ
    bool differs = false;
    bool planned = false; // a planned assessment not done yet
    QString plannedLabel; // "D+100"
    QString detail;       // the tooltip
};

struct TimelineLabPoint {
    qint64 day = 0;
    double value = 0;
    qint64 resultId = 0;
};

struct TimelineLabSeries {
    QString key;  // anc, platelets, hemoglobin, serum_m_protein, kappa_flc, lambda_flc
    QString name; // in the current language
    QString unit; // as people read it: "×10⁹/L"
    int axis = 0; // 0 left, 1 right (a second unit in the same lane)
    QList<TimelineLabPoint> points; // sorted by day
};

struct TimelineThreshold {
    double value = 0;
    QString label; // "0.5"
};

struct TimelineMarker {
    qint64 day = 0;
    QString label; // "ANC engraftment D+11"
};

struct TimelineLabLane {
    QString key;
    QString title; // "ANC"
    bool logScale = false;
    QList<TimelineLabSeries> series;
    QList<TimelineThreshold> thresholds; // on axis 0
    QList<TimelineMarker> markers;       // engraftment days
};

struct TimelineTransplant {
    int number = 0;
    qint64 day0 = 0;
};

struct TimelineData {
    QList<TimelinePhase> phases;
    QList<TimelineEvent> events;
    QList<TimelineResponse> responses;
    QList<TimelineLabLane> labLanes;
    QList<TimelineTransplant> transplants; // sorted by day 0
    std::optional<qint64> today;

    bool isEmpty() const;
    // The first and last day anything is drawn on (today included); {0, 0} when empty.
    std::pair<qint64, qint64> extent() const;
};

} // namespace mmtrack::gui
