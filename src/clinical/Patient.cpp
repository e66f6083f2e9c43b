#include "clinical/Patient.h"

#include <array>
#include <utility>

namespace mmtrack::clinical {

namespace {

constexpr std::array<std::pair<Sex, const char*>, 2> kSexCodes{{
    {Sex::Male, "male"},
    {Sex::Female, "female"},
}};
constexpr std::array<std::pair<HeavyChain, const char*>, 6> kHeavyChainCodes{{
    {HeavyChain::IgG, "IgG"},
    {HeavyChain::IgA, "IgA"},
    {HeavyChain::IgD, "IgD"},
    {HeavyChain::IgE, "IgE"},
    {HeavyChain::IgM, "IgM"},
    {HeavyChain::None, "none"},
}};
constexpr std::array<std::pair<LightChain, const char*>, 2> kLightChainCodes{{
    {LightChain::Kappa, "kappa"},
    {LightChain::Lambda, "lambda"},
}};

template <typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [candidate, code] : table)
        if (candidate == value)
            return QLatin1String(code);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table,
                            const QString& code)
{
    for (const auto& [value, candidate] : table)
        if (code == QLatin1String(candidate))
            return value;
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QStringList codesOf(const std::array<std::pair<Enum, const char*>, N>& table)
{
    QStringList codes;
    for (const auto& entry : table)
        codes << QLatin1String(entry.second);
    return codes;
}

} // namespace

QString sexCode(Sex sex)
{
    return codeOf(kSexCodes, sex);
}
std::optional<Sex> sexFromCode(const QString& code)
{
    return valueOf(kSexCodes, code);
}
QString heavyChainCode(HeavyChain chain)
{
    return codeOf(kHeavyChainCodes, chain);
}
std::optional<HeavyChain> heavyChainFromCode(const QString& code)
{
    return valueOf(kHeavyChainCodes, code);
}
QString lightChainCode(LightChain chain)
{
    return codeOf(kLightChainCodes, chain);
}
std::optional<LightChain> lightChainFromCode(const QString& code)
{
    return valueOf(kLightChainCodes, code);
}
QStringList allSexCodes()
{
    return codesOf(kSexCodes);
}
QStringList allHeavyChainCodes()
{
    return codesOf(kHeavyChainCodes);
}
QStringList allLightChainCodes()
{
    return codesOf(kLightChainCodes);
}

QString PatientText::sex(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return tr("Male");
    case Sex::Female:
        return tr("Female");
    }
    return {};
}

QString PatientText::heavyChain(HeavyChain chain)
{
    if (chain == HeavyChain::None)
        return tr("none (light chain only)");
    return heavyChainCode(chain); // IgG, IgA... are written the same in every language
}

QString PatientText::lightChain(LightChain chain)
{
    return chain == LightChain::Kappa ? QStringLiteral("κ") : QStringLiteral("λ");
}

QString PatientText::isotype(const Patient& patient)
{
    const QString light = patient.lightChain ? lightChain(*patient.lightChain) : QString();
    if (!patient.heavyChain)
        return light;
    if (*patient.heavyChain == HeavyChain::None)
        return light.isEmpty() ? tr("light chain only") : tr("%1 light chain only").arg(light);
    return light.isEmpty() ? heavyChainCode(*patient.heavyChain)
                           : heavyChainCode(*patient.heavyChain) + QLatin1Char(' ') + light;
}

QString PatientText::age(const Patient& patient, QDate at)
{
    if (!patient.birthDate)
        return {};
    const PartialDate::AgeRange range = patient.birthDate->ageAt(at);
    if (range.min == range.max)
        return QString::number(range.min);
    return QStringLiteral("%1–%2").arg(range.min).arg(range.max);
}

} // namespace mmtrack::clinical
