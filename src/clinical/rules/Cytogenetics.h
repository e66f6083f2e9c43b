#pragma once

#include "clinical/Decimal.h"

#include <initializer_list>
#include <optional>

namespace mmtrack::clinical {

// del(1p32) status as in the case format: none | monoallelic | biallelic.
enum class Del1p32 { None, Monoallelic, Biallelic };

// FISH / sequencing results as in the case format's `cytogenetics` object. Every field is
// optional: nullopt means "not reported", never "absent".
struct Cytogenetics {
    std::optional<bool> del17p;
    std::optional<Decimal> del17pCcfPercent; // cancer clonal fraction of del(17p), %
    std::optional<bool> tp53Mutation;
    std::optional<bool> t4_14;
    std::optional<bool> t14_16;
    std::optional<bool> t14_20;
    std::optional<bool> t11_14;
    std::optional<int> chr1qCopies; // 2 normal, 3 gain, >= 4 amplification
    std::optional<Del1p32> del1p32;

    // 1q+ (gain or amplification) = 3 or more copies of 1q21; nullopt when not reported.
    std::optional<bool> gain1q() const
    {
        if (!chr1qCopies)
            return std::nullopt;
        return *chr1qCopies >= 3;
    }

    // del(17p) as R-ISS and R2-ISS count it: the flag alone is enough. Without the flag a
    // reported clonal fraction decides (> 0 % present, 0 % absent).
    std::optional<bool> del17pPresent() const
    {
        if (del17p)
            return *del17p;
        if (del17pCcfPercent)
            return !del17pCcfPercent->isZero() && !del17pCcfPercent->isNegative();
        return std::nullopt;
    }
};

// Three-valued logic: true, false, or nullopt = "unknown (a missing value could decide)".
namespace tri {

inline std::optional<bool> anyOf(std::initializer_list<std::optional<bool>> values)
{
    bool unknown = false;
    for (const auto& v : values) {
        if (v && *v)
            return true;
        if (!v)
            unknown = true;
    }
    if (unknown)
        return std::nullopt;
    return false;
}

inline std::optional<bool> allOf(std::initializer_list<std::optional<bool>> values)
{
    bool unknown = false;
    for (const auto& v : values) {
        if (v && !*v)
            return false;
        if (!v)
            unknown = true;
    }
    if (unknown)
        return std::nullopt;
    return true;
}

} // namespace tri

} // namespace mmtrack::clinical
