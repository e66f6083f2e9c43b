#include "cli/CaseCommands.h"

#include "cli/PatientCommands.h"
#include "interop/AssessmentJson.h"
#include "interop/CaseFileReader.h"
#include "interop/CaseFileWriter.h"
#include "workspace/CaseFiles.h"
#include "workspace/Workspace.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace mmtrack::cli {

std::optional<clinical::ResponseRuleSet> CaseCommands::responseRules(Arguments& args,
                                                                     QTextStream& err)
{
    const QString rules =
        args.option(QStringLiteral("rules")).value_or(QStringLiteral("IMWG-2016")).toUpper();
    if (rules == QLatin1String("IMWG-2016"))
        return clinical::ResponseRuleSet::Imwg2016;
    if (rules == QLatin1String("IMWG-2006"))
        return clinical::ResponseRuleSet::Imwg2006;
    err << CaseCommands::tr("--rules: use IMWG-2016 or IMWG-2006.") << '\n';
    return std::nullopt;
}

std::optional<clinical::CaseRecord> CaseCommands::loadCase(CliContext& context, const QString& mrn)
{
    const auto patient = context.workspace.patients().byMrn(mrn);
    if (!patient) {
        context.err << patient.problems().value(0).message << '\n';
        return std::nullopt;
    }
    auto loaded = workspace::CaseFiles::load(context.workspace, patient.value().id);
    if (!loaded) {
        context.err << loaded.errorText() << '\n';
        return std::nullopt;
    }
    return std::move(loaded).value();
}

namespace {

void print(QTextStream& out, const QJsonObject& json)
{
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

} // namespace

QString CaseCommands::usage()
{
    return tr("  evaluate CASE.json [--rules IMWG-2016|IMWG-2006]\n"
              "      Print the assessment of a case file (response, staging, risk, diagnosis, "
              "engraftment...).\n"
              "      No database is used. Exit status 0 when the case was read, 2 when it cannot "
              "be read.\n"
              "  assess MRN [--rules IMWG-2016|IMWG-2006]\n"
              "      The same assessment for a stored patient.\n"
              "  export-case MRN -o FILE\n"
              "      Write a stored patient as a case file; import FILE.json reads it back.\n");
}

int CaseCommands::evaluate(Arguments& args, QTextStream& out, QTextStream& err)
{
    const auto path = args.positional();
    if (!path) {
        err << tr("evaluate needs a case file.") << '\n';
        return kRefused;
    }
    const auto rules = responseRules(args, err);
    if (!rules)
        return kRefused;
    if (!checkNothingLeft(args, err))
        return kRefused;
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("%1 cannot be read: %2").arg(*path, file.errorString()) << '\n';
        return kRefused;
    }
    const auto read = interop::CaseFileReader::read(file.readAll(), QDate::currentDate());
    if (!read) {
        for (const clinical::Problem& problem : read.problems())
            err << problem.toString() << '\n';
        return kRefused;
    }
    for (const clinical::Problem& warning : read.value().warnings)
        err << tr("warning: %1").arg(warning.toString()) << '\n';
    const clinical::CaseRecord record = interop::AssessmentJson::recordOf(read.value());
    print(out,
          interop::AssessmentJson::write(record, clinical::CaseAssessor::assess(record, *rules)));
    return kOk;
}

int CaseCommands::assess(CliContext& context, Arguments& args)
{
    const auto mrn = args.positional();
    if (!mrn) {
        context.err << tr("assess needs an MRN.") << '\n';
        return kRefused;
    }
    const auto rules = responseRules(args, context.err);
    if (!rules)
        return kRefused;
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    const auto loaded = loadCase(context, *mrn);
    if (!loaded)
        return kRefused;
    const clinical::CaseRecord& record = *loaded;
    print(context.out,
          interop::AssessmentJson::write(record, clinical::CaseAssessor::assess(record, *rules)));
    return kOk;
}

int CaseCommands::exportCase(CliContext& context, Arguments& args)
{
    const auto mrn = args.positional();
    const auto output = args.option(QStringLiteral("output"), QLatin1Char('o'));
    if (!mrn || !output) {
        context.err << tr("export-case needs an MRN and -o FILE.") << '\n';
        return kRefused;
    }
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    const auto loaded = loadCase(context, *mrn);
    if (!loaded)
        return kRefused;
    QSaveFile file(*output); // written whole or not at all
    const QByteArray json =
        QJsonDocument(interop::CaseFileWriter::write(*loaded)).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        context.err << tr("%1 cannot be written: %2").arg(*output, file.errorString()) << '\n';
        return kRefused;
    }
    context.out << tr("Wrote the case of %1 to %2.").arg(loaded->patient.mrn, *output) << '\n';
    return kOk;
}

int CaseCommands::importCase(CliContext& context, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << tr("%1 cannot be read: %2").arg(path, file.errorString()) << '\n';
        return kRefused;
    }
    const auto imported =
        workspace::CaseFiles::importCase(context.workspace.database(), context.workspace.clock(),
                                         file.readAll(), QFileInfo(path).fileName(), context.user);
    if (!imported) {
        for (const clinical::Problem& problem : imported.problems())
            context.err << problem.toString() << '\n';
        return kRefused;
    }
    context.out
        << tr("Imported the case of %1 (%2).").arg(imported.value().name, imported.value().mrn)
        << '\n';
    return kOk;
}

} // namespace mmtrack::cli
