#pragma once

#include "cli/Arguments.h"

#include <QCoreApplication>
#include <QTextStream>

namespace mmtrack::cli {

struct CliContext;

// `export-fhir MRN -o FILE [--deidentify]` (a FHIR R4 Bundle) and
// `export-csv (MRN | --all) -o FILE` (lab results for spreadsheets).
class ExportCommands {
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)
public:
    static int exportFhir(CliContext& context, Arguments& args);
    static int exportCsv(CliContext& context, Arguments& args);
    static QString usage();
};

} // namespace mmtrack::cli
