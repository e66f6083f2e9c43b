#pragma once

#include "cli/Arguments.h"
#include "clinical/CaseAssessment.h"

#include <QCoreApplication>
#include <QTextStream>

namespace mmtrack::workspace {
class Workspace;
}

namespace mmtrack::cli {

struct CliContext;

// `evaluate CASE.json` (no database) and `assess MRN`: the assessment JSON of the case format.
class CaseCommands {
    Q_DECLARE_TR_FUNCTIONS(CaseCommands)
public:
    static int evaluate(Arguments& args, QTextStream& out, QTextStream& err);
    static int assess(CliContext& context, Arguments& args);
    static int exportCase(CliContext& context, Arguments& args);
    // A case file given to `import`: the patient with everything the file holds.
    static int importCase(CliContext& context, const QString& path);
    static QString usage();

    // Shared by the commands that read a stored case: --rules IMWG-2016 (default) or
    // IMWG-2006, and a patient's whole case by MRN; nullopt after saying why on stderr.
    static std::optional<clinical::ResponseRuleSet> responseRules(Arguments& args,
                                                                  QTextStream& err);
    static std::optional<clinical::CaseRecord> loadCase(CliContext& context, const QString& mrn);
};

} // namespace mmtrack::cli
