#pragma once

#include "clinical/PartialDate.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace mmtrack::clinical {

// Day numbering around a transplant (clinical-reference.md §4.6) and the tandem interval
// (§4.9). Day 0 is the day of the stem-cell infusion; the day before is D-1 and the day after
// D+1: no day is skipped, so a day number is simply the calendar days from day 0.
class TransplantDays {
    Q_DECLARE_TR_FUNCTIONS(TransplantDays)

public:
    static constexpr QLatin1String ruleSet{"MMTRACK-DAYS-1"};

    // Calendar days from day 0 to `date` (negative before day 0).
    static int dayNumber(QDate day0, QDate date);
    // nullopt unless `date` is known to the day: a month or a year has no day number.
    static std::optional<int> dayNumber(QDate day0, const PartialDate& date);
    // "D-1", "D0", "D+9".
    static QString label(int day);

    struct TandemInterval {
        int intervalDays = 0;
        bool within6Months = false;
        QStringList explanation;
    };
    // Convention: the second transplant is "within 6 months" when its day 0 is on or before
    // the first day 0 + 6 calendar months (QDate::addMonths, which clamps to the month's last
    // day: 2025-08-31 + 6 months = 2026-02-28).
    static TandemInterval tandem(QDate firstDay0, QDate secondDay0);
};

} // namespace mmtrack::clinical
