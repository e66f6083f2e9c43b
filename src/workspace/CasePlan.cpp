#include "workspace/CasePlan.h"

#include "workspace/Workspace.h"

namespace mmtrack::workspace {

clinical::Result<std::optional<CasePlanView>>
CasePlan::review(Workspace& workspace, const clinical::CaseRecord& record,
                 const clinical::CaseAssessment& assessment)
{
    const auto stored = storage::ProtocolRepository(workspace.database(), workspace.clock())
                            .forPatient(record.patient.id);
    if (!stored)
        return stored.problems();
    if (!stored.value())
        return std::optional<CasePlanView>();
    const storage::PatientProtocol& protocol = *stored.value();
    const auto inputs =
        clinical::ProtocolPlan::inputsFrom(record, assessment, workspace.clock().today());
    return std::optional<CasePlanView>(CasePlanView{
        protocol, clinical::ProtocolPlan::review(protocol.protocol, protocol.start, inputs)});
}

} // namespace mmtrack::workspace
