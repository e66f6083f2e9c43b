#include "storage/ProtocolRepository.h"

#include "common/Logging.h"
#include "storage/AuditLog.h"
#include "storage/Permissions.h"
#include "storage/SqlSupport.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace mmtrack::storage {

using clinical::Problem;
using clinical::Result;

const QString ProtocolRepository::kTable = QStringLiteral("patient_protocols");

namespace {

QJsonObject auditJson(const QString& templateId, QDate start)
{
    return {{QStringLiteral("template_id"), templateId},
            {QStringLiteral("start_date"), start.toString(Qt::ISODate)}};
}

} // namespace

ProtocolRepository::ProtocolRepository(Database& database, const clinical::Clock& clock)
    : m_database(database), m_clock(clock)
{
}

Result<PatientProtocol> ProtocolRepository::apply(qint64 patientId,
                                                  const clinical::ProtocolTemplate& protocol,
                                                  QDate start, const QString& requestedUser)
{
    const Result<QString> actor = authorize(m_database, Action::PlanTreatment, requestedUser);
    if (!actor)
        return actor.problems();
    const QString& user = actor.value();
    if (!start.isValid())
        return Problem{QStringLiteral("start"), tr("The plan needs a start date.")};
    const auto existing = forPatient(patientId);
    if (!existing)
        return existing.problems();
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.began())
        return SqlText::failure(tr("begin a transaction"), db.lastError());
    const QString now = toStoredTime(m_clock.nowUtc());
    const QString json =
        QString::fromUtf8(QJsonDocument(protocol.toJson()).toJson(QJsonDocument::Compact));
    QSqlQuery query(db);
    AuditEntry audit{0, m_clock.nowUtc(), user, QString(), kTable, 0, {}, {}, {}};
    if (existing.value()) {
        const AuditChange change =
            auditChange(auditJson(existing.value()->protocol.id, existing.value()->start),
                        auditJson(protocol.id, start));
        if (!run(query,
                 QStringLiteral("UPDATE patient_protocols SET template_id = ?, template_json = ?, "
                                "start_date = ?, row_version = row_version + 1, updated_at = ?, "
                                "updated_by = ? WHERE patient_id = ? RETURNING id"),
                 {protocol.id, json, start.toString(Qt::ISODate), now, text(user), patientId}) ||
            !query.next())
            return SqlText::failure(tr("apply the plan"), query.lastError());
        audit.action = QStringLiteral("update");
        audit.oldValues = change.oldValues;
        audit.newValues = change.newValues;
    } else {
        if (!run(query,
                 QStringLiteral("INSERT INTO patient_protocols (patient_id, template_id, "
                                "template_json, start_date, created_at, created_by, updated_at, "
                                "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {patientId, protocol.id, json, start.toString(Qt::ISODate), now, text(user), now,
                  text(user)}) ||
            !query.next())
            return SqlText::failure(tr("apply the plan"), query.lastError());
        audit.action = QStringLiteral("insert");
        audit.newValues = auditJson(protocol.id, start);
    }
    audit.rowId = query.value(0).toLongLong();
    query.finish();
    if (const auto recorded = AuditLog::record(db, audit); !recorded)
        return recorded.problems();
    if (!transaction.commit())
        return SqlText::failure(tr("apply the plan"), db.lastError());
    common::logger("storage")->info("protocol {} applied to patient {}", protocol.id.toStdString(),
                                    patientId);
    const auto stored = forPatient(patientId);
    if (!stored)
        return stored.problems();
    return *stored.value();
}

Result<std::optional<PatientProtocol>> ProtocolRepository::forPatient(qint64 patientId) const
{
    QSqlQuery query(m_database.connection());
    if (!run(query,
             QStringLiteral("SELECT id, template_json, start_date, row_version FROM "
                            "patient_protocols WHERE patient_id = ?"),
             {patientId}))
        return SqlText::failure(tr("read the plan"), query.lastError());
    if (!query.next())
        return std::optional<PatientProtocol>();
    PatientProtocol stored;
    stored.id = query.value(0).toLongLong();
    stored.patientId = patientId;
    stored.start = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    stored.rowVersion = query.value(3).toInt();
    const auto protocol = clinical::ProtocolTemplate::fromJson(
        QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
    if (!protocol)
        return Problem{
            QString(),
            tr("The stored plan of this patient cannot be read: %1").arg(protocol.errorText())};
    stored.protocol = protocol.value();
    return std::optional<PatientProtocol>(stored);
}

clinical::Status ProtocolRepository::remove(qint64 patientId, const QString& reason,
                                            const QString& requestedUser)
{
    const Result<QString> actor = authorize(m_database, Action::PlanTreatment, requestedUser);
    if (!actor)
        return actor.problems();
    const QString& user = actor.value();
    if (reason.trimmed().isEmpty())
        return Problem{QStringLiteral("reason"), tr("Say why the plan is removed.")};
    const auto existing = forPatient(patientId);
    if (!existing)
        return existing.problems();
    if (!existing.value())
        return Problem{QString(), tr("This patient has no plan.")};
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.began())
        return SqlText::failure(tr("begin a transaction"), db.lastError());
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("DELETE FROM patient_protocols WHERE id = ?"),
             {existing.value()->id}))
        return SqlText::failure(tr("remove the plan"), query.lastError());
    AuditEntry audit{0,
                     m_clock.nowUtc(),
                     user,
                     QStringLiteral("delete"),
                     kTable,
                     existing.value()->id,
                     auditJson(existing.value()->protocol.id, existing.value()->start),
                     {},
                     reason.trimmed()};
    if (const auto recorded = AuditLog::record(db, audit); !recorded)
        return recorded.problems();
    if (!transaction.commit())
        return SqlText::failure(tr("remove the plan"), db.lastError());
    return clinical::Done{};
}

} // namespace mmtrack::storage
