#include "storage/LabImportWriter.h"

#include "common/Logging.h"
#include "storage/AuditLog.h"
#include "storage/LabResultRepository.h"
#include "storage/SqlSupport.h"
#include "storage/Transaction.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <sqlite3.h>
#include <variant>

namespace mmtrack::storage {

using clinical::Problem;
using clinical::Result;

namespace {

const QString kInsert =
    QStringLiteral("INSERT INTO lab_results (") + kLabResultColumns +
    QStringLiteral(", import_id, row_version, created_at, created_by, updated_at, updated_by) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) "
                   "ON CONFLICT DO NOTHING");

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(handle.constData());
    return nullptr;
}

} // namespace

// One prepared INSERT: the SQLite C API when the connection is SQLite, QtSql otherwise.
class LabImportWriter::Statement {
public:
    explicit Statement(QSqlDatabase db) : m_db(std::move(db)), m_sqlite(sqliteHandle(m_db)) {}
    ~Statement()
    {
        if (m_prepared)
            sqlite3_finalize(m_prepared);
    }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    QString prepare()
    {
        if (!m_sqlite) {
            m_query = QSqlQuery(m_db);
            return m_query.prepare(kInsert) ? QString() : m_query.lastError().text();
        }
        const QByteArray sql = kInsert.toUtf8();
        if (sqlite3_prepare_v2(m_sqlite, sql.constData(), int(sql.size()), &m_prepared, nullptr) !=
            SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(m_sqlite));
        return {};
    }

    // The columns that are the same for every row of an import, bound once: sqlite3_reset
    // keeps bindings, so each row binds only its own values.
    QString bindConstants(const QVariantList& constants)
    {
        if (!m_sqlite) {
            m_constants = constants;
            return {};
        }
        for (int i = 0; i < constants.size(); ++i)
            if (const QString error = bind(kRowColumns + i, constants[i]); !error.isEmpty())
                return error;
        return {};
    }

    // True when a row was inserted, false for a duplicate; an error text on failure.
    std::variant<bool, QString> run(const clinical::LabResult& result)
    {
        const QVariantList values = labResultColumnValues(result);
        if (!m_sqlite) {
            for (int i = 0; i < values.size(); ++i)
                m_query.bindValue(i, values[i]);
            for (int i = 0; i < m_constants.size(); ++i)
                m_query.bindValue(kRowColumns + i, m_constants[i]);
            if (!m_query.exec())
                return m_query.lastError().text();
            return m_query.numRowsAffected() == 1;
        }
        sqlite3_reset(m_prepared);
        for (int i = 0; i < values.size(); ++i)
            if (const QString error = bind(i, values[i]); !error.isEmpty())
                return error;
        if (sqlite3_step(m_prepared) != SQLITE_DONE)
            return QString::fromUtf8(sqlite3_errmsg(m_sqlite));
        return sqlite3_changes(m_sqlite) == 1;
    }

private:
    static constexpr int kRowColumns = 14; // the columns of labResultColumnValues

    QString bind(int index, const QVariant& value)
    {
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_prepared, index + 1);
        } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
            rc = sqlite3_bind_int64(m_prepared, index + 1, value.toLongLong());
        } else {
            m_utf8 = value.toString().toUtf8();
            rc = sqlite3_bind_text(m_prepared, index + 1, m_utf8.constData(), int(m_utf8.size()),
                                   SQLITE_TRANSIENT);
        }
        return rc == SQLITE_OK ? QString() : QString::fromUtf8(sqlite3_errmsg(m_sqlite));
    }

    QSqlDatabase m_db;
    sqlite3* m_sqlite = nullptr;
    QVariantList m_constants;
    QByteArray m_utf8;
    sqlite3_stmt* m_prepared = nullptr;
    QSqlQuery m_query;
};

LabImportWriter::LabImportWriter(Database& database, const clinical::Clock& clock)
    : m_database(database), m_clock(clock)
{
}

LabImportWriter::~LabImportWriter()
{
    rollback();
}

clinical::Status LabImportWriter::begin(const LabImportInfo& info, const QString& user)
{
    m_info = info;
    m_user = user;
    m_now = toStoredTime(m_clock.nowUtc());
    QSqlDatabase db = m_database.connection();
    // A large import touches the series index all over: a bigger page cache keeps it in
    // memory instead of re-reading and spilling pages (bounded: 64 MiB).
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -65536"));
    m_transaction = std::make_unique<Transaction>(db);
    if (!m_transaction->began()) {
        m_transaction.reset();
        return SqlText::failure(tr("begin the import"), db.lastError());
    }
    m_open = true;
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("INSERT INTO lab_imports (file_name, file_sha256, format, strict, "
                            "created_at, created_by) "
                            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
             {text(info.fileName), text(info.fileSha256), info.format, info.strict ? 1 : 0, m_now,
              text(user)}) ||
        !query.next()) {
        const Problem problem = SqlText::failure(tr("record the import"), query.lastError());
        rollback();
        return problem;
    }
    m_importId = query.value(0).toLongLong();
    query.finish();
    m_statement = std::make_unique<Statement>(db);
    QString error = m_statement->prepare();
    if (error.isEmpty())
        error = m_statement->bindConstants({m_importId, m_now, text(user), m_now, text(user)});
    if (!error.isEmpty()) {
        rollback();
        return Problem{QString(), tr("The database could not prepare the import: %1").arg(error)};
    }
    return clinical::Done{};
}

Result<LabImportWriter::Outcome> LabImportWriter::insert(const clinical::LabResult& result)
{
    if (!m_open)
        return Problem{QString(), tr("The import is not open.")};
    const auto outcome = m_statement->run(result);
    if (const QString* error = std::get_if<QString>(&outcome)) {
        common::logger("storage")->error("import insert failed: {}", error->toStdString());
        return Problem{QString(), tr("The database refused a row: %1").arg(*error)};
    }
    return std::get<bool>(outcome) ? Outcome::Inserted : Outcome::Duplicate;
}

Result<qint64> LabImportWriter::commit(const LabImportCounts& counts)
{
    if (!m_open)
        return Problem{QString(), tr("The import is not open.")};
    m_statement.reset();
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral(
                 "UPDATE lab_imports SET rows_read = ?, rows_imported = ?, rows_duplicate = ?, "
                 "rows_rejected = ? WHERE id = ?"),
             {counts.read, counts.imported, counts.duplicate, counts.rejected, m_importId}))
        return SqlText::failure(tr("record the import"), query.lastError());
    QJsonObject summary;
    summary[QStringLiteral("file_name")] = m_info.fileName;
    summary[QStringLiteral("file_sha256")] = m_info.fileSha256;
    summary[QStringLiteral("format")] = m_info.format;
    summary[QStringLiteral("rows_read")] = counts.read;
    summary[QStringLiteral("rows_imported")] = counts.imported;
    summary[QStringLiteral("rows_duplicate")] = counts.duplicate;
    summary[QStringLiteral("rows_rejected")] = counts.rejected;
    AuditEntry audit{0,
                     m_clock.nowUtc(),
                     m_user,
                     QStringLiteral("insert"),
                     QStringLiteral("lab_imports"),
                     m_importId,
                     {},
                     summary,
                     {}};
    if (const auto recorded = AuditLog::record(db, audit); !recorded)
        return recorded.problems();
    if (!m_transaction->commit())
        return SqlText::failure(tr("commit the import"), db.lastError());
    m_transaction.reset();
    m_open = false;
    common::logger("storage")->info(
        "import {} committed: {} rows imported, {} duplicates, {} rejected", m_importId,
        counts.imported, counts.duplicate, counts.rejected);
    return m_importId;
}

void LabImportWriter::rollback()
{
    m_statement.reset();
    if (m_open) {
        m_transaction.reset(); // rolls back
        m_open = false;
    }
}

} // namespace mmtrack::storage
