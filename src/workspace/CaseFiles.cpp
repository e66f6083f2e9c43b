#include "workspace/CaseFiles.h"

#include "clinical/LabMeasurement.h"
#include "common/Logging.h"
#include "interop/CaseFileReader.h"
#include "storage/LabImportWriter.h"
#include "storage/PathwayRepository.h"
#include "storage/PatientRepository.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>

namespace mmtrack::workspace {

using clinical::Problem;
using clinical::Result;

Result<clinical::CaseRecord> CaseFiles::load(Workspace& workspace, qint64 patientId)
{
    const auto patient = workspace.patients().byId(patientId);
    if (!patient)
        return patient.problems();
    const auto details = workspace.pathway().details(patientId);
    const auto results = workspace.labResults().forPatient(patientId);
    const auto events = workspace.pathway().events(patientId);
    for (const clinical::Problems* problems :
         {&details.problems(), &results.problems(), &events.problems()})
        if (!problems->isEmpty())
            return *problems;
    clinical::CaseRecord record;
    record.patient = patient.value();
    record.details = details.value().value_or(clinical::DiagnosisDetails());
    record.results = results.value();
    for (const storage::StoredEvent& stored : events.value())
        record.events << stored.event;
    return record;
}

Result<clinical::Patient> CaseFiles::importCase(storage::Database& database,
                                                const clinical::Clock& clock,
                                                const QByteArray& json, const QString& fileName,
                                                const QString& user)
{
    const auto read = interop::CaseFileReader::read(json, clock.today());
    if (!read)
        return read.problems();
    const interop::CaseFile& caseFile = read.value();
    storage::PatientRepository patients(database, clock);
    if (patients.byMrn(caseFile.patient.mrn).ok())
        return Problem{QStringLiteral("patient.mrn"),
                       tr("The MRN %1 is already registered: the case was not imported again.")
                           .arg(caseFile.patient.mrn)};

    storage::Transaction transaction(database.connection());
    if (!transaction.began())
        return Problem{QString(), tr("The database could not begin the import.")};
    const auto added = patients.add(caseFile.patient, user);
    if (!added)
        return added.problems();
    storage::PathwayRepository pathway(database, clock);
    if (const auto saved = pathway.saveDetails(added.value().id, caseFile.details, user); !saved)
        return saved.problems();
    for (const clinical::PathwayEvent& event : caseFile.events)
        if (const auto stored = pathway.addEvent(added.value().id, event, user); !stored)
            return stored.problems();

    storage::LabImportWriter writer(database, clock);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    if (const auto begun = writer.begin({fileName, sha, QStringLiteral("case"), true}, user);
        !begun)
        return begun.problems();
    storage::LabImportCounts counts;
    for (const interop::CaseObservation& observation : caseFile.observations) {
        ++counts.read;
        clinical::LabResult result;
        result.patientId = added.value().id;
        result.date = observation.date;
        result.time = observation.time;
        result.source = clinical::LabSource::CaseFile;
        result.sourceDetail = fileName + QLatin1Char(' ') + observation.path;
        if (const auto applied =
                clinical::LabMeasurement::apply(observation.entry, added.value().sex, result);
            !applied)
            return Problem{observation.path, applied.errorText()};
        const auto outcome = writer.insert(result);
        if (!outcome)
            return outcome.problems();
        ++(outcome.value() == storage::LabImportWriter::Outcome::Inserted ? counts.imported
                                                                          : counts.duplicate);
    }
    if (const auto committed = writer.commit(counts); !committed)
        return committed.problems();
    if (!transaction.commit())
        return Problem{QString(), tr("The database could not commit the import.")};
    common::logger("workspace")
        ->info("case imported as patient {}: {} results, {} events", added.value().id,
               counts.imported, caseFile.events.size());
    return added.value();
}

} // namespace mmtrack::workspace
