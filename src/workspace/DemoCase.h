#pragma once

#include "clinical/Result.h"
#include "storage/PatientRepository.h"

namespace mmtrack::workspace {

// The published tandem-transplant case (shared/domain/clinical-reference.md §7), shipped as
// a case file in the resources, so that a new user sees a real patient at once.
class DemoCase {
public:
    static QByteArray caseFile();
    // Adds the demo patient; does nothing if its MRN is already there.
    static clinical::Status seed(storage::PatientRepository& patients, QDate today);
    static QString mrn();
};

} // namespace mmtrack::workspace
