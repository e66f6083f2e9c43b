#pragma once

#include "interop/LabRecord.h"

#include <QCoreApplication>

class QIODevice;

namespace mmtrack::interop {

// Lab values from a CSV file, one LabRecord per data line.
//
// The text: UTF-8, with or without a byte order mark; lines end with LF or CRLF (a lone CR is
// taken as a line end too). The separator is a comma or a semicolon, whichever the header line
// has more of (a comma on a tie). A field may be quoted with "...": a doubled "" inside stands
// for one quote, and a quoted field may hold separators and line breaks (CRLF inside a quoted
// field becomes LF). Spaces around a quoted field are ignored; a quote inside an unquoted field
// is an ordinary character. Every field is trimmed.
//
// The first non-empty line is the header. Column names are case-insensitive, in any order:
//
//   mrn        required  the patient's medical record number
//   test       required  a test key ("hemoglobin") or a LOINC code ("718-7"); the column may
//                        also be called "loinc" or "code" (only one of the three)
//   value      required  the result as written ("12.5", "<0.5", "positive")
//   unit       required  the unit as written ("g/dL"); may be empty on a line
//   date       required  the date of the sample, YYYY-MM-DD
//   time       optional  HH:MM or HH:MM:SS
//   ref_low    optional  lower end of the reference range
//   ref_high   optional  upper end of the reference range
//
// A missing or repeated column is one problem at the header's line, and nothing more is read.
// Unknown columns are one problem at the header's line naming them, and reading goes on
// without them.
//
// Each data line gives one LabRecord with the text of its fields as written; place is
// "<sourceName>:<line>", the line where the record starts. Lines that are empty, or whose
// fields are all empty ("; ; ;"), are skipped. The reader does not check values, units, dates
// or MRNs (the import service does); it rejects, with a problem naming the line, a line with
// the wrong number of fields, text after a closing quote, a field that is not valid UTF-8 or
// holds control characters (binary data), and a record longer than 65536 bytes (the rest of
// that line is skipped without being kept in memory). An unterminated quote is a problem at
// the line where the quote opened.
class CsvLabReader {
    Q_DECLARE_TR_FUNCTIONS(CsvLabReader)
public:
    // The longest record (one line, or several for a quoted field with line breaks), in bytes.
    static constexpr qsizetype maxRecordBytes = 65536;

    // Reads `device` (open for reading) in chunks, never the whole file at once, and hands
    // each record and problem to `sink`, with places prefixed by `sourceName` (the file name).
    // Calls sink.progress with the bytes read so far after each chunk (64 KiB) it reads.
    // Returns false when the sink stopped the reading (cancel) or the device could not be
    // read (a problem says why); true otherwise, even when lines were rejected.
    static bool read(QIODevice& device, const QString& sourceName, const LabRecordSink& sink);
};

} // namespace mmtrack::interop
