#pragma once

#include <QDate>
#include <QString>
#include <compare>
#include <optional>

namespace mmtrack::clinical {

// A calendar date known to the year, the month or the day ("1989", "1989-03",
// "1989-03-14"). The precision is kept and never invented: a month-precision date is not
// silently turned into the first of the month.
class PartialDate {
public:
    enum class Precision { Year, Month, Day };

    // Parses ISO 8601 YYYY, YYYY-MM or YYYY-MM-DD; nullopt for anything else, including
    // impossible dates such as 2025-02-30.
    static std::optional<PartialDate> fromIso(const QString& text);
    static PartialDate fromDate(QDate date);

    int year() const { return m_year; }
    int month() const { return m_month; } // 0 when unknown
    int day() const { return m_day; }     // 0 when unknown
    Precision precision() const;

    QString toIso() const;
    // The first and last calendar day the date can stand for.
    QDate earliest() const;
    QDate latest() const;

    // Completed years between this date and `at`: the smallest and largest the precision
    // allows (equal when the birth date is known to the day).
    struct AgeRange {
        int min = 0;
        int max = 0;
    };
    AgeRange ageAt(QDate at) const;

    auto operator<=>(const PartialDate&) const = default;

private:
    PartialDate(int year, int month, int day) : m_year(year), m_month(month), m_day(day) {}
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

QString precisionCode(PartialDate::Precision precision); // "year", "month", "day"

} // namespace mmtrack::clinical
