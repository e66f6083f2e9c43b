#pragma once

#include "clinical/CaseAssessment.h"
#include "clinical/Clock.h"
#include "clinical/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace mmtrack::workspace {

class Workspace;

// Moves whole cases between the database and case files.
class CaseFiles {
    Q_DECLARE_TR_FUNCTIONS(CaseFiles)
public:
    // A stored patient as a case: details, results and events.
    static clinical::Result<clinical::CaseRecord> load(Workspace& workspace, qint64 patientId);

    // Adds the patient of a case file with everything it holds, in one transaction: all of it
    // lands or none. A patient whose MRN is already registered is refused.
    static clinical::Result<clinical::Patient>
    importCase(storage::Database& database, const clinical::Clock& clock, const QByteArray& json,
               const QString& fileName, const QString& user);
};

} // namespace mmtrack::workspace
