#include "clinical/Clock.h"

namespace mmtrack::clinical {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

QDate SystemClock::today() const
{
    return QDate::currentDate();
}

} // namespace mmtrack::clinical
