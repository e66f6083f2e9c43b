#include "cli/SignatureCommands.h"

#include "cli/CaseCommands.h"
#include "cli/PatientCommands.h"
#include "storage/AssessmentSignatures.h"
#include "workspace/AssessmentSnapshot.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mmtrack::cli {

namespace {

QJsonObject toJson(const storage::AssessmentSignature& signature)
{
    QJsonArray changes;
    for (const clinical::AssessmentChange& change : signature.changes)
        changes << change.toJson();
    return QJsonObject{
        {QStringLiteral("as_of"), signature.asOf.toString(Qt::ISODate)},
        {QStringLiteral("version"), signature.version},
        {QStringLiteral("signed_by"), signature.signedBy},
        {QStringLiteral("signed_by_name"), signature.signedByName},
        {QStringLiteral("signed_at"), signature.signedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("reason"), signature.reason.isEmpty() ? QJsonValue() : signature.reason},
        {QStringLiteral("assessment_sha256"), signature.assessmentSha256},
        {QStringLiteral("intact"), signature.intact()},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("assessment"), signature.assessment}};
}

} // namespace

QString SignatureCommands::usage()
{
    return tr("  signature sign MRN [--as-of YYYY-MM-DD] [--reason TEXT] [--rules IMWG-2016]\n"
              "                       sign the assessment as of a date (clinician; the password\n"
              "                       is checked again); a second signature of the same date is\n"
              "                       a correction and needs --reason\n"
              "  signature list MRN [--json]\n"
              "                       every signed version, with what each correction changed\n");
}

int SignatureCommands::signature(CliContext& context, Arguments& args,
                                 const std::optional<QString>& password)
{
    const std::optional<QString> action = args.positional();
    if (action == QLatin1String("sign"))
        return sign(context, args, password);
    if (action == QLatin1String("list"))
        return list(context, args);
    context.err << tr("signature needs sign or list.") << '\n' << usage();
    return kRefused;
}

int SignatureCommands::sign(CliContext& context, Arguments& args,
                            const std::optional<QString>& password)
{
    const std::optional<QString> mrn = args.positional();
    const std::optional<QString> asOfText = args.option(QStringLiteral("as-of"));
    const std::optional<QString> reason = args.option(QStringLiteral("reason"));
    const auto rules = CaseCommands::responseRules(args, context.err);
    if (!rules)
        return kRefused;
    if (!args.missingValue().isEmpty()) {
        context.err << tr("%1 needs a value.").arg(args.missingValue()) << '\n';
        return kRefused;
    }
    if (!mrn) {
        context.err << tr("signature sign needs the patient's MRN.") << '\n';
        return kRefused;
    }
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    QDate asOf = context.workspace.clock().today();
    if (asOfText) {
        asOf = QDate::fromString(*asOfText, Qt::ISODate);
        if (!asOf.isValid()) {
            context.err << tr("--as-of: %1 is not a date (YYYY-MM-DD).").arg(*asOfText) << '\n';
            return kRefused;
        }
    }
    const auto patient = context.workspace.patients().byMrn(*mrn);
    if (!patient) {
        context.err << patient.errorText() << '\n';
        return kRefused;
    }
    const auto assessment = workspace::AssessmentSnapshot::forPatient(
        context.workspace, patient.value().id, asOf, *rules);
    if (!assessment) {
        context.err << assessment.errorText() << '\n';
        return kRefused;
    }
    storage::AssessmentSignatures signatures(context.workspace.database(),
                                             context.workspace.clock());
    const auto signedOne =
        signatures.sign({patient.value().id, asOf, assessment.value(), password.value_or(QString()),
                         reason.value_or(QString())});
    if (!signedOne) {
        for (const clinical::Problem& problem : signedOne.problems())
            context.err << (problem.where.isEmpty()
                                ? QString()
                                : QStringLiteral("--") + problem.where + QStringLiteral(": "))
                        << problem.message << '\n';
        return kRefused;
    }
    const storage::AssessmentSignature& signature = signedOne.value();
    context.out << tr("Assessment of %1 as of %2 signed by %3 (version %4).")
                       .arg(*mrn, asOf.toString(Qt::ISODate), signature.signedByName)
                       .arg(signature.version)
                << '\n';
    for (const clinical::AssessmentChange& change : signature.changes)
        context.out << QStringLiteral("  ") << change.toText() << '\n';
    return kOk;
}

int SignatureCommands::list(CliContext& context, Arguments& args)
{
    const std::optional<QString> mrn = args.positional();
    const bool json = args.flag(QStringLiteral("json"));
    if (!mrn) {
        context.err << tr("signature list needs the patient's MRN.") << '\n';
        return kRefused;
    }
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    const auto patient = context.workspace.patients().byMrn(*mrn);
    if (!patient) {
        context.err << patient.errorText() << '\n';
        return kRefused;
    }
    const auto history =
        storage::AssessmentSignatures(context.workspace.database(), context.workspace.clock())
            .history(patient.value().id);
    if (!history) {
        context.err << history.errorText() << '\n';
        return kRefused;
    }
    if (json) {
        QJsonArray list;
        for (const storage::AssessmentSignature& signature : history.value())
            list << toJson(signature);
        context.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return kOk;
    }
    if (history.value().isEmpty())
        context.out << tr("No signed assessment for %1.").arg(*mrn) << '\n';
    for (const storage::AssessmentSignature& signature : history.value()) {
        context.out << tr("%1  version %2  signed by %3 on %4")
                           .arg(signature.asOf.toString(Qt::ISODate))
                           .arg(signature.version)
                           .arg(signature.signedByName, signature.signedAt.toLocalTime().toString(
                                                            QStringLiteral("yyyy-MM-dd HH:mm")))
                    << (signature.intact() ? QString() : tr("  (CHANGED since signed!)")) << '\n';
        if (!signature.reason.isEmpty())
            context.out << tr("    reason: %1").arg(signature.reason) << '\n';
        for (const clinical::AssessmentChange& change : signature.changes)
            context.out << QStringLiteral("    ") << change.toText() << '\n';
    }
    return kOk;
}

} // namespace mmtrack::cli
