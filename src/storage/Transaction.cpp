#include "storage/Transaction.h"

namespace mmtrack::storage {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_began = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_began && !m_done)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_began || m_done)
        return false;
    m_done = m_db.commit();
    return m_done;
}

} // namespace mmtrack::storage
