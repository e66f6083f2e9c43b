#pragma once

#include "clinical/Decimal.h"
#include "clinical/rules/Cytogenetics.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace mmtrack::clinical {

struct HighRiskInput {
    std::optional<Cytogenetics> cytogenetics;  // nullopt: FISH not done
    std::optional<Decimal> beta2mMgPerL;       // serum β2-microglobulin, mg/L
    std::optional<Decimal> creatinineUmolPerL; // serum creatinine, µmol/L
};

// IMS/IMWG 2025 consensus high risk (Avet-Loiseau, J Clin Oncol 2025). High risk when at
// least one criterion is met; nullopt when no criterion is met but a missing value could
// still meet one.
struct HighRiskResult {
    static constexpr const char* kRuleSet = "IMS-IMWG-2025";
    QList<int> criteriaMet;       // 1 to 4, ascending
    QList<int> criteriaUndecided; // criteria a missing value could still meet
    std::optional<bool> highRisk;
    QStringList explanation;
    QStringList missing;
};

class HighRisk {
    Q_DECLARE_TR_FUNCTIONS(HighRisk)
public:
    static HighRiskResult evaluate(const HighRiskInput& input);

    // Criterion 4 creatinine limit: 1.2 mg/dL × 88.4 (µmol/L per mg/dL) = 106.08 µmol/L.
    static Decimal creatinineLimitUmolPerL();
};

} // namespace mmtrack::clinical
