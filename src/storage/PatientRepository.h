#pragma once

#include "clinical/Clock.h"
#include "clinical/Patient.h"
#include "clinical/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace mmtrack::storage {

struct PatientQuery {
    QString text;                 // part of the name or MRN; empty matches everyone
    bool includeArchived = false; // archived patients are hidden unless asked for
};

// The patient registry. Every write validates first, runs in one transaction with its audit
// row, and refuses a stale edit (the row changed since it was read) instead of overwriting.
// Nothing is ever deleted: archiving hides a patient.
class PatientRepository {
    Q_DECLARE_TR_FUNCTIONS(PatientRepository)
public:
    static const QString kTable;

    PatientRepository(Database& database, const clinical::Clock& clock);

    clinical::Result<clinical::Patient> add(const clinical::Patient& patient, const QString& user);
    // Saves the edited fields of a stored patient; `patient.rowVersion` must be the version
    // that was read.
    clinical::Result<clinical::Patient> update(const clinical::Patient& patient,
                                               const QString& user);
    clinical::Result<clinical::Patient> setArchived(qint64 id, int rowVersion, bool archived,
                                                    const QString& user,
                                                    const QString& reason = {});

    clinical::Result<clinical::Patient> byId(qint64 id) const;
    clinical::Result<clinical::Patient> byMrn(const QString& mrn) const;
    clinical::Result<QList<clinical::Patient>> search(const PatientQuery& query) const;

    // The columns of a patient row as JSON, as the audit log records them.
    static QJsonObject toAuditJson(const clinical::Patient& patient);

private:
    clinical::Result<clinical::Patient> write(const clinical::Patient& before,
                                              const clinical::Patient& after, const QString& user,
                                              const QString& reason);
    clinical::Result<QList<clinical::Patient>> select(const QString& where,
                                                      const QVariantList& values) const;
    clinical::Problems mrnTaken(const QString& mrn, qint64 exceptId) const;
    static clinical::Problem mrnTakenProblem(const QString& mrn);

    Database& m_database;
    const clinical::Clock& m_clock;
};

} // namespace mmtrack::storage
