#include "storage/SqlSupport.h"

#include "common/Logging.h"

namespace mmtrack::storage {

QString toStoredTime(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStoredTime(const QString& text)
{
    // The format toStoredTime writes, read directly: QDateTime::fromString is slow enough to
    // dominate reading thousands of rows.
    auto digits = [&](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if (text.size() == 24 && text[10] == QLatin1Char('T') && text[23] == QLatin1Char('Z')) {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

clinical::Problem SqlText::failure(const QString& what, const QSqlError& error)
{
    common::logger("storage")->error("{} failed: {}", what.toStdString(),
                                     error.text().toStdString());
    return clinical::Problem{QString(),
                             tr("The database could not %1: %2").arg(what, error.databaseText())};
}

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace mmtrack::storage
