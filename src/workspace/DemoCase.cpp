#include "workspace/DemoCase.h"

#include "common/Logging.h"
#include "storage/PatientRepository.h"
#include "storage/ProtocolRepository.h"
#include "storage/Transaction.h"
#include "workspace/CaseFiles.h"
#include "workspace/ProtocolLibrary.h"

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
    const QString user = QStringLiteral("mmtrack (demo)");
    // The case and its plan land together or not at all.
    storage::Transaction transaction(database.connection());
    if (!transaction.began())
        return clinical::Problem{QString(), tr("The demo case cannot be seeded.")};
    const auto imported =
        CaseFiles::importCase(database, clock, caseFile(), QStringLiteral("demo-case.json"), user);
    if (!imported)
        return imported.problems();
    // The pathway the article describes, applied from the month of the first VRD cycle.
    const auto protocol = ProtocolLibrary::byId(QStringLiteral("vrd-tandem-asct"));
    if (!protocol)
        return clinical::Problem{QString(), tr("The demo case's protocol template is missing.")};
    if (const auto applied = storage::ProtocolRepository(database, clock)
                                 .apply(imported.value().id, *protocol, QDate(2025, 4, 1), user);
        !applied)
        return applied.problems();
    if (!transaction.commit())
        return clinical::Problem{QString(), tr("The demo case cannot be seeded.")};
    common::logger("workspace")->info("seeded the demo patient");
    return clinical::Done{};
}

} // namespace mmtrack::workspace
