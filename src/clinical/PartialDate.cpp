#include "clinical/PartialDate.h"

#include <QRegularExpression>

namespace mmtrack::clinical {

namespace {

int completedYears(QDate birth, QDate at)
{
    int years = at.year() - birth.year();
    if (at.month() < birth.month() || (at.month() == birth.month() && at.day() < birth.day()))
        --years;
    return years;
}

} // namespace

std::optional<PartialDate> PartialDate::fromIso(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int month = match.hasCaptured(2) ? match.captured(2).toInt() : 0;
    const int day = match.hasCaptured(3) ? match.captured(3).toInt() : 0;
    if (year < 1) // year 0000 does not exist in the calendar QDate uses
        return std::nullopt;
    if (match.hasCaptured(2) && (month < 1 || month > 12))
        return std::nullopt;
    if (match.hasCaptured(3) && !QDate::isValid(year, month, day))
        return std::nullopt;
    return PartialDate(year, month, day);
}

PartialDate PartialDate::fromDate(QDate date)
{
    return PartialDate(date.year(), date.month(), date.day());
}

PartialDate::Precision PartialDate::precision() const
{
    if (m_day != 0)
        return Precision::Day;
    if (m_month != 0)
        return Precision::Month;
    return Precision::Year;
}

QString PartialDate::toIso() const
{
    QString iso = QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    if (m_month != 0)
        iso += QStringLiteral("-%1").arg(m_month, 2, 10, QLatin1Char('0'));
    if (m_day != 0)
        iso += QStringLiteral("-%1").arg(m_day, 2, 10, QLatin1Char('0'));
    return iso;
}

QDate PartialDate::earliest() const
{
    return QDate(m_year, m_month == 0 ? 1 : m_month, m_day == 0 ? 1 : m_day);
}

QDate PartialDate::latest() const
{
    if (m_month == 0)
        return QDate(m_year, 12, 31);
    if (m_day == 0)
        return QDate(m_year, m_month, 1).addMonths(1).addDays(-1);
    return QDate(m_year, m_month, m_day);
}

PartialDate::AgeRange PartialDate::ageAt(QDate at) const
{
    // Born as late as possible gives the youngest age, as early as possible the oldest.
    return AgeRange{completedYears(latest(), at), completedYears(earliest(), at)};
}

QString precisionCode(PartialDate::Precision precision)
{
    switch (precision) {
    case PartialDate::Precision::Year:
        return QStringLiteral("year");
    case PartialDate::Precision::Month:
        return QStringLiteral("month");
    case PartialDate::Precision::Day:
        return QStringLiteral("day");
    }
    return {};
}

} // namespace mmtrack::clinical
