#include "storage/LabImportWriter.h"

#include "common/Logging.h"
#include "storage/AuditLog.h"
#include "storage/LabResultRepository.h"
#include "storage/Permissions.h"
#include "storage/SqlSupport.h"
#include "storage/Transaction.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <sqlite3.h>
#include <tuple>
#include <variant>

namespace mmtrack::storage {

using clinical::Problem;
using clinical::Result;

namespace {

constexpr int kColumns = 16;
constexpr int kImportIdColumn = 15; // the one column bound once for the whole import

// INSERT of `rows` rows at once: one statement per block spares SQLite the per-statement work.
QString insertSql(int rows)
{
    QString sql = QStringLiteral(
        "INSERT INTO lab_results (patient_id, test_key, observed_date, observed_time, "
        "entered_value, entered_unit, value, qualitative, ref_low, ref_high, ref_from_report, "
        "flag, source, source_detail, source_line, import_id) VALUES ");
    for (int row = 0; row < rows; ++row)
        sql += (row ? QStringLiteral(", ") : QString()) +
               QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return sql + QStringLiteral(" ON CONFLICT DO NOTHING");
}

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(handle.constData());
    return nullptr;
}

QVariant variant(const std::optional<std::string_view>& text)
{
    return text ? QVariant(QString::fromUtf8(text->data(), qsizetype(text->size()))) : QVariant();
}

} // namespace

// One prepared INSERT of a fixed number of rows: the SQLite C API when the connection is
// SQLite, QtSql otherwise.
class LabImportWriter::Statement {
public:
    Statement(QSqlDatabase db, int rows)
        : m_db(std::move(db)), m_sqlite(sqliteHandle(m_db)), m_rows(rows)
    {
    }
    ~Statement()
    {
        if (m_prepared)
            sqlite3_finalize(m_prepared);
    }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    int rows() const { return m_rows; }

    QString prepare(qint64 importId)
    {
        m_importId = importId;
        const QString sql = insertSql(m_rows);
        if (!m_sqlite) {
            m_query = QSqlQuery(m_db);
            return m_query.prepare(sql) ? QString() : m_query.lastError().text();
        }
        const QByteArray utf8Sql = sql.toUtf8();
        if (sqlite3_prepare_v2(m_sqlite, utf8Sql.constData(), int(utf8Sql.size()), &m_prepared,
                               nullptr) != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(m_sqlite));
        // sqlite3_reset keeps bindings: the import id is bound once.
        for (int row = 0; row < m_rows; ++row)
            if (sqlite3_bind_int64(m_prepared, row * kColumns + kImportIdColumn + 1, importId) !=
                SQLITE_OK)
                return QString::fromUtf8(sqlite3_errmsg(m_sqlite));
        return {};
    }

    // Inserts rows() rows of the run from `first` on; the number inserted (the others were
    // already stored), or an error.
    std::variant<qint64, QString> run(const LabImportRun& rows, std::size_t first)
    {
        if (!m_sqlite)
            return runQtSql(rows, first);
        sqlite3_reset(m_prepared);
        int rc = SQLITE_OK;
        for (int i = 0; i < m_rows; ++i)
            rc |= bind(i * kColumns + 1, rows.row(first + std::size_t(i)));
        if (rc != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(m_sqlite));
        if (sqlite3_step(m_prepared) != SQLITE_DONE)
            return QString::fromUtf8(sqlite3_errmsg(m_sqlite));
        return qint64(sqlite3_changes(m_sqlite));
    }

private:
    // The row's text is bound in place (SQLITE_STATIC): the run outlives the step. The columns
    // follow the run's texts, with ref_from_report after ref_high and source_line last.
    int bind(int column, const LabImportRun::Row& row)
    {
        int rc = sqlite3_bind_int64(m_prepared, column++, row.patientId);
        for (int text = 0; text < LabImportRun::TextCount; ++text) {
            if (text == LabImportRun::Flag)
                rc |= sqlite3_bind_int(m_prepared, column++, row.refFromReport ? 1 : 0);
            const auto& value = row.texts[std::size_t(text)];
            rc |= value ? sqlite3_bind_text(m_prepared, column++, value->data(), int(value->size()),
                                            SQLITE_STATIC)
                        : sqlite3_bind_null(m_prepared, column++);
        }
        rc |= row.sourceLine ? sqlite3_bind_int64(m_prepared, column, *row.sourceLine)
                             : sqlite3_bind_null(m_prepared, column);
        return rc;
    }

    std::variant<qint64, QString> runQtSql(const LabImportRun& rows, std::size_t first)
    {
        for (int i = 0; i < m_rows; ++i) {
            const LabImportRun::Row row = rows.row(first + std::size_t(i));
            QVariantList values{row.patientId};
            for (int text = 0; text < LabImportRun::TextCount; ++text) {
                if (text == LabImportRun::Flag)
                    values << (row.refFromReport ? 1 : 0);
                values << variant(row.texts[std::size_t(text)]);
            }
            values << (row.sourceLine ? QVariant(*row.sourceLine) : QVariant()) << m_importId;
            for (int column = 0; column < kColumns; ++column)
                m_query.bindValue(i * kColumns + column, values[column]);
        }
        if (!m_query.exec())
            return m_query.lastError().text();
        return qint64(m_query.numRowsAffected());
    }

    QSqlDatabase m_db;
    sqlite3* m_sqlite = nullptr;
    const int m_rows;
    qint64 m_importId = 0;
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

clinical::Status LabImportWriter::begin(const LabImportInfo& info, const QString& requestedUser)
{
    const clinical::Result<QString> actor =
        authorize(m_database, Action::ImportLabs, requestedUser);
    if (!actor)
        return actor.problems();
    const QString& user = actor.value();
    m_info = info;
    m_user = user;
    m_now = toStoredTime(m_clock.nowUtc());
    QSqlDatabase db = m_database.connection();
    // A large import touches the series index all over: a bigger page cache keeps it in
    // memory instead of re-reading and spilling pages (bounded: 64 MiB). SQLite only: on
    // PostgreSQL the unknown statement would abort a surrounding transaction (a case import).
    if (m_database.dialect() == Dialect::Sqlite)
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -49152"));
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
    m_single = std::make_unique<Statement>(db, 1);
    m_block = std::make_unique<Statement>(db, kBlockRows);
    QString error = m_single->prepare(m_importId);
    if (error.isEmpty())
        error = m_block->prepare(m_importId);
    if (!error.isEmpty()) {
        rollback();
        return Problem{QString(), tr("The database could not prepare the import: %1").arg(error)};
    }
    return clinical::Done{};
}

Result<LabImportWriter::Outcome> LabImportWriter::insert(const clinical::LabResult& result)
{
    // The texts must outlive the insert: keep them here, hand the run views of them.
    const auto decimal = [](const std::optional<clinical::Decimal>& value) {
        return value ? std::optional<std::string>(value->toString().toStdString()) : std::nullopt;
    };
    const std::array<std::optional<std::string>, LabImportRun::TextCount> texts{
        result.testKey.toStdString(),
        result.date.toString(Qt::ISODate).toStdString(),
        storedTimeOfDay(result.time).toStdString(),
        result.enteredValue.toStdString(),
        result.enteredUnit.toStdString(),
        decimal(result.value),
        result.qualitative.isEmpty() ? std::nullopt
                                     : std::optional<std::string>(result.qualitative.toStdString()),
        decimal(result.refLow),
        decimal(result.refHigh),
        clinical::labFlagCode(result.flag).toStdString(),
        clinical::labSourceCode(result.source).toStdString(),
        result.sourceDetail.toStdString()};
    LabImportRun::Row row;
    row.patientId = result.patientId;
    row.refFromReport = result.refFromReport;
    for (std::size_t text = 0; text < texts.size(); ++text)
        if (texts[text])
            row.texts[text] = std::string_view(*texts[text]);
    LabImportRun run;
    if (!run.add(row))
        return Problem{QString(), tr("A text of the result is too long to store.")};
    const auto inserted = insert(run);
    if (!inserted)
        return inserted.problems();
    return inserted.value() == 1 ? Outcome::Inserted : Outcome::Duplicate;
}

Result<qint64> LabImportWriter::insert(const LabImportRun& run)
{
    if (!m_open)
        return Problem{QString(), tr("The import is not open.")};
    qint64 inserted = 0;
    std::size_t first = 0;
    while (first < run.size()) {
        Statement& statement = run.size() - first >= std::size_t(kBlockRows) ? *m_block : *m_single;
        const auto outcome = statement.run(run, first);
        if (const QString* error = std::get_if<QString>(&outcome)) {
            common::logger("storage")->error("import insert failed: {}", error->toStdString());
            return Problem{QString(), tr("The database refused a row: %1").arg(*error)};
        }
        inserted += std::get<qint64>(outcome);
        first += std::size_t(statement.rows());
    }
    return inserted;
}

Result<qint64> LabImportWriter::commit(const LabImportCounts& counts, const QString& fileSha256)
{
    if (!fileSha256.isEmpty())
        m_info.fileSha256 = fileSha256;
    if (!m_open)
        return Problem{QString(), tr("The import is not open.")};
    m_single.reset();
    m_block.reset();
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral(
                 "UPDATE lab_imports SET rows_read = ?, rows_imported = ?, rows_duplicate = ?, "
                 "rows_rejected = ?, file_sha256 = ? WHERE id = ?"),
             {counts.read, counts.imported, counts.duplicate, counts.rejected, m_info.fileSha256,
              m_importId}))
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
    m_single.reset();
    m_block.reset();
    if (m_open) {
        m_transaction.reset(); // rolls back
        m_open = false;
    }
}

} // namespace mmtrack::storage
