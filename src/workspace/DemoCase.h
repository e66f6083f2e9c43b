#pragma once

#include "clinical/Result.h"
#include "interop/CaseFileReader.h"
#include "storage/PatientRepository.h"

namespace mmtrack::workspace {

// The published tandem-transplant case (shared/domain/clinical-reference.md §7), shipped as
// a case file in the resources, so that a new user sees a real patient at once.
class DemoCase {
public:
    static QByteArray caseFile();
    // Adds the demo patient and its observations; does nothing if its MRN is already there.
    static clinical::Status seed(storage::Database& database, const clinical::Clock& clock);
    // Writes a case file's observations for a stored patient as one import.
    static clinical::Status writeObservations(storage::Database& database,
                                              const clinical::Clock& clock,
                                              const clinical::Patient& patient,
                                              const QList<interop::CaseObservation>& observations,
                                              const QString& fileName, const QString& user);
    static QString mrn();
};

} // namespace mmtrack::workspace
