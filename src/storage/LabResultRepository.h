#pragma once

#include "clinical/Clock.h"
#include "clinical/LabResult.h"
#include "clinical/Patient.h"
#include "clinical/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace mmtrack::storage {

// Lab results of the registry's patients. Each typed change is one transaction with its
// audit row; a deletion carries its reason into the audit log. Bulk imports go through
// LabImportWriter instead.
class LabResultRepository {
    Q_DECLARE_TR_FUNCTIONS(LabResultRepository)
public:
    static const QString kTable;

    LabResultRepository(Database& database, const clinical::Clock& clock);

    clinical::Result<clinical::LabResult> add(const clinical::LabResult& result,
                                              const QString& user);
    // Saves a changed value of a stored result; `result.rowVersion` must be the one read.
    clinical::Result<clinical::LabResult> update(const clinical::LabResult& result,
                                                 const QString& user);
    clinical::Status remove(qint64 id, int rowVersion, const QString& reason, const QString& user);

    clinical::Result<clinical::LabResult> byId(qint64 id) const;
    // A patient's results in time order (date, time, then test).
    clinical::Result<QList<clinical::LabResult>> forPatient(qint64 patientId) const;
    clinical::Result<QList<clinical::LabResult>> series(qint64 patientId,
                                                        const QString& testKey) const;

    // What every stored result must satisfy: a known test, a date neither in the future nor
    // before the patient's birth, a value. Problems name "date", "value" or "test".
    static clinical::Problems check(const clinical::LabResult& result,
                                    const clinical::Patient& patient, QDate today);
    static QJsonObject toAuditJson(const clinical::LabResult& result);

private:
    clinical::Result<QList<clinical::LabResult>> select(const QString& where,
                                                        const QVariantList& values) const;

    Database& m_database;
    const clinical::Clock& m_clock;
};

// Shared by the repository and the import writer: the stored columns of a result.
QVariantList labResultColumnValues(const clinical::LabResult& result);
extern const QString kLabResultColumns; // in the order of labResultColumnValues
// The stored time of day: "" when none, HH:mm, or HH:mm:ss when it has seconds.
QString storedTimeOfDay(const std::optional<QTime>& time);

} // namespace mmtrack::storage
