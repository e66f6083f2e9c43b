#pragma once

#include <QSqlDatabase>

namespace mmtrack::storage {

// Begins a transaction; rolls it back unless commit() succeeded. Every multi-row write
// (a record and its audit row) happens inside one, so that none is written half-way.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool began() const { return m_began; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_began = false;
    bool m_done = false;
};

} // namespace mmtrack::storage
