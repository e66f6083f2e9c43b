#include "interop/Hl7LabReader.h"

#include "interop/ChunkedInput.h"

#include <QIODevice>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>
#include <optional>
#include <utility>

namespace mmtrack::interop {

using clinical::Problem;

namespace {

constexpr char startBlock = 0x0b; // MLLP
constexpr char endBlock = 0x1c;

bool isTerminator(char c)
{
    return c == '\r' || c == '\n' || c == startBlock || c == endBlock;
}

// What the segment splitter finds next.
struct Token {
    enum class Type { Segment, Oversize, StartBlock, EndBlock, End };
    Type type = Type::End;
    QByteArray bytes;       // the segment; for Oversize, its first bytes
    qint64 line = 0;        // where it starts, counting CR, LF and CRLF as line ends
    bool terminated = true; // false when the file ended inside the segment
};

class SegmentInput {
public:
    SegmentInput(QIODevice& device, const LabRecordSink& sink)
        : m_input(device, sink.progress, sink.chunk)
    {
    }

    Token next()
    {
        QByteArray segment;
        qint64 line = m_line;
        for (;;) {
            const int c = m_input.next();
            if (c < 0)
                return segment.isEmpty()
                           ? Token{Token::Type::End, {}, m_line, true}
                           : Token{Token::Type::Segment, std::move(segment), line, false};
            if (c == startBlock || c == endBlock) {
                if (!segment.isEmpty()) {
                    m_input.unread();
                    return Token{Token::Type::Segment, std::move(segment), line, true};
                }
                return Token{c == startBlock ? Token::Type::StartBlock : Token::Type::EndBlock,
                             {},
                             m_line,
                             true};
            }
            if (c == '\r' || c == '\n') {
                if (c == '\r' && m_input.peek() == '\n')
                    m_input.next();
                ++m_line;
                if (!segment.isEmpty())
                    return Token{Token::Type::Segment, std::move(segment), line, true};
                continue;
            }
            if (segment.isEmpty())
                line = m_line;
            if (segment.size() == Hl7LabReader::maxSegmentBytes) {
                m_input.skipTo(isTerminator);
                const bool terminated = m_input.peek() >= 0;
                return Token{Token::Type::Oversize, segment.left(16), line, terminated};
            }
            segment.append(char(c));
        }
    }

    bool failed() const { return m_input.failed(); }
    QString errorString() const { return m_input.errorString(); }

private:
    ChunkedInput m_input;
    qint64 m_line = 1;
};

// The delimiters of one message; '\0' for one it does not define (control characters never
// reach the parsing, so '\0' never matches).
struct Delimiters {
    char field = '|';
    char component = '^';
    char repetition = '~';
    char escape = '\\';
    char subcomponent = '&';
};

// Piece `index` (from 0) of `text` cut at `separator`; empty when there are fewer pieces.
QByteArrayView piece(QByteArrayView text, char separator, qsizetype index)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < index; ++i) {
        const qsizetype next = separator ? text.indexOf(separator, start) : -1;
        if (next < 0)
            return {};
        start = next + 1;
    }
    const qsizetype end = separator ? text.indexOf(separator, start) : -1;
    return text.sliced(start, (end < 0 ? text.size() : end) - start);
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// What an escape sequence (without its escape characters) stands for; nullopt when unknown.
std::optional<QByteArray> unescape(QByteArrayView sequence, const Delimiters& d)
{
    const auto delimiter = [](char c) -> std::optional<QByteArray> {
        if (c == '\0')
            return std::nullopt;
        return QByteArray(1, c);
    };
    if (sequence == "F")
        return delimiter(d.field);
    if (sequence == "S")
        return delimiter(d.component);
    if (sequence == "T")
        return delimiter(d.subcomponent);
    if (sequence == "R")
        return delimiter(d.repetition);
    if (sequence == "E")
        return delimiter(d.escape);
    if (sequence == ".br")
        return QByteArray(1, '\n');
    if (sequence.size() >= 3 && sequence.size() % 2 == 1 && sequence[0] == 'X' &&
        std::all_of(sequence.begin() + 1, sequence.end(), isHexDigit))
        return QByteArray::fromHex(sequence.sliced(1).toByteArray());
    return std::nullopt;
}

bool isSegmentNameCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Delimiters must be visible ASCII punctuation.
bool isDelimiterCharacter(char c)
{
    return c > ' ' && c < 0x7f && !isSegmentNameCharacter(c) && !(c >= 'a' && c <= 'z');
}

// The envelope of a batch file (FHS, BHS ... BTS, FTS) around its messages.
bool isBatchSegment(QByteArrayView segment)
{
    const QByteArrayView name = segment.first(std::min<qsizetype>(3, segment.size()));
    return (name == "FHS" || name == "BHS" || name == "BTS" || name == "FTS") &&
           (segment.size() == 3 || !isSegmentNameCharacter(segment[3]));
}

bool hasControlCharacters(QByteArrayView bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) {
        const auto u = uchar(c);
        return (u < 0x20 && c != '\t') || u == 0x7f;
    });
}

// One message, collected segment by segment until it ends.
struct Message {
    int number = 0;
    QString controlId;
    Delimiters delimiters;
    bool latin1 = false;
    bool framed = false;      // an MLLP start block came before its MSH
    bool frameClosed = false; // and the end block came after it
    int segments = 0;
    qsizetype bytes = 0;
    QByteArray body; // the segments after MSH, each ended by CR
    QString problem; // the first reason found to refuse the whole message
};

class Hl7Parser {
public:
    Hl7Parser(QIODevice& device, const QString& sourceName, const LabRecordSink& sink)
        : m_segments(device, sink), m_source(sourceName), m_sink(sink)
    {
    }

    bool run()
    {
        for (;;) {
            Token token = m_segments.next();
            switch (token.type) {
            case Token::Type::End:
                if (!finishMessage())
                    return false;
                if (m_segments.failed()) {
                    problem(m_source, Hl7LabReader::tr("the file could not be read: %1")
                                          .arg(m_segments.errorString()));
                    return false;
                }
                return true;
            case Token::Type::StartBlock:
                if (!finishMessage())
                    return false;
                m_frameStarted = true;
                break;
            case Token::Type::EndBlock:
                if (m_message) {
                    m_message->frameClosed = true;
                    if (!finishMessage())
                        return false;
                }
                m_frameStarted = false;
                break;
            case Token::Type::Segment:
            case Token::Type::Oversize:
                // Some tools put a UTF-8 byte order mark before the text.
                if (token.bytes.startsWith("\xEF\xBB\xBF"))
                    token.bytes.remove(0, 3);
                if (token.bytes.startsWith("MSH")) {
                    if (!finishMessage())
                        return false;
                    startMessage(token);
                    break;
                }
                m_frameStarted = false; // a start block counts only right before an MSH
                if (m_message) {
                    addSegment(token);
                } else if (!isBatchSegment(token.bytes) && !stray(token)) {
                    return false;
                }
                break;
            }
        }
    }

private:
    // Arguments are filled in one pass, so that a "%1" in a file name or control id stays.
    QString messagePlace(const Message& message) const
    {
        const QString number = QString::number(message.number);
        return message.controlId.isEmpty()
                   ? Hl7LabReader::tr("%1: message %2").arg(m_source, number)
                   : Hl7LabReader::tr("%1: message %2 (%3)")
                         .arg(m_source, number, message.controlId);
    }

    QString obxPlace(const Message& message, int obx) const
    {
        const QString number = QString::number(message.number);
        return message.controlId.isEmpty()
                   ? Hl7LabReader::tr("%1: message %2, OBX %3")
                         .arg(m_source, number, QString::number(obx))
                   : Hl7LabReader::tr("%1: message %2 (%3), OBX %4")
                         .arg(m_source, number, message.controlId, QString::number(obx));
    }

    bool problem(const QString& where, const QString& message)
    {
        return !m_sink.problem || m_sink.problem(Problem{where, message});
    }

    static void refuse(Message& message, const QString& reason)
    {
        if (message.problem.isEmpty())
            message.problem = reason;
        message.body = QByteArray(); // nothing of it will be read: keep nothing
    }

    // Text before any MSH, or after an MLLP end block: one problem per stretch.
    bool stray(const Token& token)
    {
        if (m_strayReported)
            return true;
        m_strayReported = true;
        return problem(Hl7LabReader::tr("%1: line %2").arg(m_source, QString::number(token.line)),
                       Hl7LabReader::tr("text outside any message (no MSH segment before it) "
                                        "was skipped"));
    }

    // Checks that do not need the rest of the message: size, truncation, binary data, text.
    bool acceptable(Message& message, const Token& token)
    {
        if (token.type == Token::Type::Oversize) {
            refuse(message, Hl7LabReader::tr("segment %1 is longer than %2 bytes")
                                .arg(message.segments)
                                .arg(Hl7LabReader::maxSegmentBytes));
            return false;
        }
        if (!token.terminated) {
            refuse(message, Hl7LabReader::tr("the message is truncated: the file ends in the "
                                             "middle of a segment"));
            return false;
        }
        message.bytes += token.bytes.size() + 1;
        if (message.bytes > Hl7LabReader::maxMessageBytes) {
            refuse(message, Hl7LabReader::tr("the message is longer than %1 bytes")
                                .arg(Hl7LabReader::maxMessageBytes));
            return false;
        }
        if (hasControlCharacters(token.bytes)) {
            refuse(message, Hl7LabReader::tr("segment %1 holds control characters (binary data?)")
                                .arg(message.segments));
            return false;
        }
        if (!message.latin1) {
            m_decoder.resetState();
            [[maybe_unused]] const QString decoded = m_decoder.decode(token.bytes);
            if (m_decoder.hasError()) {
                refuse(
                    message,
                    Hl7LabReader::tr("segment %1 is not valid UTF-8 text").arg(message.segments));
                return false;
            }
        }
        return true;
    }

    void startMessage(const Token& token)
    {
        m_message.emplace();
        m_strayReported = false;
        Message& message = *m_message;
        message.number = ++m_messageCount;
        message.framed = std::exchange(m_frameStarted, false);
        message.segments = 1;
        const QByteArray& msh = token.bytes;
        if (token.type == Token::Type::Oversize) {
            refuse(message, Hl7LabReader::tr("the MSH segment is longer than %1 bytes")
                                .arg(Hl7LabReader::maxSegmentBytes));
            return;
        }

        // MSH-1 is the character after "MSH", MSH-2 the encoding characters up to the next.
        Delimiters& d = message.delimiters;
        d.field = msh.size() > 3 ? msh[3] : '\0';
        const QByteArrayView encoding =
            msh.size() > 3 ? piece(QByteArrayView(msh).sliced(4), d.field, 0) : QByteArrayView();
        const auto at = [&](qsizetype i) { return i < encoding.size() ? encoding[i] : '\0'; };
        d.component = at(0);
        d.repetition = at(1);
        d.escape = at(2);
        d.subcomponent = at(3);
        QByteArray delimiters(1, d.field);
        bool usable = isDelimiterCharacter(d.field) && isDelimiterCharacter(d.component);
        for (const char c : {d.component, d.repetition, d.escape, d.subcomponent}) {
            if (c == '\0')
                continue;
            usable = usable && isDelimiterCharacter(c) && !delimiters.contains(c);
            delimiters.append(c);
        }
        if (!usable || hasControlCharacters(msh)) {
            refuse(message, Hl7LabReader::tr("the MSH segment has no usable delimiters (MSH-1, "
                                             "MSH-2)"));
            return;
        }

        // Fields are counted from MSH-1, the separator itself: MSH-n is piece n - 1.
        const auto field = [&](int n) { return piece(msh, d.field, n - 1); };
        const QString charset = text(message, piece(field(18), d.repetition, 0)).toUpper();
        message.latin1 = charset == QLatin1String("8859/1");
        message.controlId = text(message, field(10));
        if (!acceptable(message, token))
            return;
        if (!charset.isEmpty() && charset != QLatin1String("ASCII") &&
            charset != QLatin1String("UNICODE UTF-8") && charset != QLatin1String("UNICODE") &&
            !message.latin1) {
            refuse(message,
                   Hl7LabReader::tr("character set %1 (MSH-18) is not supported; send UTF-8")
                       .arg(charset));
            return;
        }
        const QByteArrayView type = piece(field(9), d.repetition, 0);
        const QByteArrayView code = piece(type, d.component, 0);
        const QByteArrayView event = piece(type, d.component, 1);
        const QByteArrayView structure = piece(type, d.component, 2);
        if (code != "ORU" || !(event.isEmpty() || event == "R01") ||
            !(structure.isEmpty() || structure == "ORU_R01")) {
            const QString typeText = text(message, type);
            refuse(message, Hl7LabReader::tr("message type %1 is not ORU^R01 (observation results)")
                                .arg(typeText.isEmpty() ? Hl7LabReader::tr("(none)") : typeText));
        }
    }

    void addSegment(const Token& token)
    {
        Message& message = *m_message;
        ++message.segments;
        if (!message.problem.isEmpty() || !acceptable(message, token))
            return;
        const QByteArray& segment = token.bytes;
        if (segment.size() < 3 ||
            !std::all_of(segment.begin(), segment.begin() + 3, isSegmentNameCharacter) ||
            (segment.size() > 3 && segment[3] != message.delimiters.field)) {
            refuse(message,
                   Hl7LabReader::tr("segment %1 does not start with a segment name (binary data?)")
                       .arg(message.segments));
            return;
        }
        message.body += segment;
        message.body += '\r';
    }

    // A value with its escape sequences decoded, in the message's character set, trimmed.
    static QString text(const Message& message, QByteArrayView raw)
    {
        const Delimiters& d = message.delimiters;
        QByteArray bytes;
        bytes.reserve(raw.size());
        for (qsizetype i = 0; i < raw.size();) {
            if (d.escape == '\0' || raw[i] != d.escape) {
                bytes.append(raw[i++]);
                continue;
            }
            const qsizetype end = raw.indexOf(d.escape, i + 1);
            if (end < 0) {
                bytes.append(raw.sliced(i));
                break;
            }
            const std::optional<QByteArray> decoded = unescape(raw.sliced(i + 1, end - i - 1), d);
            bytes.append(decoded ? QByteArrayView(*decoded) : raw.sliced(i, end - i + 1));
            i = end + 1;
        }
        return (message.latin1 ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes)).trimmed();
    }

    bool finishMessage()
    {
        if (!m_message)
            return true;
        Message message = std::move(*m_message);
        m_message.reset();
        if (message.problem.isEmpty() && message.framed && !message.frameClosed)
            message.problem =
                Hl7LabReader::tr("the message is truncated: its MLLP frame is not closed");
        if (message.problem.isEmpty())
            message.problem = check(message);
        if (!message.problem.isEmpty())
            return problem(messagePlace(message), message.problem);
        QString unused;
        return walk(message, true, unused);
    }

    // What is wrong with the message's structure, or nothing.
    QString check(const Message& message)
    {
        QString reason;
        walk(message, false, reason);
        return reason;
    }

    // Goes through the segments after MSH. Checking (emitRecords false): puts what is wrong with
    // the message's structure in `reason`. Emitting: hands one record per OBX to the sink. Returns
    // false when the structure is wrong or the sink asked to stop.
    bool walk(const Message& message, bool emitRecords, QString& reason)
    {
        const Delimiters& d = message.delimiters;
        const bool hasPid = message.body.startsWith("PID") || message.body.contains("\rPID");
        bool pidSeen = false;
        bool obrSeen = false;
        int obx = 0;
        QString mrn;
        QString obrDate;
        const QByteArrayView body(message.body);
        for (qsizetype start = 0; start < body.size();) {
            const qsizetype end = body.indexOf('\r', start);
            const QByteArrayView segment = body.sliced(start, end - start);
            start = end + 1;
            const QByteArrayView name = segment.first(3);
            const auto field = [&](int n) { return piece(segment, d.field, n); };
            const auto component = [&](int n, int k) {
                return piece(piece(field(n), d.repetition, 0), d.component, k - 1);
            };
            if (name == "PID") {
                pidSeen = true;
                obrSeen = false;
                if (emitRecords)
                    mrn = text(message, component(3, 1));
            } else if (name == "OBR") {
                obrSeen = true;
                if (emitRecords)
                    obrDate = text(message, component(7, 1));
            } else if (name == "OBX") {
                ++obx;
                if (!pidSeen || !obrSeen) {
                    reason = !pidSeen
                                 ? hasPid ? Hl7LabReader::tr("OBX %1 comes before the PID "
                                                             "segment")
                                                .arg(obx)
                                          : Hl7LabReader::tr("the message has no PID segment")
                                 : Hl7LabReader::tr("OBX %1 has no OBR segment before it").arg(obx);
                    return false;
                }
                if (!emitRecords)
                    continue;
                LabRecord record;
                record.mrn = mrn;
                record.code = text(message, component(3, 1));
                record.codeText = text(message, component(3, 2));
                record.codeSystem = text(message, component(3, 3));
                record.value = value(message, text(message, component(2, 1)).toUpper(), field(5));
                record.unit = text(message, component(6, 1));
                setRange(record, text(message, piece(field(7), d.repetition, 0)));
                record.abnormalFlag = text(message, component(8, 1));
                record.status = text(message, component(11, 1));
                record.date = text(message, component(14, 1));
                if (record.date.isEmpty())
                    record.date = obrDate;
                record.messageId = message.controlId;
                record.place = obxPlace(message, obx);
                if (m_sink.record && !m_sink.record(record))
                    return false;
            }
        }
        if (obx == 0) {
            reason = hasPid ? Hl7LabReader::tr("the message has no OBX segment")
                            : Hl7LabReader::tr("the message has no PID segment");
            return false;
        }
        return true;
    }

    // OBX-5 by its value type (OBX-2).
    static QString value(const Message& message, const QString& type, QByteArrayView raw)
    {
        const Delimiters& d = message.delimiters;
        const QByteArrayView first = piece(raw, d.repetition, 0);
        if (type == QLatin1String("SN")) {
            QString comparator = text(message, piece(first, d.component, 0));
            if (comparator == QLatin1String("="))
                comparator.clear();
            const QString joined = comparator + text(message, piece(first, d.component, 1)) +
                                   text(message, piece(first, d.component, 2)) +
                                   text(message, piece(first, d.component, 3));
            return joined.trimmed();
        }
        if (type == QLatin1String("CE") || type == QLatin1String("CWE") ||
            type == QLatin1String("CNE") || type == QLatin1String("CF")) {
            const QString label = text(message, piece(first, d.component, 1));
            return label.isEmpty() ? text(message, piece(first, d.component, 0)) : label;
        }
        if (type == QLatin1String("ST") || type == QLatin1String("TX") ||
            type == QLatin1String("FT")) {
            QStringList lines;
            for (qsizetype start = 0;;) {
                const qsizetype end = d.repetition ? raw.indexOf(d.repetition, start) : -1;
                lines << text(message, raw.sliced(start, (end < 0 ? raw.size() : end) - start));
                if (end < 0)
                    break;
                start = end + 1;
            }
            return lines.join(QLatin1Char('\n')).trimmed();
        }
        return text(message, first);
    }

    // OBX-7: "low-high", "<high", "<=high", ">low", ">=low"; anything else gives neither.
    static void setRange(LabRecord& record, const QString& range)
    {
        static const QString number = QStringLiteral(R"([-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+))");
        static const QRegularExpression both(QStringLiteral("^(%1)\\s*-\\s*(%1)$").arg(number));
        static const QRegularExpression below(QStringLiteral("^<=?\\s*(%1)$").arg(number));
        static const QRegularExpression above(QStringLiteral("^>=?\\s*(%1)$").arg(number));
        if (const auto match = both.match(range); match.hasMatch()) {
            record.refLow = match.captured(1);
            record.refHigh = match.captured(2);
        } else if (const auto high = below.match(range); high.hasMatch()) {
            record.refHigh = high.captured(1);
        } else if (const auto low = above.match(range); low.hasMatch()) {
            record.refLow = low.captured(1);
        }
    }

    SegmentInput m_segments;
    const QString& m_source;
    const LabRecordSink& m_sink;
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
    std::optional<Message> m_message;
    int m_messageCount = 0;
    bool m_frameStarted = false;  // an MLLP start block waits for its MSH
    bool m_strayReported = false; // the current stretch of text outside messages was reported
};

} // namespace

bool Hl7LabReader::read(QIODevice& device, const QString& sourceName, const LabRecordSink& sink)
{
    if (!device.isOpen() || !device.isReadable()) {
        if (sink.problem)
            sink.problem(Problem{sourceName, tr("the file is not open for reading")});
        return false;
    }
    Hl7Parser parser(device, sourceName, sink);
    return parser.run();
}

} // namespace mmtrack::interop
