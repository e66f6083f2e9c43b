#pragma once

#include "clinical/DiagnosisDetails.h"
#include "clinical/LabMeasurement.h"
#include "clinical/PathwayEvent.h"
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

// A case file read whole (shared/domain/case-format.md): the patient (with the diagnosis's
// date and isotype), the rest of the diagnosis, the plan, the observations and the events.
// Warnings name the fields the reader does not know.
struct CaseFile {
    clinical::Patient patient;
    clinical::DiagnosisDetails details; // the rest of the diagnosis, and the plan
    QList<CaseObservation> observations;
    QList<clinical::PathwayEvent> events;
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
