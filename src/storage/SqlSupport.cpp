#include "storage/SqlSupport.h"

#include "common/Logging.h"

namespace mmtrack::storage {

QString toStoredTime(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStoredTime(const QString& text)
{
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
