#pragma once

#include "cli/Arguments.h"

#include <QCoreApplication>
#include <QTextStream>
#include <optional>

namespace mmtrack::cli {

struct CliContext;

// `verify-audit` (is the hash chain of the audit log intact?) and
// `audit [--patient MRN] [--user U] [--from DATE] [--to DATE] [--json]` (list audit rows).
class AuditCommands {
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)
public:
    // verify-audit: 0 the chain is intact, 1 a row is broken (named on stdout), 2 the
    // database cannot be read.
    static int verify(CliContext& context, Arguments& args);
    static int list(CliContext& context, Arguments& args);
    // Before the database is opened: verify-audit refuses a --db file that does not exist
    // (opening would create an empty, trivially intact database). kOk to go on.
    static int checkBeforeOpen(const QString& command, const std::optional<QString>& db,
                               QTextStream& err);
    static QString usage();
};

} // namespace mmtrack::cli
