#pragma once

#include "clinical/Clock.h"
#include "clinical/Result.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "storage/LabCodeMap.h"
#include "storage/LabResultRepository.h"
#include "storage/PathwayRepository.h"
#include "storage/PatientRepository.h"

#include <memory>

namespace mmtrack::workspace {

// The database a user works in, with its repositories. A database created by this open is
// seeded with the demo case when asked. The location is an SQLite file or a PostgreSQL URL
// (storage::Database::open).
class Workspace {
public:
    enum class Seed { DemoWhenNew, Nothing };

    static clinical::Result<std::unique_ptr<Workspace>>
    open(const QString& path, const clinical::Clock& clock, Seed seed);

    storage::Database& database() { return *m_database; }
    storage::PatientRepository& patients() { return m_patients; }
    storage::LabResultRepository& labResults() { return m_labResults; }
    storage::LabCodeMap& labCodes() { return m_labCodes; }
    storage::PathwayRepository& pathway() { return m_pathway; }
    storage::AccountStore& accounts() { return m_accounts; }
    const clinical::Clock& clock() const { return m_clock; }

private:
    Workspace(std::unique_ptr<storage::Database> database, const clinical::Clock& clock);

    std::unique_ptr<storage::Database> m_database;
    const clinical::Clock& m_clock;
    storage::PatientRepository m_patients;
    storage::LabResultRepository m_labResults;
    storage::LabCodeMap m_labCodes;
    storage::PathwayRepository m_pathway;
    storage::AccountStore m_accounts;
};

} // namespace mmtrack::workspace
