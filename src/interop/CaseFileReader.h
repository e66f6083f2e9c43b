#pragma once

#include "clinical/Patient.h"
#include "clinical/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace mmtrack::interop {

// What this version takes from a case file (shared/domain/case-format.md): the patient and
// the diagnosis's date and isotype. Warnings name what was present but not taken.
struct CaseFile {
    clinical::Patient patient;
    clinical::Problems warnings;
};

// Reads an mmtrack case file, version 1. Every error names its JSON path
// ("patient.birth_date"), or the line and column for text that is not JSON.
class CaseFileReader {
    Q_DECLARE_TR_FUNCTIONS(CaseFileReader)
public:
    static clinical::Result<CaseFile> read(const QByteArray& json, QDate today);
};

} // namespace mmtrack::interop
