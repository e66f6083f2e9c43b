#pragma once

#include "clinical/LabMeasurement.h"
#include "clinical/Patient.h"
#include "clinical/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace mmtrack::interop {

// One observation of the case file, checked: a known test, an accepted unit, a plausible
// value, a day neither in the future nor before birth.
struct CaseObservation {
    clinical::LabEntry entry;
    QDate date;
    std::optional<QTime> time;
    QString path; // "observations[3]"
};

// What this version takes from a case file (shared/domain/case-format.md): the patient, the
// diagnosis's date and isotype, and the observations. Warnings name what was present but
// not taken.
struct CaseFile {
    clinical::Patient patient;
    QList<CaseObservation> observations;
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
