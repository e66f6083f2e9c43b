#pragma once

#include "clinical/CaseAssessment.h"
#include "clinical/PathwayEvent.h"
#include "clinical/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace mmtrack::clinical {

// One step of a protocol template: what is expected, and when, counted from an earlier step
// (or from the plan's start). Templates are data: resources/protocols/*.json.
struct ProtocolStep {
    QString key; // unique in the template: "induction-1", "asct-1", "day100-1"
    EventType type = EventType::TherapyCycle;
    QString phase;   // therapy_cycle: induction / consolidation / maintenance
    QString regimen; // therapy_cycle, conditioning
    std::optional<int> cycle;
    std::optional<int> number; // transplant
    QString after;             // key of the step it counts from; empty: the plan's start
    int offsetDays = 0;
    int durationDays = 0;    // therapy cycles: the cycle length (21); else 0
    bool assessment = false; // a response assessment time point (not an event type)
    int windowDays = 21;     // assessment: how far from the expected day one still counts
    QString labelEn;         // assessment: "after induction", "day +100 after ASCT1"
    QString labelZh;
};

struct ProtocolTemplate {
    QString id;     // "vrd-tandem-asct"
    QString name;   // English
    QString nameZh; // Simplified Chinese
    int transplantsPlanned = 1;
    QList<ProtocolStep> steps;

    // Reads a template file; problems name the JSON path.
    static Result<ProtocolTemplate> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// A planned step for one patient: its expected date (forecast from the recorded date of the
// step it counts from when that one is recorded), and the recorded event matched to it.
struct PlannedStep {
    ProtocolStep step;
    QDate expected;
    std::optional<QDate> recorded;         // the matched event's day (or assessment day)
    std::optional<PartialDate> recordedAs; // as recorded: "2025-05" when known to the month
    int matchedEventIndex = -1;            // index into the events given to ProtocolPlan::review
    bool done() const { return recorded.has_value(); }
    // recorded - expected; 0 when not recorded or recorded only to the month or year.
    int delayDays() const;
};

struct PlanAlert {
    QString code;     // cycle_delayed, collection_below_minimum, tandem_beyond_6_months,
                      // no_neutrophil_engraftment_by_d30, no_day100_assessment
    QString severity; // warning
    QDate date;
    QString message;
};

struct PlanReview {
    QString templateId;
    QList<PlannedStep> steps;
    QList<PlanAlert> alerts;
};

// Applies a template from a start date and matches the patient's recorded events to it.
class ProtocolPlan {
    Q_DECLARE_TR_FUNCTIONS(ProtocolPlan)
public:
    static constexpr QLatin1String ruleSet{"MMTRACK-PLAN-1"};

    struct Inputs {
        QList<PathwayEvent> events;
        // Neutrophil engraftment day per transplant number (from the engraftment rule).
        QList<std::pair<int, std::optional<QDate>>> neutrophilEngraftment;
        // Days on which a response assessment exists (computed or reported).
        QList<QDate> assessmentDays;
        QDate today;
    };

    static PlanReview review(const ProtocolTemplate& plan, QDate start, const Inputs& inputs);
    // The inputs as a case and its assessment give them: engraftment from the CIBMTR rule,
    // assessments where a response was computed (not NE) or a response label was reported.
    static Inputs inputsFrom(const CaseRecord& record, const CaseAssessment& assessment,
                             QDate today);
    // The step in words, in the current language: "VRD cycle 3", "ASCT #1 (day 0)".
    static QString describe(const ProtocolStep& step);
};

} // namespace mmtrack::clinical
