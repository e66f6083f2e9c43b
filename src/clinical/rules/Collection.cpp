#include "clinical/rules/Collection.h"

namespace mmtrack::clinical {

std::optional<Decimal> Collection::sum(const Decimal& a, const Decimal& b)
{
    return a.plus(b);
}

std::optional<Collection::Assessment> Collection::assess(const QList<Decimal>& yields,
                                                         std::optional<int> transplantsPlanned)
{
    if (yields.isEmpty())
        return std::nullopt;
    Assessment result;
    for (const Decimal& yield : yields) {
        const auto total = sum(result.cd34Total, yield);
        if (!total)
            return std::nullopt;
        result.cd34Total = *total;
    }
    result.transplantsPlanned = transplantsPlanned.value_or(1) >= 2 ? 2 : 1;
    const bool tandem = result.transplantsPlanned == 2;
    const Decimal minimum = Decimal::fromInt(tandem ? 4 : 2);
    const Decimal optimal = Decimal::fromInt(tandem ? 8 : 4);
    result.meetsMinimum = result.cd34Total >= minimum;
    result.meetsOptimal = result.cd34Total >= optimal;

    result.explanation << tr("CD34+ collected: %1 ×10⁶/kg in %n apheresis day(s).", nullptr,
                             static_cast<int>(yields.size()))
                              .arg(result.cd34Total.toString());
    result.explanation << (tandem ? tr("Tandem transplant planned: minimum %1, optimal ≥ %2 "
                                       "×10⁶/kg.")
                                  : tr("Single transplant planned: minimum %1, optimal ≥ %2 "
                                       "×10⁶/kg."))
                              .arg(minimum.toString(), optimal.toString());
    if (result.meetsOptimal)
        result.explanation << tr("%1 ≥ %2: the optimal target is met.")
                                  .arg(result.cd34Total.toString(), optimal.toString());
    else if (result.meetsMinimum)
        result.explanation << tr("%1 ≥ %2 but < %3: the minimum is met, the optimal target is not.")
                                  .arg(result.cd34Total.toString(), minimum.toString(),
                                       optimal.toString());
    else
        result.explanation << tr("%1 < %2: the minimum is not met.")
                                  .arg(result.cd34Total.toString(), minimum.toString());
    return result;
}

} // namespace mmtrack::clinical
