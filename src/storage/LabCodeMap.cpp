#include "storage/LabCodeMap.h"

#include "clinical/LabCatalogue.h"
#include "storage/AuditLog.h"
#include "storage/Permissions.h"
#include "storage/SqlSupport.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace mmtrack::storage {

using clinical::Problem;
using clinical::Result;

const QString LabCodeMap::kTable = QStringLiteral("lab_code_map");

namespace {

QJsonObject toJson(const LabCodeMapping& mapping)
{
    QJsonObject json;
    json[QStringLiteral("code")] = mapping.code;
    json[QStringLiteral("test")] = mapping.testKey;
    json[QStringLiteral("note")] = mapping.note;
    return json;
}

} // namespace

LabCodeMap::LabCodeMap(Database& database, const clinical::Clock& clock)
    : m_database(database), m_clock(clock)
{
}

Result<QList<LabCodeMapping>> LabCodeMap::all() const
{
    QSqlQuery query(m_database.connection());
    if (!run(query,
             QStringLiteral(
                 "SELECT id, code, test_key, note, row_version FROM lab_code_map ORDER BY code")))
        return SqlText::failure(tr("read the code mapping"), query.lastError());
    QList<LabCodeMapping> mappings;
    while (query.next())
        mappings << LabCodeMapping{query.value(0).toLongLong(), query.value(1).toString(),
                                   query.value(2).toString(), query.value(3).toString(),
                                   query.value(4).toInt()};
    return mappings;
}

Result<QHash<QString, QString>> LabCodeMap::lookup() const
{
    const auto mappings = all();
    if (!mappings)
        return mappings.problems();
    QHash<QString, QString> map;
    for (const LabCodeMapping& mapping : mappings.value())
        map.insert(mapping.code, mapping.testKey);
    return map;
}

Result<LabCodeMapping> LabCodeMap::set(const QString& code, const QString& testKey,
                                       const QString& note, const QString& requestedUser)
{
    const Result<QString> actor = authorize(m_database, Action::ImportLabs, requestedUser);
    if (!actor)
        return actor.problems();
    const QString& user = actor.value();
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return Problem{QStringLiteral("code"), tr("The local code is required.")};
    if (!clinical::LabCatalogue::byKey(testKey))
        return Problem{QStringLiteral("test"), tr("Unknown test \"%1\".").arg(testKey)};
    const auto existing = all();
    if (!existing)
        return existing.problems();
    std::optional<LabCodeMapping> before;
    for (const LabCodeMapping& mapping : existing.value())
        if (mapping.code == trimmed)
            before = mapping;

    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.began())
        return SqlText::failure(tr("begin a transaction"), db.lastError());
    const QString now = toStoredTime(m_clock.nowUtc());
    QSqlQuery query(db);
    qint64 id = 0;
    if (before) {
        if (!run(query,
                 QStringLiteral("UPDATE lab_code_map SET test_key = ?, note = ?, row_version = "
                                "row_version + 1, "
                                "updated_at = ?, updated_by = ? WHERE id = ?"),
                 {testKey, text(note), now, text(user), before->id}))
            return SqlText::failure(tr("save the code mapping"), query.lastError());
        id = before->id;
    } else {
        if (!run(query,
                 QStringLiteral("INSERT INTO lab_code_map (code, test_key, note, created_at, "
                                "created_by, updated_at, "
                                "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {trimmed, testKey, text(note), now, text(user), now, text(user)}) ||
            !query.next())
            return SqlText::failure(tr("save the code mapping"), query.lastError());
        id = query.value(0).toLongLong();
        query.finish();
    }
    const LabCodeMapping after{id, trimmed, testKey, note, before ? before->rowVersion + 1 : 1};
    AuditEntry audit{0,
                     m_clock.nowUtc(),
                     user,
                     before ? QStringLiteral("update") : QStringLiteral("insert"),
                     kTable,
                     id,
                     before ? toJson(*before) : QJsonObject(),
                     toJson(after),
                     {}};
    if (const auto recorded = AuditLog::record(db, audit); !recorded)
        return recorded.problems();
    if (!transaction.commit())
        return SqlText::failure(tr("save the code mapping"), db.lastError());
    return after;
}

clinical::Status LabCodeMap::remove(const QString& code, const QString& requestedUser)
{
    const Result<QString> actor = authorize(m_database, Action::ImportLabs, requestedUser);
    if (!actor)
        return actor.problems();
    const QString& user = actor.value();
    const auto existing = all();
    if (!existing)
        return existing.problems();
    for (const LabCodeMapping& mapping : existing.value()) {
        if (mapping.code != code.trimmed())
            continue;
        QSqlDatabase db = m_database.connection();
        Transaction transaction(db);
        QSqlQuery query(db);
        if (!transaction.began() ||
            !run(query, QStringLiteral("DELETE FROM lab_code_map WHERE id = ?"), {mapping.id}))
            return SqlText::failure(tr("delete the code mapping"), query.lastError());
        AuditEntry audit{0,
                         m_clock.nowUtc(),
                         user,
                         QStringLiteral("delete"),
                         kTable,
                         mapping.id,
                         toJson(mapping),
                         {},
                         {}};
        if (const auto recorded = AuditLog::record(db, audit); !recorded)
            return recorded.problems();
        if (!transaction.commit())
            return SqlText::failure(tr("delete the code mapping"), db.lastError());
        return clinical::Done{};
    }
    return Problem{QStringLiteral("code"), tr("No mapping for the code %1.").arg(code)};
}

} // namespace mmtrack::storage
