#include "storage/Migrator.h"

#include "common/Logging.h"
#include "storage/SqlSupport.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace mmtrack::storage {

using clinical::Problem;
using clinical::Result;
using clinical::Status;

namespace {

QList<Migration> loadShipped()
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString& entry : dir.entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = fileName.match(entry);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations << Migration{match.captured(1).toInt(), match.captured(2),
                                QString::fromUtf8(file.readAll())};
    }
    // Versions must run 1, 2, 3... without a gap: a gap means a file went missing.
    for (qsizetype i = 0; i < migrations.size(); ++i)
        Q_ASSERT(migrations[i].version == i + 1);
    return migrations;
}

} // namespace

const QList<Migration>& Migrator::shipped()
{
    static const QList<Migration> migrations = loadShipped();
    return migrations;
}

int Migrator::latestVersion()
{
    return shipped().isEmpty() ? 0 : shipped().last().version;
}

QStringList Migrator::statements(const Migration& migration, Dialect dialect)
{
    // Whole-line comments and the other dialect's blocks go; a block runs to the next marker.
    static const QRegularExpression marker(QStringLiteral("^--\\s*dialect:\\s*(\\w+)\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString own = dialectName(dialect);
    QString block = QStringLiteral("all");
    QString sql;
    for (const QString& line : migration.sql.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (const QRegularExpressionMatch match = marker.match(trimmed); match.hasMatch()) {
            block = match.captured(1).toLower();
            continue;
        }
        if (block != QLatin1String("all") && block != own)
            continue;
        if (!trimmed.startsWith(QLatin1String("--")))
            sql += line + QLatin1Char('\n');
    }
    sql.replace(QLatin1String("{{ID}}"), autoNumberedKey(dialect));

    // A semicolon ends a statement unless it is quoted ('text', "name", $tag$ body $tag$) or
    // inside an SQLite trigger, whose body holds statements of its own up to its END.
    static const QRegularExpression triggerStart(QStringLiteral("^CREATE\\s+TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(QStringLiteral("\\bEND$"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dollarTag(QStringLiteral("\\$[A-Za-z_]?[A-Za-z0-9_]*\\$"));
    QStringList result;
    QString pending;
    QChar quote;    // ' or " while inside one
    QString dollar; // the $tag$ while inside a dollar-quoted body
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!dollar.isEmpty()) {
            if (c == QLatin1Char('$') && QStringView(sql).mid(i).startsWith(dollar)) {
                pending += dollar;
                i += dollar.size() - 1;
                dollar.clear();
            } else {
                pending += c;
            }
            continue;
        }
        if (!quote.isNull()) {
            pending += c;
            if (c == quote)
                quote = QChar(); // a doubled quote closes and reopens: the same result
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            pending += c;
            continue;
        }
        if (c == QLatin1Char('$')) {
            const QRegularExpressionMatch match =
                dollarTag.match(sql, i, QRegularExpression::NormalMatch,
                                QRegularExpression::AnchorAtOffsetMatchOption);
            if (match.hasMatch()) {
                dollar = match.captured(0);
                pending += dollar;
                i += dollar.size() - 1;
                continue;
            }
        }
        if (c != QLatin1Char(';')) {
            pending += c;
            continue;
        }
        const QString statement = pending.trimmed();
        if (dialect == Dialect::Sqlite && triggerStart.match(statement).hasMatch() &&
            !triggerEnd.match(statement).hasMatch()) {
            pending += c;
            continue;
        }
        if (!statement.isEmpty())
            result << statement;
        pending.clear();
    }
    if (!pending.trimmed().isEmpty())
        result << pending.trimmed();
    return result;
}

Result<int> Migrator::currentVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (dialectOf(db) == Dialect::PostgreSql) {
        // The table as the search path finds it (QSqlDatabase::tables() lists every schema).
        if (!run(query, QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL")) ||
            !query.next())
            return SqlText::failure(tr("read the schema version"), query.lastError());
        if (!query.value(0).toBool())
            return 0;
    } else if (!db.tables().contains(QStringLiteral("schema_migrations"))) {
        return 0;
    }
    if (!run(query, QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !query.next())
        return SqlText::failure(tr("read the schema version"), query.lastError());
    return query.value(0).toInt();
}

Status Migrator::migrate(QSqlDatabase& db, Dialect dialect, const QString& appliedAt)
{
    return migrate(db, dialect, appliedAt, shipped());
}

Status Migrator::migrate(QSqlDatabase& db, Dialect dialect, const QString& appliedAt,
                         const QList<Migration>& migrations)
{
    const Result<int> current = currentVersion(db);
    if (!current)
        return current.problems();
    if (migrations.isEmpty() || current.value() >= migrations.last().version)
        return clinical::Done{};

    Transaction transaction(db);
    if (!transaction.began())
        return SqlText::failure(tr("begin the schema upgrade"), db.lastError());
    for (const Migration& migration : migrations) {
        if (migration.version <= current.value())
            continue;
        QSqlQuery query(db);
        for (const QString& statement : statements(migration, dialect)) {
            if (!query.exec(statement))
                return SqlText::failure(
                    tr("apply migration %1 (%2)").arg(migration.version).arg(migration.name),
                    query.lastError());
        }
        if (!run(query,
                 QStringLiteral(
                     "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                 {migration.version, migration.name, appliedAt}))
            return SqlText::failure(tr("record migration %1").arg(migration.version),
                                    query.lastError());
        common::logger("storage")->info("applied schema migration {} ({})", migration.version,
                                        migration.name.toStdString());
    }
    if (!transaction.commit())
        return SqlText::failure(tr("commit the schema upgrade"), db.lastError());
    return clinical::Done{};
}

} // namespace mmtrack::storage
