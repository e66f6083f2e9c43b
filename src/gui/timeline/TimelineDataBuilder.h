#pragma once

#include "clinical/CaseAssessment.h"
#include "clinical/ProtocolPlan.h"
#include "gui/timeline/TimelineData.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace mmtrack::gui {

// Turns a case, the engine's assessment and, when there is one, the protocol plan's review
// into the timeline's plain input: phases, marks, response badges and lab lanes, all in days.
class TimelineDataBuilder {
    Q_DECLARE_TR_FUNCTIONS(TimelineDataBuilder)
public:
    static TimelineData build(const clinical::CaseRecord& record,
                              const clinical::CaseAssessment& assessment,
                              const std::optional<clinical::PlanReview>& plan, QDate today);

    // The name of a phase key for people ("induction" → "Induction").
    static QString phaseName(const QString& key);

private:
    static void addPhases(const clinical::CaseAssessment& assessment, TimelineData& data);
    static void addEvents(const clinical::CaseRecord& record, TimelineData& data);
    static void addResponses(const clinical::CaseRecord& record,
                             const clinical::CaseAssessment& assessment, TimelineData& data);
    static void addPlan(const clinical::PlanReview& plan, TimelineData& data);
    static void addLabs(const clinical::CaseRecord& record,
                        const clinical::CaseAssessment& assessment, TimelineData& data);
};

} // namespace mmtrack::gui
