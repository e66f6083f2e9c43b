#include "storage/LabImportWriter.h"

#include "common/Logging.h"
#include "storage/AuditLog.h"
#include "storage/LabResultRepository.h"
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

std::string utf8(const QString& text)
{
    return text.toStdString();
}

std::optional<std::string> utf8(const std::optional<clinical::Decimal>& value)
{
    return value ? std::optional<std::string>(value->toString().toStdString()) : std::nullopt;
}

QVariant variant(const std::string& text)
{
    return QString::fromStdString(text);
}

QVariant variant(const std::optional<std::string>& text)
{
    return text ? variant(*text) : QVariant();
}

} // namespace

LabImportRow LabImportRow::from(const clinical::LabResult& result, std::optional<qint64> line)
{
    LabImportRow row;
    row.patientId = result.patientId;
    row.testKey = utf8(result.testKey);
    row.date = utf8(result.date.toString(Qt::ISODate));
    row.time = utf8(storedTimeOfDay(result.time));
    row.enteredValue = utf8(result.enteredValue);
    row.enteredUnit = utf8(result.enteredUnit);
    row.value = utf8(result.value);
    if (!result.qualitative.isEmpty())
        row.qualitative = utf8(result.qualitative);
    row.refLow = utf8(result.refLow);
    row.refHigh = utf8(result.refHigh);
    row.refFromReport = result.refFromReport;
    row.flag = utf8(clinical::labFlagCode(result.flag));
    row.source = utf8(clinical::labSourceCode(result.source));
    if (line)
        row.sourceLine = line;
    else
        row.sourceDetail = utf8(result.sourceDetail);
    return row;
}

bool operator<(const LabImportRow& a, const LabImportRow& b)
{
    // The series index's order: patient, test, date, time, value, unit (bytewise, as SQLite's
    // BINARY collation compares text).
    return std::tie(a.patientId, a.testKey, a.date, a.time, a.enteredValue, a.enteredUnit) <
           std::tie(b.patientId, b.testKey, b.date, b.time, b.enteredValue, b.enteredUnit);
}

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

    // Inserts rows() rows; the number inserted (the others were already stored), or an error.
    std::variant<qint64, QString> run(const LabImportRow* const* rows)
    {
        if (!m_sqlite)
            return runQtSql(rows);
        sqlite3_reset(m_prepared);
        int rc = SQLITE_OK;
        for (int i = 0; i < m_rows; ++i)
            rc |= bind(i * kColumns + 1, *rows[i]);
        if (rc != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(m_sqlite));
        if (sqlite3_step(m_prepared) != SQLITE_DONE)
            return QString::fromUtf8(sqlite3_errmsg(m_sqlite));
        return qint64(sqlite3_changes(m_sqlite));
    }

private:
    // The row's text is bound in place (SQLITE_STATIC): the rows outlive the step.
    int bind(int column, const LabImportRow& row)
    {
        int rc = sqlite3_bind_int64(m_prepared, column++, row.patientId);
        for (const std::string* text :
             {&row.testKey, &row.date, &row.time, &row.enteredValue, &row.enteredUnit})
            rc |= bindText(column++, *text);
        for (const std::optional<std::string>* text :
             {&row.value, &row.qualitative, &row.refLow, &row.refHigh})
            rc |= *text ? bindText(column++, **text) : sqlite3_bind_null(m_prepared, column++);
        rc |= sqlite3_bind_int(m_prepared, column++, row.refFromReport ? 1 : 0);
        rc |= bindText(column++, row.flag);
        rc |= bindText(column++, row.source);
        rc |= row.sourceDetail ? bindText(column++, *row.sourceDetail)
                               : sqlite3_bind_null(m_prepared, column++);
        rc |= row.sourceLine ? sqlite3_bind_int64(m_prepared, column, *row.sourceLine)
                             : sqlite3_bind_null(m_prepared, column);
        return rc;
    }

    int bindText(int column, const std::string& text)
    {
        return sqlite3_bind_text(m_prepared, column, text.data(), int(text.size()), SQLITE_STATIC);
    }

    std::variant<qint64, QString> runQtSql(const LabImportRow* const* rows)
    {
        for (int i = 0; i < m_rows; ++i) {
            const LabImportRow& row = *rows[i];
            const QVariantList values{row.patientId,
                                      variant(row.testKey),
                                      variant(row.date),
                                      variant(row.time),
                                      variant(row.enteredValue),
                                      variant(row.enteredUnit),
                                      variant(row.value),
                                      variant(row.qualitative),
                                      variant(row.refLow),
                                      variant(row.refHigh),
                                      row.refFromReport ? 1 : 0,
                                      variant(row.flag),
                                      variant(row.source),
                                      variant(row.sourceDetail),
                                      row.sourceLine ? QVariant(*row.sourceLine) : QVariant(),
                                      m_importId};
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

Result<LabImportWriter::Outcome> LabImportWriter::insert(const LabImportRow& row)
{
    const LabImportRow* rows[] = {&row};
    const auto inserted = insert(rows);
    if (!inserted)
        return inserted.problems();
    return inserted.value() == 1 ? Outcome::Inserted : Outcome::Duplicate;
}

Result<qint64> LabImportWriter::insert(std::span<const LabImportRow* const> rows)
{
    if (!m_open)
        return Problem{QString(), tr("The import is not open.")};
    qint64 inserted = 0;
    while (!rows.empty()) {
        Statement& statement = rows.size() >= std::size_t(kBlockRows) ? *m_block : *m_single;
        const auto outcome = statement.run(rows.data());
        if (const QString* error = std::get_if<QString>(&outcome)) {
            common::logger("storage")->error("import insert failed: {}", error->toStdString());
            return Problem{QString(), tr("The database refused a row: %1").arg(*error)};
        }
        inserted += std::get<qint64>(outcome);
        rows = rows.subspan(std::size_t(statement.rows()));
    }
    return inserted;
}

Result<qint64> LabImportWriter::commit(const LabImportCounts& counts)
{
    if (!m_open)
        return Problem{QString(), tr("The import is not open.")};
    m_single.reset();
    m_block.reset();
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
    m_single.reset();
    m_block.reset();
    if (m_open) {
        m_transaction.reset(); // rolls back
        m_open = false;
    }
}

} // namespace mmtrack::storage
