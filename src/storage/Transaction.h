#pragma once

#include <QSqlDatabase>
#include <QString>

namespace mmtrack::storage {

// Begins a transaction; rolls it back unless commit() succeeded. Every multi-row write
// (a record and its audit row) happens inside one, so that none is written half-way.
// Inside another transaction on the same connection it is a savepoint, so that a larger
// write (a whole case imported) can hold several repository writes and still land whole.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool began() const { return m_began; }
    bool commit();

private:
    void finish(bool commit);

    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_began = false;
    bool m_done = false;
};

} // namespace mmtrack::storage
