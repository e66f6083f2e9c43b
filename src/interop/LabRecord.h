#pragma once

#include "clinical/Problem.h"

#include <QByteArrayView>
#include <QString>
#include <functional>

namespace mmtrack::interop {

// One lab value as a file gave it, before any check against the registry: every field is
// text exactly as read (escape sequences already decoded). The import service maps the code
// to a test, the MRN to a patient, and validates the rest.
struct LabRecord {
    QString mrn;        // CSV mrn column; HL7 PID-3 (first identifier)
    QString code;       // CSV test column (a test key or a LOINC code); HL7 OBX-3.1 identifier
    QString codeSystem; // HL7 OBX-3.3 ("LN" for LOINC, anything else is local); CSV: empty
    QString codeText;   // HL7 OBX-3.2 text, for messages about unmapped codes
    QString value;      // CSV value; HL7 OBX-5
    QString unit;       // CSV unit; HL7 OBX-6.1
    QString date;       // YYYY-MM-DD (CSV) or YYYYMMDD[HHMM[SS]] (HL7 OBX-14, else OBR-7)
    QString time;       // CSV only: HH:MM[:SS] when a time column is given
    QString refLow;     // CSV ref_low; HL7 OBX-7 split on '-'
    QString refHigh;
    QString abnormalFlag; // HL7 OBX-8
    QString status;       // HL7 OBX-11 (F final, C corrected, P preliminary, X cannot be done...)
    QString
        place; // where it came from, for messages: "labs.csv:12" or "message 3 (MSG0001), OBX 2"
    QString messageId; // HL7 MSH-10; empty for CSV
    qint64 line = 0;   // CSV: the record's first line; HL7: 0 (the place names the message)
};

// Readers stream: they call `record` for each value and `problem` for each line or message
// they must reject, with its place. Returning false from either stops the reading (cancel).
struct LabRecordSink {
    std::function<bool(const LabRecord&)> record;
    std::function<bool(const clinical::Problem&)> problem;
    // Bytes consumed so far, for a progress bar; may be empty.
    std::function<void(qint64 bytesRead)> progress;
    // Each block of the file's bytes as it is read; may be empty.
    std::function<void(QByteArrayView bytes)> chunk;
};

} // namespace mmtrack::interop
