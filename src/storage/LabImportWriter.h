#pragma once

#include "clinical/Clock.h"
#include "clinical/LabResult.h"
#include "clinical/Result.h"
#include "storage/Database.h"
#include "storage/LabImportRun.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace mmtrack::storage {

class Transaction;

// What an import records about itself, in lab_imports and in its one audit row.
struct LabImportInfo {
    QString fileName;
    QString fileSha256;
    QString format; // csv, hl7, case
    bool strict = false;
};

struct LabImportCounts {
    qint64 read = 0;
    qint64 imported = 0;
    qint64 duplicate = 0;
    qint64 rejected = 0;
};

// Writes the valid rows of one import inside one transaction: begin(), insert() per row,
// then commit() or rollback(). A row already stored (same patient, test, moment, value and
// unit) is skipped, so importing a file twice adds nothing. The import as a whole is one
// audit record; each row points to it (import_id), which says when, by whom and from which
// file, and names its line or message.
// On SQLite the rows go through one prepared statement of the C API, the fast path that
// bulk imports need; every value is bound, never spliced into SQL.
class LabImportWriter {
    Q_DECLARE_TR_FUNCTIONS(LabImportWriter)
public:
    enum class Outcome { Inserted, Duplicate };

    LabImportWriter(Database& database, const clinical::Clock& clock);
    ~LabImportWriter();
    LabImportWriter(const LabImportWriter&) = delete;
    LabImportWriter& operator=(const LabImportWriter&) = delete;

    clinical::Status begin(const LabImportInfo& info, const QString& user);
    // One result; its source detail says where it came from.
    clinical::Result<Outcome> insert(const clinical::LabResult& result);
    // A run's rows in its current order (sorted by the series index, they write fastest); the
    // number inserted is returned (the others were already stored).
    clinical::Result<qint64> insert(const LabImportRun& run);
    // Records the counts (and the file's SHA-256 when it was only known at the end), writes
    // the audit row and commits; the import id is returned.
    clinical::Result<qint64> commit(const LabImportCounts& counts,
                                    const QString& fileSha256 = QString());
    void rollback();

private:
    class Statement;
    std::unique_ptr<Transaction> m_transaction;
    Database& m_database;
    const clinical::Clock& m_clock;
    static constexpr int kBlockRows = 64; // rows per INSERT statement in bulk
    std::unique_ptr<Statement> m_single;
    std::unique_ptr<Statement> m_block;
    LabImportInfo m_info;
    QString m_user;
    QString m_now;
    qint64 m_importId = 0;
    bool m_open = false;
};

} // namespace mmtrack::storage
