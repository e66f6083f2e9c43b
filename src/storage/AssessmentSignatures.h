#pragma once

#include "clinical/AssessmentDiff.h"
#include "clinical/Clock.h"
#include "clinical/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace mmtrack::storage {

// One signed version of a patient's assessment as of a date.
struct AssessmentSignature {
    qint64 id = 0;
    qint64 patientId = 0;
    QDate asOf;
    int version = 1;
    std::optional<qint64> supersedesId;
    QJsonObject assessment; // exactly as signed
    QString assessmentSha256;
    QList<clinical::AssessmentChange> changes; // against the version it supersedes
    QString reason;                            // why it was corrected (version > 1)
    QString signedBy;                          // the account's user name
    QString signedByName;                      // its display name when it signed
    QDateTime signedAt;

    // True when the stored JSON still hashes to what was signed.
    bool intact() const;
};

// What the clinician signs: the assessment computed as of `asOf`, the password entered again,
// and for a correction of an earlier signature, the reason.
struct SignatureRequest {
    qint64 patientId = 0;
    QDate asOf;
    QJsonObject assessment;
    QString password;
    QString reason;
};

// Signed assessments. Signing needs a clinician (Action::SignAssessment) who enters the
// password again: it is checked as a sign-in is (a wrong one counts towards the lock). A
// signed version is never changed (the table refuses UPDATE and DELETE); signing the same
// patient and date again is a correction: the next version, with the reason and the list of
// what changed, and only when something did.
class AssessmentSignatures {
    Q_DECLARE_TR_FUNCTIONS(AssessmentSignatures)
public:
    static const QString kTable;

    AssessmentSignatures(Database& database, const clinical::Clock& clock);

    clinical::Result<AssessmentSignature> sign(const SignatureRequest& request);
    // Every version of every date for a patient, by date and then version (the last is the
    // newest version of the latest date signed).
    clinical::Result<QList<AssessmentSignature>> history(qint64 patientId) const;
    // The newest version for a patient and date, if it was signed.
    clinical::Result<std::optional<AssessmentSignature>> latest(qint64 patientId, QDate asOf) const;

    static QString sha256Of(const QJsonObject& assessment);

private:
    Database& m_database;
    const clinical::Clock& m_clock;
};

} // namespace mmtrack::storage
