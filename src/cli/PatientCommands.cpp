#include "cli/PatientCommands.h"

#include "cli/TextTable.h"
#include "clinical/PatientValidator.h"
#include "storage/PatientRepository.h"
#include "storage/SqlSupport.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mmtrack::cli {

using clinical::Patient;
using clinical::PatientText;

namespace {

QJsonObject toJson(const Patient& patient)
{
    QJsonObject json = storage::PatientRepository::toAuditJson(patient);
    json[QStringLiteral("id")] = patient.id;
    json[QStringLiteral("created_at")] = storage::toStoredTime(patient.createdAt);
    json[QStringLiteral("created_by")] = patient.createdBy;
    json[QStringLiteral("updated_at")] = storage::toStoredTime(patient.updatedAt);
    json[QStringLiteral("updated_by")] = patient.updatedBy;
    return json;
}

QString jsonText(const QJsonValue& value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

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

// The fields an add or edit takes, each as --option VALUE, written into the draft.
void readDraftOptions(Arguments& args, clinical::PatientDraft& draft)
{
    const std::pair<const char*, QString clinical::PatientDraft::*> options[] = {
        {"mrn", &clinical::PatientDraft::mrn},
        {"name", &clinical::PatientDraft::name},
        {"sex", &clinical::PatientDraft::sex},
        {"birth-date", &clinical::PatientDraft::birthDate},
        {"weight", &clinical::PatientDraft::weightKg},
        {"diagnosis-date", &clinical::PatientDraft::diagnosisDate},
        {"heavy-chain", &clinical::PatientDraft::heavyChain},
        {"light-chain", &clinical::PatientDraft::lightChain},
        {"notes", &clinical::PatientDraft::notes},
    };
    for (const auto& [name, member] : options)
        if (auto value = args.option(QLatin1String(name)))
            draft.*member = *value;
}

void printPatient(CliContext& context, const Patient& patient, bool json)
{
    if (json) {
        context.out << jsonText(toJson(patient));
        return;
    }
    const QDate today = context.workspace.clock().today();
    auto dateText = [](const std::optional<clinical::PartialDate>& date) {
        return date ? date->toIso() : QStringLiteral("—");
    };
    TextTable table({PatientCommands::tr("MRN"), patient.mrn});
    table.addRow({PatientCommands::tr("Name"), patient.name});
    table.addRow({PatientCommands::tr("Sex"),
                  patient.sex ? PatientText::sex(*patient.sex) : QStringLiteral("—")});
    table.addRow({PatientCommands::tr("Birth date"), dateText(patient.birthDate)});
    table.addRow({PatientCommands::tr("Age"), PatientText::age(patient, today)});
    table.addRow({PatientCommands::tr("Weight (kg)"),
                  patient.weightKg ? QString::number(*patient.weightKg) : QStringLiteral("—")});
    table.addRow({PatientCommands::tr("Diagnosis date"), dateText(patient.diagnosisDate)});
    table.addRow({PatientCommands::tr("Isotype"), PatientText::isotype(patient)});
    table.addRow({PatientCommands::tr("Archived"),
                  patient.archived ? PatientCommands::tr("yes") : PatientCommands::tr("no")});
    table.addRow({PatientCommands::tr("Notes"),
                  QString(patient.notes).replace(QLatin1Char('\n'), QLatin1Char(' '))});
    context.out << table.render();
}

} // namespace

bool checkNothingLeft(const Arguments& args, QTextStream& err)
{
    if (!args.missingValue().isEmpty()) {
        err << PatientCommands::tr("%1 needs a value.").arg(args.missingValue()) << '\n';
        err.flush();
        return false;
    }
    if (!args.leftovers().isEmpty()) {
        err << PatientCommands::tr("Unexpected arguments: %1")
                   .arg(args.leftovers().join(QLatin1Char(' ')))
            << '\n'
            << PatientCommands::tr("See mmtrack-cli --help.") << '\n';
        err.flush();
        return false;
    }
    return true;
}

QString PatientCommands::usage()
{
    return tr(
        "  patients [--search TEXT] [--archived] [--json]\n"
        "      List patients; --search matches part of a name or MRN, --archived includes archived "
        "ones.\n"
        "  patient add --mrn MRN --name NAME --sex male|female [--birth-date DATE] [--weight KG]\n"
        "              [--diagnosis-date DATE] [--heavy-chain IgG|IgA|IgD|IgE|IgM|none]\n"
        "              [--light-chain kappa|lambda] [--notes TEXT] [--json]\n"
        "      DATE is YYYY-MM-DD, or YYYY-MM or YYYY when only that much is known.\n"
        "  patient show MRN [--json]\n"
        "  patient edit MRN [the options of add]\n"
        "  patient archive MRN [--reason TEXT]\n"
        "  patient restore MRN\n");
}

int PatientCommands::list(CliContext& context, Arguments& args)
{
    storage::PatientQuery query;
    query.text = args.option(QStringLiteral("search")).value_or(QString());
    query.includeArchived = args.flag(QStringLiteral("archived"));
    const bool json = args.flag(QStringLiteral("json"));
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    const auto found = context.workspace.patients().search(query);
    if (!found) {
        printProblems(found.problems(), context.err);
        return kRefused;
    }
    if (json) {
        QJsonArray array;
        for (const Patient& patient : found.value())
            array << toJson(patient);
        context.out << jsonText(array);
        return kOk;
    }
    const QDate today = context.workspace.clock().today();
    TextTable table({tr("MRN"), tr("Name"), tr("Sex"), tr("Age"), tr("Isotype"), tr("Diagnosed")});
    for (const Patient& patient : found.value())
        table.addRow({patient.mrn,
                      patient.archived ? tr("%1 (archived)").arg(patient.name) : patient.name,
                      patient.sex ? PatientText::sex(*patient.sex) : QString(),
                      PatientText::age(patient, today), PatientText::isotype(patient),
                      patient.diagnosisDate ? patient.diagnosisDate->toIso() : QString()});
    context.out << table.render();
    context.out << tr("%n patient(s)", nullptr, int(found.value().size())) << '\n';
    return kOk;
}

int PatientCommands::patient(CliContext& context, Arguments& args)
{
    const QString verb = args.positional().value_or(QString());
    if (verb == QLatin1String("add"))
        return add(context, args);
    if (verb == QLatin1String("show"))
        return show(context, args);
    if (verb == QLatin1String("edit"))
        return edit(context, args);
    if (verb == QLatin1String("archive"))
        return archive(context, args, true);
    if (verb == QLatin1String("restore"))
        return archive(context, args, false);
    context.err
        << tr("Unknown patient command \"%1\": use add, show, edit, archive or restore.").arg(verb)
        << '\n';
    return kRefused;
}

int PatientCommands::add(CliContext& context, Arguments& args)
{
    clinical::PatientDraft draft;
    readDraftOptions(args, draft);
    const bool json = args.flag(QStringLiteral("json"));
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    auto parsed = clinical::PatientValidator::fromDraft(draft, context.workspace.clock().today());
    if (!parsed) {
        printProblems(parsed.problems(), context.err);
        return kRefused;
    }
    const auto added = context.workspace.patients().add(parsed.value(), context.user);
    if (!added) {
        printProblems(added.problems(), context.err);
        return kRefused;
    }
    if (json)
        printPatient(context, added.value(), true);
    else
        context.out << tr("Added %1 (%2).").arg(added.value().name, added.value().mrn) << '\n';
    return kOk;
}

int PatientCommands::show(CliContext& context, Arguments& args)
{
    const auto mrn = args.positional();
    const bool json = args.flag(QStringLiteral("json"));
    if (!mrn) {
        context.err << tr("patient show needs an MRN.") << '\n';
        return kRefused;
    }
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    const auto found = context.workspace.patients().byMrn(*mrn);
    if (!found) {
        printProblems({clinical::Problem{QString(), found.problems().value(0).message}},
                      context.err);
        return kRefused;
    }
    printPatient(context, found.value(), json);
    return kOk;
}

int PatientCommands::edit(CliContext& context, Arguments& args)
{
    const auto mrn = args.positional();
    if (!mrn) {
        context.err << tr("patient edit needs an MRN.") << '\n';
        return kRefused;
    }
    const auto found = context.workspace.patients().byMrn(*mrn);
    if (!found) {
        printProblems({clinical::Problem{QString(), found.problems().value(0).message}},
                      context.err);
        return kRefused;
    }
    clinical::PatientDraft draft = clinical::PatientValidator::toDraft(found.value());
    readDraftOptions(args, draft);
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    auto parsed = clinical::PatientValidator::fromDraft(draft, context.workspace.clock().today());
    if (!parsed) {
        printProblems(parsed.problems(), context.err);
        return kRefused;
    }
    Patient changed = std::move(parsed).value();
    changed.id = found.value().id;
    changed.rowVersion = found.value().rowVersion;
    changed.archived = found.value().archived;
    const auto saved = context.workspace.patients().update(changed, context.user);
    if (!saved) {
        printProblems(saved.problems(), context.err);
        return kRefused;
    }
    context.out << tr("Saved %1 (%2).").arg(saved.value().name, saved.value().mrn) << '\n';
    return kOk;
}

int PatientCommands::archive(CliContext& context, Arguments& args, bool archived)
{
    const auto mrn = args.positional();
    const QString reason = args.option(QStringLiteral("reason")).value_or(QString());
    if (!mrn) {
        context.err << tr("This command needs an MRN.") << '\n';
        return kRefused;
    }
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    const auto found = context.workspace.patients().byMrn(*mrn);
    if (!found) {
        printProblems({clinical::Problem{QString(), found.problems().value(0).message}},
                      context.err);
        return kRefused;
    }
    const auto saved = context.workspace.patients().setArchived(
        found.value().id, found.value().rowVersion, archived, context.user, reason);
    if (!saved) {
        printProblems(saved.problems(), context.err);
        return kRefused;
    }
    context.out << (archived ? tr("Archived %1 (%2).") : tr("Restored %1 (%2)."))
                       .arg(saved.value().name, saved.value().mrn)
                << '\n';
    return kOk;
}

} // namespace mmtrack::cli
