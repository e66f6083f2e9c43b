#include "workspace/Workspace.h"

#include "storage/SqlSupport.h"
#include "workspace/DemoCase.h"

#include <QFileInfo>

namespace mmtrack::workspace {

Workspace::Workspace(std::unique_ptr<storage::Database> database, const clinical::Clock& clock)
    : m_database(std::move(database)), m_clock(clock), m_patients(*m_database, clock),
      m_labResults(*m_database, clock), m_labCodes(*m_database, clock),
      m_pathway(*m_database, clock), m_accounts(*m_database, clock)
{
}

clinical::Result<std::unique_ptr<Workspace>>
Workspace::open(const QString& path, const clinical::Clock& clock, Seed seed)
{
    auto database = storage::Database::open(path, storage::toStoredTime(clock.nowUtc()));
    if (!database)
        return database.problems();
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(database).value(), clock));
    if (seed == Seed::DemoWhenNew && workspace->database().isNew()) {
        if (const auto seeded = DemoCase::seed(workspace->database(), clock); !seeded)
            return seeded.problems();
    }
    return workspace;
}

} // namespace mmtrack::workspace
