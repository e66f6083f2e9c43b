#pragma once

#include "clinical/CaseAssessment.h"
#include "interop/CaseFileReader.h"

#include <QJsonObject>

namespace mmtrack::interop {

// The assessment JSON of shared/domain/case-format.md ("The assessment"): the contract's
// fields, plus `explanation` and `missing` lists beside each result (added fields, which the
// contract allows).
class AssessmentJson {
public:
    static QJsonObject write(const clinical::CaseRecord& record,
                             const clinical::CaseAssessment& assessment);
    // A case file as the rules read it: observations measured into canonical values.
    static clinical::CaseRecord recordOf(const CaseFile& caseFile);
};

} // namespace mmtrack::interop
