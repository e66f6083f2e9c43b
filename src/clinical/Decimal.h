#pragma once

#include <QString>
#include <compare>
#include <cstdint>
#include <optional>

namespace mmtrack::clinical {

// An exact decimal number: mantissa × 10^-scale. Lab values arrive as decimal text and all
// unit factors are decimal (×10, ×88.4, ×0.001), so conversions and threshold comparisons
// stay exact: 17.5 g/dL is 175 g/L, never 175.00000000000003.
class Decimal {
public:
    Decimal() = default;
    static Decimal fromInt(std::int64_t value) { return Decimal(value, 0); }
    // "83", "-0.02", "1,5" (decimal comma), "+7"; nullopt for anything else, including
    // exponents, thousands separators, more than 12 decimals or more than 17 digits.
    static std::optional<Decimal> parse(const QString& text);

    // Exact product and sum; nullopt when the result would not fit.
    std::optional<Decimal> times(const Decimal& factor) const;
    std::optional<Decimal> plus(const Decimal& other) const;
    // Exact quotient when it has at most 12 decimals (as a value converted back to the unit
    // it was entered in does); nullopt otherwise or for a zero divisor.
    std::optional<Decimal> dividedBy(const Decimal& divisor) const;

    double toDouble() const;
    // Shortest exact text ("175", "0.02"), or rounded to `decimals` places.
    QString toString() const;
    QString toString(int decimals) const;
    bool isNegative() const { return m_mantissa < 0; }
    bool isZero() const { return m_mantissa == 0; }

    std::strong_ordering operator<=>(const Decimal& other) const;
    bool operator==(const Decimal& other) const { return (*this <=> other) == 0; }

private:
    Decimal(std::int64_t mantissa, int scale) : m_mantissa(mantissa), m_scale(scale) {}
    Decimal normalized() const;

    std::int64_t m_mantissa = 0;
    int m_scale = 0; // digits after the decimal point
};

} // namespace mmtrack::clinical
