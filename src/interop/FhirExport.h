#pragma once

#include "clinical/CaseAssessment.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace mmtrack::interop {

struct FhirExportOptions {
    // Leave out the name, the MRN and the birth date; give the age at diagnosis instead.
    bool deidentify = false;
    // The zone in which result times were recorded (FHIR needs an offset on a time of day).
    QTimeZone timeZone = QTimeZone::utc();
};

// One patient's case as a FHIR R4 Bundle of type "collection" (docs/DATA-FORMATS.md,
// "FHIR R4 export"): Patient, Condition, an Observation per lab result, Procedures for
// therapy cycles, conditioning, stem-cell collections and transplants (CD34+ doses as
// Observations that are partOf them) and an Observation per response assessment. A pure
// function: the same case gives the same bytes, with fullUrls derived from the records.
class FhirExport {
public:
    static constexpr QLatin1String kMrnSystem{"urn:mmtrack:mrn"};
    static constexpr QLatin1String kLabTestSystem{"urn:mmtrack:lab-test"};
    static constexpr QLatin1String kEventSystem{"urn:mmtrack:event-type"};
    static constexpr QLatin1String kObservationSystem{"urn:mmtrack:observation"};
    static constexpr QLatin1String kResponseSystem{"urn:mmtrack:imwg-response"};
    static constexpr QLatin1String kExtensionBase{"urn:mmtrack:fhir:extension:"};

    static QJsonObject bundle(const clinical::CaseRecord& record,
                              const clinical::CaseAssessment& assessment,
                              const FhirExportOptions& options = {});

    // "urn:uuid:" and a name-based (version 5) UUID of the parts: the same record always
    // gets the same fullUrl.
    static QString fullUrl(const QStringList& parts);
};

} // namespace mmtrack::interop
