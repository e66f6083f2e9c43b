#include "cli/EventCommands.h"

#include "cli/TextTable.h"
#include "clinical/PathwayEventText.h"
#include "clinical/PathwayEventValidator.h"
#include "storage/PathwayRepository.h"
#include "storage/PatientRepository.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mmtrack::cli {

using clinical::PathwayEventDraft;
using clinical::PathwayEventText;
using clinical::PathwayEventValidator;
using storage::StoredEvent;

namespace {

// Problems as the options that caused them: "--end-date: ...".
void printProblems(const clinical::Problems& problems, QTextStream& err)
{
    for (const clinical::Problem& problem : problems) {
        if (problem.where.isEmpty())
            err << problem.message << '\n';
        else
            err << QStringLiteral("--")
                << QString(problem.where).replace(QLatin1Char('_'), QLatin1Char('-'))
                << QStringLiteral(": ") << problem.message << '\n';
    }
    err.flush();
}

// The event options given other than --type, each with its draft field. They are taken
// before the positional words, so that an option's value is never read as the MRN or ID.
using GivenFields = QList<std::pair<QString PathwayEventDraft::*, QString>>;

GivenFields readFieldOptions(Arguments& args)
{
    const std::pair<const char*, QString PathwayEventDraft::*> options[] = {
        {"date", &PathwayEventDraft::date},       {"end-date", &PathwayEventDraft::endDate},
        {"phase", &PathwayEventDraft::phase},     {"regimen", &PathwayEventDraft::regimen},
        {"cycle", &PathwayEventDraft::cycle},     {"number", &PathwayEventDraft::number},
        {"cd34", &PathwayEventDraft::cd34},       {"agents", &PathwayEventDraft::agents},
        {"product", &PathwayEventDraft::product}, {"label", &PathwayEventDraft::label},
        {"note", &PathwayEventDraft::note},       {"reason", &PathwayEventDraft::reason},
    };
    GivenFields given;
    for (const auto& [name, member] : options)
        if (auto value = args.option(QLatin1String(name)))
            given.append({member, *value});
    return given;
}

void applyGiven(const GivenFields& given, PathwayEventDraft& draft)
{
    for (const auto& [member, value] : given)
        draft.*member = value;
}

// "2025-08-27 Stem-cell collection · CD34+ 3.2 ×10⁶/kg"
QString summary(const clinical::PathwayEvent& event)
{
    QString text = event.date.toIso() + QLatin1Char(' ') + PathwayEventText::typeName(event.type);
    if (const QString details = PathwayEventText::details(event); !details.isEmpty())
        text += QStringLiteral(" · ") + details;
    return text;
}

std::optional<qint64> eventId(Arguments& args, CliContext& context, const QString& verb)
{
    const auto word = args.positional();
    if (!word) {
        context.err << EventCommands::tr("event %1 needs an event ID (see event list).").arg(verb)
                    << '\n';
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = word->toLongLong(&ok);
    if (!ok || id <= 0) {
        context.err << EventCommands::tr("\"%1\" is not an event ID.").arg(*word) << '\n';
        return std::nullopt;
    }
    return id;
}

std::optional<qint64> patientId(CliContext& context, const std::optional<QString>& mrn,
                                const QString& verb)
{
    if (!mrn) {
        context.err << EventCommands::tr("event %1 needs an MRN.").arg(verb) << '\n';
        return std::nullopt;
    }
    const auto found = context.workspace.patients().byMrn(*mrn);
    if (!found) {
        printProblems({clinical::Problem{QString(), found.problems().value(0).message}},
                      context.err);
        return std::nullopt;
    }
    return found.value().id;
}

} // namespace

QString EventCommands::usage()
{
    return tr("  event add MRN --type TYPE --date DATE [--end-date DATE] [--phase PHASE]\n"
              "              [--regimen R] [--cycle N] [--number 1|2] [--cd34 X] [--agents A,B]\n"
              "              [--product platelets|red_cells] [--label L] [--note N] [--reason R]\n"
              "      TYPE is one of %1.\n"
              "      PHASE is induction, consolidation or maintenance; --cd34 is ×10⁶/kg.\n"
              "  event list MRN [--json]\n"
              "  event edit ID [the options of add]\n"
              "  event remove ID --reason TEXT\n")
        .arg(clinical::allEventTypeCodes().join(QStringLiteral(", ")));
}

int EventCommands::event(CliContext& context, Arguments& args)
{
    const QString verb = args.positional().value_or(QString());
    if (verb == QLatin1String("add"))
        return add(context, args);
    if (verb == QLatin1String("list"))
        return list(context, args);
    if (verb == QLatin1String("edit"))
        return edit(context, args);
    if (verb == QLatin1String("remove"))
        return remove(context, args);
    context.err << tr("Unknown event command \"%1\": use add, list, edit or remove.").arg(verb)
                << '\n';
    return kRefused;
}

int EventCommands::add(CliContext& context, Arguments& args)
{
    PathwayEventDraft draft;
    draft.type = args.option(QStringLiteral("type")).value_or(QString());
    applyGiven(readFieldOptions(args), draft);
    const auto mrn = args.positional();
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    const auto patient = patientId(context, mrn, QStringLiteral("add"));
    if (!patient)
        return kRefused;
    const auto parsed = PathwayEventValidator::fromDraft(draft, context.workspace.clock().today());
    if (!parsed) {
        printProblems(parsed.problems(), context.err);
        return kRefused;
    }
    const auto added = context.workspace.pathway().addEvent(*patient, parsed.value(), context.user);
    if (!added) {
        printProblems(added.problems(), context.err);
        return kRefused;
    }
    context.out << tr("Added event %1: %2").arg(added.value().id).arg(summary(added.value().event))
                << '\n';
    return kOk;
}

int EventCommands::list(CliContext& context, Arguments& args)
{
    const bool json = args.flag(QStringLiteral("json"));
    const auto mrn = args.positional();
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    const auto patient = patientId(context, mrn, QStringLiteral("list"));
    if (!patient)
        return kRefused;
    const auto events = context.workspace.pathway().events(*patient);
    if (!events) {
        printProblems(events.problems(), context.err);
        return kRefused;
    }
    if (json) {
        QJsonArray array;
        for (const StoredEvent& stored : events.value()) {
            QJsonObject object = storage::PathwayRepository::toAuditJson(stored.event);
            object[QStringLiteral("id")] = stored.id;
            object[QStringLiteral("row_version")] = stored.rowVersion;
            array << object;
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return kOk;
    }
    TextTable table({tr("ID"), tr("Date"), tr("Type"), tr("Details")});
    for (const StoredEvent& stored : events.value())
        table.addRow({QString::number(stored.id), stored.event.date.toIso(),
                      PathwayEventText::typeName(stored.event.type),
                      PathwayEventText::details(stored.event)});
    context.out << table.render();
    context.out << tr("%n event(s)", nullptr, int(events.value().size())) << '\n';
    return kOk;
}

int EventCommands::edit(CliContext& context, Arguments& args)
{
    const auto type = args.option(QStringLiteral("type"));
    const GivenFields given = readFieldOptions(args);
    const auto id = eventId(args, context, QStringLiteral("edit"));
    if (!id || !checkNothingLeft(args, context.err))
        return kRefused;
    const auto stored = context.workspace.pathway().eventById(*id);
    if (!stored) {
        printProblems(stored.problems(), context.err);
        return kRefused;
    }
    PathwayEventDraft draft = PathwayEventValidator::toDraft(stored.value().event);
    if (type && *type != draft.type) {
        // A new type starts from the date alone: the old type's fields would not fit.
        draft.type = *type;
        PathwayEventValidator::keepFieldsOfType(draft);
    }
    applyGiven(given, draft);
    const auto parsed = PathwayEventValidator::fromDraft(draft, context.workspace.clock().today());
    if (!parsed) {
        printProblems(parsed.problems(), context.err);
        return kRefused;
    }
    StoredEvent changed = stored.value();
    changed.event = parsed.value();
    const auto saved = context.workspace.pathway().updateEvent(changed, context.user);
    if (!saved) {
        printProblems(saved.problems(), context.err);
        return kRefused;
    }
    if (saved.value().rowVersion == stored.value().rowVersion)
        context.out << tr("Event %1 is unchanged.").arg(*id) << '\n';
    else
        context.out << tr("Saved event %1: %2").arg(*id).arg(summary(saved.value().event)) << '\n';
    return kOk;
}

int EventCommands::remove(CliContext& context, Arguments& args)
{
    const QString reason = args.option(QStringLiteral("reason")).value_or(QString());
    const auto id = eventId(args, context, QStringLiteral("remove"));
    if (!id || !checkNothingLeft(args, context.err))
        return kRefused;
    const auto stored = context.workspace.pathway().eventById(*id);
    if (!stored) {
        printProblems(stored.problems(), context.err);
        return kRefused;
    }
    const auto removed = context.workspace.pathway().removeEvent(*id, stored.value().rowVersion,
                                                                 reason, context.user);
    if (!removed) {
        printProblems(removed.problems(), context.err);
        return kRefused;
    }
    context.out << tr("Removed event %1: %2").arg(*id).arg(summary(stored.value().event)) << '\n';
    return kOk;
}

} // namespace mmtrack::cli
