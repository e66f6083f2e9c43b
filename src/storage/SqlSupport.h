#pragma once

#include "clinical/Problem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace mmtrack::storage {

// Times in the database: ISO 8601 UTC with milliseconds, sortable as text.
QString toStoredTime(const QDateTime& utc);
QDateTime fromStoredTime(const QString& text);

// A NULL when the optional is empty.
template <typename T> QVariant nullable(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

// Text for a NOT NULL column: QtSql binds a null QString as NULL, so make it "".
inline QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

class SqlText {
    Q_DECLARE_TR_FUNCTIONS(SqlText)
public:
    // A Problem for a failed statement; the SQL error goes to the log, not to the user.
    static clinical::Problem failure(const QString& what, const QSqlError& error);
};

// Prepares and runs a statement with bound values; false on failure (see lastError()).
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values = {});

} // namespace mmtrack::storage
