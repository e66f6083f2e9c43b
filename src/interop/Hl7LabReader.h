#pragma once

#include "interop/LabRecord.h"

#include <QCoreApplication>

class QIODevice;

namespace mmtrack::interop {

// Lab values from HL7 v2.x ORU^R01 messages, one LabRecord per OBX segment.
//
// The file: any number of messages, each starting with an MSH segment (a UTF-8 byte order mark
// before a segment is ignored), optionally in a batch (FHS, BHS ... BTS, FTS). Segments end with
// CR, LF or CRLF; blank lines are skipped; MLLP framing (0x0B before a message, 0x1C 0x0D after it)
// is stripped. Delimiters come from each message's MSH-1 and MSH-2 (usually |^~\& ). MSH-18 may
// name ASCII, UNICODE UTF-8 (the default) or 8859/1; other character sets are refused. Escapes are
// decoded in every value taken: \F\ \S\ \T\ \R\ \E\, \Xhh..\ (bytes in hex) and \.br\ (a line
// break); other escapes are kept as written.
//
// What is taken:
//   MSH-9   must be ORU^R01 (ORU alone and ORU^R01^ORU_R01 are accepted too)
//   MSH-10  message control id -> messageId
//   PID-3   first repetition, first component -> mrn (for the OBXs after that PID)
//   OBR-7   observation date/time, for the OBXs after that OBR
//   OBX-2   value type; OBX-3 code^text^coding system -> code, codeText, codeSystem
//   OBX-5   value: CE/CWE/CNE/CF: the text component, else the code; SN: comparator, number,
//           separator and second number joined ("<^0.5" -> "<0.5", "^1^:^128" -> "1:128", a
//           lone "=" dropped); ST/TX/FT: repetitions joined by line breaks; else as written
//   OBX-6   first component -> unit
//   OBX-7   "3.5-9.5" -> refLow 3.5, refHigh 9.5; "<5" or "<=5" -> refHigh 5; ">10" or ">=10"
//           -> refLow 10; anything else (empty, "negative") -> neither
//   OBX-8   first abnormal flag; OBX-11 result status
//   OBX-14  observation date/time, else OBR-7 -> date, as written (YYYYMMDD[HHMM[SS]]...)
// Values are trimmed and otherwise passed on as written: the import service checks them.
// Places read "<sourceName>: message N (CONTROL-ID), OBX k", N counting messages in the file
// and k the OBX segments in the message.
//
// A message is taken whole or not at all: one problem naming it, and none of its records, when
// its type is not ORU^R01, its MSH has no usable delimiters, it has no PID, an OBX comes before
// any OBR (or before the PID), it has no OBX, a segment does not start with a segment name, it
// holds control characters or text that is not valid in its character set, a segment is longer
// than 65536 bytes or the message longer than 1 MiB, or it is truncated: the file ends in the
// middle of a segment (the last segment of a file needs its terminator) or an MLLP frame is
// not closed. Text outside any message is one problem per stretch of lines. Other messages
// are still read.
class Hl7LabReader {
    Q_DECLARE_TR_FUNCTIONS(Hl7LabReader)
public:
    static constexpr qsizetype maxSegmentBytes = 65536;
    static constexpr qsizetype maxMessageBytes = 1024 * 1024;

    // Reads `device` (open for reading) in chunks, one message at a time, and hands each
    // record and problem to `sink`, with places prefixed by `sourceName` (the file name).
    // Calls sink.progress with the bytes read so far after each chunk (64 KiB) it reads.
    // Returns false when the sink stopped the reading (cancel) or the device could not be
    // read (a problem says why); true otherwise, even when messages were rejected.
    static bool read(QIODevice& device, const QString& sourceName, const LabRecordSink& sink);
};

} // namespace mmtrack::interop
