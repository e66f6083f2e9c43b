#include "workspace/DemoCase.h"

#include "clinical/LabMeasurement.h"
#include "common/Logging.h"
#include "interop/CaseFileReader.h"
#include "storage/LabImportWriter.h"
#include "storage/PathwayRepository.h"

#include <QCryptographicHash>
#include <QFile>

namespace mmtrack::workspace {

QByteArray DemoCase::caseFile()
{
    QFile file(QStringLiteral(":/demo/demo-case.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString DemoCase::mrn()
{
    return QStringLiteral("TZ-2025-0417");
}

clinical::Status DemoCase::writeObservations(storage::Database& database,
                                             const clinical::Clock& clock,
                                             const clinical::Patient& patient,
                                             const QList<interop::CaseObservation>& observations,
                                             const QString& fileName, const QString& user)
{
    storage::LabImportWriter writer(database, clock);
    if (const auto begun = writer.begin(
            {fileName,
             QString::fromLatin1(
                 QCryptographicHash::hash(caseFile(), QCryptographicHash::Sha256).toHex()),
             QStringLiteral("case"), true},
            user);
        !begun)
        return begun.problems();
    storage::LabImportCounts counts;
    for (const interop::CaseObservation& observation : observations) {
        ++counts.read;
        clinical::LabResult result;
        result.patientId = patient.id;
        result.date = observation.date;
        result.time = observation.time;
        result.source = clinical::LabSource::CaseFile;
        result.sourceDetail = fileName + QLatin1Char(' ') + observation.path;
        if (const auto applied =
                clinical::LabMeasurement::apply(observation.entry, patient.sex, result);
            !applied)
            return applied.problems();
        const auto outcome = writer.insert(result);
        if (!outcome)
            return outcome.problems();
        ++(outcome.value() == storage::LabImportWriter::Outcome::Inserted ? counts.imported
                                                                          : counts.duplicate);
    }
    if (const auto committed = writer.commit(counts); !committed)
        return committed.problems();
    return clinical::Done{};
}

clinical::Status DemoCase::seed(storage::Database& database, const clinical::Clock& clock)
{
    storage::PatientRepository patients(database, clock);
    const QDate today = clock.today();
    if (patients.byMrn(mrn()).ok())
        return clinical::Done{};
    const clinical::Result<interop::CaseFile> demo =
        interop::CaseFileReader::read(caseFile(), today);
    if (!demo)
        return demo.problems();
    for (const clinical::Problem& warning : demo.value().warnings)
        common::logger("workspace")->debug("demo case: {}", warning.toString().toStdString());
    const QString user = QStringLiteral("mmtrack (demo)");
    const auto added = patients.add(demo.value().patient, user);
    if (!added)
        return added.problems();
    if (const auto labs =
            writeObservations(database, clock, added.value(), demo.value().observations,
                              QStringLiteral("demo-case.json"), user);
        !labs)
        return labs.problems();
    storage::PathwayRepository pathway(database, clock);
    if (const auto saved = pathway.saveDetails(added.value().id, demo.value().details, user);
        !saved)
        return saved.problems();
    for (const clinical::PathwayEvent& event : demo.value().events)
        if (const auto stored = pathway.addEvent(added.value().id, event, user); !stored)
            return stored.problems();
    common::logger("workspace")
        ->info("seeded the demo patient with {} observations", demo.value().observations.size());
    return clinical::Done{};
}

} // namespace mmtrack::workspace
