#include "cli/ExportCommands.h"

#include "cli/CaseCommands.h"
#include "cli/PatientCommands.h"
#include "interop/CsvResultExport.h"
#include "interop/FhirExport.h"
#include "workspace/Workspace.h"

#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

namespace mmtrack::cli {

namespace {

// --rules IMWG-2016 (default) or IMWG-2006; nullopt (with a message) for anything else.
bool cannotWrite(CliContext& context, const QString& path, const QString& reason)
{
    context.err << ExportCommands::tr("%1 cannot be written: %2").arg(path, reason) << '\n';
    return false;
}

} // namespace

QString ExportCommands::usage()
{
    return tr("  export-fhir MRN -o FILE [--deidentify] [--rules IMWG-2016|IMWG-2006]\n"
              "      Write a stored patient as a FHIR R4 Bundle (JSON): patient, diagnosis, lab "
              "results,\n"
              "      treatment, collections, transplants and response assessments. "
              "--deidentify leaves out\n"
              "      the name, the MRN and the birth date.\n"
              "  export-csv (MRN | --all) -o FILE.csv\n"
              "      Write lab results as CSV for spreadsheets (UTF-8 with BOM); --all: every "
              "patient who\n"
              "      is not archived.\n");
}

int ExportCommands::exportFhir(CliContext& context, Arguments& args)
{
    const auto mrn = args.positional();
    const auto output = args.option(QStringLiteral("output"), QLatin1Char('o'));
    const bool deidentify = args.flag(QStringLiteral("deidentify"));
    if (!mrn) {
        context.err << tr("export-fhir needs an MRN.") << '\n';
        return kRefused;
    }
    if (!output) {
        context.err << tr("export-fhir needs -o FILE (--output FILE).") << '\n';
        return kRefused;
    }
    const auto rules = CaseCommands::responseRules(args, context.err);
    if (!rules)
        return kRefused;
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    const auto loaded = CaseCommands::loadCase(context, *mrn);
    if (!loaded)
        return kRefused;
    const clinical::CaseRecord& record = *loaded;
    interop::FhirExportOptions options;
    options.deidentify = deidentify;
    options.timeZone = QTimeZone::systemTimeZone();
    const QByteArray json =
        QJsonDocument(interop::FhirExport::bundle(
                          record, clinical::CaseAssessor::assess(record, *rules), options))
            .toJson(QJsonDocument::Indented);
    QSaveFile file(*output); // written whole or not at all
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        cannotWrite(context, *output, file.errorString());
        return kRefused;
    }
    context.out << (deidentify ? tr("Wrote a de-identified FHIR bundle to %1.").arg(*output)
                               : tr("Wrote the FHIR bundle of %1 to %2.").arg(*mrn, *output))
                << '\n';
    return kOk;
}

int ExportCommands::exportCsv(CliContext& context, Arguments& args)
{
    const bool all = args.flag(QStringLiteral("all"));
    const auto output = args.option(QStringLiteral("output"), QLatin1Char('o'));
    const auto mrn = args.positional();
    if (all && mrn) {
        context.err << tr("export-csv: give an MRN or --all, not both.") << '\n';
        return kRefused;
    }
    if (!all && !mrn) {
        context.err << tr("export-csv needs an MRN or --all.") << '\n';
        return kRefused;
    }
    if (!output) {
        context.err << tr("export-csv needs -o FILE (--output FILE).") << '\n';
        return kRefused;
    }
    if (!checkNothingLeft(args, context.err))
        return kRefused;

    QList<clinical::Patient> patients;
    if (all) {
        const auto found = context.workspace.patients().search({});
        if (!found) {
            context.err << found.errorText() << '\n';
            return kRefused;
        }
        patients = found.value();
    } else {
        const auto patient = context.workspace.patients().byMrn(*mrn);
        if (!patient) {
            context.err << patient.problems().value(0).message << '\n';
            return kRefused;
        }
        patients = {patient.value()};
    }

    QSaveFile file(*output); // written whole or not at all
    if (!file.open(QIODevice::WriteOnly)) {
        cannotWrite(context, *output, file.errorString());
        return kRefused;
    }
    interop::CsvResultWriter writer(file);
    bool written = writer.writeHeader();
    qsizetype rows = 0;
    for (const clinical::Patient& patient : patients) {
        // One patient's results at a time: a whole ward is never held in memory.
        const auto results = context.workspace.labResults().forPatient(patient.id);
        if (!results) {
            context.err << results.errorText() << '\n';
            file.cancelWriting();
            return kRefused;
        }
        for (const clinical::LabResult& result : results.value()) {
            written = written && writer.write(patient, result);
            ++rows;
        }
        if (!written)
            break;
    }
    if (!written || !file.commit()) {
        cannotWrite(context, *output, file.errorString());
        return kRefused;
    }
    context.out << tr("Wrote %n result(s) to %1.", nullptr, int(rows)).arg(*output) << '\n';
    return kOk;
}

} // namespace mmtrack::cli
