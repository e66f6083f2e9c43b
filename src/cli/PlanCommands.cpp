#include "cli/PlanCommands.h"

#include "cli/CaseCommands.h"
#include "cli/PatientCommands.h"
#include "cli/TextTable.h"
#include "workspace/CasePlan.h"
#include "workspace/ProtocolLibrary.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace mmtrack::cli {

namespace {

QString templateName(const clinical::ProtocolTemplate& protocol)
{
    return QLocale().language() == QLocale::Chinese && !protocol.nameZh.isEmpty() ? protocol.nameZh
                                                                                  : protocol.name;
}

// As recorded: "2025-05" for a date known to the month, an assessment's day, or "—".
QString recordedText(const clinical::PlannedStep& step)
{
    if (step.recordedAs)
        return step.recordedAs->toIso();
    return step.recorded ? step.recorded->toString(Qt::ISODate) : QStringLiteral("—");
}

int templates(CliContext& context, Arguments& args)
{
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    for (const clinical::ProtocolTemplate& protocol : workspace::ProtocolLibrary::shipped())
        context.out << protocol.id << "  " << templateName(protocol) << '\n';
    return kOk;
}

int apply(CliContext& context, Arguments& args)
{
    const auto mrn = args.positional();
    const auto id = args.positional();
    const auto start = args.option(QStringLiteral("start"));
    if (!mrn || !id || !start) {
        context.err << PlanCommands::tr("plan apply needs an MRN, a template and --start DATE.")
                    << '\n';
        return kRefused;
    }
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    const auto protocol = workspace::ProtocolLibrary::byId(*id);
    if (!protocol) {
        context.err << PlanCommands::tr(
                           "%1 is not a protocol template; `plan templates` lists them.")
                           .arg(*id)
                    << '\n';
        return kRefused;
    }
    const QDate day = QDate::fromString(*start, Qt::ISODate);
    if (!day.isValid() || start->size() != 10) {
        context.err << PlanCommands::tr("--start: %1 is not a date (YYYY-MM-DD).").arg(*start)
                    << '\n';
        return kRefused;
    }
    const auto patient = context.workspace.patients().byMrn(*mrn);
    if (!patient) {
        context.err << patient.errorText() << '\n';
        return kRefused;
    }
    const auto applied =
        storage::ProtocolRepository(context.workspace.database(), context.workspace.clock())
            .apply(patient.value().id, *protocol, day, context.user);
    if (!applied) {
        context.err << applied.errorText() << '\n';
        return kRefused;
    }
    context.out << PlanCommands::tr("%1 applied from %2.")
                       .arg(templateName(*protocol), day.toString(Qt::ISODate))
                << '\n';
    return kOk;
}

int show(CliContext& context, Arguments& args)
{
    const auto mrn = args.positional();
    const bool json = args.flag(QStringLiteral("json"));
    if (!mrn) {
        context.err << PlanCommands::tr("plan show needs an MRN.") << '\n';
        return kRefused;
    }
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    const auto record = CaseCommands::loadCase(context, *mrn);
    if (!record)
        return kRefused;
    const auto plan = workspace::CasePlan::review(context.workspace, *record,
                                                  clinical::CaseAssessor::assess(*record));
    if (!plan) {
        context.err << plan.errorText() << '\n';
        return kRefused;
    }
    if (!plan.value()) {
        context.err << PlanCommands::tr("This patient has no plan; `plan apply` gives one.")
                    << '\n';
        return kRefused;
    }
    const clinical::PlanReview& review = plan.value()->review;
    if (json) {
        QJsonArray steps;
        for (const clinical::PlannedStep& step : review.steps)
            steps << QJsonObject{{QStringLiteral("key"), step.step.key},
                                 {QStringLiteral("expected"), step.expected.toString(Qt::ISODate)},
                                 {QStringLiteral("recorded"),
                                  step.recorded ? QJsonValue(recordedText(step)) : QJsonValue()},
                                 {QStringLiteral("days_late"), step.delayDays()}};
        QJsonArray alerts;
        for (const clinical::PlanAlert& alert : review.alerts)
            alerts << QJsonObject{{QStringLiteral("code"), alert.code},
                                  {QStringLiteral("date"), alert.date.toString(Qt::ISODate)},
                                  {QStringLiteral("message"), alert.message}};
        context.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("template"), review.templateId},
                                      {QStringLiteral("start"),
                                       plan.value()->protocol.start.toString(Qt::ISODate)},
                                      {QStringLiteral("steps"), steps},
                                      {QStringLiteral("alerts"), alerts}})
                .toJson(QJsonDocument::Indented));
        return kOk;
    }
    context.out << templateName(plan.value()->protocol.protocol) << " · "
                << PlanCommands::tr("from %1").arg(
                       plan.value()->protocol.start.toString(Qt::ISODate))
                << "\n\n";
    TextTable table({PlanCommands::tr("Step"), PlanCommands::tr("Expected"),
                     PlanCommands::tr("Recorded"), PlanCommands::tr("Days late")});
    for (const clinical::PlannedStep& step : review.steps)
        table.addRow({clinical::ProtocolPlan::describe(step.step),
                      step.expected.toString(Qt::ISODate), recordedText(step),
                      step.delayDays() != 0 ? QString::number(step.delayDays()) : QString()});
    context.out << table.render();
    if (!review.alerts.isEmpty()) {
        context.out << '\n' << PlanCommands::tr("Alerts:") << '\n';
        for (const clinical::PlanAlert& alert : review.alerts)
            context.out << "  ⚠ " << alert.date.toString(Qt::ISODate) << "  " << alert.message
                        << '\n';
    }
    return kOk;
}

int remove(CliContext& context, Arguments& args)
{
    const auto mrn = args.positional();
    const auto reason = args.option(QStringLiteral("reason"));
    if (!mrn || !reason) {
        context.err << PlanCommands::tr("plan remove needs an MRN and --reason TEXT.") << '\n';
        return kRefused;
    }
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    const auto patient = context.workspace.patients().byMrn(*mrn);
    if (!patient) {
        context.err << patient.errorText() << '\n';
        return kRefused;
    }
    const auto removed =
        storage::ProtocolRepository(context.workspace.database(), context.workspace.clock())
            .remove(patient.value().id, *reason, context.user);
    if (!removed) {
        context.err << removed.errorText() << '\n';
        return kRefused;
    }
    return kOk;
}

} // namespace

QString PlanCommands::usage()
{
    return tr("  plan templates\n"
              "      List the protocol templates.\n"
              "  plan apply MRN TEMPLATE --start YYYY-MM-DD\n"
              "      Give the patient a protocol: planned steps with expected dates.\n"
              "  plan show MRN [--json]\n"
              "      The planned steps, the recorded events matched to them, and the deviations.\n"
              "  plan remove MRN --reason TEXT\n");
}

int PlanCommands::plan(CliContext& context, Arguments& args)
{
    const auto action = args.positional();
    if (action == QLatin1String("templates"))
        return templates(context, args);
    if (action == QLatin1String("apply"))
        return apply(context, args);
    if (action == QLatin1String("show"))
        return show(context, args);
    if (action == QLatin1String("remove"))
        return remove(context, args);
    context.err << tr("plan needs templates, apply, show or remove.") << '\n';
    return kRefused;
}

} // namespace mmtrack::cli
