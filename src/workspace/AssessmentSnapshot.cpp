#include "workspace/AssessmentSnapshot.h"

#include "interop/AssessmentJson.h"
#include "workspace/CaseFiles.h"

namespace mmtrack::workspace {

clinical::CaseRecord AssessmentSnapshot::asOf(const clinical::CaseRecord& record, QDate date)
{
    clinical::CaseRecord snapshot = record;
    snapshot.results.clear();
    for (const clinical::LabResult& result : record.results)
        if (result.date <= date)
            snapshot.results << result;
    // An event counts once it may have happened by then (a month-precision date from the
    // month's first day).
    snapshot.events.clear();
    for (const clinical::PathwayEvent& event : record.events)
        if (event.date.earliest() <= date)
            snapshot.events << event;
    return snapshot;
}

QJsonObject AssessmentSnapshot::assess(const clinical::CaseRecord& record, QDate date,
                                       clinical::ResponseRuleSet rules)
{
    const clinical::CaseRecord snapshot = asOf(record, date);
    QJsonObject json =
        interop::AssessmentJson::write(snapshot, clinical::CaseAssessor::assess(snapshot, rules));
    json[QStringLiteral("as_of")] = date.toString(Qt::ISODate);
    return json;
}

clinical::Result<QJsonObject> AssessmentSnapshot::forPatient(Workspace& workspace, qint64 patientId,
                                                             QDate date,
                                                             clinical::ResponseRuleSet rules)
{
    const auto record = CaseFiles::load(workspace, patientId);
    if (!record)
        return record.problems();
    return assess(record.value(), date, rules);
}

} // namespace mmtrack::workspace
