#include "clinical/LabMeasurement.h"

#include <QHash>

namespace mmtrack::clinical {

namespace {

// Units as people type them, to their UCUM spelling.
QString normalizedUnit(const QString& text)
{
    QString unit = text.trimmed();
    unit.replace(QStringLiteral("µ"), QStringLiteral("u"));
    unit.replace(QStringLiteral("μ"), QStringLiteral("u"));
    static const QHash<QString, QString> aliases{
        {QStringLiteral("10^9/L"), QStringLiteral("10*9/L")},
        {QStringLiteral("x10^9/L"), QStringLiteral("10*9/L")},
        {QStringLiteral("×10⁹/L"), QStringLiteral("10*9/L")},
        {QStringLiteral("10E9/L"), QStringLiteral("10*9/L")},
        {QStringLiteral("10^3/uL"), QStringLiteral("10*3/uL")},
        {QStringLiteral("K/uL"), QStringLiteral("10*3/uL")},
        {QStringLiteral("mg/24h"), QStringLiteral("mg/(24.h)")},
        {QStringLiteral("mg/24 h"), QStringLiteral("mg/(24.h)")},
        {QStringLiteral("mg/d"), QStringLiteral("mg/(24.h)")},
        {QStringLiteral("g/24h"), QStringLiteral("g/(24.h)")},
        {QStringLiteral("g/24 h"), QStringLiteral("g/(24.h)")},
        {QStringLiteral("ratio"), QStringLiteral("{ratio}")},
        {QStringLiteral("IU/L"), QStringLiteral("U/L")},
    };
    return aliases.value(unit, unit);
}

} // namespace

LabFlag LabMeasurement::flagFor(const LabTest& test, const Decimal& canonical,
                                const std::optional<Decimal>& low,
                                const std::optional<Decimal>& high)
{
    if (test.critical.low && canonical < *test.critical.low)
        return LabFlag::CriticalLow;
    if (test.critical.high && canonical > *test.critical.high)
        return LabFlag::CriticalHigh;
    if (low && canonical < *low)
        return LabFlag::Low;
    if (high && canonical > *high)
        return LabFlag::High;
    return LabFlag::None;
}

Result<LabMeasurement::Measured> LabMeasurement::measure(const LabEntry& entry,
                                                         std::optional<Sex> sex)
{
    const LabTest* test = LabCatalogue::byKey(entry.testKey);
    if (!test)
        return Problem{QStringLiteral("test"), tr("Unknown test \"%1\".").arg(entry.testKey)};
    Measured measured;
    measured.test = test;
    const QString value = entry.value.trimmed();
    if (value.isEmpty())
        return Problem{QStringLiteral("value"), tr("No value.")};

    if (test->isQualitative()) {
        const QString choice = value.toLower();
        if (!test->choices.contains(choice))
            return Problem{QStringLiteral("value"),
                           tr("\"%1\" is not a result of %2: use %3.")
                               .arg(value, LabCatalogue::name(test->key),
                                    test->choices.join(QStringLiteral(" / ")))};
        measured.qualitative = choice;
        return measured;
    }

    Problems problems;
    QString unit = normalizedUnit(entry.unit);
    if (unit.isEmpty() && test->unit == QLatin1String("{ratio}"))
        unit = test->unit;
    const std::optional<Decimal> factor = test->factorFor(unit);
    if (unit.isEmpty())
        problems << Problem{
            QStringLiteral("unit"),
            tr("No unit: %1 is measured in %2.")
                .arg(LabCatalogue::name(test->key), test->units().join(QStringLiteral(", ")))};
    else if (!factor)
        problems << Problem{QStringLiteral("unit"),
                            tr("%1 is not a unit for %2: use %3.")
                                .arg(entry.unit.trimmed(), LabCatalogue::name(test->key),
                                     test->units().join(QStringLiteral(", ")))};
    const std::optional<Decimal> number = Decimal::parse(value);
    if (!number)
        problems << Problem{QStringLiteral("value"), tr("\"%1\" is not a number.").arg(value)};
    if (!problems.isEmpty())
        return problems;

    const std::optional<Decimal> canonical = number->times(*factor);
    if (!canonical || (test->plausible.low && *canonical < *test->plausible.low) ||
        (test->plausible.high && *canonical > *test->plausible.high))
        return Problem{
            QStringLiteral("value"),
            tr("%1 %2 is not a possible %3 (plausible: %4 to %5 %6).")
                .arg(value, LabCatalogue::displayUnit(unit), LabCatalogue::name(test->key),
                     test->plausible.low ? test->plausible.low->toString() : QStringLiteral("−∞"),
                     test->plausible.high ? test->plausible.high->toString() : QStringLiteral("∞"),
                     LabCatalogue::displayUnit(test->unit))};
    measured.value = canonical;
    measured.unit = unit;

    // The range printed on the report wins over the default; it is in the entry's unit.
    auto reportBound = [&](const QString& text, const char* field) -> std::optional<Decimal> {
        if (text.trimmed().isEmpty())
            return std::nullopt;
        const auto bound = Decimal::parse(text);
        const auto converted = bound ? bound->times(*factor) : std::nullopt;
        if (!converted)
            problems << Problem{QLatin1String(field),
                                tr("\"%1\" is not a number.").arg(text.trimmed())};
        return converted;
    };
    measured.refLow = reportBound(entry.refLow, "ref_low");
    measured.refHigh = reportBound(entry.refHigh, "ref_high");
    if (measured.refLow && measured.refHigh && *measured.refLow > *measured.refHigh)
        problems << Problem{QStringLiteral("ref_high"),
                            tr("The reference range ends below its start.")};
    if (!problems.isEmpty())
        return problems;
    measured.refFromReport = measured.refLow || measured.refHigh;
    if (!measured.refFromReport) {
        const LabRange& defaults = test->defaultRange(sex);
        measured.refLow = defaults.low;
        measured.refHigh = defaults.high;
    }
    measured.flag = flagFor(*test, *canonical, measured.refLow, measured.refHigh);
    return measured;
}

Status LabMeasurement::apply(const LabEntry& entry, std::optional<Sex> sex, LabResult& result)
{
    Result<Measured> measured = measure(entry, sex);
    if (!measured)
        return measured.problems();
    const Measured& m = measured.value();
    result.testKey = m.test->key;
    result.enteredValue = entry.value.trimmed();
    result.enteredUnit = m.unit;
    result.value = m.value;
    result.qualitative = m.qualitative;
    result.refLow = m.refLow;
    result.refHigh = m.refHigh;
    result.refFromReport = m.refFromReport;
    result.flag = m.flag;
    return Done{};
}

} // namespace mmtrack::clinical
