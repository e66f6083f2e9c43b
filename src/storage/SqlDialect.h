#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace mmtrack::storage {

// The SQL engines mmtrack runs on. Everything that differs between them is decided here (at
// run time) or in the migrations' dialect blocks (see Migrator::statements), nowhere else.
enum class Dialect { Sqlite, PostgreSql };

// The dialect of an open QtSql connection, by its driver.
Dialect dialectOf(const QSqlDatabase& db);

// The auto-numbered primary key that {{ID}} stands for in the migrations.
QString autoNumberedKey(Dialect dialect);

// The name a dialect block of a migration carries ("-- dialect: sqlite").
QString dialectName(Dialect dialect);

// True for a refused duplicate of a UNIQUE index or primary key.
bool isUniqueViolation(const QSqlError& error);

// The statement that makes the writers of the audit log take turns, run inside the writing
// transaction before the last row is read; empty when the engine needs none. SQLite has one
// writer at a time anyway; PostgreSQL's writers run at once, so two could otherwise read the
// same last row and append two rows with the same id and predecessor.
QString auditAppendLock(Dialect dialect);

} // namespace mmtrack::storage
