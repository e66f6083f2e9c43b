#pragma once

#include "cli/Arguments.h"

#include <QCoreApplication>
#include <QTextStream>
#include <memory>

namespace mmtrack::cli {

struct CliContext;

// `export-pdf MRN -o FILE.pdf [--deidentify [--day-offsets]]`: the case summary as an A4 PDF
// in the language of --lang.
class ReportCommands {
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
public:
    // The application object for this command line: a QGuiApplication (fonts, painting) when
    // the command is export-pdf, on the offscreen platform unless QT_QPA_PLATFORM says
    // otherwise; else a QCoreApplication, so that other commands need no display libraries.
    static std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv);

    static int exportPdf(CliContext& context, Arguments& args);
    static QString usage();
};

} // namespace mmtrack::cli
