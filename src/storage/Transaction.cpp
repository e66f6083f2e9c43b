#include "storage/Transaction.h"

#include <QHash>
#include <QMutex>
#include <QSqlQuery>

namespace mmtrack::storage {

namespace {

// Open transactions per connection. Connections belong to one thread each, but the map is
// shared, hence the lock.
QMutex g_mutex;
QHash<QString, int> g_depth;

int& depthOf(const QString& connection)
{
    return g_depth[connection];
}

} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    QMutexLocker lock(&g_mutex);
    int& depth = depthOf(m_db.connectionName());
    if (depth == 0) {
        m_began = m_db.transaction();
    } else {
        m_savepoint = QStringLiteral("mmtrack_%1").arg(depth);
        m_began = QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    if (m_began)
        ++depth;
}

Transaction::~Transaction()
{
    if (m_began && !m_done)
        finish(false);
}

bool Transaction::commit()
{
    if (!m_began || m_done)
        return false;
    finish(true);
    return m_done;
}

void Transaction::finish(bool commit)
{
    QMutexLocker lock(&g_mutex);
    bool ok = false;
    if (m_savepoint.isEmpty()) {
        ok = commit ? m_db.commit() : m_db.rollback();
    } else {
        QSqlQuery query(m_db);
        ok = commit ? query.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint)
                    : query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint) &&
                          query.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
    }
    // A failed commit leaves the transaction open for the destructor to roll back.
    if (ok || !commit) {
        m_done = true;
        --depthOf(m_db.connectionName());
    }
}

} // namespace mmtrack::storage
