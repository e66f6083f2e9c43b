#include "cli/CaseCommands.h"

#include "cli/PatientCommands.h"
#include "interop/AssessmentJson.h"
#include "interop/CaseFileReader.h"
#include "workspace/Workspace.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>

namespace mmtrack::cli {

namespace {

void print(QTextStream& out, const QJsonObject& json)
{
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

} // namespace

QString CaseCommands::usage()
{
    return tr("  evaluate CASE.json\n"
              "      Print the assessment of a case file (response, staging, risk, diagnosis, "
              "engraftment...).\n"
              "      No database is used. Exit status 0 when the case was read, 2 when it cannot "
              "be read.\n"
              "  assess MRN\n"
              "      The same assessment for a stored patient.\n");
}

int CaseCommands::evaluate(Arguments& args, QTextStream& out, QTextStream& err)
{
    const auto path = args.positional();
    if (!path) {
        err << tr("evaluate needs a case file.") << '\n';
        return kRefused;
    }
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
    print(out, interop::AssessmentJson::write(record, clinical::CaseAssessor::assess(record)));
    return kOk;
}

int CaseCommands::assess(CliContext& context, Arguments& args)
{
    const auto mrn = args.positional();
    if (!mrn) {
        context.err << tr("assess needs an MRN.") << '\n';
        return kRefused;
    }
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    workspace::Workspace& ward = context.workspace;
    const auto patient = ward.patients().byMrn(*mrn);
    if (!patient) {
        context.err << patient.problems().value(0).message << '\n';
        return kRefused;
    }
    const auto details = ward.pathway().details(patient.value().id);
    const auto results = ward.labResults().forPatient(patient.value().id);
    const auto events = ward.pathway().events(patient.value().id);
    if (!details || !results || !events) {
        context.err << (!details   ? details.errorText()
                        : !results ? results.errorText()
                                   : events.errorText())
                    << '\n';
        return kRefused;
    }
    clinical::CaseRecord record;
    record.patient = patient.value();
    record.details = details.value().value_or(clinical::DiagnosisDetails());
    record.results = results.value();
    for (const storage::StoredEvent& stored : events.value())
        record.events << stored.event;
    print(context.out,
          interop::AssessmentJson::write(record, clinical::CaseAssessor::assess(record)));
    return kOk;
}

} // namespace mmtrack::cli
