#pragma once

#include "clinical/Clock.h"
#include "clinical/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace mmtrack::workspace {

// The published tandem-transplant case (shared/domain/clinical-reference.md §7), shipped as
// a case file in the resources, so that a new user sees a real patient at once.
class DemoCase {
    Q_DECLARE_TR_FUNCTIONS(DemoCase)
public:
    static QByteArray caseFile();
    // Imports the demo case; does nothing if its MRN is already there.
    static clinical::Status seed(storage::Database& database, const clinical::Clock& clock);
    static QString mrn();
};

} // namespace mmtrack::workspace
