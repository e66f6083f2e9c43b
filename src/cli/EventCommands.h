#pragma once

#include "cli/Arguments.h"
#include "cli/PatientCommands.h"

#include <QCoreApplication>

namespace mmtrack::cli {

// `event add|list|edit|remove`: the pathway events of a patient.
class EventCommands {
    Q_DECLARE_TR_FUNCTIONS(EventCommands)
public:
    static int event(CliContext& context, Arguments& args);
    static QString usage();

private:
    static int add(CliContext& context, Arguments& args);
    static int list(CliContext& context, Arguments& args);
    static int edit(CliContext& context, Arguments& args);
    static int remove(CliContext& context, Arguments& args);
};

} // namespace mmtrack::cli
