#pragma once

#include "cli/Arguments.h"

#include <QCoreApplication>

namespace mmtrack::cli {

struct CliContext;

// `plan templates|apply|show|remove`: a patient's protocol, its planned steps and deviations.
class PlanCommands {
    Q_DECLARE_TR_FUNCTIONS(PlanCommands)
public:
    static int plan(CliContext& context, Arguments& args);
    static QString usage();
};

} // namespace mmtrack::cli
