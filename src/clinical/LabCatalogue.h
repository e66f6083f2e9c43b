#pragma once

#include "clinical/Decimal.h"
#include "clinical/Patient.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mmtrack::clinical {

// Where a test sits on the entry grid and in the results table.
enum class LabPanel { BloodCount, Chemistry, MyelomaPanel, Marrow };

// An inclusive range in the canonical unit; either end may be open.
struct LabRange {
    std::optional<Decimal> low;
    std::optional<Decimal> high;
    bool isEmpty() const { return !low && !high; }
};

// Another unit a test accepts: canonical value = value × factor (exact).
struct LabUnit {
    QString ucum;
    Decimal factor;
    QString loinc; // the LOINC code for results in this unit, when it differs
};

// One test of the case format (shared/domain/case-format.md), with its LOINC code, units,
// default reference ranges (China, WS/T; clinical-reference.md §5.1), plausibility limits
// (values no living patient can have) and critical limits.
struct LabTest {
    QString key;
    QString loinc; // empty for local tests
    LabPanel panel = LabPanel::BloodCount;
    QString unit;            // canonical UCUM unit; empty for qualitative tests
    QList<LabUnit> altUnits; // also accepted
    QStringList choices;     // qualitative values; empty for quantities
    LabRange maleRange;      // defaults when a report prints none
    LabRange femaleRange;
    LabRange plausible; // outside: refused
    LabRange critical;  // outside: flagged critical (‼)
    int decimals = 1;   // for display in the canonical unit

    bool isQualitative() const { return !choices.isEmpty(); }
    // Every unit accepted, the canonical first.
    QStringList units() const;
    // The factor to the canonical unit; nullopt for a unit the test does not accept.
    std::optional<Decimal> factorFor(const QString& unit) const;
    // The default for the patient's sex; without a sex, only a range common to both.
    const LabRange& defaultRange(std::optional<Sex> sex) const;
};

class LabCatalogue {
    Q_DECLARE_TR_FUNCTIONS(LabCatalogue)
public:
    static const QList<LabTest>& all();
    static const LabTest* byKey(const QString& key);
    // A LOINC code, as in HL7 OBX-3 or a CSV; also the codes of alternative units
    // (2160-0 is creatinine in mg/dL).
    static const LabTest* byLoinc(const QString& loinc);
    static QList<const LabTest*> inPanel(LabPanel panel);

    // Names for people, in the current language.
    static QString name(const QString& key);
    static QString panelName(LabPanel panel);
    // A unit as people read it: 10*9/L as ×10⁹/L, mg/(24.h) as mg/24 h, {ratio} as "".
    static QString displayUnit(const QString& ucum);
    // What a qualitative value says, in the current language.
    static QString choiceName(const QString& choice);
};

} // namespace mmtrack::clinical
