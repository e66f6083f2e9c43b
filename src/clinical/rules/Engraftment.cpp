#include "clinical/rules/Engraftment.h"

#include "clinical/rules/TransplantDays.h"

#include <algorithm>
#include <functional>
#include <map>

namespace mmtrack::clinical {

namespace {

struct DayValue {
    QDate date;
    Decimal value;
};

// One value per day, the worst (lowest) of the day [C]: a single low value that day is
// what the patient had, so a better value drawn a few hours later must not hide it.
QList<DayValue>
dailyWorst(const Engraftment::Input& input,
           const std::function<std::optional<Decimal>(const Engraftment::Count&)>& valueOf)
{
    std::map<QDate, Decimal> worst;
    for (const Engraftment::Count& count : input.counts) {
        if (!count.date.isValid() || count.date < input.day0)
            continue;
        if (input.nextDay0 && count.date >= *input.nextDay0)
            continue;
        const auto value = valueOf(count);
        if (!value)
            continue;
        const auto it = worst.find(count.date);
        if (it == worst.end())
            worst.emplace(count.date, *value);
        else if (*value < it->second)
            it->second = *value;
    }
    QList<DayValue> series;
    for (const auto& [date, value] : worst)
        series.append({date, value});
    return series;
}

qsizetype nadirIndex(const QList<DayValue>& series)
{
    qsizetype nadir = 0;
    for (qsizetype i = 1; i < series.size(); ++i) {
        if (series[i].value < series[nadir].value)
            nadir = i; // strictly lower: the first day of the minimum is kept
    }
    return nadir;
}

bool transfusedBetween(const QList<QDate>& transfusions, QDate from, QDate through)
{
    return std::any_of(transfusions.begin(), transfusions.end(),
                       [&](QDate t) { return t >= from && t <= through; });
}

struct Run {
    qsizetype start = -1; // index of the engraftment day; -1 when not reached
    qsizetype nadir = -1;
    bool transfusionBlocked = false; // a run of values was discarded for a transfusion
};

// First index k after the nadir with values k, k+1, k+2 all >= threshold; for platelets also
// no transfusion from day(k) - 6 through day(k+2).
Run findRun(const QList<DayValue>& series, const Decimal& threshold,
            const QList<QDate>* transfusions)
{
    Run run;
    if (series.isEmpty())
        return run;
    run.nadir = nadirIndex(series);
    for (qsizetype k = run.nadir + 1; k + 2 < series.size(); ++k) {
        if (series[k].value < threshold || series[k + 1].value < threshold ||
            series[k + 2].value < threshold)
            continue;
        if (transfusions &&
            transfusedBetween(*transfusions, series[k].date.addDays(-6), series[k + 2].date)) {
            run.transfusionBlocked = true;
            continue;
        }
        run.start = k;
        return run;
    }
    return run;
}

QString dayLabel(QDate day0, QDate date)
{
    return TransplantDays::label(TransplantDays::dayNumber(day0, date));
}

} // namespace

std::optional<Decimal> Engraftment::absoluteNeutrophils(const Count& count)
{
    if (count.anc)
        return count.anc;
    if (!count.wbc || !count.neutrophilPercent)
        return std::nullopt;
    const auto product = count.wbc->times(*count.neutrophilPercent);
    if (!product)
        return std::nullopt;
    return product->times(*Decimal::parse(QStringLiteral("0.01")));
}

Engraftment::Result Engraftment::evaluate(const Input& input)
{
    Result result;
    result.ruleSet = ruleSet;
    const QDate day0 = input.day0;
    const auto label = [&](QDate date) { return dayLabel(day0, date); };

    if (input.nextDay0)
        result.explanation << tr("Values from D0 (%1) up to the next transplant's day 0 (%2) "
                                 "are used; one value per day, the lowest of the day.")
                                  .arg(day0.toString(Qt::ISODate),
                                       input.nextDay0->toString(Qt::ISODate));
    else
        result.explanation << tr("Values from D0 (%1) are used; one value per day, the lowest "
                                 "of the day.")
                                  .arg(day0.toString(Qt::ISODate));

    // Neutrophils.
    const Decimal ancThreshold = *Decimal::parse(QStringLiteral("0.5"));
    const QList<DayValue> anc = dailyWorst(input, &Engraftment::absoluteNeutrophils);
    const Run ancRun = findRun(anc, ancThreshold, nullptr);
    if (anc.isEmpty()) {
        result.explanation << tr("Neutrophils: no value from D0: not reached.");
    } else if (ancRun.start < 0) {
        const DayValue& nadir = anc[ancRun.nadir];
        result.explanation << tr("Neutrophils: no 3 consecutive values ≥ %1 ×10⁹/L after the "
                                 "nadir %2 on %3: not reached.")
                                  .arg(ancThreshold.toString(), nadir.value.toString(),
                                       label(nadir.date));
    } else {
        const DayValue& nadir = anc[ancRun.nadir];
        const DayValue& a = anc[ancRun.start];
        const DayValue& b = anc[ancRun.start + 1];
        const DayValue& c = anc[ancRun.start + 2];
        result.neutrophils = Reached{a.date, TransplantDays::dayNumber(day0, a.date)};
        result.explanation << tr("Neutrophils ≥ %1 ×10⁹/L on %2, %3, %4 (%5, %6, %7) after the "
                                 "nadir %8 on %9: engrafted on %2 (%10).")
                                  .arg(ancThreshold.toString(), label(a.date), label(b.date),
                                       label(c.date), a.value.toString(), b.value.toString(),
                                       c.value.toString(), nadir.value.toString(),
                                       label(nadir.date))
                                  .arg(a.date.toString(Qt::ISODate));
    }

    // Platelets.
    const QList<DayValue> plt =
        dailyWorst(input, [](const Count& count) { return count.platelets; });
    // The window for "not applicable": day 0 to the next day 0 (excluded), else to the last
    // value (included).
    QList<QDate> transfusedInWindow;
    if (!plt.isEmpty()) {
        for (const QDate& t : input.plateletTransfusions) {
            if (t < day0)
                continue;
            if (input.nextDay0 ? t >= *input.nextDay0 : t > plt.last().date)
                continue;
            transfusedInWindow.append(t);
        }
        std::sort(transfusedInWindow.begin(), transfusedInWindow.end());
    }

    for (const int thresholdValue : {20, 50}) {
        const Decimal threshold = Decimal::fromInt(thresholdValue);
        Outcome& outcome = thresholdValue == 20 ? result.platelets20 : result.platelets50;
        if (plt.isEmpty()) {
            result.explanation
                << tr("Platelets ≥ %1: no value from D0: not reached.").arg(threshold.toString());
            continue;
        }
        const DayValue& nadir = plt[nadirIndex(plt)];
        if (nadir.value >= threshold && transfusedInWindow.isEmpty()) {
            outcome = NotApplicable{};
            result.explanation << tr("Platelets never below %1 ×10⁹/L (lowest %2 on %3) and no "
                                     "platelet transfusion from D0 to %4: not applicable.")
                                      .arg(threshold.toString(), nadir.value.toString(),
                                           label(nadir.date),
                                           input.nextDay0 ? label(*input.nextDay0)
                                                          : label(plt.last().date));
            continue;
        }
        const Run run = findRun(plt, threshold, &input.plateletTransfusions);
        if (run.start < 0) {
            result.explanation
                << (run.transfusionBlocked
                        ? tr("Platelets: no 3 consecutive values ≥ %1 ×10⁹/L after the nadir "
                             "%2 on %3 without a platelet transfusion from 6 days before the "
                             "first through the third: not reached.")
                        : tr("Platelets: no 3 consecutive values ≥ %1 ×10⁹/L after the nadir "
                             "%2 on %3: not reached."))
                       .arg(threshold.toString(), nadir.value.toString(), label(nadir.date));
            continue;
        }
        const DayValue& a = plt[run.start];
        const DayValue& b = plt[run.start + 1];
        const DayValue& c = plt[run.start + 2];
        outcome = Reached{a.date, TransplantDays::dayNumber(day0, a.date)};
        QString sentence = tr("Platelets ≥ %1 ×10⁹/L on %2, %3, %4 (%5, %6, %7) after the nadir "
                              "%8 on %9, no platelet transfusion from %10 through %4: engrafted "
                              "on %2 (%11).")
                               .arg(threshold.toString(), label(a.date), label(b.date),
                                    label(c.date), a.value.toString(), b.value.toString(),
                                    c.value.toString(), nadir.value.toString(), label(nadir.date))
                               .arg(label(a.date.addDays(-6)), a.date.toString(Qt::ISODate));
        QDate lastBefore;
        for (const QDate& t : input.plateletTransfusions) {
            if (t < a.date && (!lastBefore.isValid() || t > lastBefore))
                lastBefore = t;
        }
        if (lastBefore.isValid())
            sentence += QLatin1Char(' ') + tr("Last platelet transfusion before it: %1 (%n day(s) "
                                              "earlier).",
                                              nullptr, static_cast<int>(lastBefore.daysTo(a.date)))
                                               .arg(label(lastBefore));
        result.explanation << sentence;
    }
    return result;
}

} // namespace mmtrack::clinical
