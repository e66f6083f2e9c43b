#include "workspace/DemoCase.h"

#include "common/Logging.h"
#include "interop/CaseFileReader.h"

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

clinical::Status DemoCase::seed(storage::PatientRepository& patients, QDate today)
{
    if (patients.byMrn(mrn()).ok())
        return clinical::Done{};
    const clinical::Result<interop::CaseFile> demo =
        interop::CaseFileReader::read(caseFile(), today);
    if (!demo)
        return demo.problems();
    for (const clinical::Problem& warning : demo.value().warnings)
        common::logger("workspace")->debug("demo case: {}", warning.toString().toStdString());
    const auto added = patients.add(demo.value().patient, QStringLiteral("mmtrack (demo)"));
    if (!added)
        return added.problems();
    common::logger("workspace")->info("seeded the demo patient");
    return clinical::Done{};
}

} // namespace mmtrack::workspace
