#pragma once

#include "clinical/LabResult.h"
#include "clinical/Patient.h"

#include <QIODevice>
#include <QString>

namespace mmtrack::interop {

// Lab results as a spreadsheet-safe CSV (docs/DATA-FORMATS.md, "CSV export of results"):
// UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting, one header row, and text cells that a
// spreadsheet would read as a formula (= + - @ tab CR first) prefixed with a single quote.
// Numbers (value, ref_low, ref_high) are written by the program from exact decimals and never
// changed: -3 stays a number. Rows are written as they come, so a caller can stream a whole
// ward one patient at a time.
class CsvResultWriter {
public:
    explicit CsvResultWriter(QIODevice& device) : m_device(device) {}

    // The BOM and the header row; call once, first.
    bool writeHeader();
    // One result of one patient.
    bool write(const clinical::Patient& patient, const clinical::LabResult& result);

    static QStringList header();
    // A cell as written: neutralised when asked, then quoted when it holds , " CR or LF.
    static QString cell(const QString& text, bool neutralise);
    // Text that a spreadsheet would take for a formula, with a ' in front.
    static QString neutralised(const QString& text);

private:
    bool writeRow(const QStringList& cells);
    QIODevice& m_device;
};

} // namespace mmtrack::interop
