#pragma once

#include "clinical/CaseAssessment.h"
#include "clinical/ProtocolPlan.h"
#include "clinical/Result.h"
#include "storage/ProtocolRepository.h"

#include <optional>

namespace mmtrack::workspace {

class Workspace;

// A patient's protocol and where the patient stands against it.
struct CasePlanView {
    storage::PatientProtocol protocol;
    clinical::PlanReview review;
};

// Reads the patient's protocol and reviews it against the case; nullopt when none is applied.
class CasePlan {
public:
    static clinical::Result<std::optional<CasePlanView>>
    review(Workspace& workspace, const clinical::CaseRecord& record,
           const clinical::CaseAssessment& assessment);
};

} // namespace mmtrack::workspace
