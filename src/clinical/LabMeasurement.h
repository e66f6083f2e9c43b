#pragma once

#include "clinical/LabResult.h"
#include "clinical/Result.h"

#include <QCoreApplication>

namespace mmtrack::clinical {

// A value as typed or received, before it is checked.
struct LabEntry {
    QString testKey;
    QString value;
    QString unit;   // may be empty for qualitative tests and for {ratio}
    QString refLow; // as printed on the report, in `unit`; empty when none
    QString refHigh;
};

// Turns an entry into a checked value: the unit is one the test accepts, the number is
// plausible for a living patient, the value is converted exactly to the canonical unit and
// flagged against the report's range (or the default for the patient's sex) and the
// critical limits. Problems name the field: "value", "unit", "ref_low", "ref_high", "test".
class LabMeasurement {
    Q_DECLARE_TR_FUNCTIONS(LabMeasurement)
public:
    struct Measured {
        const LabTest* test = nullptr;
        std::optional<Decimal> value; // canonical
        QString qualitative;
        QString unit; // the unit as accepted (canonical when the entry gave none)
        std::optional<Decimal> refLow;
        std::optional<Decimal> refHigh;
        bool refFromReport = false;
        LabFlag flag = LabFlag::None;
    };

    static Result<Measured> measure(const LabEntry& entry, std::optional<Sex> sex);
    static LabFlag flagFor(const LabTest& test, const Decimal& canonical,
                           const std::optional<Decimal>& low, const std::optional<Decimal>& high);
    // Fills a LabResult's value fields from an entry.
    static Status apply(const LabEntry& entry, std::optional<Sex> sex, LabResult& result);
};

} // namespace mmtrack::clinical
