#pragma once

#include "clinical/Decimal.h"
#include "clinical/LabCatalogue.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <optional>

namespace mmtrack::clinical {

// How a value compares with its reference range and critical limits.
enum class LabFlag { None, Low, High, CriticalLow, CriticalHigh };

QString labFlagCode(LabFlag flag); // "", "L", "H", "LL", "HH"
LabFlag labFlagFromCode(const QString& code);
// ↓ ↑ ‼↓ ‼↑: flags are shown by symbol, never by colour alone.
QString labFlagSymbol(LabFlag flag);

// Where a result came from.
enum class LabSource { Typed, Csv, Hl7, CaseFile };
QString labSourceCode(LabSource source); // typed, csv, hl7, case
std::optional<LabSource> labSourceFromCode(const QString& code);

// One lab result of one patient: the value as entered and its unit, the value in the
// test's canonical unit, the reference range used (as printed on the report when there was
// one), the flag, and where the value came from.
struct LabResult {
    qint64 id = 0;
    qint64 patientId = 0;
    QString testKey;
    QDate date;
    std::optional<QTime> time;

    QString enteredValue; // exactly as typed or received
    QString enteredUnit;
    std::optional<Decimal> value;   // canonical unit; empty for qualitative tests
    QString qualitative;            // positive / negative / absent / present / true / false
    std::optional<Decimal> refLow;  // canonical unit
    std::optional<Decimal> refHigh; // canonical unit
    bool refFromReport = false;     // false: the catalogue's default for the patient's sex
    LabFlag flag = LabFlag::None;

    LabSource source = LabSource::Typed;
    QString sourceDetail; // typed by whom, file:line, or HL7 message control id

    int rowVersion = 0;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
};

} // namespace mmtrack::clinical
