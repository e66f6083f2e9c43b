#pragma once

#include "clinical/Decimal.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>
#include <variant>

namespace mmtrack::clinical {

// Neutrophil and platelet engraftment after one transplant (clinical-reference.md §4.7,
// CIBMTR definitions). All thresholds are compared exactly (Decimal), counts in ×10⁹/L.
//
// Conventions:
// - Only values from day 0 up to (not including) the next transplant's day 0 are used.
// - Several values on one day: the worst (lowest) of that day stands for the day [C]; the
//   time of day only orders them and never changes which day they belong to.
// - "3 consecutive values on different days" means three consecutive days *with a value*,
//   not three calendar days: a day without a value breaks nothing.
// - Nadir = first day of the lowest value from day 0; only later days can start the run (the
//   nadir rule applies to platelets too [C]).
// - ANC: the reported ANC, else WBC × neutrophil % / 100. A day with neither is skipped.
// - Platelets: no platelet transfusion from candidate day − 6 through the third qualifying
//   value [C] (CIBMTR: eligible when candidate − last transfusion ≥ 7 days).
// - Platelets "not applicable": at least one value, none below the threshold, and no
//   platelet transfusion from day 0 to the next day 0 (or to the last value).
// - Never extrapolated: without three qualifying values the outcome is "not reached".
class Engraftment {
    Q_DECLARE_TR_FUNCTIONS(Engraftment)

public:
    static constexpr QLatin1String ruleSet{"CIBMTR-2024"};

    struct Count {
        QDate date;
        std::optional<QTime> time;
        std::optional<Decimal> anc;               // ×10⁹/L
        std::optional<Decimal> wbc;               // ×10⁹/L
        std::optional<Decimal> neutrophilPercent; // %
        std::optional<Decimal> platelets;         // ×10⁹/L
    };

    struct Input {
        QDate day0;
        std::optional<QDate> nextDay0;
        QList<Count> counts;
        QList<QDate> plateletTransfusions;
    };

    struct Reached {
        QDate date;
        int day = 0;
        bool operator==(const Reached&) const = default;
    };
    struct NotReached {
        bool operator==(const NotReached&) const = default;
    };
    struct NotApplicable {
        bool operator==(const NotApplicable&) const = default;
    };
    using Outcome = std::variant<Reached, NotReached, NotApplicable>;

    struct Result {
        QString ruleSet;
        Outcome neutrophils = NotReached{};
        Outcome platelets20 = NotReached{};
        Outcome platelets50 = NotReached{};
        QStringList explanation;
    };

    static Result evaluate(const Input& input);

    // The ANC of one count: reported, else WBC × % / 100; nullopt when neither is possible.
    static std::optional<Decimal> absoluteNeutrophils(const Count& count);
};

} // namespace mmtrack::clinical
