#include "cli/LabCommands.h"

#include "cli/CaseCommands.h"
#include "cli/TextTable.h"
#include "clinical/LabCatalogue.h"
#include "workspace/LabImporter.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mmtrack::cli {

using clinical::LabCatalogue;

QString LabCommands::usage()
{
    return tr(
        "  import FILE [--format csv|hl7] [--strict]\n"
        "      Import lab results from a CSV file or HL7 v2 ORU^R01 messages. Every rejected row "
        "is listed\n"
        "      with its line or message; --strict imports nothing if anything is rejected.\n"
        "      Exit status: 0 all imported, 1 some rows rejected, 2 nothing could be imported.\n"
        "  results MRN [--test KEY] [--json]\n"
        "  lab-codes list | set CODE TEST [--note TEXT] | remove CODE\n"
        "      The table that maps the lab system's local codes to tests.\n");
}

int LabCommands::import(CliContext& context, Arguments& args)
{
    const auto path = args.positional();
    const auto format = args.option(QStringLiteral("format"));
    workspace::LabImportOptions options;
    options.strict = args.flag(QStringLiteral("strict"));
    if (!path) {
        context.err << tr("import needs a file.") << '\n';
        return kRefused;
    }
    if (format) {
        if (*format == QLatin1String("csv"))
            options.format = workspace::LabFileFormat::Csv;
        else if (*format == QLatin1String("hl7"))
            options.format = workspace::LabFileFormat::Hl7;
        else {
            context.err << tr("--format: use csv or hl7.") << '\n';
            return kRefused;
        }
    }
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    if (!format && path->endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return CaseCommands::importCase(context, *path);

    workspace::LabImporter importer(context.workspace.database(), context.workspace.clock(),
                                    context.user);
    workspace::LabImporter::Callbacks callbacks;
    callbacks.problem = [&](const clinical::Problem& problem) {
        context.err << problem.toString() << '\n';
    };
    const workspace::LabImportReport report = importer.importFile(*path, options, callbacks);
    context.err.flush();
    if (!report.fatal.isEmpty()) {
        context.err << report.fatal << '\n';
        return kRefused;
    }
    const auto& counts = report.counts;
    context.out << tr("%1 imported, %2 already stored, %3 rejected.")
                       .arg(counts.imported)
                       .arg(counts.duplicate)
                       .arg(counts.rejected)
                << '\n';
    if (!report.unmappedCodes.isEmpty()) {
        QStringList codes(report.unmappedCodes.cbegin(), report.unmappedCodes.cend());
        codes.sort();
        context.out << tr("Unmapped codes: %1 (map them with: mmtrack-cli lab-codes set CODE TEST)")
                           .arg(codes.join(QStringLiteral(", ")))
                    << '\n';
    }
    if (!report.committed) {
        context.out << tr("Nothing was imported (--strict and %n row(s) rejected).", nullptr,
                          int(counts.rejected))
                    << '\n';
        return kRefused;
    }
    if (counts.rejected == 0)
        return kOk;
    return counts.imported + counts.duplicate > 0 ? 1 : kRefused;
}

int LabCommands::results(CliContext& context, Arguments& args)
{
    const auto mrn = args.positional();
    const auto test = args.option(QStringLiteral("test"));
    const bool json = args.flag(QStringLiteral("json"));
    if (!mrn) {
        context.err << tr("results needs an MRN.") << '\n';
        return kRefused;
    }
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    const auto patient = context.workspace.patients().byMrn(*mrn);
    if (!patient) {
        context.err << patient.problems().value(0).message << '\n';
        return kRefused;
    }
    if (test && !LabCatalogue::byKey(*test)) {
        context.err << tr("Unknown test \"%1\".").arg(*test) << '\n';
        return kRefused;
    }
    const auto results = test ? context.workspace.labResults().series(patient.value().id, *test)
                              : context.workspace.labResults().forPatient(patient.value().id);
    if (!results) {
        context.err << results.errorText() << '\n';
        return kRefused;
    }
    if (json) {
        QJsonArray array;
        for (const clinical::LabResult& r : results.value()) {
            QJsonObject o;
            o[QStringLiteral("test")] = r.testKey;
            o[QStringLiteral("date")] = r.date.toString(Qt::ISODate);
            if (r.time)
                o[QStringLiteral("time")] = r.time->toString(QStringLiteral("HH:mm"));
            if (r.value) {
                o[QStringLiteral("value")] = r.value->toString();
                o[QStringLiteral("unit")] = LabCatalogue::byKey(r.testKey)->unit;
            } else {
                o[QStringLiteral("value")] = r.qualitative;
            }
            o[QStringLiteral("entered_value")] = r.enteredValue;
            o[QStringLiteral("entered_unit")] = r.enteredUnit;
            o[QStringLiteral("flag")] = clinical::labFlagCode(r.flag);
            o[QStringLiteral("source")] = clinical::labSourceCode(r.source);
            o[QStringLiteral("source_detail")] = r.sourceDetail;
            array << o;
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return kOk;
    }
    TextTable table({tr("Date"), tr("Test"), tr("Value"), tr("Unit"), tr("Flag"), tr("Range")});
    for (const clinical::LabResult& r : results.value()) {
        const clinical::LabTest* t = LabCatalogue::byKey(r.testKey);
        const QString range = (r.refLow || r.refHigh)
                                  ? (r.refLow ? r.refLow->toString() : QString()) +
                                        QStringLiteral("–") +
                                        (r.refHigh ? r.refHigh->toString() : QString())
                                  : QString();
        table.addRow(
            {r.date.toString(Qt::ISODate) +
                 (r.time ? QLatin1Char(' ') + r.time->toString(QStringLiteral("HH:mm"))
                         : QString()),
             LabCatalogue::name(r.testKey),
             r.value ? r.value->toString(t->decimals) : LabCatalogue::choiceName(r.qualitative),
             LabCatalogue::displayUnit(t->unit), clinical::labFlagSymbol(r.flag), range});
    }
    context.out << table.render();
    return kOk;
}

int LabCommands::labCodes(CliContext& context, Arguments& args)
{
    const QString verb = args.positional().value_or(QString());
    storage::LabCodeMap& map = context.workspace.labCodes();
    if (verb == QLatin1String("list")) {
        if (!checkNothingLeft(args, context.err))
            return kRefused;
        const auto all = map.all();
        if (!all) {
            context.err << all.errorText() << '\n';
            return kRefused;
        }
        TextTable table({tr("Code"), tr("Test"), tr("Note")});
        for (const auto& mapping : all.value())
            table.addRow({mapping.code,
                          mapping.testKey + QStringLiteral(" (") +
                              LabCatalogue::name(mapping.testKey) + QLatin1Char(')'),
                          mapping.note});
        context.out << table.render();
        return kOk;
    }
    if (verb == QLatin1String("set")) {
        const auto code = args.positional();
        const auto test = args.positional();
        const QString note = args.option(QStringLiteral("note")).value_or(QString());
        if (!code || !test) {
            context.err << tr("lab-codes set needs a CODE and a TEST.") << '\n';
            return kRefused;
        }
        if (!checkNothingLeft(args, context.err))
            return kRefused;
        const auto saved = map.set(*code, *test, note, context.user);
        if (!saved) {
            context.err << saved.errorText() << '\n';
            return kRefused;
        }
        context.out << tr("%1 now means %2.")
                           .arg(saved.value().code, LabCatalogue::name(saved.value().testKey))
                    << '\n';
        return kOk;
    }
    if (verb == QLatin1String("remove")) {
        const auto code = args.positional();
        if (!code || !checkNothingLeft(args, context.err)) {
            context.err << tr("lab-codes remove needs a CODE.") << '\n';
            return kRefused;
        }
        const auto removed = map.remove(*code, context.user);
        if (!removed) {
            context.err << removed.errorText() << '\n';
            return kRefused;
        }
        return kOk;
    }
    context.err << tr("Unknown lab-codes command \"%1\": use list, set or remove.").arg(verb)
                << '\n';
    return kRefused;
}

} // namespace mmtrack::cli
