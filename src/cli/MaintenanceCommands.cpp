#include "cli/MaintenanceCommands.h"

#include "cli/PatientCommands.h"
#include "storage/Backup.h"

namespace mmtrack::cli {

namespace {

int refuse(const clinical::Problems& problems, QTextStream& err)
{
    err << clinical::describe(problems) << '\n';
    err.flush();
    return kRefused;
}

} // namespace

bool MaintenanceCommands::handles(const QString& command)
{
    return command == QLatin1String("backup") || command == QLatin1String("restore") ||
           command == QLatin1String("check");
}

QString MaintenanceCommands::usage()
{
    return tr("  backup --to FILE\n"
              "      Copy the database to FILE with SQLite's online backup (safe while it is in "
              "use);\n"
              "      the copy is checked before it replaces FILE.\n"
              "  restore --from FILE\n"
              "      Replace the database by the backup FILE, after checking that it is an "
              "mmtrack database\n"
              "      this program can open. The previous database is kept as "
              "DB.before-restore-TIME.\n"
              "  check\n"
              "      Integrity and foreign-key checks. Exit status: 0 clean, 1 problems found "
              "(listed),\n"
              "      2 the database cannot be read.\n");
}

int MaintenanceCommands::run(const QString& command, const QString& database, Arguments& args,
                             QTextStream& out, QTextStream& err, const QDateTime& now)
{
    if (command == QLatin1String("backup"))
        return backup(database, args, out, err);
    if (command == QLatin1String("restore"))
        return restore(database, args, out, err, now);
    return check(database, args, out, err);
}

int MaintenanceCommands::backup(const QString& database, Arguments& args, QTextStream& out,
                                QTextStream& err)
{
    const std::optional<QString> target = args.option(QStringLiteral("to"));
    if (!checkNothingLeft(args, err))
        return kRefused;
    if (!target || target->isEmpty()) {
        err << tr("backup needs --to FILE.") << '\n';
        return kRefused;
    }
    if (const clinical::Status saved = storage::Backup::saveFile(database, *target); !saved)
        return refuse(saved.problems(), err);
    out << tr("Backed up to %1.").arg(*target) << '\n';
    return kOk;
}

int MaintenanceCommands::restore(const QString& database, Arguments& args, QTextStream& out,
                                 QTextStream& err, const QDateTime& now)
{
    const std::optional<QString> from = args.option(QStringLiteral("from"));
    if (!checkNothingLeft(args, err))
        return kRefused;
    if (!from || from->isEmpty()) {
        err << tr("restore needs --from FILE.") << '\n';
        return kRefused;
    }
    const clinical::Result<QString> kept = storage::Backup::restore(*from, database, now);
    if (!kept)
        return refuse(kept.problems(), err);
    out << tr("Restored %1 from %2.").arg(database, *from) << '\n';
    if (!kept.value().isEmpty())
        out << tr("The previous database is kept as %1.").arg(kept.value()) << '\n';
    return kOk;
}

int MaintenanceCommands::check(const QString& database, Arguments& args, QTextStream& out,
                               QTextStream& err)
{
    if (!checkNothingLeft(args, err))
        return kRefused;
    const clinical::Result<storage::CheckReport> report = storage::Backup::check(database);
    if (!report)
        return refuse(report.problems(), err);
    if (report.value().clean()) {
        out << tr("No problems found (integrity and foreign keys).") << '\n';
        return kOk;
    }
    const QStringList findings = report.value().findings();
    for (const QString& finding : findings)
        out << finding << '\n';
    out << tr("%n problem(s) found.", nullptr, static_cast<int>(findings.size())) << '\n';
    return 1;
}

} // namespace mmtrack::cli
