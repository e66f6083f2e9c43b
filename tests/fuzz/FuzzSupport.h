#pragma once

// Shared by the libFuzzer harnesses (tests/fuzz/README.md). Not part of the normal build.

#include "interop/CaseFileReader.h"
#include "interop/CsvLabReader.h"
#include "interop/Hl7LabReader.h"
#include "interop/LabRecord.h"

#include <QBuffer>
#include <QByteArray>
#include <QIODevice>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace mmtrack::fuzz {

// What a broken invariant does. The harnesses abort, so that libFuzzer keeps the input; the
// regression test (tests/interop/FuzzRegressionTest.cpp) throws, so that Catch reports it.
inline void (*onFailure)(const QString& message) = nullptr;

[[noreturn]] inline void fail(const char* what, const QString& detail = {})
{
    const QString message = QLatin1String(what) + QLatin1Char(' ') + detail;
    if (onFailure)
        onFailure(message);
    std::fprintf(stderr, "invariant broken: %s\n", qUtf8Printable(message));
    std::abort();
}

inline void require(bool condition, const char* what, const QString& detail = {})
{
    if (!condition)
        fail(what, detail);
}

// A pipe-like device that hands out the bytes a few at a time (1 to 7 per read, in a fixed
// pattern), so that chunk boundaries fall everywhere: a reader must give the same records and
// problems whatever the reads look like.
class TrickleDevice : public QIODevice {
public:
    explicit TrickleDevice(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_bytes.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 step = 1 + (m_reads++ % 7);
        const qint64 count = std::min({maxSize, step, qint64(m_bytes.size() - m_pos)});
        std::copy_n(m_bytes.constData() + m_pos, count, data);
        m_pos += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_pos = 0;
    qint64 m_reads = 0;
};

// Everything a streaming reader handed to its sink, in order, as text to compare.
struct Reading {
    bool returned = false;
    int records = 0;
    int problems = 0;
    QStringList events; // "R <place> <fields...>" or "P <where> <message>"
    bool calledAfterStop = false;
};

// Runs `read(device, source, sink)` and records it. With stopAfter >= 0, the sink asks to stop
// at that callback (counting from 0) and any later callback is noted as a broken invariant.
template <typename Read>
Reading record(Read read, QIODevice& device, const QString& source, int stopAfter = -1)
{
    Reading reading;
    bool stopped = false;
    const auto keepGoing = [&]() {
        if (stopped)
            reading.calledAfterStop = true;
        const bool go = stopAfter < 0 || reading.events.size() <= stopAfter;
        stopped = stopped || !go;
        return go;
    };
    interop::LabRecordSink sink;
    sink.record = [&](const interop::LabRecord& r) {
        ++reading.records;
        require(!r.place.isEmpty(), "a record has no place");
        require(r.place.startsWith(source), "a record's place does not name the source", r.place);
        reading.events << (QStringList{QStringLiteral("R"), r.place, r.mrn, r.code, r.codeSystem,
                                       r.codeText, r.value, r.unit, r.date, r.time, r.refLow,
                                       r.refHigh, r.abnormalFlag, r.status, r.messageId,
                                       QString::number(r.line)}
                               .join(QLatin1Char('\x1f')));
        return keepGoing();
    };
    sink.problem = [&](const clinical::Problem& p) {
        ++reading.problems;
        require(!p.where.isEmpty(), "a problem has no place", p.message);
        require(p.where.startsWith(source), "a problem's place does not name the source", p.where);
        require(!p.message.isEmpty(), "a problem has no message", p.where);
        reading.events << QStringLiteral("P\x1f") + p.where + QLatin1Char('\x1f') + p.message;
        return keepGoing();
    };
    reading.returned = read(device, source, sink);
    return reading;
}

// The invariants every streaming lab reader keeps, whatever the bytes:
// - it returns true when the sink never stopped it (a buffer cannot fail to read);
// - the records and problems do not depend on how the device hands out its bytes;
// - once the sink asks to stop, it is not called again and read() returns false;
// - no more than `maxRecords` records (what the input could hold).
template <typename Read>
void checkStreamingReader(Read read, const QByteArray& bytes, const QString& source,
                          qsizetype maxRecords)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const Reading whole = record(read, buffer, source);
    require(whole.returned, "read() returned false though nothing stopped it");
    require(!whole.calledAfterStop, "called after stop");
    require(whole.records <= maxRecords, "more records than the input could hold",
            QString::number(whole.records) + QStringLiteral(" > ") + QString::number(maxRecords));

    TrickleDevice trickle(bytes);
    trickle.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    const Reading trickled = record(read, trickle, source);
    require(trickled.returned, "read() of a trickle returned false though nothing stopped it");
    if (trickled.events != whole.events) {
        qsizetype i = 0;
        while (i < whole.events.size() && i < trickled.events.size() &&
               whole.events[i] == trickled.events[i])
            ++i;
        fail("the reading depends on how the bytes arrive",
             QStringLiteral("at callback %1: [%2] vs [%3]")
                 .arg(i)
                 .arg(whole.events.value(i), trickled.events.value(i)));
    }

    if (!whole.events.isEmpty()) {
        const int stopAt = int(whole.events.size() / 2);
        QBuffer again;
        again.setData(bytes);
        again.open(QIODevice::ReadOnly);
        const Reading cancelled = record(read, again, source, stopAt);
        require(!cancelled.returned, "read() returned true though the sink stopped it");
        require(!cancelled.calledAfterStop, "the sink was called after it asked to stop");
        require(cancelled.events == whole.events.mid(0, stopAt + 1),
                "a cancelled reading differs from the start of the whole one");
    }
}

// The CSV reader: a record ends at a line break or at the end of the file, and the header
// takes the first line break, so there are no more records than line breaks.
inline void checkCsv(const QByteArray& bytes)
{
    const qsizetype maxRecords = bytes.count('\n') + bytes.count('\r');
    checkStreamingReader(&interop::CsvLabReader::read, bytes, QStringLiteral("fuzz.csv"),
                         maxRecords);
}

// The HL7 reader: one record per OBX segment, so no more records than the input has "OBX"s.
inline void checkHl7(const QByteArray& bytes)
{
    checkStreamingReader(&interop::Hl7LabReader::read, bytes, QStringLiteral("fuzz.hl7"),
                         bytes.count("OBX"));
}

// The case-file reader: a refusal has problems with places; a case has no more observations
// and events than the input has JSON objects, and only days that are not in the future.
inline void checkCaseFile(const QByteArray& bytes)
{
    const QDate today(2030, 1, 1); // fixed, so that a finding reproduces on any day
    const auto result = interop::CaseFileReader::read(bytes, today);
    if (!result.ok()) {
        require(!result.problems().isEmpty(), "refused without a problem");
        for (const clinical::Problem& p : result.problems()) {
            require(!p.where.isEmpty(), "a problem has no place", p.message);
            require(!p.message.isEmpty(), "a problem has no message", p.where);
        }
        return;
    }
    const interop::CaseFile& caseFile = result.value();
    require(caseFile.observations.size() + caseFile.events.size() < bytes.count('{'),
            "more observations and events than the input has objects");
    for (const clinical::Problem& w : caseFile.warnings) {
        require(!w.where.isEmpty(), "a warning has no place", w.message);
        require(!w.message.isEmpty(), "a warning has no message", w.where);
    }
    for (const interop::CaseObservation& o : caseFile.observations)
        require(o.date.isValid() && o.date <= today, "an observation without a valid day", o.path);
}

} // namespace mmtrack::fuzz
