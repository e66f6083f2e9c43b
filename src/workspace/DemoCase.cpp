#include "workspace/DemoCase.h"

#include "common/Logging.h"
#include "storage/PatientRepository.h"
#include "workspace/CaseFiles.h"

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

clinical::Status DemoCase::seed(storage::Database& database, const clinical::Clock& clock)
{
    if (storage::PatientRepository(database, clock).byMrn(mrn()).ok())
        return clinical::Done{};
    const auto imported =
        CaseFiles::importCase(database, clock, caseFile(), QStringLiteral("demo-case.json"),
                              QStringLiteral("mmtrack (demo)"));
    if (!imported)
        return imported.problems();
    common::logger("workspace")->info("seeded the demo patient");
    return clinical::Done{};
}

} // namespace mmtrack::workspace
