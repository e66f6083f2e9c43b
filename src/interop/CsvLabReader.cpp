#include "interop/CsvLabReader.h"

#include "interop/ChunkedInput.h"

#include <QIODevice>
#include <QStringDecoder>
#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace mmtrack::interop {

using clinical::Problem;

namespace {

enum class Column { Mrn, Test, Value, Unit, Date, Time, RefLow, RefHigh, Unknown };

struct ColumnName {
    const char* name;
    Column column;
};

constexpr std::array<ColumnName, 10> columnNames{{
    {"mrn", Column::Mrn},
    {"test", Column::Test},
    {"loinc", Column::Test},
    {"code", Column::Test},
    {"value", Column::Value},
    {"unit", Column::Unit},
    {"date", Column::Date},
    {"time", Column::Time},
    {"ref_low", Column::RefLow},
    {"ref_high", Column::RefHigh},
}};

constexpr std::array<Column, 5> requiredColumns{Column::Mrn, Column::Test, Column::Value,
                                                Column::Unit, Column::Date};

Column columnNamed(const QString& name)
{
    for (const ColumnName& known : columnNames)
        if (name.compare(QLatin1String(known.name), Qt::CaseInsensitive) == 0)
            return known.column;
    return Column::Unknown;
}

// The documented name of a column, for messages.
QString nameOf(Column column)
{
    for (const ColumnName& known : columnNames)
        if (known.column == column)
            return QLatin1String(known.name);
    return {};
}

bool isBlank(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == ' ' || c == '\t'; });
}

// Control characters other than tab and line feed mean binary data, not text.
bool hasControlCharacters(QByteArrayView bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) {
        const auto u = uchar(c);
        return (u < 0x20 && c != '\t' && c != '\n') || u == 0x7f;
    });
}

class CsvParser {
public:
    CsvParser(QIODevice& device, const QString& sourceName, const LabRecordSink& sink)
        : m_input(device, sink.progress, sink.chunk), m_source(sourceName), m_sink(sink)
    {
    }

    bool run()
    {
        if (m_input.lookahead(3) == QByteArrayView("\xEF\xBB\xBF")) {
            for (int i = 0; i < 3; ++i)
                m_input.next();
        }
        m_separator = detectSeparator();
        for (;;) {
            const int c = m_input.next();
            if (c < 0)
                break;
            if (!step(char(c)))
                return false;
            if (m_stopped)
                return true;
        }
        if (m_input.failed()) {
            problem(0,
                    CsvLabReader::tr("the file could not be read: %1").arg(m_input.errorString()));
            return false;
        }
        return finish();
    }

private:
    enum class State {
        FieldStart,    // nothing but blanks in this field so far
        Unquoted,      // text of an unquoted field
        Quoted,        // inside "..."
        QuoteInQuoted, // a quote inside "...": a doubled quote or the closing one
        AfterQuoted,   // after the closing quote
    };

    QString place(qint64 line) const
    {
        return line > 0 ? m_source + QLatin1Char(':') + QString::number(line) : m_source;
    }

    bool problem(qint64 line, const QString& message)
    {
        return !m_sink.problem || m_sink.problem(Problem{place(line), message});
    }

    // The separator with more occurrences outside quotes on the first non-blank line.
    char detectSeparator()
    {
        const QByteArrayView ahead = m_input.lookahead(CsvLabReader::maxRecordBytes);
        qsizetype i = 0;
        while (i < ahead.size() &&
               (ahead[i] == '\r' || ahead[i] == '\n' || ahead[i] == ' ' || ahead[i] == '\t'))
            ++i;
        int commas = 0;
        int semicolons = 0;
        bool quoted = false;
        for (; i < ahead.size(); ++i) {
            const char c = ahead[i];
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && (c == '\r' || c == '\n'))
                break;
            else if (!quoted && c == ',')
                ++commas;
            else if (!quoted && c == ';')
                ++semicolons;
        }
        return semicolons > commas ? ';' : ',';
    }

    void append(char c)
    {
        if (m_recordError.isEmpty())
            m_field.append(c);
    }

    // The field's bytes go to the next slot of m_fields; slots keep their memory from record
    // to record, so a line costs no allocation.
    void endField()
    {
        if (m_recordError.isEmpty()) {
            if (m_fieldCount == m_fields.size())
                m_fields.emplace_back();
            std::swap(m_fields[m_fieldCount++], m_field);
            m_field.resize(0);
        }
        m_state = State::FieldStart;
    }

    // One byte of the input; false when the sink asked to stop.
    bool step(char c)
    {
        if (m_fresh) {
            m_fresh = false;
            m_recordLine = m_line;
            m_recordBytes = 0;
        }
        m_afterLineEnd = c == '\n' || c == '\r';
        if (++m_recordBytes > CsvLabReader::maxRecordBytes)
            return overlong();
        switch (m_state) {
        case State::Quoted:
            if (c == '"') {
                m_state = State::QuoteInQuoted;
                return true;
            }
            if (c == '\r') {
                if (m_input.peek() == '\n')
                    m_input.next();
                c = '\n';
            }
            if (c == '\n')
                ++m_line;
            append(c);
            return true;
        case State::QuoteInQuoted:
            if (c == '"') {
                append('"');
                m_state = State::Quoted;
                return true;
            }
            m_state = State::AfterQuoted;
            [[fallthrough]];
        case State::AfterQuoted:
            if (c == m_separator) {
                endField();
                return true;
            }
            if (c == '\r' || c == '\n')
                return endLine(c);
            if (c == ' ' || c == '\t')
                return true;
            if (m_recordError.isEmpty())
                m_recordError = CsvLabReader::tr("text after the closing quote of field %1")
                                    .arg(m_fieldCount + 1);
            m_state = State::Unquoted;
            return true;
        case State::FieldStart:
        case State::Unquoted:
            if (c == m_separator) {
                endField();
                return true;
            }
            if (c == '\r' || c == '\n')
                return endLine(c);
            if (c == '"' && m_state == State::FieldStart) {
                m_field.resize(0);
                m_state = State::Quoted;
                m_quoteLine = m_line;
                return true;
            }
            if (c != ' ' && c != '\t')
                m_state = State::Unquoted;
            append(c);
            return true;
        }
        return true;
    }

    bool endLine(char c)
    {
        if (c == '\r' && m_input.peek() == '\n')
            m_input.next();
        ++m_line;
        endField();
        m_fresh = true;
        return endRecord();
    }

    // A record grew past the cap: report it and skip the rest of its line unread.
    bool overlong()
    {
        const bool inQuote = m_state == State::Quoted || m_state == State::QuoteInQuoted;
        const bool quoteRunsOn = inQuote && m_line > m_quoteLine;
        const qint64 line = quoteRunsOn ? m_quoteLine : m_recordLine;
        const QString message =
            !m_headerDone ? CsvLabReader::tr("the header line is longer than %1 bytes")
                                .arg(CsvLabReader::maxRecordBytes)
            : quoteRunsOn
                ? CsvLabReader::tr(
                      "a quoted field runs on for more than %1 bytes (unterminated quote?)")
                      .arg(CsvLabReader::maxRecordBytes)
                : CsvLabReader::tr("line longer than %1 bytes").arg(CsvLabReader::maxRecordBytes);
        m_stopped = !m_headerDone;
        m_fieldCount = 0;
        m_field.resize(0);
        m_recordError.clear();
        m_state = State::FieldStart;
        m_fresh = true;
        if (!problem(line, message))
            return false;
        m_input.skipTo([](char c) { return c == '\n' || c == '\r'; });
        return true;
    }

    bool finish()
    {
        if (!m_fresh) {
            if (m_state == State::Quoted) {
                const qint64 lastLine = m_afterLineEnd ? m_line - 1 : m_line;
                const QString message =
                    lastLine > m_quoteLine
                        ? CsvLabReader::tr("unterminated quote: lines %1 to %2 were not read")
                              .arg(m_quoteLine)
                              .arg(lastLine)
                        : CsvLabReader::tr("unterminated quote");
                if (!problem(m_quoteLine, message))
                    return false;
            } else {
                endField();
                if (!endRecord())
                    return false;
            }
        }
        if (!m_headerDone && !m_stopped)
            return problem(1, CsvLabReader::tr("no header line: the file is empty"));
        return true;
    }

    // Field text, or an empty optional (and m_recordError set) when it is not text.
    std::optional<QString> decode(const QByteArray& bytes, const QString& columnName)
    {
        if (hasControlCharacters(bytes)) {
            m_recordError = CsvLabReader::tr("the %1 field holds control characters (binary data?)")
                                .arg(columnName);
            return std::nullopt;
        }
        // Most fields are plain ASCII: trimmed as bytes, they need no decoder.
        if (std::none_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) >= 0x80; }))
            return QString::fromLatin1(bytes.trimmed());
        m_decoder.resetState();
        QString text = m_decoder.decode(bytes);
        if (m_decoder.hasError()) {
            m_recordError =
                CsvLabReader::tr("the %1 field is not valid UTF-8 text").arg(columnName);
            return std::nullopt;
        }
        return text.trimmed();
    }

    bool endRecord()
    {
        const std::span<const QByteArray> fields(m_fields.data(), std::exchange(m_fieldCount, 0));
        const QString error = std::exchange(m_recordError, {});
        if (error.isEmpty() && std::all_of(fields.begin(), fields.end(),
                                           [](const QByteArray& f) { return isBlank(f); }))
            return true; // an empty line
        if (!m_headerDone)
            return header(fields, error);
        if (!error.isEmpty())
            return problem(m_recordLine, error);
        const auto fieldCount = qsizetype(fields.size());
        if (fieldCount != m_columns.size())
            return problem(m_recordLine, CsvLabReader::tr("expected %1 fields, found %2")
                                             .arg(m_columns.size())
                                             .arg(fieldCount));
        LabRecord record;
        for (qsizetype i = 0; i < fieldCount; ++i) {
            const std::optional<QString> text = decode(fields[std::size_t(i)], m_columnNames[i]);
            if (!text)
                return problem(m_recordLine, std::exchange(m_recordError, {}));
            switch (m_columns[i]) {
            case Column::Mrn:
                record.mrn = *text;
                break;
            case Column::Test:
                record.code = *text;
                break;
            case Column::Value:
                record.value = *text;
                break;
            case Column::Unit:
                record.unit = *text;
                break;
            case Column::Date:
                record.date = *text;
                break;
            case Column::Time:
                record.time = *text;
                break;
            case Column::RefLow:
                record.refLow = *text;
                break;
            case Column::RefHigh:
                record.refHigh = *text;
                break;
            case Column::Unknown:
                break;
            }
        }
        record.place = place(m_recordLine);
        record.line = m_recordLine;
        return !m_sink.record || m_sink.record(record);
    }

    bool header(std::span<const QByteArray> fields, const QString& error)
    {
        m_headerDone = true;
        m_stopped = true; // until the header proves usable
        if (!error.isEmpty())
            return problem(m_recordLine, CsvLabReader::tr("header line: %1").arg(error));
        QStringList unknown;
        QStringList repeated;
        for (qsizetype i = 0; i < qsizetype(fields.size()); ++i) {
            const std::optional<QString> name =
                decode(fields[std::size_t(i)], CsvLabReader::tr("column %1").arg(i + 1));
            if (!name)
                return problem(
                    m_recordLine,
                    CsvLabReader::tr("header line: %1").arg(std::exchange(m_recordError, {})));
            const Column column = columnNamed(*name);
            if (column == Column::Unknown)
                unknown << (name->isEmpty() ? CsvLabReader::tr("(column %1 has no name)").arg(i + 1)
                                            : *name);
            else if (m_columns.contains(column) && !repeated.contains(nameOf(column)))
                repeated << nameOf(column);
            m_columns << column;
            m_columnNames << (name->isEmpty() ? CsvLabReader::tr("column %1").arg(i + 1) : *name);
        }
        QStringList missing;
        for (const Column column : requiredColumns)
            if (!m_columns.contains(column))
                missing << nameOf(column);
        const auto list = [](const QStringList& names) { return names.join(QStringLiteral(", ")); };
        if (!missing.isEmpty() || !repeated.isEmpty()) {
            QStringList parts;
            if (!missing.isEmpty())
                parts << CsvLabReader::tr("missing required columns: %1").arg(list(missing));
            if (!repeated.isEmpty())
                parts << CsvLabReader::tr("more than one column for: %1 (test, loinc and code "
                                          "name the same column)")
                             .arg(list(repeated));
            if (!unknown.isEmpty())
                parts << CsvLabReader::tr("unknown columns: %1").arg(list(unknown));
            return problem(
                m_recordLine,
                CsvLabReader::tr("%1; nothing was read").arg(parts.join(QStringLiteral("; "))));
        }
        m_stopped = false;
        if (!unknown.isEmpty())
            return problem(m_recordLine,
                           CsvLabReader::tr("unknown columns ignored: %1").arg(list(unknown)));
        return true;
    }

    ChunkedInput m_input;
    const QString& m_source;
    const LabRecordSink& m_sink;
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
    char m_separator = ',';

    // The header.
    bool m_headerDone = false;
    bool m_stopped = false; // the header was refused: read nothing more
    QList<Column> m_columns;
    QStringList m_columnNames;

    // The record being read.
    State m_state = State::FieldStart;
    bool m_fresh = true; // the next byte starts a record
    qint64 m_line = 1;   // the physical line of the next byte
    qint64 m_recordLine = 1;
    qint64 m_quoteLine = 1;
    qsizetype m_recordBytes = 0;
    bool m_afterLineEnd = false;      // the last byte read was a line break
    std::vector<QByteArray> m_fields; // the record's fields are the first m_fieldCount
    std::size_t m_fieldCount = 0;
    QByteArray m_field;
    QString m_recordError; // once set, the record is rejected and nothing more of it is kept
};

} // namespace

bool CsvLabReader::read(QIODevice& device, const QString& sourceName, const LabRecordSink& sink)
{
    if (!device.isOpen() || !device.isReadable()) {
        if (sink.problem)
            sink.problem(Problem{sourceName, tr("the file is not open for reading")});
        return false;
    }
    CsvParser parser(device, sourceName, sink);
    return parser.run();
}

} // namespace mmtrack::interop
