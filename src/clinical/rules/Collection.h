#pragma once

#include "clinical/Decimal.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mmtrack::clinical {

// CD34+ adequacy of the stem-cell collection (clinical-reference.md §4.4), in ×10⁶ CD34+
// cells/kg recipient weight:
//   single ASCT: minimum 2, optimal >= 4;  tandem: minimum 4, optimal >= 8 (the lower bound
//   of the quoted 8-10 range, convention [C]). All comparisons are exact (Decimal).
class Collection {
    Q_DECLARE_TR_FUNCTIONS(Collection)

public:
    static constexpr QLatin1String ruleSet{"IMWG-2009-CD34"};

    struct Assessment {
        Decimal cd34Total;          // sum of the apheresis yields, ×10⁶/kg
        int transplantsPlanned = 1; // 1 or 2
        bool meetsMinimum = false;
        bool meetsOptimal = false;
        QStringList explanation;
    };

    // `yields`: each apheresis day's CD34+ yield. `transplantsPlanned`: absent means 1; 2 or
    // more uses the tandem targets. nullopt when no collection is recorded (no yields) or
    // the sum does not fit a Decimal.
    static std::optional<Assessment> assess(const QList<Decimal>& yields,
                                            std::optional<int> transplantsPlanned);

    // Exact sum of two decimals; nullopt on overflow. (Decimal itself has no addition.)
    static std::optional<Decimal> sum(const Decimal& a, const Decimal& b);
};

} // namespace mmtrack::clinical
