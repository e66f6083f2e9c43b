#include "clinical/LabResult.h"

namespace mmtrack::clinical {

QString labFlagCode(LabFlag flag)
{
    switch (flag) {
    case LabFlag::None:
        return {};
    case LabFlag::Low:
        return QStringLiteral("L");
    case LabFlag::High:
        return QStringLiteral("H");
    case LabFlag::CriticalLow:
        return QStringLiteral("LL");
    case LabFlag::CriticalHigh:
        return QStringLiteral("HH");
    }
    return {};
}

LabFlag labFlagFromCode(const QString& code)
{
    if (code == QLatin1String("L"))
        return LabFlag::Low;
    if (code == QLatin1String("H"))
        return LabFlag::High;
    if (code == QLatin1String("LL"))
        return LabFlag::CriticalLow;
    if (code == QLatin1String("HH"))
        return LabFlag::CriticalHigh;
    return LabFlag::None;
}

QString labFlagSymbol(LabFlag flag)
{
    switch (flag) {
    case LabFlag::None:
        return {};
    case LabFlag::Low:
        return QStringLiteral("↓");
    case LabFlag::High:
        return QStringLiteral("↑");
    case LabFlag::CriticalLow:
        return QStringLiteral("‼↓");
    case LabFlag::CriticalHigh:
        return QStringLiteral("‼↑");
    }
    return {};
}

QString labSourceCode(LabSource source)
{
    switch (source) {
    case LabSource::Typed:
        return QStringLiteral("typed");
    case LabSource::Csv:
        return QStringLiteral("csv");
    case LabSource::Hl7:
        return QStringLiteral("hl7");
    case LabSource::CaseFile:
        return QStringLiteral("case");
    }
    return {};
}

std::optional<LabSource> labSourceFromCode(const QString& code)
{
    for (LabSource source : {LabSource::Typed, LabSource::Csv, LabSource::Hl7, LabSource::CaseFile})
        if (labSourceCode(source) == code)
            return source;
    return std::nullopt;
}

} // namespace mmtrack::clinical
