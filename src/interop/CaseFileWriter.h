#pragma once

#include "clinical/CaseAssessment.h"

#include <QJsonObject>

namespace mmtrack::interop {

// Writes a case as the mmtrack case file, version 1 (shared/domain/case-format.md), so that
// CaseFileReader reads back the same patient, details, results and events. Results are
// written as entered (value and unit), with the range printed on the report in that unit.
class CaseFileWriter {
public:
    static QJsonObject write(const clinical::CaseRecord& record);
};

} // namespace mmtrack::interop
