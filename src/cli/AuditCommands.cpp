#include "cli/AuditCommands.h"

#include "cli/PatientCommands.h"
#include "cli/TextTable.h"
#include "storage/AuditLog.h"
#include "workspace/Workspace.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace mmtrack::cli {

namespace {

constexpr int kBroken = 1;

bool readDate(const std::optional<QString>& text, const QString& option, QDate& date,
              QTextStream& err)
{
    if (!text)
        return true;
    date = QDate::fromString(*text, Qt::ISODate);
    if (!date.isValid() || text->size() != 10) {
        err << AuditCommands::tr("%1: %2 is not a date (YYYY-MM-DD).").arg(option, *text) << '\n';
        return false;
    }
    return true;
}

} // namespace

int AuditCommands::checkBeforeOpen(const QString& command, const std::optional<QString>& db,
                                   QTextStream& err)
{
    if (command == QLatin1String("verify-audit") && db && !storage::Database::isPostgresUrl(*db) &&
        !QFileInfo::exists(*db)) {
        err << tr("%1: no such database.").arg(*db) << '\n';
        return kRefused;
    }
    return kOk;
}

int AuditCommands::verify(CliContext& context, Arguments& args)
{
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    const auto result = storage::AuditLog::verify(context.workspace.database().connection());
    if (!result) {
        context.err << result.errorText() << '\n';
        return kRefused;
    }
    const storage::AuditVerification& verification = result.value();
    if (verification.intact()) {
        context.out << tr("%n rows, chain intact", nullptr, int(verification.rows)) << '\n';
        return kOk;
    }
    context.out << tr("Audit log broken at row %1: %2")
                       .arg(verification.broken->id)
                       .arg(storage::AuditLog::describe(*verification.broken))
                << '\n';
    return kBroken;
}

int AuditCommands::list(CliContext& context, Arguments& args)
{
    const auto mrn = args.option(QStringLiteral("patient"));
    const auto user = args.option(QStringLiteral("user"));
    const auto from = args.option(QStringLiteral("from"));
    const auto to = args.option(QStringLiteral("to"));
    const bool json = args.flag(QStringLiteral("json"));
    if (!args.missingValue().isEmpty()) {
        context.err << tr("%1 needs a value.").arg(args.missingValue()) << '\n';
        return kRefused;
    }
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    storage::AuditFilter filter;
    if (!readDate(from, QStringLiteral("--from"), filter.from, context.err) ||
        !readDate(to, QStringLiteral("--to"), filter.to, context.err))
        return kRefused;
    if (mrn) {
        const auto patient = context.workspace.patients().byMrn(*mrn);
        if (!patient) {
            context.err << patient.errorText() << '\n';
            return kRefused;
        }
        filter.patientId = patient.value().id;
    }
    filter.user = user.value_or(QString());
    const auto rows = storage::AuditLog::query(context.workspace.database().connection(), filter);
    if (!rows) {
        context.err << rows.errorText() << '\n';
        return kRefused;
    }

    QHash<qint64, QString> mrns;
    const auto mrnOf = [&](const std::optional<qint64>& id) -> QString {
        if (!id)
            return QString();
        if (!mrns.contains(*id)) {
            const auto patient = context.workspace.patients().byId(*id);
            mrns.insert(*id, patient ? patient.value().mrn : QString());
        }
        return mrns.value(*id);
    };

    if (json) {
        QJsonArray array;
        for (const storage::AuditRecord& record : rows.value()) {
            const storage::AuditEntry& entry = record.entry;
            QJsonObject object;
            object[QStringLiteral("id")] = entry.id;
            object[QStringLiteral("at")] = entry.at.toString(Qt::ISODateWithMs);
            object[QStringLiteral("user")] = entry.user;
            object[QStringLiteral("action")] = entry.action;
            object[QStringLiteral("table")] = entry.table;
            object[QStringLiteral("row_id")] = entry.rowId;
            object[QStringLiteral("patient_id")] =
                record.patientId ? QJsonValue(*record.patientId) : QJsonValue();
            object[QStringLiteral("mrn")] =
                record.patientId ? QJsonValue(mrnOf(record.patientId)) : QJsonValue();
            object[QStringLiteral("old_values")] = entry.oldValues;
            object[QStringLiteral("new_values")] = entry.newValues;
            object[QStringLiteral("reason")] =
                entry.reason.isEmpty() ? QJsonValue() : QJsonValue(entry.reason);
            object[QStringLiteral("hash")] = record.hash;
            array << object;
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return kOk;
    }
    TextTable table({tr("Row"), tr("Time (UTC)"), tr("User"), tr("Action"), tr("Table"),
                     tr("Record"), tr("MRN"), tr("Reason"), tr("Changes")});
    for (const storage::AuditRecord& record : rows.value()) {
        const storage::AuditEntry& entry = record.entry;
        table.addRow({QString::number(entry.id), entry.at.toString(Qt::ISODate), entry.user,
                      entry.action, entry.table, QString::number(entry.rowId),
                      mrnOf(record.patientId), entry.reason,
                      storage::AuditLog::changesText(entry)});
    }
    context.out << table.render();
    return kOk;
}

QString AuditCommands::usage()
{
    return tr("  audit [--patient MRN] [--user USER] [--from DATE] [--to DATE] [--json]\n"
              "      List the audit log: who changed what, when, old and new values, reasons.\n"
              "  verify-audit\n"
              "      Check the audit log's hash chain. Exit status 0 intact, 1 a row was changed\n"
              "      or removed outside mmtrack (the first such row is named), 2 unreadable.\n");
}

} // namespace mmtrack::cli
