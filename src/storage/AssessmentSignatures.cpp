#include "storage/AssessmentSignatures.h"

#include "common/Logging.h"
#include "storage/AccountStore.h"
#include "storage/AuditLog.h"
#include "storage/Permissions.h"
#include "storage/SqlSupport.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace mmtrack::storage {

using clinical::Problem;
using clinical::Result;

const QString AssessmentSignatures::kTable = QStringLiteral("assessment_signatures");

namespace {

QByteArray canonical(const QJsonObject& json)
{
    // QJsonObject keeps its keys sorted, so the compact form is the same for the same content.
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

const QString kColumns = QStringLiteral(
    "id, patient_id, as_of, version, supersedes_id, assessment, assessment_sha256, changes, "
    "reason, signed_by, signed_by_name, signed_at");

AssessmentSignature fromRow(const QSqlQuery& query)
{
    AssessmentSignature signature;
    signature.id = query.value(0).toLongLong();
    signature.patientId = query.value(1).toLongLong();
    signature.asOf = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    signature.version = query.value(3).toInt();
    if (!query.value(4).isNull())
        signature.supersedesId = query.value(4).toLongLong();
    signature.assessment = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    signature.assessmentSha256 = query.value(6).toString();
    for (const QJsonValue& change :
         QJsonDocument::fromJson(query.value(7).toString().toUtf8()).array())
        signature.changes << clinical::AssessmentChange::fromJson(change.toObject());
    signature.reason = query.value(8).toString();
    signature.signedBy = query.value(9).toString();
    signature.signedByName = query.value(10).toString();
    signature.signedAt = fromStoredTime(query.value(11).toString());
    return signature;
}

} // namespace

bool AssessmentSignature::intact() const
{
    return AssessmentSignatures::sha256Of(assessment) == assessmentSha256;
}

AssessmentSignatures::AssessmentSignatures(Database& database, const clinical::Clock& clock)
    : m_database(database), m_clock(clock)
{
}

QString AssessmentSignatures::sha256Of(const QJsonObject& assessment)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(assessment), QCryptographicHash::Sha256).toHex());
}

Result<AssessmentSignature> AssessmentSignatures::sign(const SignatureRequest& request)
{
    // Only a signed-in clinician signs, and only with the password entered again.
    const std::optional<Session> session = m_database.session();
    if (!session)
        return Problem{QString(), Permissions::refusal(session, Action::SignAssessment)};
    const Result<QString> actor = authorize(m_database, Action::SignAssessment, session->username);
    if (!actor)
        return actor.problems();
    if (!request.asOf.isValid())
        return Problem{QStringLiteral("as_of"), tr("The assessment needs a date.")};
    if (request.asOf > m_clock.today())
        return Problem{QStringLiteral("as_of"),
                       tr("An assessment cannot be signed for a date in the future (%1).")
                           .arg(request.asOf.toString(Qt::ISODate))};
    if (request.assessment.isEmpty())
        return Problem{QStringLiteral("assessment"), tr("There is no assessment to sign.")};
    if (request.password.isEmpty())
        return Problem{QStringLiteral("password"), tr("Enter your password to sign.")};
    // The password is checked as a sign-in checks it (a wrong one counts towards the lock);
    // the session on the connection is left as it is.
    if (const auto confirmed = AccountStore(m_database, m_clock)
                                   .confirmPassword(session->username, request.password,
                                                    AccountStore::kConfirmsSignature);
        !confirmed)
        return Problem{QStringLiteral("password"), confirmed.problems().first().message};

    const auto previous = latest(request.patientId, request.asOf);
    if (!previous)
        return previous.problems();
    QList<clinical::AssessmentChange> changes;
    const QString reason = request.reason.trimmed();
    if (previous.value()) {
        changes = clinical::diffAssessments(previous.value()->assessment, request.assessment);
        if (changes.isEmpty())
            return Problem{QStringLiteral("assessment"),
                           tr("Version %1 signed by %2 on %3 already says this; nothing changed.")
                               .arg(previous.value()->version)
                               .arg(previous.value()->signedByName,
                                    previous.value()->signedAt.toLocalTime().toString(
                                        QStringLiteral("yyyy-MM-dd HH:mm")))};
        if (reason.isEmpty())
            return Problem{QStringLiteral("reason"),
                           tr("The assessment of %1 is already signed (version %2): a correction "
                              "needs a reason.")
                               .arg(request.asOf.toString(Qt::ISODate))
                               .arg(previous.value()->version)};
    }

    AssessmentSignature signature;
    signature.patientId = request.patientId;
    signature.asOf = request.asOf;
    signature.version = previous.value() ? previous.value()->version + 1 : 1;
    if (previous.value())
        signature.supersedesId = previous.value()->id;
    signature.assessment = request.assessment;
    signature.assessmentSha256 = sha256Of(request.assessment);
    signature.changes = changes;
    signature.reason = previous.value() ? reason : QString();
    signature.signedBy = session->username;
    signature.signedByName =
        session->displayName.isEmpty() ? session->username : session->displayName;
    signature.signedAt = m_clock.nowUtc();

    QJsonArray changeList;
    for (const clinical::AssessmentChange& change : changes)
        changeList << change.toJson();
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.began())
        return SqlText::failure(tr("begin a transaction"), db.lastError());
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("INSERT INTO assessment_signatures (patient_id, as_of, version, "
                            "supersedes_id, assessment, assessment_sha256, changes, reason, "
                            "signed_by, signed_by_name, signed_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {signature.patientId, signature.asOf.toString(Qt::ISODate), signature.version,
              nullable(signature.supersedesId), QString::fromUtf8(canonical(signature.assessment)),
              signature.assessmentSha256,
              changes.isEmpty() ? QVariant()
                                : QVariant(QString::fromUtf8(
                                      QJsonDocument(changeList).toJson(QJsonDocument::Compact))),
              signature.reason.isEmpty() ? QVariant() : QVariant(signature.reason),
              signature.signedBy, signature.signedByName, toStoredTime(signature.signedAt)}) ||
        !query.next()) {
        // Another workstation signed the same version a moment ago: the unique key refuses ours.
        const auto now = latest(request.patientId, request.asOf);
        if (now && now.value() && now.value()->version >= signature.version)
            return Problem{QStringLiteral("assessment"),
                           tr("%1 signed this assessment at the same time (version %2). Review "
                              "it, then sign a correction if needed.")
                               .arg(now.value()->signedByName)
                               .arg(now.value()->version)};
        return SqlText::failure(tr("sign the assessment"), query.lastError());
    }
    signature.id = query.value(0).toLongLong();
    query.finish();

    QJsonObject audited{{QStringLiteral("patient_id"), signature.patientId},
                        {QStringLiteral("as_of"), signature.asOf.toString(Qt::ISODate)},
                        {QStringLiteral("version"), signature.version},
                        {QStringLiteral("assessment_sha256"), signature.assessmentSha256}};
    if (!changes.isEmpty())
        audited[QStringLiteral("changes")] = changeList;
    AuditEntry audit{0,
                     signature.signedAt,
                     actor.value(),
                     QStringLiteral("insert"),
                     kTable,
                     signature.id,
                     {},
                     audited,
                     signature.reason};
    if (const auto recorded = AuditLog::record(db, audit); !recorded)
        return recorded.problems();
    if (!transaction.commit())
        return SqlText::failure(tr("sign the assessment"), db.lastError());
    common::logger("storage")->info("assessment of patient {} signed (version {})",
                                    signature.patientId, signature.version);
    return signature;
}

Result<QList<AssessmentSignature>> AssessmentSignatures::history(qint64 patientId) const
{
    QSqlQuery query(m_database.connection());
    if (!run(query,
             QStringLiteral("SELECT ") + kColumns +
                 QStringLiteral(" FROM assessment_signatures WHERE patient_id = ? "
                                "ORDER BY as_of, version"),
             {patientId}))
        return SqlText::failure(tr("read the signed assessments"), query.lastError());
    QList<AssessmentSignature> signatures;
    while (query.next())
        signatures << fromRow(query);
    return signatures;
}

Result<std::optional<AssessmentSignature>> AssessmentSignatures::latest(qint64 patientId,
                                                                        QDate asOf) const
{
    QSqlQuery query(m_database.connection());
    if (!run(query,
             QStringLiteral("SELECT ") + kColumns +
                 QStringLiteral(" FROM assessment_signatures WHERE patient_id = ? AND as_of = ? "
                                "ORDER BY version DESC LIMIT 1"),
             {patientId, asOf.toString(Qt::ISODate)}))
        return SqlText::failure(tr("read the signed assessments"), query.lastError());
    if (!query.next())
        return std::optional<AssessmentSignature>();
    return std::optional<AssessmentSignature>(fromRow(query));
}

} // namespace mmtrack::storage
