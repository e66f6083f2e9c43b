#pragma once

#include "clinical/Clock.h"
#include "clinical/ProtocolPlan.h"
#include "clinical/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <optional>

namespace mmtrack::storage {

// The protocol a patient follows: a copy of the template as applied and the start date.
struct PatientProtocol {
    qint64 id = 0;
    qint64 patientId = 0;
    int rowVersion = 0;
    clinical::ProtocolTemplate protocol;
    QDate start;
};

// Applies, reads and removes a patient's protocol; each change is one audited transaction.
class ProtocolRepository {
    Q_DECLARE_TR_FUNCTIONS(ProtocolRepository)
public:
    static const QString kTable;

    ProtocolRepository(Database& database, const clinical::Clock& clock);

    // Applies `protocol` from `start`, replacing the patient's current protocol if any.
    clinical::Result<PatientProtocol> apply(qint64 patientId,
                                            const clinical::ProtocolTemplate& protocol, QDate start,
                                            const QString& user);
    clinical::Result<std::optional<PatientProtocol>> forPatient(qint64 patientId) const;
    clinical::Status remove(qint64 patientId, const QString& reason, const QString& user);

private:
    Database& m_database;
    const clinical::Clock& m_clock;
};

} // namespace mmtrack::storage
