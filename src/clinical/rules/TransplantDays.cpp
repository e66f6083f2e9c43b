#include "clinical/rules/TransplantDays.h"

namespace mmtrack::clinical {

int TransplantDays::dayNumber(QDate day0, QDate date)
{
    return static_cast<int>(day0.daysTo(date));
}

std::optional<int> TransplantDays::dayNumber(QDate day0, const PartialDate& date)
{
    if (date.precision() != PartialDate::Precision::Day)
        return std::nullopt;
    return dayNumber(day0, date.earliest());
}

QString TransplantDays::label(int day)
{
    if (day == 0)
        return QStringLiteral("D0");
    if (day > 0)
        return QStringLiteral("D+") + QString::number(day);
    return QStringLiteral("D-") + QString::number(-static_cast<qint64>(day));
}

TransplantDays::TandemInterval TransplantDays::tandem(QDate firstDay0, QDate secondDay0)
{
    TandemInterval result;
    result.intervalDays = dayNumber(firstDay0, secondDay0);
    const QDate limit = firstDay0.addMonths(6);
    result.within6Months = secondDay0 <= limit;
    result.explanation << tr("Second transplant %1 is %n day(s) after the first (%2).", nullptr,
                             result.intervalDays)
                              .arg(secondDay0.toString(Qt::ISODate),
                                   firstDay0.toString(Qt::ISODate));
    if (result.within6Months)
        result.explanation << tr("It is on or before %1 (first day 0 + 6 months): within 6 months.")
                                  .arg(limit.toString(Qt::ISODate));
    else
        result.explanation << tr("It is after %1 (first day 0 + 6 months): not within 6 months.")
                                  .arg(limit.toString(Qt::ISODate));
    return result;
}

} // namespace mmtrack::clinical
