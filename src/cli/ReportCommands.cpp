#include "cli/ReportCommands.h"

#include "cli/PatientCommands.h"
#include "common/Language.h"
#include "gui/report/CaseSummaryPdf.h"
#include "workspace/Workspace.h"

#include <QGuiApplication>
#include <cstring>

namespace mmtrack::cli {

std::unique_ptr<QCoreApplication> ReportCommands::createApplication(int& argc, char** argv)
{
    bool pdf = false;
    for (int i = 1; i < argc; ++i)
        pdf = pdf || std::strcmp(argv[i], "export-pdf") == 0;
    if (!pdf)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

QString ReportCommands::usage()
{
    return tr("  export-pdf MRN -o FILE.pdf [--deidentify [--day-offsets]]\n"
              "      Write the case summary as an A4 PDF in the language of --lang: "
              "diagnosis, staging,\n"
              "      the pathway timeline, responses, transplants, lab charts and alerts. "
              "--deidentify leaves\n"
              "      out the name, the MRN, the birth date and the notes (age in years); "
              "--day-offsets also\n"
              "      replaces dates by days from diagnosis.\n");
}

int ReportCommands::exportPdf(CliContext& context, Arguments& args)
{
    const auto mrn = args.positional();
    const auto output = args.option(QStringLiteral("output"), QLatin1Char('o'));
    const bool deidentify = args.flag(QStringLiteral("deidentify"));
    const bool dayOffsets = args.flag(QStringLiteral("day-offsets"));
    if (!mrn) {
        context.err << tr("export-pdf needs an MRN.") << '\n';
        return kRefused;
    }
    if (!output) {
        context.err << tr("export-pdf needs -o FILE (--output FILE).") << '\n';
        return kRefused;
    }
    if (dayOffsets && !deidentify) {
        context.err << tr("--day-offsets goes with --deidentify.") << '\n';
        return kRefused;
    }
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    const auto patient = context.workspace.patients().byMrn(*mrn);
    if (!patient) {
        context.err << patient.problems().value(0).message << '\n';
        return kRefused;
    }
    gui::CaseSummaryOptions options;
    options.language = common::currentLanguage();
    options.deidentify = deidentify;
    options.dayOffsets = dayOffsets;
    options.generatedBy = context.user;
    QString error;
    const auto summary =
        gui::CaseSummaryPdf::summarize(context.workspace, patient.value().id, options, &error);
    if (!summary) {
        context.err << error << '\n';
        return kRefused;
    }
    const auto pages = gui::CaseSummaryPdf::write(*summary, *output, &error);
    if (!pages) {
        context.err << error << '\n';
        return kRefused;
    }
    context.out << tr("Wrote the case summary (%n page(s)) to %1.", nullptr, *pages).arg(*output)
                << '\n';
    return kOk;
}

} // namespace mmtrack::cli
