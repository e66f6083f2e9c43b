#include "storage/PathwayRepository.h"

#include "clinical/PathwayEventValidator.h"
#include "common/Logging.h"
#include "storage/AuditLog.h"
#include "storage/Permissions.h"
#include "storage/SqlSupport.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace mmtrack::storage {

using clinical::Decimal;
using clinical::DiagnosisDetails;
using clinical::PartialDate;
using clinical::PathwayEvent;
using clinical::Problem;
using clinical::Result;

const QString PathwayRepository::kDetailsTable = QStringLiteral("diagnosis_details");
const QString PathwayRepository::kEventsTable = QStringLiteral("pathway_events");

namespace {

QVariant flag(const std::optional<bool>& value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant();
}

std::optional<bool> flagColumn(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<bool>(value.toInt() != 0);
}

std::optional<int> intColumn(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QString del1p32Code(clinical::Del1p32 value)
{
    switch (value) {
    case clinical::Del1p32::None:
        return QStringLiteral("none");
    case clinical::Del1p32::Monoallelic:
        return QStringLiteral("monoallelic");
    case clinical::Del1p32::Biallelic:
        return QStringLiteral("biallelic");
    }
    return {};
}

std::optional<clinical::Del1p32> del1p32FromCode(const QString& code)
{
    for (auto value :
         {clinical::Del1p32::None, clinical::Del1p32::Monoallelic, clinical::Del1p32::Biallelic})
        if (del1p32Code(value) == code)
            return value;
    return std::nullopt;
}

const QString kDetailColumns = QStringLiteral(
    "fish_done, del17p, del17p_ccf_percent, tp53_mutation, t4_14, t14_16, t14_20, t11_14, "
    "chr1q_copies, del1p32, "
    "biopsy_proven_plasmacytoma, osteolytic_lesions, mri_focal_lesions, transplants_planned");

QVariantList detailValues(const DiagnosisDetails& d)
{
    const auto& c = d.cytogenetics;
    return {c ? 1 : 0,
            c ? flag(c->del17p) : QVariant(),
            c && c->del17pCcfPercent ? QVariant(c->del17pCcfPercent->toString()) : QVariant(),
            c ? flag(c->tp53Mutation) : QVariant(),
            c ? flag(c->t4_14) : QVariant(),
            c ? flag(c->t14_16) : QVariant(),
            c ? flag(c->t14_20) : QVariant(),
            c ? flag(c->t11_14) : QVariant(),
            c && c->chr1qCopies ? QVariant(*c->chr1qCopies) : QVariant(),
            c && c->del1p32 ? QVariant(del1p32Code(*c->del1p32)) : QVariant(),
            flag(d.biopsyProvenPlasmacytoma),
            d.osteolyticLesions ? QVariant(*d.osteolyticLesions) : QVariant(),
            d.mriFocalLesions ? QVariant(*d.mriFocalLesions) : QVariant(),
            d.transplantsPlanned};
}

const QString kEventColumns =
    QStringLiteral("type, event_date, end_date, phase, regimen, cycle, transplant_number, "
                   "cd34_10e6_per_kg, agents, product, label, "
                   "note, reason");

QVariantList eventValues(const PathwayEvent& e)
{
    return {clinical::eventTypeCode(e.type),
            e.date.toIso(),
            e.endDate ? QVariant(e.endDate->toIso()) : QVariant(),
            text(e.phase),
            text(e.regimen),
            e.cycle ? QVariant(*e.cycle) : QVariant(),
            e.number ? QVariant(*e.number) : QVariant(),
            e.cd34PerKg ? QVariant(e.cd34PerKg->toString()) : QVariant(),
            text(e.agents.join(QLatin1Char(','))),
            text(e.product),
            text(e.label),
            text(e.note),
            text(e.reason)};
}

} // namespace

PathwayRepository::PathwayRepository(Database& database, const clinical::Clock& clock)
    : m_database(database), m_clock(clock)
{
}

QJsonObject PathwayRepository::toAuditJson(const DiagnosisDetails& details)
{
    QJsonObject json;
    const QStringList columns = kDetailColumns.split(QStringLiteral(", "));
    const QVariantList values = detailValues(details);
    for (qsizetype i = 0; i < columns.size(); ++i)
        json[columns[i]] = QJsonValue::fromVariant(values[i]);
    return json;
}

QJsonObject PathwayRepository::toAuditJson(const PathwayEvent& event)
{
    QJsonObject json;
    const QStringList columns = kEventColumns.split(QStringLiteral(", "));
    const QVariantList values = eventValues(event);
    for (qsizetype i = 0; i < columns.size(); ++i)
        json[columns[i]] = QJsonValue::fromVariant(values[i]);
    return json;
}

clinical::Status PathwayRepository::saveDetails(qint64 patientId, const DiagnosisDetails& details,
                                                const QString& requestedUser)
{
    const Result<QString> actor = authorize(m_database, Action::EditEvents, requestedUser);
    if (!actor)
        return actor.problems();
    const QString& user = actor.value();
    if (details.transplantsPlanned < 1 || details.transplantsPlanned > 2)
        return Problem{QStringLiteral("transplants_planned"),
                       tr("One or two transplants can be planned.")};
    const auto existing = this->details(patientId);
    if (!existing)
        return existing.problems();
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.began())
        return SqlText::failure(tr("begin a transaction"), db.lastError());
    const QString now = toStoredTime(m_clock.nowUtc());
    QSqlQuery query(db);
    QVariantList values = detailValues(details);
    qint64 rowId = 0;
    AuditEntry audit{0, m_clock.nowUtc(), user, QString(), kDetailsTable, 0, {}, {}, {}};
    if (existing.value()) {
        const AuditChange change =
            auditChange(toAuditJson(*existing.value()), toAuditJson(details));
        if (change.isEmpty())
            return clinical::Done{};
        values << now << text(user) << patientId;
        if (!run(query,
                 QStringLiteral(
                     "UPDATE diagnosis_details SET fish_done = ?, del17p = ?, del17p_ccf_percent = "
                     "?, "
                     "tp53_mutation = ?, t4_14 = ?, t14_16 = ?, t14_20 = ?, t11_14 = ?, "
                     "chr1q_copies = ?, "
                     "del1p32 = ?, biopsy_proven_plasmacytoma = ?, osteolytic_lesions = ?, "
                     "mri_focal_lesions = ?, transplants_planned = ?, row_version = row_version + "
                     "1, "
                     "updated_at = ?, updated_by = ? WHERE patient_id = ? RETURNING id"),
                 values) ||
            !query.next())
            return SqlText::failure(tr("save the diagnosis details"), query.lastError());
        rowId = query.value(0).toLongLong();
        audit.action = QStringLiteral("update");
        audit.oldValues = change.oldValues;
        audit.newValues = change.newValues;
    } else {
        values.prepend(patientId);
        values << now << text(user) << now << text(user);
        if (!run(query,
                 QStringLiteral("INSERT INTO diagnosis_details (patient_id, ") + kDetailColumns +
                     QStringLiteral(
                         ", created_at, created_by, updated_at, updated_by) VALUES "
                         "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 values) ||
            !query.next())
            return SqlText::failure(tr("save the diagnosis details"), query.lastError());
        rowId = query.value(0).toLongLong();
        audit.action = QStringLiteral("insert");
        audit.newValues = toAuditJson(details);
    }
    query.finish();
    audit.rowId = rowId;
    if (const auto recorded = AuditLog::record(db, audit); !recorded)
        return recorded.problems();
    if (!transaction.commit())
        return SqlText::failure(tr("save the diagnosis details"), db.lastError());
    common::logger("storage")->info("diagnosis details of patient {} saved", patientId);
    return clinical::Done{};
}

Result<std::optional<DiagnosisDetails>> PathwayRepository::details(qint64 patientId) const
{
    QSqlQuery query(m_database.connection());
    if (!run(query,
             QStringLiteral("SELECT ") + kDetailColumns +
                 QStringLiteral(", row_version FROM diagnosis_details WHERE patient_id = ?"),
             {patientId}))
        return SqlText::failure(tr("read the diagnosis details"), query.lastError());
    if (!query.next())
        return std::optional<DiagnosisDetails>();
    DiagnosisDetails d;
    if (query.value(0).toInt() != 0) {
        clinical::Cytogenetics c;
        c.del17p = flagColumn(query.value(1));
        if (!query.value(2).isNull())
            c.del17pCcfPercent = Decimal::parse(query.value(2).toString());
        c.tp53Mutation = flagColumn(query.value(3));
        c.t4_14 = flagColumn(query.value(4));
        c.t14_16 = flagColumn(query.value(5));
        c.t14_20 = flagColumn(query.value(6));
        c.t11_14 = flagColumn(query.value(7));
        c.chr1qCopies = intColumn(query.value(8));
        c.del1p32 = del1p32FromCode(query.value(9).toString());
        d.cytogenetics = c;
    }
    d.biopsyProvenPlasmacytoma = flagColumn(query.value(10));
    d.osteolyticLesions = intColumn(query.value(11));
    d.mriFocalLesions = intColumn(query.value(12));
    d.transplantsPlanned = query.value(13).toInt();
    d.rowVersion = query.value(14).toInt();
    return std::optional<DiagnosisDetails>(d);
}

Result<StoredEvent> PathwayRepository::addEvent(qint64 patientId, const PathwayEvent& event,
                                                const QString& requestedUser)
{
    const Result<QString> actor = authorize(m_database, Action::EditEvents, requestedUser);
    if (!actor)
        return actor.problems();
    const QString& user = actor.value();
    if (const clinical::Problems problems =
            clinical::PathwayEventValidator::check(event, m_clock.today());
        !problems.isEmpty())
        return problems;
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.began())
        return SqlText::failure(tr("begin a transaction"), db.lastError());
    const QString now = toStoredTime(m_clock.nowUtc());
    QVariantList values = eventValues(event);
    values.prepend(patientId);
    values << now << text(user) << now << text(user);
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("INSERT INTO pathway_events (patient_id, ") + kEventColumns +
                 QStringLiteral(
                     ", created_at, created_by, updated_at, updated_by) VALUES "
                     "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             values) ||
        !query.next())
        return SqlText::failure(tr("add the event"), query.lastError());
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    AuditEntry audit{0,  m_clock.nowUtc(),   user, QStringLiteral("insert"), kEventsTable, id,
                     {}, toAuditJson(event), {}};
    if (const auto recorded = AuditLog::record(db, audit); !recorded)
        return recorded.problems();
    if (!transaction.commit())
        return SqlText::failure(tr("add the event"), db.lastError());
    common::logger("storage")->info("event {} added for patient {}", id, patientId);
    return StoredEvent{id, patientId, 1, event};
}

Result<StoredEvent> PathwayRepository::updateEvent(const StoredEvent& changed,
                                                   const QString& requestedUser)
{
    const Result<QString> actor = authorize(m_database, Action::EditEvents, requestedUser);
    if (!actor)
        return actor.problems();
    const QString& user = actor.value();
    if (const clinical::Problems problems =
            clinical::PathwayEventValidator::check(changed.event, m_clock.today());
        !problems.isEmpty())
        return problems;
    const auto stored = eventById(changed.id);
    if (!stored)
        return stored.problems();
    if (stored.value().rowVersion != changed.rowVersion)
        return Problem{QString(), tr("This event was changed elsewhere after you read it; it has "
                                     "been reloaded.")};
    const AuditChange change =
        auditChange(toAuditJson(stored.value().event), toAuditJson(changed.event));
    if (change.isEmpty())
        return stored.value();

    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.began())
        return SqlText::failure(tr("begin a transaction"), db.lastError());
    QVariantList values = eventValues(changed.event);
    values << toStoredTime(m_clock.nowUtc()) << text(user) << changed.id << changed.rowVersion;
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("UPDATE pathway_events SET type = ?, event_date = ?, end_date = ?, "
                            "phase = ?, regimen = ?, cycle = ?, transplant_number = ?, "
                            "cd34_10e6_per_kg = ?, agents = ?, product = ?, label = ?, note = ?, "
                            "reason = ?, row_version = row_version + 1, updated_at = ?, "
                            "updated_by = ? WHERE id = ? AND row_version = ?"),
             values))
        return SqlText::failure(tr("save the event"), query.lastError());
    if (query.numRowsAffected() != 1)
        return Problem{QString(), tr("This event was changed elsewhere; it has been reloaded.")};
    query.finish();
    AuditEntry audit{0,
                     m_clock.nowUtc(),
                     user,
                     QStringLiteral("update"),
                     kEventsTable,
                     changed.id,
                     change.oldValues,
                     change.newValues,
                     {}};
    if (const auto recorded = AuditLog::record(db, audit); !recorded)
        return recorded.problems();
    if (!transaction.commit())
        return SqlText::failure(tr("save the event"), db.lastError());
    common::logger("storage")->info("event {} updated", changed.id);
    return StoredEvent{changed.id, stored.value().patientId, changed.rowVersion + 1, changed.event};
}

clinical::Status PathwayRepository::removeEvent(qint64 id, int rowVersion, const QString& reason,
                                                const QString& requestedUser)
{
    const Result<QString> actor = authorize(m_database, Action::EditEvents, requestedUser);
    if (!actor)
        return actor.problems();
    const QString& user = actor.value();
    if (reason.trimmed().isEmpty())
        return Problem{QStringLiteral("reason"), tr("Say why the event is deleted.")};
    const auto stored = eventById(id);
    if (!stored)
        return stored.problems();
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.began())
        return SqlText::failure(tr("begin a transaction"), db.lastError());
    if (!run(query, QStringLiteral("DELETE FROM pathway_events WHERE id = ? AND row_version = ?"),
             {id, rowVersion}))
        return SqlText::failure(tr("delete the event"), query.lastError());
    if (query.numRowsAffected() != 1)
        return Problem{QString(), tr("This event was changed elsewhere; it has been reloaded.")};
    query.finish();
    AuditEntry audit{0,
                     m_clock.nowUtc(),
                     user,
                     QStringLiteral("delete"),
                     kEventsTable,
                     id,
                     toAuditJson(stored.value().event),
                     {},
                     reason.trimmed()};
    if (const auto recorded = AuditLog::record(db, audit); !recorded)
        return recorded.problems();
    if (!transaction.commit())
        return SqlText::failure(tr("delete the event"), db.lastError());
    common::logger("storage")->info("event {} deleted", id);
    return clinical::Done{};
}

namespace {

// One row of kEventSelect.
StoredEvent eventFromRow(const QSqlQuery& query)
{
    StoredEvent stored;
    stored.id = query.value(0).toLongLong();
    stored.patientId = query.value(1).toLongLong();
    stored.rowVersion = query.value(2).toInt();
    PathwayEvent& e = stored.event;
    e.type = clinical::eventTypeFromCode(query.value(3).toString())
                 .value_or(clinical::EventType::Reported);
    e.date = PartialDate::fromIso(query.value(4).toString()).value_or(e.date);
    if (!query.value(5).isNull())
        e.endDate = PartialDate::fromIso(query.value(5).toString());
    e.phase = query.value(6).toString();
    e.regimen = query.value(7).toString();
    e.cycle = intColumn(query.value(8));
    e.number = intColumn(query.value(9));
    if (!query.value(10).isNull())
        e.cd34PerKg = Decimal::parse(query.value(10).toString());
    const QString agents = query.value(11).toString();
    e.agents = agents.isEmpty() ? QStringList() : agents.split(QLatin1Char(','));
    e.product = query.value(12).toString();
    e.label = query.value(13).toString();
    e.note = query.value(14).toString();
    e.reason = query.value(15).toString();
    return stored;
}

const QString kEventSelect = QStringLiteral("SELECT id, patient_id, row_version, ") +
                             kEventColumns + QStringLiteral(" FROM pathway_events ");

} // namespace

Result<QList<StoredEvent>> PathwayRepository::events(qint64 patientId) const
{
    QSqlQuery query(m_database.connection());
    if (!run(query, kEventSelect + QStringLiteral("WHERE patient_id = ? ORDER BY event_date, id"),
             {patientId}))
        return SqlText::failure(tr("read the events"), query.lastError());
    QList<StoredEvent> list;
    while (query.next())
        list << eventFromRow(query);
    return list;
}

Result<StoredEvent> PathwayRepository::eventById(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    if (!run(query, kEventSelect + QStringLiteral("WHERE id = ?"), {id}))
        return SqlText::failure(tr("read the events"), query.lastError());
    if (!query.next())
        return Problem{QString(), tr("No event has the id %1.").arg(id)};
    return eventFromRow(query);
}

} // namespace mmtrack::storage
