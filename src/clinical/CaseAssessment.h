#pragma once

#include "clinical/DiagnosisDetails.h"
#include "clinical/LabResult.h"
#include "clinical/PathwayEvent.h"
#include "clinical/Patient.h"
#include "clinical/rules/Collection.h"
#include "clinical/rules/Diagnosis.h"
#include "clinical/rules/Engraftment.h"
#include "clinical/rules/HighRisk.h"
#include "clinical/rules/Response.h"
#include "clinical/rules/Staging.h"
#include "clinical/rules/TransplantDays.h"

#include <QCoreApplication>

namespace mmtrack::clinical {

// One patient's case as the rules see it, from a case file or from the database.
struct CaseRecord {
    Patient patient;
    DiagnosisDetails details;
    QList<LabResult> results; // canonical values
    QList<PathwayEvent> events;
};

struct TransplantAssessment {
    int number = 0;
    QDate day0;
    Engraftment::Result engraftment;
};

struct PhaseSpan {
    QString phase; // diagnosis, induction, mobilization, collection, consolidation, transplant_N,
                   // maintenance
    PartialDate start;
    PartialDate end;
};

struct CaseAlert {
    QString code;     // reported_differs
    QString severity; // warning
    PartialDate date;
    QString message;
};

// Everything the engine concludes about a case (shared/domain/case-format.md, "The
// assessment"), each part with the rule set that decided it and its explanation.
struct CaseAssessment {
    DiagnosisResult diagnosis;
    StagingResult staging;
    HighRiskResult risk;
    ResponseResult responses;
    std::optional<Collection::Assessment> collection;
    QList<TransplantAssessment> transplants;
    std::optional<TransplantDays::TandemInterval> tandem;
    QList<PhaseSpan> phases;
    QList<CaseAlert> alerts;
};

// Applies every rule set to a case, reading it as the case format says: values at diagnosis
// are the latest on or before the diagnosis date (the end of its period when partial), else
// the latest before the first therapy event; lines of therapy start at the first therapy
// event and at each new_therapy_line.
class CaseAssessor {
    Q_DECLARE_TR_FUNCTIONS(CaseAssessor)
public:
    static CaseAssessment assess(const CaseRecord& record,
                                 ResponseRuleSet responseRules = ResponseRuleSet::Imwg2016);

    // The day a partly known therapy date counts from: the end of its period, so that values
    // of the same month before therapy stay in the baseline [convention].
    static QDate therapyDay(const PartialDate& date);
    static QList<QDate> lineStarts(const QList<PathwayEvent>& events);
};

} // namespace mmtrack::clinical
