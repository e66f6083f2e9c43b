#pragma once

#include "cli/Arguments.h"
#include "cli/PatientCommands.h"

#include <QCoreApplication>

namespace mmtrack::cli {

// `import FILE`, `results MRN` and `lab-codes list|set|remove`.
class LabCommands {
    Q_DECLARE_TR_FUNCTIONS(LabCommands)
public:
    // Exit status: 0 all imported, 1 some rows rejected, 2 nothing could be imported.
    static int import(CliContext& context, Arguments& args);
    static int results(CliContext& context, Arguments& args);
    static int labCodes(CliContext& context, Arguments& args);
    static QString usage();
};

} // namespace mmtrack::cli
