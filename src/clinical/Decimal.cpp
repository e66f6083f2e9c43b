#include "clinical/Decimal.h"

#include <QLocale>
#include <cmath>
#include <limits>

namespace mmtrack::clinical {

namespace {

// 128-bit intermediates keep products of two 64-bit mantissas exact (a GCC/Clang extension).
__extension__ typedef __int128 Wide;

constexpr int kMaxScale = 18;
constexpr int kMaxDigits = 17;

Wide pow10(int exponent)
{
    Wide result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

bool fits(Wide value)
{
    return value <= std::numeric_limits<std::int64_t>::max() &&
           value >= std::numeric_limits<std::int64_t>::min();
}

} // namespace

std::optional<Decimal> Decimal::parse(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (text[0] == QLatin1Char('+') || text[0] == QLatin1Char('-')) {
        negative = text[0] == QLatin1Char('-');
        ++i;
    }
    std::int64_t mantissa = 0;
    int digits = 0;
    int scale = 0;
    bool point = false;
    bool anyDigit = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            anyDigit = true;
            if (mantissa != 0 || c != QLatin1Char('0'))
                ++digits;
            if (digits > kMaxDigits)
                return std::nullopt;
            mantissa = mantissa * 10 + (c.unicode() - '0');
            if (point)
                ++scale;
        } else if ((c == QLatin1Char('.') || c == QLatin1Char(',')) && !point) {
            point = true;
        } else {
            return std::nullopt;
        }
    }
    if (!anyDigit || scale > 12)
        return std::nullopt;
    return Decimal(negative ? -mantissa : mantissa, scale).normalized();
}

Decimal Decimal::normalized() const
{
    Decimal d = *this;
    while (d.m_scale > 0 && d.m_mantissa % 10 == 0) {
        d.m_mantissa /= 10;
        --d.m_scale;
    }
    return d;
}

std::optional<Decimal> Decimal::times(const Decimal& factor) const
{
    const Wide product = static_cast<Wide>(m_mantissa) * factor.m_mantissa;
    int scale = m_scale + factor.m_scale;
    Wide value = product;
    while (scale > kMaxScale || (!fits(value) && scale > 0)) {
        if (value % 10 != 0)
            return std::nullopt; // would lose digits
        value /= 10;
        --scale;
    }
    if (!fits(value))
        return std::nullopt;
    return Decimal(static_cast<std::int64_t>(value), scale).normalized();
}

std::optional<Decimal> Decimal::plus(const Decimal& other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    const Wide sum = static_cast<Wide>(m_mantissa) * pow10(scale - m_scale) +
                     static_cast<Wide>(other.m_mantissa) * pow10(scale - other.m_scale);
    if (!fits(sum))
        return std::nullopt;
    return Decimal(static_cast<std::int64_t>(sum), scale).normalized();
}

std::optional<Decimal> Decimal::dividedBy(const Decimal& divisor) const
{
    if (divisor.m_mantissa == 0)
        return std::nullopt;
    // (a / 10^sa) / (b / 10^sb) = (a * 10^(sb + k)) / b / 10^(sa + k), exact when b divides.
    for (int k = 0; k <= 12; ++k) {
        const int scale = m_scale + k;
        if (divisor.m_scale + k > 30 || scale > kMaxScale)
            break;
        const Wide numerator = static_cast<Wide>(m_mantissa) * pow10(divisor.m_scale + k);
        if (numerator % divisor.m_mantissa == 0) {
            const Wide quotient = numerator / divisor.m_mantissa;
            if (!fits(quotient))
                return std::nullopt;
            return Decimal(static_cast<std::int64_t>(quotient), scale).normalized();
        }
    }
    return std::nullopt;
}

double Decimal::toDouble() const
{
    return static_cast<double>(m_mantissa) / std::pow(10.0, m_scale);
}

QString Decimal::toString() const
{
    const Wide magnitude = m_mantissa < 0 ? -static_cast<Wide>(m_mantissa) : m_mantissa;
    QString digits = QString::number(static_cast<qulonglong>(magnitude));
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits = QString(m_scale - digits.size() + 1, QLatin1Char('0')) + digits;
        digits.insert(digits.size() - m_scale, QLatin1Char('.'));
    }
    return m_mantissa < 0 ? QLatin1Char('-') + digits : digits;
}

QString Decimal::toString(int decimals) const
{
    if (decimals >= m_scale) {
        QString text = toString();
        if (decimals > 0) {
            if (!text.contains(QLatin1Char('.')))
                text += QLatin1Char('.');
            text += QString(decimals - (m_scale), QLatin1Char('0'));
        }
        return text;
    }
    // Round half away from zero at `decimals` places.
    const Wide divisor = pow10(m_scale - decimals);
    Wide value = m_mantissa;
    const Wide half = divisor / 2;
    value = value >= 0 ? (value + half) / divisor : (value - half) / divisor;
    return Decimal(static_cast<std::int64_t>(value), decimals).toString(decimals);
}

std::strong_ordering Decimal::operator<=>(const Decimal& other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    const Wide a = static_cast<Wide>(m_mantissa) * pow10(scale - m_scale);
    const Wide b = static_cast<Wide>(other.m_mantissa) * pow10(scale - other.m_scale);
    return a < b   ? std::strong_ordering::less
           : a > b ? std::strong_ordering::greater
                   : std::strong_ordering::equal;
}

} // namespace mmtrack::clinical
