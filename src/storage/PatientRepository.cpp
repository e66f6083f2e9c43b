#include "storage/PatientRepository.h"

#include "clinical/PatientValidator.h"
#include "common/Logging.h"
#include "storage/AuditLog.h"
#include "storage/Permissions.h"
#include "storage/SqlDialect.h"
#include "storage/SqlSupport.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace mmtrack::storage {

using clinical::Patient;
using clinical::Problem;
using clinical::Problems;
using clinical::Result;
namespace field = clinical::field;

const QString PatientRepository::kTable = QStringLiteral("patients");

namespace {

const QString kColumns =
    QStringLiteral("id, mrn, name, sex, birth_date, weight_kg, diagnosis_date, heavy_chain, "
                   "light_chain, notes, archived, "
                   "row_version, created_at, created_by, updated_at, updated_by");

std::optional<clinical::PartialDate> dateColumn(const QVariant& value)
{
    return value.isNull() ? std::nullopt : clinical::PartialDate::fromIso(value.toString());
}

Patient fromRow(const QSqlQuery& query)
{
    Patient patient;
    patient.id = query.value(0).toLongLong();
    patient.mrn = query.value(1).toString();
    patient.name = query.value(2).toString();
    patient.sex = clinical::sexFromCode(query.value(3).toString());
    patient.birthDate = dateColumn(query.value(4));
    if (!query.value(5).isNull())
        patient.weightKg = query.value(5).toDouble();
    patient.diagnosisDate = dateColumn(query.value(6));
    patient.heavyChain = clinical::heavyChainFromCode(query.value(7).toString());
    patient.lightChain = clinical::lightChainFromCode(query.value(8).toString());
    patient.notes = query.value(9).toString();
    patient.archived = query.value(10).toInt() != 0;
    patient.rowVersion = query.value(11).toInt();
    patient.createdAt = fromStoredTime(query.value(12).toString());
    patient.createdBy = query.value(13).toString();
    patient.updatedAt = fromStoredTime(query.value(14).toString());
    patient.updatedBy = query.value(15).toString();
    return patient;
}

QVariant dateValue(const std::optional<clinical::PartialDate>& date)
{
    return date ? QVariant(date->toIso()) : QVariant();
}

// LIKE pattern matching `text` anywhere, with the wildcards in it taken literally.
QString containsPattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    escaped.replace(QLatin1String("%"), QLatin1String("\\%"));
    escaped.replace(QLatin1String("_"), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped.toLower() + QLatin1Char('%');
}

} // namespace

PatientRepository::PatientRepository(Database& database, const clinical::Clock& clock)
    : m_database(database), m_clock(clock)
{
}

QJsonObject PatientRepository::toAuditJson(const Patient& patient)
{
    auto optionalText = [](const QString& text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    QJsonObject json;
    json[QStringLiteral("mrn")] = patient.mrn;
    json[QStringLiteral("name")] = patient.name;
    json[QStringLiteral("sex")] =
        patient.sex ? QJsonValue(clinical::sexCode(*patient.sex)) : QJsonValue();
    json[QStringLiteral("birth_date")] =
        patient.birthDate ? QJsonValue(patient.birthDate->toIso()) : QJsonValue();
    json[QStringLiteral("weight_kg")] =
        patient.weightKg ? QJsonValue(*patient.weightKg) : QJsonValue();
    json[QStringLiteral("diagnosis_date")] =
        patient.diagnosisDate ? QJsonValue(patient.diagnosisDate->toIso()) : QJsonValue();
    json[QStringLiteral("heavy_chain")] =
        patient.heavyChain ? QJsonValue(clinical::heavyChainCode(*patient.heavyChain))
                           : QJsonValue();
    json[QStringLiteral("light_chain")] =
        patient.lightChain ? QJsonValue(clinical::lightChainCode(*patient.lightChain))
                           : QJsonValue();
    json[QStringLiteral("notes")] = optionalText(patient.notes);
    json[QStringLiteral("archived")] = patient.archived;
    return json;
}

Problems PatientRepository::mrnTaken(const QString& mrn, qint64 exceptId) const
{
    QSqlQuery query(m_database.connection());
    if (!run(query, QStringLiteral("SELECT id FROM patients WHERE mrn = ? AND id <> ?"),
             {mrn, exceptId}))
        return {SqlText::failure(tr("check the MRN"), query.lastError())};
    if (query.next())
        return {mrnTakenProblem(mrn)};
    return {};
}

Problem PatientRepository::mrnTakenProblem(const QString& mrn)
{
    return Problem{field::mrn, tr("The MRN %1 already belongs to another patient.").arg(mrn)};
}

Result<Patient> PatientRepository::add(const Patient& patient, const QString& requestedUser)
{
    const Result<QString> actor = authorize(m_database, Action::EditPatients, requestedUser);
    if (!actor)
        return actor.problems();
    const QString& user = actor.value();
    Problems problems = clinical::PatientValidator::check(patient, m_clock.today());
    if (problems.isEmpty())
        problems = mrnTaken(patient.mrn, 0);
    if (!problems.isEmpty())
        return problems;

    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.began())
        return SqlText::failure(tr("begin a transaction"), db.lastError());
    const QString now = toStoredTime(m_clock.nowUtc());
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral(
                 "INSERT INTO patients (mrn, name, sex, birth_date, weight_kg, diagnosis_date, "
                 "heavy_chain, light_chain, notes, archived, row_version, created_at, created_by, "
                 "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) "
                 "RETURNING id"),
             {patient.mrn, patient.name, clinical::sexCode(*patient.sex),
              dateValue(patient.birthDate), nullable(patient.weightKg),
              dateValue(patient.diagnosisDate),
              patient.heavyChain ? QVariant(clinical::heavyChainCode(*patient.heavyChain))
                                 : QVariant(),
              patient.lightChain ? QVariant(clinical::lightChainCode(*patient.lightChain))
                                 : QVariant(),
              text(patient.notes), patient.archived ? 1 : 0, now, text(user), now, text(user)}) ||
        !query.next()) {
        // Another workstation registered the MRN between the check above and this insert.
        if (isUniqueViolation(query.lastError()))
            return mrnTakenProblem(patient.mrn);
        return SqlText::failure(tr("add the patient"), query.lastError());
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();

    AuditEntry audit{0,  m_clock.nowUtc(),     user, QStringLiteral("insert"), kTable, id,
                     {}, toAuditJson(patient), {}};
    if (const auto recorded = AuditLog::record(db, audit); !recorded)
        return recorded.problems();
    if (!transaction.commit())
        return SqlText::failure(tr("save the patient"), db.lastError());
    common::logger("storage")->info("patient {} added", id);
    common::logger("storage")->debug("patient {} has MRN {}", id, patient.mrn.toStdString());
    return byId(id);
}

Result<Patient> PatientRepository::update(const Patient& patient, const QString& requestedUser)
{
    const Result<QString> actor = authorize(m_database, Action::EditPatients, requestedUser);
    if (!actor)
        return actor.problems();
    const QString& user = actor.value();
    const Result<Patient> stored = byId(patient.id);
    if (!stored)
        return stored.problems();
    Problems problems = clinical::PatientValidator::check(patient, m_clock.today());
    if (problems.isEmpty())
        problems = mrnTaken(patient.mrn, patient.id);
    if (!problems.isEmpty())
        return problems;
    return write(stored.value(), patient, user, QString());
}

Result<Patient> PatientRepository::setArchived(qint64 id, int rowVersion, bool archived,
                                               const QString& requestedUser, const QString& reason)
{
    const Result<QString> actor = authorize(m_database, Action::EditPatients, requestedUser);
    if (!actor)
        return actor.problems();
    const QString& user = actor.value();
    const Result<Patient> stored = byId(id);
    if (!stored)
        return stored.problems();
    Patient changed = stored.value();
    changed.archived = archived;
    changed.rowVersion = rowVersion;
    return write(stored.value(), changed, user, reason);
}

Result<Patient> PatientRepository::write(const Patient& before, const Patient& after,
                                         const QString& user, const QString& reason)
{
    if (after.rowVersion != before.rowVersion)
        return Problem{
            QString(),
            tr("This patient was changed by %1 at %2 after you opened it. The record has "
               "been reloaded; please make your change again.")
                .arg(before.updatedBy,
                     before.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))};
    // Only the columns that changed go into the audit row; no change writes nothing.
    const AuditChange change = auditChange(toAuditJson(before), toAuditJson(after));
    if (change.isEmpty())
        return before;

    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.began())
        return SqlText::failure(tr("begin a transaction"), db.lastError());
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral(
                 "UPDATE patients SET mrn = ?, name = ?, sex = ?, birth_date = ?, weight_kg = ?, "
                 "diagnosis_date = ?, heavy_chain = ?, light_chain = ?, notes = ?, archived = ?, "
                 "row_version = row_version + 1, updated_at = ?, updated_by = ? "
                 "WHERE id = ? AND row_version = ?"),
             {after.mrn, after.name, clinical::sexCode(*after.sex), dateValue(after.birthDate),
              nullable(after.weightKg), dateValue(after.diagnosisDate),
              after.heavyChain ? QVariant(clinical::heavyChainCode(*after.heavyChain)) : QVariant(),
              after.lightChain ? QVariant(clinical::lightChainCode(*after.lightChain)) : QVariant(),
              text(after.notes), after.archived ? 1 : 0, toStoredTime(m_clock.nowUtc()), text(user),
              before.id, before.rowVersion})) {
        if (isUniqueViolation(query.lastError()))
            return mrnTakenProblem(after.mrn);
        return SqlText::failure(tr("save the patient"), query.lastError());
    }
    if (query.numRowsAffected() != 1)
        return Problem{
            QString(),
            tr("This patient was changed elsewhere while you were editing. The record has "
               "been reloaded; please make your change again.")};

    AuditEntry audit{0,
                     m_clock.nowUtc(),
                     user,
                     QStringLiteral("update"),
                     kTable,
                     before.id,
                     change.oldValues,
                     change.newValues,
                     reason};
    if (const auto recorded = AuditLog::record(db, audit); !recorded)
        return recorded.problems();
    if (!transaction.commit())
        return SqlText::failure(tr("save the patient"), db.lastError());
    common::logger("storage")->info("patient {} updated ({} fields)", before.id,
                                    change.newValues.size());
    return byId(before.id);
}

Result<QList<Patient>> PatientRepository::select(const QString& where,
                                                 const QVariantList& values) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM patients ") + where,
             values))
        return SqlText::failure(tr("read patients"), query.lastError());
    QList<Patient> patients;
    while (query.next())
        patients << fromRow(query);
    return patients;
}

Result<Patient> PatientRepository::byId(qint64 id) const
{
    Result<QList<Patient>> found = select(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.problems();
    if (found.value().isEmpty())
        return Problem{QString(), tr("No patient has the id %1.").arg(id)};
    return found.value().first();
}

Result<Patient> PatientRepository::byMrn(const QString& mrn) const
{
    Result<QList<Patient>> found = select(QStringLiteral("WHERE mrn = ?"), {mrn.trimmed()});
    if (!found)
        return found.problems();
    if (found.value().isEmpty())
        return Problem{field::mrn, tr("No patient has the MRN %1.").arg(mrn.trimmed())};
    return found.value().first();
}

Result<QList<Patient>> PatientRepository::search(const PatientQuery& query) const
{
    QStringList conditions;
    QVariantList values;
    if (!query.includeArchived)
        conditions << QStringLiteral("archived = 0");
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        conditions << QStringLiteral(
            "(LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(mrn) LIKE ? ESCAPE '\\')");
        values << containsPattern(text) << containsPattern(text);
    }
    const QString where = conditions.isEmpty()
                              ? QString()
                              : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    return select(where + QStringLiteral(" ORDER BY name, mrn"), values);
}

} // namespace mmtrack::storage
