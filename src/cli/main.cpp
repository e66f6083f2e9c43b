// mmtrack-cli: the command line over the same libraries as the GUI. Needs no display.
#include "cli/AccountCommands.h"
#include "cli/Arguments.h"
#include "cli/AuditCommands.h"
#include "cli/CaseCommands.h"
#include "cli/EventCommands.h"
#include "cli/ExportCommands.h"
#include "cli/LabCommands.h"
#include "cli/MaintenanceCommands.h"
#include "cli/PatientCommands.h"
#include "cli/PlanCommands.h"
#include "cli/ReportCommands.h"
#include "cli/SignatureCommands.h"
#include "clinical/Clock.h"
#include "common/AppIdentity.h"
#include "common/Language.h"
#include "common/Logging.h"
#include "storage/Permissions.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>

using namespace mmtrack;

namespace {

class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static QString help()
    {
        return tr("Usage: mmtrack-cli [--db PATH] [--verbose] [--lang en|zh_CN] COMMAND ...\n"
                  "\n"
                  "Without --db, the default database of the GUI is used: %1\n"
                  "\n"
                  "Commands:\n")
                   .arg(common::defaultDatabasePath()) +
               cli::PatientCommands::usage() + cli::LabCommands::usage() +
               cli::CaseCommands::usage() + cli::EventCommands::usage() +
               cli::PlanCommands::usage() + cli::ExportCommands::usage() +
               cli::ReportCommands::usage() + cli::MaintenanceCommands::usage() +
               cli::AuditCommands::usage() + cli::SignatureCommands::usage() +
               cli::AccountCommands::usage() +
               tr("\n--db names an SQLite file or a PostgreSQL database as a URL,\n"
                  "postgresql://USER@HOST:PORT/DBNAME (a socket folder as ?host=/DIR); the\n"
                  "password comes from ~/.pgpass or PGPASSWORD, as for psql.\n") +
               tr("\nExit status: 0 done; 2 the input or the database was refused (the reason is "
                  "on stderr).\n");
    }
};

} // namespace

int main(int argc, char* argv[])
{
    common::cacheTimeZone();
    const auto application = cli::ReportCommands::createApplication(argc, argv);
    QCoreApplication& app = *application;
    common::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList words = app.arguments().mid(1);
    cli::Credentials credentials = cli::AccountCommands::takeCredentials(words);
    cli::Arguments args(words);
    const std::optional<QString> db = args.option(QStringLiteral("db"));
    const bool verbose = args.flag(QStringLiteral("verbose"));
    const std::optional<QString> lang = args.option(QStringLiteral("lang"));
    common::initLogging({common::logDirectory(),
                         verbose ? spdlog::level::debug : spdlog::level::info,
                         verbose ? spdlog::level::debug : spdlog::level::warn});
    common::installLanguage(common::resolveLanguage(lang.value_or(common::languageSetting())));
    if (!args.missingValue().isEmpty()) {
        err << Cli::tr("%1 needs a value.").arg(args.missingValue()) << '\n';
        return cli::kRefused;
    }

    if (args.flag(QStringLiteral("help")) || args.flag(QStringLiteral("h"))) {
        out << Cli::help();
        return cli::kOk;
    }
    if (args.flag(QStringLiteral("version"))) {
        out << QStringLiteral("mmtrack-cli ") << QCoreApplication::applicationVersion() << '\n';
        return cli::kOk;
    }
    const QString command = args.positional().value_or(QString());
    if (command.isEmpty()) {
        err << Cli::help();
        return cli::kRefused;
    }
    QStringList commands{QStringLiteral("patients"),  QStringLiteral("patient"),
                         QStringLiteral("import"),    QStringLiteral("results"),
                         QStringLiteral("lab-codes"), QStringLiteral("evaluate"),
                         QStringLiteral("assess"),    QStringLiteral("export-case"),
                         QStringLiteral("event"),     QStringLiteral("plan")};
    commands << QStringLiteral("export-fhir") << QStringLiteral("export-csv");
    commands << QStringLiteral("export-pdf");
    commands << QStringLiteral("audit") << QStringLiteral("verify-audit");
    commands << QStringLiteral("backup") << QStringLiteral("restore") << QStringLiteral("check");
    commands << QStringLiteral("account") << QStringLiteral("signature");
    if (!commands.contains(command)) {
        err << Cli::tr("Unknown command \"%1\".").arg(command) << '\n' << Cli::help();
        return cli::kRefused;
    }

    if (command == QLatin1String("evaluate"))
        return cli::CaseCommands::evaluate(args, out, err); // needs no database

    clinical::SystemClock clock;
    const QString path = db.value_or(common::defaultDatabasePath());
    if (const int refused = cli::AuditCommands::checkBeforeOpen(command, db, err);
        refused != cli::kOk)
        return refused;
    // backup and restore copy or replace the whole file: the account signs in on the current
    // database (closed again before the file is touched) and needs the Backup or Restore right.
    // A restore from a file that is no mmtrack database is refused first, with nothing written;
    // a current file that cannot be opened at all (damaged) can still be restored.
    if (command == QLatin1String("backup") || command == QLatin1String("restore")) {
        cli::Arguments peek = args;
        const std::optional<QString> from = peek.option(QStringLiteral("from"));
        const bool usableSource =
            command == QLatin1String("backup") || !from || storage::Database::inspect(*from).ok();
        if (usableSource && QFileInfo(path).size() > 0) {
            auto current =
                workspace::Workspace::open(path, clock, workspace::Workspace::Seed::Nothing);
            if (current) {
                if (const int signedIn =
                        cli::AccountCommands::signIn(*current.value(), credentials, err);
                    signedIn != cli::kOk)
                    return signedIn;
                const auto allowed = storage::authorize(current.value()->database(),
                                                        command == QLatin1String("backup")
                                                            ? storage::Action::Backup
                                                            : storage::Action::Restore,
                                                        QString());
                if (!allowed) {
                    err << allowed.errorText() << '\n';
                    return cli::kRefused;
                }
            } else if (command == QLatin1String("backup")) {
                err << current.errorText() << '\n';
                return cli::kRefused;
            }
        }
    }
    if (cli::MaintenanceCommands::handles(command)) // whole files: before the database is open
        return cli::MaintenanceCommands::run(command, path, args, out, err,
                                             QDateTime::currentDateTime());
    auto opened = workspace::Workspace::open(path, clock,
                                             db ? workspace::Workspace::Seed::Nothing
                                                : workspace::Workspace::Seed::DemoWhenNew);
    if (!opened) {
        err << opened.errorText() << '\n';
        return cli::kRefused;
    }
    if (cli::AccountCommands::isInitAdmin(command, args))
        return cli::AccountCommands::initAdmin(*opened.value(), credentials, args, out, err);
    if (const int signedIn = cli::AccountCommands::signIn(*opened.value(), credentials, err);
        signedIn != cli::kOk)
        return signedIn;
    const QString user = opened.value()->database().session()->username;
    cli::CliContext context{*opened.value(), out, err, user};
    if (command.startsWith(QLatin1String("export-"))) {
        if (const auto allowed =
                storage::authorize(opened.value()->database(), storage::Action::Export, user);
            !allowed) {
            err << allowed.errorText() << '\n';
            return cli::kRefused;
        }
    }
    if (command == QLatin1String("account"))
        return cli::AccountCommands::account(context, args, credentials);
    if (command == QLatin1String("patients"))
        return cli::PatientCommands::list(context, args);
    if (command == QLatin1String("patient"))
        return cli::PatientCommands::patient(context, args);
    if (command == QLatin1String("import"))
        return cli::LabCommands::import(context, args);
    if (command == QLatin1String("export-case"))
        return cli::CaseCommands::exportCase(context, args);
    if (command == QLatin1String("export-fhir"))
        return cli::ExportCommands::exportFhir(context, args);
    if (command == QLatin1String("export-csv"))
        return cli::ExportCommands::exportCsv(context, args);
    if (command == QLatin1String("export-pdf"))
        return cli::ReportCommands::exportPdf(context, args);
    if (command == QLatin1String("assess"))
        return cli::CaseCommands::assess(context, args);
    if (command == QLatin1String("signature"))
        return cli::SignatureCommands::signature(context, args, credentials.password);
    if (command == QLatin1String("plan"))
        return cli::PlanCommands::plan(context, args);
    if (command == QLatin1String("event"))
        return cli::EventCommands::event(context, args);
    if (command == QLatin1String("audit"))
        return cli::AuditCommands::list(context, args);
    if (command == QLatin1String("verify-audit"))
        return cli::AuditCommands::verify(context, args);
    if (command == QLatin1String("results"))
        return cli::LabCommands::results(context, args);
    return cli::LabCommands::labCodes(context, args);
}
