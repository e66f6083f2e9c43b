#include "interop/Hl7LabReader.h"

#include "support/TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QMap>
#include <random>

using namespace mmtrack;
using interop::Hl7LabReader;
using interop::LabRecord;

namespace {

const QString kSource = QStringLiteral("labs.hl7");

QByteArray fixture()
{
    QFile file(QStringLiteral(MMTRACK_TEST_DATA "/labs/oru-r01.hl7"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Segments, each ended by CR.
QByteArray hl7(std::initializer_list<const char*> segments)
{
    QByteArray bytes;
    for (const char* segment : segments)
        bytes += QByteArray(segment) + '\r';
    return bytes;
}

// A small valid message with one OBX whose value is `value`.
QByteArray message(const char* controlId, const char* mrn = "P1", const char* value = "12")
{
    return QByteArray(R"(MSH|^~\&|LIS||||20250101||ORU^R01|)") + controlId + "|P|2.5\r" + "PID|||" +
           mrn + "\rOBR|1||||||20250101\rOBX|1|NM|718-7^Hb^LN||" + value + "|g/dL|||||F\r";
}

// Where each message starts: offsets of "MSH" at the start of a segment.
QList<qsizetype> messageStarts(const QByteArray& bytes)
{
    QList<qsizetype> starts;
    for (qsizetype at = bytes.indexOf("MSH"); at >= 0; at = bytes.indexOf("MSH", at + 1))
        if (at == 0 || bytes[at - 1] == '\r' || bytes[at - 1] == '\n' || bytes[at - 1] == '\x0b')
            starts << at;
    return starts;
}

// Wraps each message (from one MSH to the next) in MLLP framing.
QByteArray mllp(const QByteArray& messages)
{
    QByteArray framed;
    QList<qsizetype> starts = messageStarts(messages);
    starts << messages.size();
    for (qsizetype i = 0; i + 1 < starts.size(); ++i)
        framed += '\x0b' + messages.mid(starts[i], starts[i + 1] - starts[i]) + "\x1c\r";
    return framed;
}

struct Reading {
    bool ok = false;
    QList<LabRecord> records;
    clinical::Problems problems;
    QList<qint64> progress;

    QStringList places() const
    {
        QStringList list;
        for (const LabRecord& record : records)
            list << record.place;
        return list;
    }
};

Reading readDevice(QIODevice& device, const QString& source = kSource)
{
    Reading reading;
    const interop::LabRecordSink sink{[&](const LabRecord& record) {
                                          reading.records << record;
                                          return true;
                                      },
                                      [&](const clinical::Problem& problem) {
                                          reading.problems << problem;
                                          return true;
                                      },
                                      [&](qint64 bytes) { reading.progress << bytes; },
                                      {}};
    reading.ok = Hl7LabReader::read(device, source, sink);
    return reading;
}

Reading readBytes(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return readDevice(buffer);
}

// All fields of a record on one line, so that whole records compare and print readably.
QString show(const LabRecord& r)
{
    return QStringList{r.mrn,          r.code,   r.codeSystem, r.codeText, r.value,
                       r.unit,         r.date,   r.time,       r.refLow,   r.refHigh,
                       r.abnormalFlag, r.status, r.place,      r.messageId}
        .join(QLatin1Char('|'));
}

QStringList show(const QList<LabRecord>& records)
{
    QStringList list;
    for (const LabRecord& record : records)
        list << show(record);
    return list;
}

QString messagePlace(int number, const char* controlId)
{
    return kSource + QStringLiteral(": message ") + QString::number(number) + QStringLiteral(" (") +
           QLatin1String(controlId) + QLatin1Char(')');
}

QString obxPlace(int number, const char* controlId, int obx)
{
    return messagePlace(number, controlId) + QStringLiteral(", OBX ") + QString::number(obx);
}

// The number of the message a place names ("labs.hl7: message 2 (...)..." -> 2), else 0.
int messageNumberOf(const QString& place)
{
    const QString prefix = kSource + QStringLiteral(": message ");
    if (!place.startsWith(prefix))
        return 0;
    return place.mid(prefix.size())
        .section(QLatin1Char(' '), 0, 0)
        .section(QLatin1Char(','), 0, 0)
        .toInt();
}

qint64 peakMemoryKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

bool resetPeakMemory()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

class FailingDevice : public QIODevice {
public:
    explicit FailingDevice(QByteArray first) : m_first(std::move(first)) {}

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_first.isEmpty())
            return -1;
        const qint64 count = std::min<qint64>(maxSize, m_first.size());
        std::copy_n(m_first.constData(), count, data);
        m_first.remove(0, count);
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_first;
};

} // namespace

TEST_CASE("HL7: each OBX of each ORU^R01 message gives one record", "[interop][hl7]")
{
    const QByteArray bytes = fixture();
    // The fixture keeps HL7's own segment terminator, CR alone.
    REQUIRE(bytes.contains('\r'));
    REQUIRE_FALSE(bytes.contains('\n'));
    const Reading reading = readBytes(bytes);
    CHECK(reading.ok);
    CHECK(reading.problems.isEmpty());
    CHECK(show(reading.records) ==
          QStringList{
              // OBR-7 gives the date; the range splits; PID-3's first repetition is the MRN.
              QStringLiteral("MM-0001|718-7|LN|Hemoglobin|11.2|g/dL|20250402083000||13.0|17.5|L|"
                             "F|labs.hl7: message 1 (MSG0001), OBX 1|MSG0001"),
              // SN keeps its comparator; OBX-14 overrides OBR-7.
              QStringLiteral("MM-0001|33944-9|LN|M-protein|<0.5|g/dL|20250402120000|||||F|"
                             "labs.hl7: message 1 (MSG0001), OBX 2|MSG0001"),
              // Escape sequences; unknown ones (\H\ \N\) stay as written.
              QStringLiteral("MM-0001|NOTE|L|Lab comment|Sample A&B\nsecond line | ^ ~ \\ MM "
                             "\\H\\bold\\N\\||20250402083000|||||F|labs.hl7: message 1 "
                             "(MSG0001), OBX 3|MSG0001"),
              // CWE: the text component.
              QStringLiteral("MM-0001|IFE|L|Immunofixation|IgG kappa||20250402083000|||||F|"
                             "labs.hl7: message 1 (MSG0001), OBX 4|MSG0001"),
              // "<1.3": an upper limit only; ">=2.15": a lower limit only.
              QStringLiteral("MM-0001|2160-0|LN|Creatinine|1.8|mg/dL|20250402083000||"
                             "|1.3|H|C|labs.hl7: message 1 (MSG0001), OBX 5|MSG0001"),
              QStringLiteral("MM-0001|17861-6|LN|Calcium|2.61|mmol/L|20250402083000||2.15|||P|"
                             "labs.hl7: message 1 (MSG0001), OBX 6|MSG0001"),
              // A date without a time; SN "^18.2" is the number; a ratio; CE without a code.
              QStringLiteral("MM-0002|PC|L|Plasma cells|18.2|%|20250403||0|5|H|F|"
                             "labs.hl7: message 2 (MSG0002), OBX 1|MSG0002"),
              QStringLiteral("MM-0002|ANA|L|ANA titer|1:128||20250403|||||F|"
                             "labs.hl7: message 2 (MSG0002), OBX 2|MSG0002"),
              QStringLiteral("MM-0002|FISH|L|FISH t(4;14)|Not detected||20250403|||||F|"
                             "labs.hl7: message 2 (MSG0002), OBX 3|MSG0002"),
              // MSH-9 "ORU" alone; a second patient in one message; "negative" is no range.
              QStringLiteral("MM-0003|2160-0|LN|Creatinine|0.9|mg/dL|202504040930||0.7|1.3|N|F|"
                             "labs.hl7: message 3 (MSG0003), OBX 1|MSG0003"),
              QStringLiteral("MM-0004|718-7|LN|Hemoglobin|9.8|g/dL|20250404|||||F|"
                             "labs.hl7: message 3 (MSG0003), OBX 2|MSG0003"),
          });
    REQUIRE_FALSE(reading.progress.isEmpty());
    CHECK(reading.progress.last() == bytes.size());
}

TEST_CASE("HL7: CR, LF, CRLF, blank lines and MLLP framing give the same records", "[interop][hl7]")
{
    const QByteArray cr = fixture();
    const QStringList expected = show(readBytes(cr).records);
    REQUIRE(expected.size() == 11);
    QByteArray lf = cr;
    lf.replace('\r', '\n');
    QByteArray crlf = cr;
    crlf.replace("\r", "\r\n");
    QByteArray blankLines = crlf;
    blankLines.replace("\r\nMSH", "\r\n\r\n\n\r\nMSH");
    const QByteArray framed = mllp(cr);
    REQUIRE(framed.count('\x0b') == 3);
    const QByteArray framedCrlf = mllp(crlf);
    for (const QByteArray& variant : {lf, crlf, blankLines, framed, framedCrlf}) {
        const Reading reading = readBytes(variant);
        CHECK(reading.ok);
        CHECK(reading.problems.isEmpty());
        CHECK(show(reading.records) == expected);
    }
}

TEST_CASE("HL7: batch envelopes and byte order marks are no problem", "[interop][hl7]")
{
    const Reading batch =
        readBytes("\xEF\xBB\xBF" + hl7({R"(FHS|^~\&|LIS)", R"(BHS|^~\&|LIS)"}) + message("C1") +
                  "\xEF\xBB\xBF" + message("C2") + hl7({"BTS|2", "FTS|1"}));
    CHECK(batch.problems.isEmpty());
    CHECK(batch.places() == QStringList{obxPlace(1, "C1", 1), obxPlace(2, "C2", 1)});

    // Percent signs in the file name or control id are no placeholders.
    QBuffer buffer;
    buffer.setData(message("A%1") + "\x1c\rstray\r");
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    const Reading percent = readDevice(buffer, QStringLiteral("lab%2s.hl7"));
    CHECK(percent.places() == QStringList{QStringLiteral("lab%2s.hl7: message 1 (A%1), OBX 1")});
    CHECK(percent.problems.value(0).where == QStringLiteral("lab%2s.hl7: line 6"));
}

TEST_CASE("HL7: escape sequences use the message's own delimiters", "[interop][hl7]")
{
    const Reading custom = readBytes(hl7({
        "MSH#$%*@#LIS####20250101##ORU$R01#C9#P#2.5",
        "PID###P9%OTHER",
        "OBR#1######20250101",
        "OBX#1#ST#X$Label$L##a*F*b*S*c*.br*d*T*e*R*f*E*g#u$unit##",
        "OBX#2#FT#Y$Text$L##first%second*X41*##",
    }));
    CHECK(custom.problems.isEmpty());
    REQUIRE(custom.records.size() == 2);
    CHECK(custom.records[0].mrn == QStringLiteral("P9"));
    CHECK(custom.records[0].value == QStringLiteral("a#b$c\nd@e%f*g"));
    CHECK(custom.records[0].unit == QStringLiteral("u"));
    CHECK(custom.records[0].codeText == QStringLiteral("Label"));
    // FT repetitions are lines.
    CHECK(custom.records[1].value == QStringLiteral("first\nsecondA"));

    const Reading odd =
        readBytes(hl7({R"(MSH|^~\&|LIS||||20250101||ORU^R01|C1|P|2.5)", "PID|||P1",
                       "OBR|1||||||20250101", R"(OBX|1|ST|X||a\XZZ\b\X\c\Zq)",
                       R"(OBX|2|NM|X^^LN||  7.5  |mg\S\dL)", R"(OBX|3|ST|X||\XE5BCA0\\.br\)"}));
    CHECK(odd.problems.isEmpty());
    REQUIRE(odd.records.size() == 3);
    // Unknown or broken escapes stay as written.
    CHECK(odd.records[0].value == QStringLiteral(R"(a\XZZ\b\X\c\Zq)"));
    CHECK(odd.records[1].value == QStringLiteral("7.5"));
    CHECK(odd.records[1].unit == QStringLiteral("mg^dL"));
    CHECK(odd.records[1].codeText.isEmpty());
    CHECK(odd.records[1].codeSystem == QStringLiteral("LN"));
    // Hex escapes give bytes of UTF-8 text.
    CHECK(odd.records[2].value == QStringLiteral("张"));
}

TEST_CASE("HL7: MSH-18 chooses the character set", "[interop][hl7]")
{
    const Reading latin1 =
        readBytes(hl7({R"(MSH|^~\&|LIS||||20250101||ORU^R01|L1|P|2.5||||||8859/1)", "PID|||P1",
                       "OBR|1||||||20250101", "OBX|1|ST|X||\xE9l\xE9vation"}));
    CHECK(latin1.problems.isEmpty());
    REQUIRE(latin1.records.size() == 1);
    CHECK(latin1.records[0].value == QStringLiteral("élévation"));

    const Reading utf8 =
        readBytes(hl7({R"(MSH|^~\&|LIS||||20250101||ORU^R01|U1|P|2.5||||||UNICODE UTF-8)",
                       "PID|||\xE5\xBC\xA0", "OBR|1||||||20250101", "OBX|1|ST|X||\xE9\x98\xB4"}));
    REQUIRE(utf8.records.size() == 1);
    CHECK(utf8.records[0].mrn == QStringLiteral("张"));
    CHECK(utf8.records[0].value == QStringLiteral("阴"));

    const Reading refused =
        readBytes(hl7({R"(MSH|^~\&|LIS||||20250101||ORU^R01|G1|P|2.5||||||GB 18030-2000)",
                       "PID|||P1", "OBR|1||||||20250101", "OBX|1|ST|X||x"}) +
                  hl7({R"(MSH|^~\&|LIS||||20250101||ORU^R01|G2|P|2.5)", "PID|||P1",
                       "OBR|1||||||20250101", "OBX|1|ST|X||\xE9l\xE9vation"}) +
                  message("G3"));
    CHECK(refused.problems ==
          clinical::Problems{
              {messagePlace(1, "G1"),
               QStringLiteral("character set GB 18030-2000 (MSH-18) is not supported; send UTF-8")},
              {messagePlace(2, "G2"), QStringLiteral("segment 4 is not valid UTF-8 text")},
          });
    CHECK(refused.places() == QStringList{obxPlace(3, "G3", 1)});
}

TEST_CASE("HL7: a message of another type is refused whole, naming its number and control id",
          "[interop][hl7]")
{
    const Reading reading =
        readBytes(message("C1") +
                  hl7({R"(MSH|^~\&|ADT||||20250101||ADT^A01|ADT001|P|2.5)", "PID|||P1",
                       "OBR|1||||||20250101", "OBX|1|NM|718-7||12|g/dL|||||F"}) +
                  hl7({R"(MSH|^~\&|LIS||||20250101||ORU^R30|R30|P|2.5)", "PID|||P1",
                       "OBR|1||||||20250101", "OBX|1|NM|718-7||12|g/dL|||||F"}) +
                  hl7({R"(MSH|^~\&|LIS||||20250101||ORU^R01^ORU_R01|C4|P|2.5)", "PID|||P4",
                       "OBR|1||||||20250101", "OBX|1|NM|718-7||12|g/dL|||||F"}) +
                  hl7({R"(MSH|^~\&|LIS||||20250101|||)", "MSA|AA|C1"}));
    CHECK(reading.ok);
    CHECK(reading.problems ==
          clinical::Problems{
              {messagePlace(2, "ADT001"),
               QStringLiteral("message type ADT^A01 is not ORU^R01 (observation results)")},
              {messagePlace(3, "R30"),
               QStringLiteral("message type ORU^R30 is not ORU^R01 (observation results)")},
              {kSource + QStringLiteral(": message 5"),
               QStringLiteral("message type (none) is not ORU^R01 (observation results)")},
          });
    CHECK(reading.places() == QStringList{obxPlace(1, "C1", 1), obxPlace(4, "C4", 1)});
}

TEST_CASE("HL7: a message without PID, or with an OBX before its OBR or PID, is refused",
          "[interop][hl7]")
{
    const Reading reading = readBytes(
        message("C1") +
        hl7({R"(MSH|^~\&|LIS||||20250101||ORU^R01|NOPID|P|2.5)", "OBR|1||||||20250101",
             "OBX|1|NM|718-7||12|g/dL|||||F"}) +
        hl7({R"(MSH|^~\&|LIS||||20250101||ORU^R01|NOOBR|P|2.5)", "PID|||P1",
             "OBX|1|NM|718-7||12|g/dL|||||F", "OBR|1||||||20250101"}) +
        hl7({R"(MSH|^~\&|LIS||||20250101||ORU^R01|LATEPID|P|2.5)", "OBR|1||||||20250101",
             "OBX|1|NM|718-7||12|g/dL|||||F", "PID|||P1"}) +
        hl7({R"(MSH|^~\&|LIS||||20250101||ORU^R01|TWO|P|2.5)", "PID|||P1", "OBR|1||||||20250101",
             "OBX|1|NM|718-7||12|g/dL|||||F", "PID|||P2", "OBX|2|NM|718-7||13|g/dL|||||F"}) +
        hl7({R"(MSH|^~\&|LIS||||20250101||ORU^R01|EMPTY|P|2.5)", "PID|||P1", "OBR|1||||||20250101",
             "NTE|1||no results"}) +
        hl7({R"(MSH|^~\&|LIS||||20250101||ORU^R01|ALONE|P|2.5)"}) + message("C8", "P8", "8.5"));
    CHECK(reading.ok);
    CHECK(reading.problems ==
          clinical::Problems{
              {messagePlace(2, "NOPID"), QStringLiteral("the message has no PID segment")},
              {messagePlace(3, "NOOBR"), QStringLiteral("OBX 1 has no OBR segment before it")},
              {messagePlace(4, "LATEPID"), QStringLiteral("OBX 1 comes before the PID segment")},
              {messagePlace(5, "TWO"), QStringLiteral("OBX 2 has no OBR segment before it")},
              {messagePlace(6, "EMPTY"), QStringLiteral("the message has no OBX segment")},
              {messagePlace(7, "ALONE"), QStringLiteral("the message has no PID segment")},
          });
    REQUIRE(reading.places() == QStringList{obxPlace(1, "C1", 1), obxPlace(8, "C8", 1)});
    CHECK(reading.records[1].mrn == QStringLiteral("P8"));
    CHECK(reading.records[1].value == QStringLiteral("8.5"));
}

TEST_CASE("HL7: a truncated file or an unclosed MLLP frame refuses the last message only",
          "[interop][hl7]")
{
    const QByteArray bytes = fixture();
    const QByteArray cut = bytes.left(bytes.indexOf("OBX|1|NM|718-7^Hemoglobin^LN||9.8") + 20);
    const Reading truncated = readBytes(cut);
    CHECK(truncated.ok);
    CHECK(truncated.problems ==
          clinical::Problems{{messagePlace(3, "MSG0003"),
                              QStringLiteral("the message is truncated: the file ends in the "
                                             "middle of a segment")}});
    CHECK(truncated.records.size() == 9);
    CHECK(messageNumberOf(truncated.records.last().place) == 2);

    // Framed, the cut is seen even at the end of a segment.
    const QByteArray framed = mllp(bytes);
    const Reading unclosed = readBytes(framed.chopped(2));
    CHECK(unclosed.problems ==
          clinical::Problems{
              {messagePlace(3, "MSG0003"),
               QStringLiteral("the message is truncated: its MLLP frame is not closed")}});
    CHECK(unclosed.records.size() == 9);
    // A new frame before the last one closed also shows the cut.
    const qsizetype third = framed.lastIndexOf('\x0b');
    const Reading restarted = readBytes(framed.left(third - 30) + framed.mid(third));
    REQUIRE(restarted.problems.size() == 1);
    CHECK(restarted.problems[0].where == messagePlace(2, "MSG0002"));
    CHECK(restarted.places().filter(QStringLiteral("message 3 (MSG0003)")).size() == 2);
}

TEST_CASE("HL7: text outside messages is one problem per stretch, with its line", "[interop][hl7]")
{
    const Reading reading = readBytes("garbage line\r\nmore garbage\r\n" + message("C1") +
                                      "\x1c\r\ntrailing text\rmore\r" + message("C2"));
    CHECK(reading.ok);
    CHECK(reading.problems ==
          clinical::Problems{
              {kSource + QStringLiteral(": line 1"),
               QStringLiteral("text outside any message (no MSH segment before it) was skipped")},
              {kSource + QStringLiteral(": line 8"),
               QStringLiteral("text outside any message (no MSH segment before it) was skipped")},
          });
    CHECK(reading.places() == QStringList{obxPlace(1, "C1", 1), obxPlace(2, "C2", 1)});
}

TEST_CASE("HL7: unusable delimiters, binary data and lowercase segments refuse the message",
          "[interop][hl7]")
{
    static const char withNul[] = "OBR|1||\0|||20250101\r";
    const Reading reading =
        readBytes("MSH\r" + hl7({"MSHA^~\\&A", "PID|||P1"}) + hl7({"MSH|^^\\&|x"}) +
                  hl7({R"(MSH|^~\&|LIS||||20250101||ORU^R01|CTL|P|2.5)", "PID|||P1",
                       "OBR|1||||||20250101", "OBX|1|NM|718-7||1\x01|g/dL|||||F"}) +
                  hl7({R"(MSH|^~\&|LIS||||20250101||ORU^R01|LOW|P|2.5)", "PID|||P1",
                       "OBR|1||||||20250101", "obx|1|NM|718-7||1|g/dL|||||F"}) +
                  hl7({R"(MSH|^~\&|LIS||||20250101||ORU^R01|NUL|P|2.5)", "PID|||P1"}) +
                  QByteArray(withNul, sizeof(withNul) - 1) + message("OK"));
    CHECK(reading.ok);
    const QString noDelimiters =
        QStringLiteral("the MSH segment has no usable delimiters (MSH-1, MSH-2)");
    CHECK(reading.problems ==
          clinical::Problems{
              {kSource + QStringLiteral(": message 1"), noDelimiters},
              {kSource + QStringLiteral(": message 2"), noDelimiters},
              {kSource + QStringLiteral(": message 3"), noDelimiters},
              {messagePlace(4, "CTL"),
               QStringLiteral("segment 4 holds control characters (binary data?)")},
              {messagePlace(5, "LOW"),
               QStringLiteral("segment 4 does not start with a segment name (binary data?)")},
              {messagePlace(6, "NUL"),
               QStringLiteral("segment 3 holds control characters (binary data?)")},
          });
    CHECK(reading.places() == QStringList{obxPlace(7, "OK", 1)});
}

TEST_CASE("HL7: the sink can stop the reading, and an unreadable device is a problem",
          "[interop][hl7]")
{
    const QByteArray bytes = fixture();
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    int records = 0;
    CHECK_FALSE(Hl7LabReader::read(buffer, kSource,
                                   {[&](const LabRecord&) { return ++records < 3; },
                                    [](const clinical::Problem&) { return true; },
                                    {},
                                    {}}));
    CHECK(records == 3);

    QBuffer refused;
    refused.setData(hl7({R"(MSH|^~\&|ADT||||20250101||ADT^A01|A1|P|2.5)"}) + bytes);
    REQUIRE(refused.open(QIODevice::ReadOnly));
    int problems = 0;
    records = 0;
    CHECK_FALSE(Hl7LabReader::read(refused, kSource,
                                   {[&](const LabRecord&) { return ++records > 0; },
                                    [&](const clinical::Problem&) { return ++problems > 5; },
                                    {},
                                    {}}));
    CHECK(problems == 1);
    CHECK(records == 0);

    QBuffer quiet;
    quiet.setData(bytes);
    REQUIRE(quiet.open(QIODevice::ReadOnly));
    CHECK(Hl7LabReader::read(quiet, kSource, {}));

    QBuffer closed;
    const Reading notOpen = readDevice(closed);
    CHECK_FALSE(notOpen.ok);
    CHECK(notOpen.problems ==
          clinical::Problems{{kSource, QStringLiteral("the file is not open for reading")}});

    FailingDevice failing(message("C1") + message("C2").left(40));
    REQUIRE(failing.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    const Reading failed = readDevice(failing);
    CHECK_FALSE(failed.ok);
    CHECK(failed.places() == QStringList{obxPlace(1, "C1", 1)});
    REQUIRE(failed.problems.size() == 2);
    CHECK(failed.problems[0].where == messagePlace(2, "C2"));
    CHECK(failed.problems[1].where == kSource);
    CHECK(failed.problems[1].message.startsWith(QStringLiteral("the file could not be read")));
}

TEST_CASE("HL7: many messages are read in chunks, with progress", "[interop][hl7]")
{
    QByteArray bytes;
    for (int i = 0; i < 2000; ++i)
        bytes += message(QByteArray("C" + QByteArray::number(i)).constData(),
                         QByteArray("P" + QByteArray::number(i)).constData());
    REQUIRE(bytes.size() > 3 * 65536);
    const Reading reading = readBytes(bytes);
    CHECK(reading.problems.isEmpty());
    REQUIRE(reading.records.size() == 2000);
    CHECK(reading.records[1999].mrn == QStringLiteral("P1999"));
    CHECK(reading.records[1999].place == obxPlace(2000, "C1999", 1));
    REQUIRE(reading.progress.size() >= 3);
    CHECK(std::is_sorted(reading.progress.cbegin(), reading.progress.cend()));
    CHECK(reading.progress.last() == bytes.size());
}

TEST_CASE("HL7: every truncation of a valid file refuses only the message it cuts",
          "[interop][hl7]")
{
    const QByteArray bytes = fixture();
    for (const QByteArray& data : {bytes, mllp(bytes)}) {
        const bool framed = data.startsWith('\x0b');
        const Reading full = readBytes(data);
        REQUIRE(full.problems.isEmpty());
        QMap<QString, QString> fullByPlace;
        QMap<int, int> recordsPerMessage;
        for (const LabRecord& record : full.records) {
            fullByPlace.insert(record.place, show(record));
            ++recordsPerMessage[messageNumberOf(record.place)];
        }
        const QList<qsizetype> starts = messageStarts(data);
        REQUIRE(starts.size() == 3);
        for (qsizetype length = 0; length < data.size(); ++length) {
            INFO((framed ? "framed, " : "") << "cut at " << length);
            const QByteArray cut = data.left(length);
            const Reading reading = readBytes(cut);
            CHECK(reading.ok);
            // Messages before the one being cut are whole; the cut one gives records only
            // when the cut falls between segments (framed: never before its end block).
            // Unframed, a cut inside "MSH" is a cut segment of the message before.
            const int begun = int(std::count_if(starts.cbegin(), starts.cend(),
                                                [&](qsizetype start) { return start < length; }));
            const bool inMsh = begun > 0 && length - starts[begun - 1] < 3;
            const int open = framed || !inMsh ? begun : begun - 1;
            const int complete = framed ? int(cut.count('\x1c')) : open - 1;
            const char last = length > 0 ? cut[length - 1] : '\r';
            const bool midSegment = last != '\r' && last != '\n' && last != '\x1c';
            const bool cutInside = framed ? begun > complete : midSegment;
            int expected = 0;
            for (int number = 1; number <= complete; ++number)
                expected += recordsPerMessage.value(number);
            int fromCut = 0;
            for (const LabRecord& record : reading.records) {
                CHECK(fullByPlace.value(record.place) == show(record));
                fromCut += messageNumberOf(record.place) > complete;
            }
            CHECK(reading.records.size() - fromCut == expected);
            if (cutInside) {
                CHECK(fromCut == 0);
                // One problem: the cut message, or the stray start of one ("M", "MS").
                REQUIRE(reading.problems.size() == 1);
                if (open > 0 && !(framed && inMsh))
                    CHECK(messageNumberOf(reading.problems[0].where) == open);
                else
                    CHECK(
                        reading.problems[0].where.startsWith(kSource + QStringLiteral(": line ")));
            } else if (framed) {
                CHECK(reading.problems.isEmpty());
                CHECK(fromCut == 0);
            } else {
                for (const clinical::Problem& problem : reading.problems)
                    CHECK(messageNumberOf(problem.where) == open);
            }
        }
    }
}

TEST_CASE("HL7: a corrupted byte affects its own message only, and random corruption never crashes",
          "[interop][hl7]")
{
    std::mt19937 random(20251124);
    const QByteArray bytes = fixture();
    const Reading full = readBytes(bytes);
    const QList<qsizetype> starts = messageStarts(bytes);
    REQUIRE(starts.size() == 3);
    std::uniform_int_distribution<qsizetype> position(0, bytes.size() - 1);
    std::uniform_int_distribution<int> byte(0, 255);
    int tried = 0;
    while (tried < 2000) {
        const qsizetype at = position(random);
        const char value = char(byte(random));
        // Bytes that join one message to another: "MSH" itself and the line ends before it.
        const bool joins = std::any_of(starts.cbegin(), starts.cend(), [&](qsizetype start) {
            qsizetype first = start;
            while (first > 0 && bytes[first - 1] == '\r')
                --first;
            return at >= first && at < start + 3;
        });
        if (joins || bytes[at] == value)
            continue;
        ++tried;
        const int hit = int(std::count_if(starts.cbegin(), starts.cend(),
                                          [&](qsizetype start) { return start <= at; }));
        QByteArray corrupted = bytes;
        corrupted[at] = value;
        INFO("byte " << at << " (message " << hit << ") set to " << int(uchar(value)));
        const Reading reading = readBytes(corrupted);
        CHECK(reading.ok);
        CHECK(reading.problems.size() <= 2);
        for (const clinical::Problem& problem : reading.problems)
            CHECK((messageNumberOf(problem.where) == hit ||
                   problem.where.startsWith(kSource + QStringLiteral(": line "))));
        QStringList others;
        for (const LabRecord& record : reading.records)
            if (messageNumberOf(record.place) != hit)
                others << show(record);
            else
                CHECK(record.place.startsWith(kSource + QStringLiteral(": message ")));
        QStringList expected;
        for (const LabRecord& record : full.records)
            if (messageNumberOf(record.place) != hit)
                expected << show(record);
        CHECK(others == expected);
    }
    // Several random bytes anywhere, framed or not: no crash, and every place names the file.
    for (const QByteArray& data : {bytes, mllp(bytes)}) {
        for (int i = 0; i < 1000; ++i) {
            QByteArray corrupted = data;
            const int count = 1 + i % 8;
            for (int k = 0; k < count; ++k)
                corrupted[std::uniform_int_distribution<qsizetype>(0, data.size() - 1)(random)] =
                    char(byte(random));
            const Reading reading = readBytes(corrupted);
            CHECK(reading.ok);
            CHECK(reading.records.size() <= corrupted.count("OBX"));
            for (const LabRecord& record : reading.records)
                CHECK(messageNumberOf(record.place) > 0);
            for (const clinical::Problem& problem : reading.problems)
                CHECK((problem.where.startsWith(kSource + QLatin1Char(':')) &&
                       !problem.message.isEmpty()));
        }
    }
}

TEST_CASE("HL7: binary garbage gives problems, not records or crashes", "[interop][hl7]")
{
    std::mt19937 random(11);
    std::uniform_int_distribution<int> byte(0, 255);
    QByteArray garbage(256 * 1024, '\0');
    for (char& c : garbage)
        c = char(byte(random));
    const Reading alone = readBytes(garbage);
    CHECK(alone.ok);
    CHECK(alone.records.isEmpty());
    CHECK_FALSE(alone.problems.isEmpty());
    CHECK(alone.progress.last() == garbage.size());

    // Between framed messages, garbage is text outside any message.
    garbage.replace("MSH", "XXX");
    const Reading framed = readBytes(mllp(message("C1")) + garbage + mllp(message("C2")));
    CHECK(framed.places() == QStringList{obxPlace(1, "C1", 1), obxPlace(2, "C2", 1)});
    CHECK_FALSE(framed.problems.isEmpty());
    for (const clinical::Problem& problem : framed.problems)
        CHECK(problem.where.startsWith(kSource + QStringLiteral(": line ")));

    // Unframed, it cannot be told from the end of the message before it.
    garbage.replace('\x0b', 'x');
    garbage.replace('\x1c', 'x');
    const Reading unframed = readBytes(message("C1") + garbage + "\r" + message("C2"));
    CHECK(unframed.places() == QStringList{obxPlace(2, "C2", 1)});
    REQUIRE_FALSE(unframed.problems.isEmpty());
    CHECK(unframed.problems[0].where == messagePlace(1, "C1"));
}

TEST_CASE("HL7: a segment over 64 KiB or a message over 1 MiB is refused, however long",
          "[interop][hl7]")
{
    QByteArray many =
        hl7({R"(MSH|^~\&|LIS||||20250101||ORU^R01|BIG|P|2.5)", "PID|||P1", "OBR|1||||||20250101"});
    for (int i = 0; i < 30000; ++i)
        many += "OBX|" + QByteArray::number(i) + "|NM|718-7^Hemoglobin^LN||12.5|g/dL|||||F\r";
    REQUIRE(many.size() > Hl7LabReader::maxMessageBytes);
    const Reading big = readBytes(message("C1") + many + message("C3"));
    CHECK(big.problems == clinical::Problems{{messagePlace(2, "BIG"),
                                              QStringLiteral("the message is longer than 1048576 "
                                                             "bytes")}});
    CHECK(big.places() == QStringList{obxPlace(1, "C1", 1), obxPlace(3, "C3", 1)});

    const Reading longSegment =
        readBytes(hl7({R"(MSH|^~\&|LIS||||20250101||ORU^R01|LONG|P|2.5)", "PID|||P1",
                       "OBR|1||||||20250101"}) +
                  "NTE|1||" + QByteArray(70000, 'n') + "\r" + message("C2"));
    CHECK(longSegment.problems ==
          clinical::Problems{
              {messagePlace(1, "LONG"), QStringLiteral("segment 4 is longer than 65536 bytes")}});
    CHECK(longSegment.places() == QStringList{obxPlace(2, "C2", 1)});

    // A segment of 100 MiB, written to a file in pieces so that it is never in memory at once.
    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("huge.hl7"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(hl7({R"(MSH|^~\&|LIS||||20250101||ORU^R01|HUGE|P|2.5)", "PID|||P1",
                        "OBR|1||||||20250101"}) +
                   "OBX|1|ST|X||");
        const QByteArray piece(1 << 20, 'x');
        for (int i = 0; i < 100; ++i)
            REQUIRE(file.write(piece) == piece.size());
        file.write("||||||F\r\n" + message("C2"));
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    REQUIRE(file.size() > 100 * 1000 * 1000);
    const bool measured = resetPeakMemory();
    const qint64 before = peakMemoryKiB();
    const Reading reading = readDevice(file, QStringLiteral("huge.hl7"));
    const qint64 growth = peakMemoryKiB() - before;
    CHECK(reading.ok);
    CHECK(reading.problems == clinical::Problems{{QStringLiteral("huge.hl7: message 1 (HUGE)"),
                                                  QStringLiteral("segment 4 is longer than 65536 "
                                                                 "bytes")}});
    CHECK(reading.places() == QStringList{QStringLiteral("huge.hl7: message 2 (C2), OBX 1")});
    CHECK(reading.progress.last() == file.size());
    if (measured) {
        INFO("peak memory grew by " << growth << " KiB");
        CHECK(growth < 16 * 1024);
    } else {
        WARN("the peak memory could not be measured here");
    }
}
