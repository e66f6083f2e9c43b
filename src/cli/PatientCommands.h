#pragma once

#include "cli/Arguments.h"

#include <QCoreApplication>
#include <QTextStream>

namespace mmtrack::workspace {
class Workspace;
}

namespace mmtrack::cli {

// Exit statuses: 0 done, 2 the input or the database refused (reason on stderr).
enum ExitStatus { kOk = 0, kRefused = 2 };

struct CliContext {
    workspace::Workspace& workspace;
    QTextStream& out;
    QTextStream& err;
    QString user;
};

// `patients` and `patient add|show|edit|archive|restore`.
class PatientCommands {
    Q_DECLARE_TR_FUNCTIONS(PatientCommands)
public:
    static int list(CliContext& context, Arguments& args);
    static int patient(CliContext& context, Arguments& args);
    static QString usage();

private:
    static int add(CliContext& context, Arguments& args);
    static int show(CliContext& context, Arguments& args);
    static int edit(CliContext& context, Arguments& args);
    static int archive(CliContext& context, Arguments& args, bool archived);
};

// Reports words nobody took, and options given without a value; true when there were none.
bool checkNothingLeft(const Arguments& args, QTextStream& err);

} // namespace mmtrack::cli
