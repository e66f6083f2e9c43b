#pragma once

#include "clinical/CaseAssessment.h"
#include "clinical/Result.h"

#include <QDate>
#include <QJsonObject>

namespace mmtrack::workspace {

class Workspace;

// The assessment a clinician signs: the case as it stood on a date (results and events up to
// that day), assessed by the rules and written as the case format's assessment JSON, with the
// date in "as_of". The GUI and the CLI sign exactly this, so they sign the same thing.
class AssessmentSnapshot {
public:
    static clinical::CaseRecord asOf(const clinical::CaseRecord& record, QDate date);
    static QJsonObject
    assess(const clinical::CaseRecord& record, QDate date,
           clinical::ResponseRuleSet rules = clinical::ResponseRuleSet::Imwg2016);
    static clinical::Result<QJsonObject>
    forPatient(Workspace& workspace, qint64 patientId, QDate date,
               clinical::ResponseRuleSet rules = clinical::ResponseRuleSet::Imwg2016);
};

} // namespace mmtrack::workspace
