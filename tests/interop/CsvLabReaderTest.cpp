#include "interop/CsvLabReader.h"

#include "support/TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <random>

using namespace mmtrack;
using interop::CsvLabReader;
using interop::LabRecord;

namespace {

const QString kSource = QStringLiteral("labs.csv");

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(MMTRACK_TEST_DATA "/labs/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Everything a reading handed to its sink.
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
    reading.ok = CsvLabReader::read(device, source, sink);
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

QString placeOf(qint64 line)
{
    return kSource + QLatin1Char(':') + QString::number(line);
}

// The resident memory high-water mark of this process, in KiB (0 where unknown).
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

// Lowers the high-water mark to the current resident size; false where that is not allowed.
bool resetPeakMemory()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

// A device that gives some bytes, then fails.
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

TEST_CASE("CSV: a comma-separated file gives one record per data line, fields trimmed",
          "[interop][csv]")
{
    const QByteArray bytes = fixture("labs.csv");
    const Reading reading = readBytes(bytes);
    CHECK(reading.ok);
    CHECK(reading.problems.isEmpty());
    // Line 4 is empty.
    REQUIRE(reading.places() ==
            QStringList{placeOf(2), placeOf(3), placeOf(5), placeOf(6), placeOf(7), placeOf(8)});
    const LabRecord& first = reading.records[0];
    CHECK(first.mrn == QStringLiteral("MM-0001"));
    CHECK(first.code == QStringLiteral("hemoglobin"));
    CHECK(first.value == QStringLiteral("11.2"));
    CHECK(first.unit == QStringLiteral("g/dL"));
    CHECK(first.date == QStringLiteral("2025-04-02"));
    CHECK(first.time == QStringLiteral("08:30"));
    CHECK(first.refLow == QStringLiteral("13.0"));
    CHECK(first.refHigh == QStringLiteral("17.5"));
    CHECK(first.codeSystem.isEmpty());
    CHECK(first.messageId.isEmpty());
    CHECK(reading.records[1].code == QStringLiteral("718-7"));
    CHECK(reading.records[1].time.isEmpty());
    CHECK(reading.records[2].time == QStringLiteral("07:15:30"));
    // The reader does not judge values: a comparator stays in the text.
    CHECK(reading.records[3].value == QStringLiteral("<0.5"));
    CHECK(reading.records[3].refLow.isEmpty());
    CHECK(reading.records[3].refHigh.isEmpty());
    CHECK(show(reading.records[4]) ==
          QStringLiteral("MM-0003|calcium|||2.61|mmol/L|2025-04-10|09:05|2.15|2.55|||labs.csv:7|"));
    // A quoted field keeps the separator.
    CHECK(reading.records[5].value == QStringLiteral("1,234.5"));
    REQUIRE_FALSE(reading.progress.isEmpty());
    CHECK(reading.progress.last() == bytes.size());
}

TEST_CASE("CSV: semicolons, a byte order mark, CRLF and quoted separators and line breaks",
          "[interop][csv]")
{
    const QByteArray bytes = fixture("labs-excel.csv");
    // The fixture must keep what it tests (an editor or git could strip the BOM or the CRs).
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    REQUIRE(bytes.count("\r\n") == 8);
    const Reading reading = readBytes(bytes);
    CHECK(reading.ok);
    CHECK(reading.problems.isEmpty());
    // Line 3 is empty; the record at line 6 runs on to line 7.
    REQUIRE(reading.places() ==
            QStringList{placeOf(2), placeOf(4), placeOf(5), placeOf(6), placeOf(8)});
    // Columns in another order and case; "LOINC" is the test column.
    CHECK(show(reading.records[0]) ==
          QStringLiteral("MM-0001|718-7|||11,2|g/dL|2025-04-02||13,0|17,5|||labs.csv:2|"));
    CHECK(reading.records[1].mrn == QStringLiteral("MM;0003"));
    CHECK(reading.records[1].code == QStringLiteral("2160-0"));
    CHECK(reading.records[1].refLow.isEmpty());
    CHECK(reading.records[2].value == QStringLiteral("<0,5"));
    CHECK(reading.records[2].unit == QStringLiteral("g/L"));
    CHECK(reading.records[3].value == QStringLiteral("see \"note\"\nline two; really"));
    CHECK(reading.records[3].refHigh == QStringLiteral("19,4"));
    // Blanks around quoted fields are ignored.
    CHECK(reading.records[4].code == QStringLiteral("lambda_free"));
    CHECK(reading.records[4].value == QStringLiteral("12,0"));
}

TEST_CASE("CSV: LF, CRLF, CR, a byte order mark and a missing last line end read the same",
          "[interop][csv]")
{
    const QByteArray lf = fixture("labs.csv");
    REQUIRE_FALSE(lf.contains('\r'));
    const QStringList expected = show(readBytes(lf).records);
    REQUIRE(expected.size() == 6);
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray cr = lf;
    cr.replace('\n', '\r');
    const QByteArray bom = "\xEF\xBB\xBF" + lf;
    const QByteArray unterminated = lf.chopped(1);
    for (const QByteArray& variant : {crlf, cr, bom, unterminated}) {
        const Reading reading = readBytes(variant);
        CHECK(reading.ok);
        CHECK(reading.problems.isEmpty());
        CHECK(show(reading.records) == expected);
    }
}

TEST_CASE("CSV: column names are case-insensitive, and in any order, loinc or code name the test",
          "[interop][csv]")
{
    const Reading byCode = readBytes("Value,Code,MRN,Date,UNIT\n5.1,718-7,MM-9,2025-01-02,g/dL\n");
    CHECK(byCode.problems.isEmpty());
    REQUIRE(byCode.records.size() == 1);
    CHECK(show(byCode.records[0]) ==
          QStringLiteral("MM-9|718-7|||5.1|g/dL|2025-01-02||||||labs.csv:2|"));
    const Reading byLoinc =
        readBytes(" mrn ; LOINC ;value;unit;date;Time\nA;2160-0;1;mg/dL;2025-01-02;"
                  "23:59\n");
    CHECK(byLoinc.problems.isEmpty());
    REQUIRE(byLoinc.records.size() == 1);
    CHECK(byLoinc.records[0].code == QStringLiteral("2160-0"));
    CHECK(byLoinc.records[0].time == QStringLiteral("23:59"));
    // Text other than ASCII passes through as UTF-8.
    const Reading chinese =
        readBytes("mrn,test,value,unit,date\n\xE5\xBC\xA0-01,hemoglobin,\xE9\x98\xB4\xE6\x80\xA7,"
                  ",2025-01-02\n");
    REQUIRE(chinese.records.size() == 1);
    CHECK(chinese.records[0].mrn == QStringLiteral("张-01"));
    CHECK(chinese.records[0].value == QStringLiteral("阴性"));
}

TEST_CASE("CSV: unknown columns are one problem at the header, and reading goes on",
          "[interop][csv]")
{
    const Reading reading = readBytes("mrn,test,value,comment,unit,date,Lab Site,\n"
                                      "A,hb,1,fasting,g/dL,2025-01-01,North,\n"
                                      "B,hb,2,,g/dL,2025-01-02,South,\n");
    CHECK(reading.ok);
    CHECK(reading.problems ==
          clinical::Problems{{placeOf(1), QStringLiteral("unknown columns ignored: comment, Lab "
                                                         "Site, (column 8 has no name)")}});
    REQUIRE(reading.places() == QStringList{placeOf(2), placeOf(3)});
    CHECK(reading.records[0].unit == QStringLiteral("g/dL"));
    CHECK(reading.records[1].value == QStringLiteral("2"));
}

TEST_CASE("CSV: a missing or repeated column is one problem at the header, and nothing is read",
          "[interop][csv]")
{
    const Reading missing = readBytes("mrn,test,value,date,site\nA,hb,1,2025-01-01,x\n");
    CHECK(missing.ok);
    CHECK(missing.records.isEmpty());
    CHECK(missing.problems ==
          clinical::Problems{{placeOf(1), QStringLiteral("missing required columns: unit; "
                                                         "unknown columns: site; nothing was "
                                                         "read")}});

    const Reading twice = readBytes("mrn,test,loinc,value,unit,date\nA,hb,718-7,1,g,2025-01-01\n");
    CHECK(twice.records.isEmpty());
    REQUIRE(twice.problems.size() == 1);
    CHECK(twice.problems[0].where == placeOf(1));
    CHECK(twice.problems[0].message.startsWith(QStringLiteral("more than one column for: test")));

    // The header is the first line that is not empty.
    const Reading late = readBytes("\n\r\n  \nmrn;value\n");
    CHECK(late.records.isEmpty());
    REQUIRE(late.problems.size() == 1);
    CHECK(late.problems[0].where == placeOf(4));
    CHECK(late.problems[0].message.startsWith(
        QStringLiteral("missing required columns: test, unit, date")));

    for (const QByteArray& empty :
         {QByteArray(), QByteArray("\n\r\n"), QByteArray("\xEF\xBB\xBF")}) {
        const Reading reading = readBytes(empty);
        CHECK(reading.ok);
        CHECK(
            reading.problems ==
            clinical::Problems{{placeOf(1), QStringLiteral("no header line: the file is empty")}});
    }
}

TEST_CASE("CSV: a line with the wrong number of fields is rejected with its line", "[interop][csv]")
{
    const Reading reading = readBytes("mrn,test,value,unit,date\n"
                                      "A,hb,1,g/dL,2025-01-01\n"
                                      "B,hb,1,g/dL\n"
                                      "C,hb,1,g/dL,2025-01-01,extra\n"
                                      ",,,,\n"
                                      "D,hb,\"1,5\",g/dL,2025-01-01\n"
                                      "E,hb,\"1\"x,g/dL,2025-01-01\n"
                                      "F,hb,\"multi\nline\",g/dL\n"
                                      "G,hb,7,g/dL,2025-01-01");
    CHECK(reading.ok);
    CHECK(reading.problems ==
          clinical::Problems{
              {placeOf(3), QStringLiteral("expected 5 fields, found 4")},
              {placeOf(4), QStringLiteral("expected 5 fields, found 6")},
              {placeOf(7), QStringLiteral("text after the closing quote of field 3")},
              {placeOf(8), QStringLiteral("expected 5 fields, found 4")},
          });
    // Line 5 has only empty fields: skipped like an empty line.
    CHECK(reading.places() == QStringList{placeOf(2), placeOf(6), placeOf(10)});
    CHECK(reading.records[1].value == QStringLiteral("1,5"));
    CHECK(reading.records[2].mrn == QStringLiteral("G"));
}

TEST_CASE("CSV: an unterminated quote is a problem at the line where it opened", "[interop][csv]")
{
    const Reading runsOn = readBytes("mrn,test,value,unit,date\n"
                                     "A,hb,1,g/dL,2025-01-01\n"
                                     "B,hb,\"1.5,g/dL,2025-01-01\n"
                                     "C,hb,1,g/dL,2025-01-01\n"
                                     "D,hb,1,g/dL,2025-01-01\n");
    CHECK(runsOn.ok);
    CHECK(runsOn.places() == QStringList{placeOf(2)});
    CHECK(runsOn.problems == clinical::Problems{{placeOf(3), QStringLiteral("unterminated quote: "
                                                                            "lines 3 to 5 were "
                                                                            "not read")}});
    const Reading lastLine = readBytes("mrn,test,value,unit,date\n"
                                       "A,hb,1,g/dL,2025-01-01\r\n"
                                       "B,hb,1,g/dL,\"2025-01-01");
    CHECK(lastLine.places() == QStringList{placeOf(2)});
    CHECK(lastLine.problems ==
          clinical::Problems{{placeOf(3), QStringLiteral("unterminated quote")}});
}

TEST_CASE("CSV: NUL bytes, control characters and invalid UTF-8 are problems for their line",
          "[interop][csv]")
{
    static const char text[] = "mrn,test,value,unit,date\n"
                               "A,hb,1\0,g/dL,2025-01-01\n"
                               "\xC3\x28,hb,1,g/dL,2025-01-01\n"
                               "C,hb,1,g/dL,2025-01-01\x07\n"
                               "D,hb,1,\xFF\xFE,2025-01-01\n"
                               "E,hb,1,g/dL,2025-01-01\n";
    const Reading reading = readBytes(QByteArray(text, sizeof(text) - 1));
    CHECK(reading.ok);
    CHECK(reading.problems ==
          clinical::Problems{
              {placeOf(2), QStringLiteral("the value field holds control characters (binary "
                                          "data?)")},
              {placeOf(3), QStringLiteral("the mrn field is not valid UTF-8 text")},
              {placeOf(4), QStringLiteral("the date field holds control characters (binary "
                                          "data?)")},
              {placeOf(5), QStringLiteral("the unit field is not valid UTF-8 text")},
          });
    CHECK(reading.places() == QStringList{placeOf(6)});

    const Reading header = readBytes("mrn,te\xFFst,value,unit,date\nA,hb,1,g/dL,2025-01-01\n");
    CHECK(header.records.isEmpty());
    CHECK(header.problems ==
          clinical::Problems{{placeOf(1), QStringLiteral("header line: the column 2 field is not "
                                                         "valid UTF-8 text")}});
}

TEST_CASE("CSV: the sink can stop the reading, and an unreadable device is a problem",
          "[interop][csv]")
{
    const QByteArray bytes = fixture("labs.csv");
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    int records = 0;
    CHECK_FALSE(CsvLabReader::read(buffer, kSource,
                                   {[&](const LabRecord&) { return ++records < 2; },
                                    [](const clinical::Problem&) { return true; },
                                    {},
                                    {}}));
    CHECK(records == 2);

    QBuffer broken;
    broken.setData("mrn,test,value,unit,date\nA,hb,1,g/dL\nB,hb,1,g/dL\n");
    REQUIRE(broken.open(QIODevice::ReadOnly));
    int problems = 0;
    CHECK_FALSE(CsvLabReader::read(broken, kSource,
                                   {[](const LabRecord&) { return true; },
                                    [&](const clinical::Problem&) { return ++problems > 5; },
                                    {},
                                    {}}));
    CHECK(problems == 1);

    // Empty sink functions are allowed.
    QBuffer quiet;
    quiet.setData(bytes);
    REQUIRE(quiet.open(QIODevice::ReadOnly));
    CHECK(CsvLabReader::read(quiet, kSource, {}));

    QBuffer closed;
    const Reading notOpen = readDevice(closed);
    CHECK_FALSE(notOpen.ok);
    CHECK(notOpen.problems ==
          clinical::Problems{{kSource, QStringLiteral("the file is not open for reading")}});

    FailingDevice failing("mrn,test,value,unit,date\nA,hb,1,g/dL,2025-01-01\nB,hb");
    REQUIRE(failing.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    const Reading failed = readDevice(failing);
    CHECK_FALSE(failed.ok);
    CHECK(failed.places() == QStringList{placeOf(2)});
    REQUIRE(failed.problems.size() == 1);
    CHECK(failed.problems[0].where == kSource);
    CHECK(failed.problems[0].message.startsWith(QStringLiteral("the file could not be read")));
}

TEST_CASE("CSV: a large file is read in chunks, with progress", "[interop][csv]")
{
    QByteArray bytes = "mrn,test,value,unit,date\n";
    for (int i = 0; i < 6000; ++i)
        bytes += "MM-" + QByteArray::number(i) + ",hemoglobin," + QByteArray::number(i % 17) +
                 ".5,g/dL,2025-01-01\n";
    REQUIRE(bytes.size() > 3 * 65536);
    const Reading reading = readBytes(bytes);
    CHECK(reading.problems.isEmpty());
    REQUIRE(reading.records.size() == 6000);
    CHECK(reading.records[5999].mrn == QStringLiteral("MM-5999"));
    CHECK(reading.records[5999].place == placeOf(6001));
    REQUIRE(reading.progress.size() >= 3);
    CHECK(std::is_sorted(reading.progress.cbegin(), reading.progress.cend()));
    CHECK(reading.progress.first() <= 65536);
    CHECK(reading.progress.last() == bytes.size());
}

TEST_CASE("CSV: every truncation of a valid file reads a prefix of its records, never a crash",
          "[interop][csv]")
{
    for (const char* name : {"labs.csv", "labs-excel.csv"}) {
        const QByteArray bytes = fixture(name);
        const Reading full = readBytes(bytes);
        REQUIRE(full.problems.isEmpty());
        for (qsizetype length = 0; length < bytes.size(); ++length) {
            INFO(name << " cut at " << length);
            const QByteArray cut = bytes.left(length);
            const Reading reading = readBytes(cut);
            CHECK(reading.ok);
            CHECK(reading.records.size() <= full.records.size());
            // All records but the last (which may have lost its end) are the full file's.
            for (qsizetype i = 0; i + 1 < reading.records.size(); ++i)
                CHECK(show(reading.records[i]) == show(full.records[i]));
            // Records whose line ends within the cut are all there.
            const auto complete = std::count_if(
                full.records.cbegin(), full.records.cend(), [&](const LabRecord& record) {
                    const qint64 line = record.place.section(QLatin1Char(':'), 1).toLongLong();
                    const qint64 linesInCut = cut.count('\n') + 1;
                    return line + (record.value.contains(QLatin1Char('\n')) ? 1 : 0) < linesInCut;
                });
            CHECK(reading.records.size() >= complete);
            for (const clinical::Problem& problem : reading.problems)
                CHECK(problem.where.startsWith(kSource + QLatin1Char(':')));
        }
    }
}

TEST_CASE("CSV: a corrupted byte affects its own record only, and random corruption never crashes",
          "[interop][csv]")
{
    std::mt19937 random(20251124);
    for (const char* name : {"labs.csv", "labs-excel.csv"}) {
        const QByteArray bytes = fixture(name);
        const Reading full = readBytes(bytes);
        const QStringList fullRecords = show(full.records);
        const QStringList fullPlaces = full.places();
        const qsizetype headerEnd = bytes.indexOf('\n');
        std::uniform_int_distribution<qsizetype> position(headerEnd + 1, bytes.size() - 1);
        std::uniform_int_distribution<int> byte(0, 255);
        int tried = 0;
        while (tried < 1500) {
            const qsizetype at = position(random);
            const char value = char(byte(random));
            // Quotes and line breaks move record boundaries; everything else stays in its line.
            // So do separators and blanks next to a quote.
            const auto structural = [](char c) { return c == '"' || c == '\r' || c == '\n'; };
            const auto nextToQuote = [&](qsizetype step) {
                qsizetype i = at + step;
                while (i >= 0 && i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t'))
                    i += step;
                return i >= 0 && i < bytes.size() && bytes[i] == '"';
            };
            if (structural(bytes[at]) || structural(value) || bytes[at] == value ||
                nextToQuote(-1) || nextToQuote(1))
                continue;
            ++tried;
            QByteArray corrupted = bytes;
            corrupted[at] = value;
            INFO(name << " byte " << at << " set to " << int(uchar(value)));
            const Reading reading = readBytes(corrupted);
            CHECK(reading.ok);
            CHECK(reading.problems.size() <= 1);
            for (const clinical::Problem& problem : reading.problems)
                CHECK(fullPlaces.contains(problem.where));
            const QStringList records = show(reading.records);
            qsizetype changed = 0;
            for (qsizetype i = 0; i < records.size(); ++i) {
                if (fullRecords.contains(records[i]))
                    continue;
                ++changed;
                CHECK(fullPlaces.contains(reading.records[i].place));
            }
            CHECK(changed + reading.problems.size() <= 1);
            CHECK(records.size() + reading.problems.size() == fullRecords.size());
        }
        // Several random bytes anywhere: no crash, and every place names the file.
        for (int i = 0; i < 1000; ++i) {
            QByteArray corrupted = bytes;
            const int count = 1 + i % 8;
            for (int k = 0; k < count; ++k)
                corrupted[std::uniform_int_distribution<qsizetype>(0, bytes.size() - 1)(random)] =
                    char(byte(random));
            const Reading reading = readBytes(corrupted);
            CHECK(reading.ok);
            CHECK(reading.records.size() <= corrupted.count('\n') + corrupted.count('\r'));
            for (const LabRecord& record : reading.records)
                CHECK(record.place.startsWith(kSource + QLatin1Char(':')));
            for (const clinical::Problem& problem : reading.problems)
                CHECK((problem.where.startsWith(kSource) && !problem.message.isEmpty()));
        }
    }
}

TEST_CASE("CSV: binary garbage gives problems, not records or crashes", "[interop][csv]")
{
    std::mt19937 random(7);
    std::uniform_int_distribution<int> byte(0, 255);
    QByteArray garbage(256 * 1024, '\0');
    for (char& c : garbage)
        c = char(byte(random));
    const Reading alone = readBytes(garbage);
    CHECK(alone.ok);
    CHECK(alone.records.isEmpty());
    REQUIRE(alone.problems.size() == 1);
    CHECK(alone.problems[0].where == placeOf(1));

    // Without quotes, so that no quoted field runs on over the last line.
    garbage.replace('"', 'x');
    const Reading afterHeader = readBytes("mrn,test,value,unit,date\nA,hb,1,g/dL,2025-01-01\n" +
                                          garbage + "\nZ,hb,2,g/dL,2025-01-02\n");
    CHECK(afterHeader.ok);
    REQUIRE(afterHeader.records.size() == 2);
    CHECK(afterHeader.records[0].mrn == QStringLiteral("A"));
    CHECK(afterHeader.records[1].mrn == QStringLiteral("Z"));
    CHECK_FALSE(afterHeader.problems.isEmpty());

    const Reading zeros = readBytes("mrn,test,value,unit,date\n" + QByteArray(100000, '\0'));
    CHECK(zeros.records.isEmpty());
    CHECK(zeros.problems ==
          clinical::Problems{{placeOf(2), QStringLiteral("line longer than 65536 bytes")}});
}

TEST_CASE("CSV: a record over 64 KiB is reported and skipped, however long its line",
          "[interop][csv]")
{
    // Just over the cap, in a small file.
    const Reading justOver =
        readBytes("mrn,test,value,unit,date\nA," + QByteArray(70000, 'x') +
                  ",1,g,2025-01-01\nB,hb,1,g/dL,2025-01-01\n\"C\nD" + QByteArray(70000, 'y'));
    CHECK(justOver.places() == QStringList{placeOf(3)});
    CHECK(justOver.problems ==
          clinical::Problems{
              {placeOf(2), QStringLiteral("line longer than 65536 bytes")},
              {placeOf(4), QStringLiteral("a quoted field runs on for more than 65536 bytes "
                                          "(unterminated quote?)")},
          });

    // A line of 100 MiB, written to a file in pieces so that it is never in memory at once.
    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("huge.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("mrn,test,value,unit,date\nA,hb,1,g/dL,2025-01-01\nB,hb,");
        const QByteArray piece(1 << 20, 'x');
        for (int i = 0; i < 100; ++i)
            REQUIRE(file.write(piece) == piece.size());
        file.write(",g/dL,2025-01-01\r\nC,hb,3,g/dL,2025-01-03\n");
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    REQUIRE(file.size() > 100 * 1000 * 1000);
    const bool measured = resetPeakMemory();
    const qint64 before = peakMemoryKiB();
    const Reading reading = readDevice(file, QStringLiteral("huge.csv"));
    const qint64 growth = peakMemoryKiB() - before;
    CHECK(reading.ok);
    CHECK(reading.places() ==
          QStringList{QStringLiteral("huge.csv:2"), QStringLiteral("huge.csv:4")});
    CHECK(reading.records[1].value == QStringLiteral("3"));
    CHECK(reading.problems == clinical::Problems{{QStringLiteral("huge.csv:3"),
                                                  QStringLiteral("line longer than 65536 bytes")}});
    CHECK(reading.progress.last() == file.size());
    if (measured) {
        INFO("peak memory grew by " << growth << " KiB");
        CHECK(growth < 16 * 1024);
    } else {
        WARN("the peak memory could not be measured here");
    }
}
