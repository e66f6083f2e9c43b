#pragma once

#include "cli/Arguments.h"

#include <QCoreApplication>
#include <optional>

namespace mmtrack::cli {

struct CliContext;

// `signature sign MRN [--as-of DATE] [--reason TEXT] [--rules R]` signs the patient's
// assessment as of a date (today by default) with the signed-in clinician's password (the
// credentials' password is the one entered again); signing the same date again is a correction
// and needs --reason. `signature list MRN [--json]` shows every version with what changed.
class SignatureCommands {
    Q_DECLARE_TR_FUNCTIONS(SignatureCommands)
public:
    static int signature(CliContext& context, Arguments& args,
                         const std::optional<QString>& password);
    static QString usage();

private:
    static int sign(CliContext& context, Arguments& args, const std::optional<QString>& password);
    static int list(CliContext& context, Arguments& args);
};

} // namespace mmtrack::cli
