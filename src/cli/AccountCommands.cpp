#include "cli/AccountCommands.h"

#include "cli/TextTable.h"
#include "storage/AccountStore.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace mmtrack::cli {

namespace {

// Options that come before the command and take a value.
const QStringList kValueOptions{QStringLiteral("--db"), QStringLiteral("--lang"),
                                QStringLiteral("--user"), QStringLiteral("--password-file")};

QString environment(const char* name)
{
    return qEnvironmentVariable(name);
}

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

// The terminal's settings before the echo went off, for a signal that ends the program while
// a password is being typed: the terminal gets its echo back before the program dies.
termios g_savedTerminal{};

extern "C" void restoreTerminalAndDie(int signalNumber)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

// Turns the terminal's echo off for as long as it lives, so that a typed password is not
// shown; nothing when standard input is not a terminal (a pipe or a file). Ctrl+C while it
// is off gives the echo back.
class EchoOff {
public:
    EchoOff()
    {
        if (!stdinIsTerminal() || tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        g_savedTerminal = m_saved;
        m_previousInt = std::signal(SIGINT, restoreTerminalAndDie);
        m_previousTerm = std::signal(SIGTERM, restoreTerminalAndDie);
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_active = tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
        if (m_previousInt != SIG_ERR)
            std::signal(SIGINT, m_previousInt);
        if (m_previousTerm != SIG_ERR)
            std::signal(SIGTERM, m_previousTerm);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios m_saved{};
    bool m_active = false;
    void (*m_previousInt)(int) = SIG_ERR;
    void (*m_previousTerm)(int) = SIG_ERR;
};

// A password from the first line of standard input. At a terminal the prompt goes to standard
// error and the typing is not echoed; from a pipe the line is read as it comes.
std::optional<QString> readPasswordLine(const QString& prompt)
{
    const bool terminal = stdinIsTerminal();
    QTextStream err(stderr);
    const EchoOff echoOff; // before the prompt: what is typed after it is never shown
    if (terminal)
        err << prompt << Qt::flush;
    QString line;
    const bool read = QTextStream(stdin).readLineInto(&line);
    if (terminal)
        err << '\n' << Qt::flush; // the Enter that was not echoed
    if (!read)
        return std::nullopt;
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

// A new password: MMTRACK_NEW_PASSWORD, else the first line of standard input.
std::optional<QString> newPassword()
{
    if (qEnvironmentVariableIsSet("MMTRACK_NEW_PASSWORD"))
        return environment("MMTRACK_NEW_PASSWORD");
    return readPasswordLine(AccountCommands::tr("New password: "));
}

int refuse(const clinical::Problems& problems, QTextStream& err)
{
    err << clinical::describe(problems) << '\n';
    err.flush();
    return kRefused;
}

} // namespace

QString AccountCommands::usage()
{
    return tr("  account init-admin [--user NAME] [--display-name TEXT]\n"
              "      Create the first administrator of a database that has no account yet; the\n"
              "      password comes from MMTRACK_PASSWORD or the first line of standard input.\n"
              "  account list [--json]\n"
              "  account add NAME --role entry|clinician|admin [--display-name TEXT]\n"
              "  account set-role NAME entry|clinician|admin\n"
              "  account disable NAME | account enable NAME\n"
              "  account reset-password NAME\n"
              "  account password\n"
              "      Administrators manage accounts; `password` changes your own. A new password\n"
              "      comes from MMTRACK_NEW_PASSWORD or the first line of standard input.\n"
              "  account log [--limit N] [--json]\n"
              "      The account log, newest first (default 50 entries): sign-ins, wrong\n"
              "      passwords, locks, confirmations and changes. Administrators only.\n"
              "\n"
              "Every other command signs in first: --user NAME (before the command) or\n"
              "MMTRACK_USER, and the password from --password-file FILE or MMTRACK_PASSWORD\n"
              "(asked for, not shown, at a terminal).\n"
              "Roles: entry enters and corrects results and events; clinician also applies\n"
              "plans, signs and exports; admin also manages accounts, settings and restores.\n");
}

Credentials AccountCommands::takeCredentials(QStringList& words)
{
    Credentials credentials;
    std::optional<QString> user;
    std::optional<QString> passwordFile;
    qsizetype i = 0;
    while (i < words.size() && words[i].startsWith(QLatin1String("--")) &&
           words[i] != QLatin1String("--")) {
        const QString word = words[i];
        const QString name = word.section(QLatin1Char('='), 0, 0);
        const bool inline_ = word.contains(QLatin1Char('='));
        if (name == QLatin1String("--user") || name == QLatin1String("--password-file")) {
            std::optional<QString> value;
            if (inline_) {
                value = word.section(QLatin1Char('='), 1);
                words.removeAt(i);
            } else if (i + 1 < words.size()) {
                value = words[i + 1];
                words.remove(i, 2);
            } else {
                words.removeAt(i);
                credentials.problem = tr("%1 needs a value.").arg(name);
            }
            (name == QLatin1String("--user") ? user : passwordFile) = value;
            continue;
        }
        i += (!inline_ && kValueOptions.contains(name)) ? 2 : 1;
    }
    credentials.user = user.value_or(environment("MMTRACK_USER")).trimmed();
    if (passwordFile) {
        QFile file(*passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            credentials.problem = tr("--password-file: %1 cannot be read (%2).")
                                      .arg(*passwordFile, file.errorString());
        } else {
            QString line = QString::fromUtf8(file.readLine());
            while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            credentials.password = line;
        }
    } else if (qEnvironmentVariableIsSet("MMTRACK_PASSWORD")) {
        credentials.password = environment("MMTRACK_PASSWORD");
    }
    return credentials;
}

bool AccountCommands::isInitAdmin(const QString& command, const Arguments& args)
{
    if (command != QLatin1String("account"))
        return false;
    Arguments peek = args;
    return peek.positional() == QStringLiteral("init-admin");
}

int AccountCommands::initAdmin(workspace::Workspace& workspace, const Credentials& credentials,
                               Arguments& args, QTextStream& out, QTextStream& err)
{
    args.positional(); // init-admin
    const std::optional<QString> user = args.option(QStringLiteral("user"));
    const std::optional<QString> displayName = args.option(QStringLiteral("display-name"));
    if (!checkNothingLeft(args, err))
        return kRefused;
    if (!credentials.problem.isEmpty()) {
        err << credentials.problem << '\n';
        return kRefused;
    }
    const clinical::Result<bool> exists = workspace.accounts().anyAccount();
    if (!exists)
        return refuse(exists.problems(), err);
    if (exists.value()) {
        err << tr("This database already has accounts; an administrator adds more with "
                  "`account add`.")
            << '\n';
        return kRefused;
    }
    const QString name = user.value_or(credentials.user).trimmed();
    if (name.isEmpty()) {
        err << tr("account init-admin needs --user NAME (or MMTRACK_USER).") << '\n';
        return kRefused;
    }
    const std::optional<QString> password =
        credentials.password ? credentials.password
                             : readPasswordLine(tr("Password for %1: ").arg(name));
    if (!password) {
        err << tr("account init-admin needs a password in MMTRACK_PASSWORD or on standard input.")
            << '\n';
        return kRefused;
    }
    const auto created = workspace.accounts().createFirstAdmin(
        {name, displayName.value_or(QString()), storage::Role::Admin, *password});
    if (!created)
        return refuse(created.problems(), err);
    out << tr("Administrator %1 created.").arg(created.value().username) << '\n';
    return kOk;
}

int AccountCommands::signIn(workspace::Workspace& workspace, Credentials& credentials,
                            QTextStream& err)
{
    if (!credentials.problem.isEmpty()) {
        err << credentials.problem << '\n';
        return kRefused;
    }
    const clinical::Result<bool> exists = workspace.accounts().anyAccount();
    if (!exists)
        return refuse(exists.problems(), err);
    if (!exists.value()) {
        err << tr("This database has no account yet. Create its administrator first:\n"
                  "  mmtrack-cli [--db PATH] account init-admin --user NAME\n"
                  "with the password in MMTRACK_PASSWORD or on standard input.")
            << '\n';
        return kRefused;
    }
    // At a terminal, a user who named themselves is asked for the password (not echoed).
    if (!credentials.user.isEmpty() && !credentials.password && stdinIsTerminal())
        credentials.password = readPasswordLine(tr("Password for %1: ").arg(credentials.user));
    if (credentials.user.isEmpty() || !credentials.password) {
        err << tr("Sign in first: give --user NAME (or MMTRACK_USER) and the password in "
                  "MMTRACK_PASSWORD or --password-file FILE, or type it when asked at a "
                  "terminal.")
            << '\n';
        return kRefused;
    }
    const auto session = workspace.accounts().signIn(credentials.user, *credentials.password);
    if (!session) {
        for (const clinical::Problem& problem : session.problems())
            err << problem.message << '\n';
        return kRefused;
    }
    workspace.database().setSession(session.value());
    return kOk;
}

int AccountCommands::account(CliContext& context, Arguments& args, const Credentials& credentials)
{
    const QString action = args.positional().value_or(QString());
    if (action == QLatin1String("list"))
        return list(context, args);
    if (action == QLatin1String("add"))
        return add(context, args);
    if (action == QLatin1String("set-role"))
        return setRole(context, args);
    if (action == QLatin1String("disable"))
        return setActive(context, args, false);
    if (action == QLatin1String("enable"))
        return setActive(context, args, true);
    if (action == QLatin1String("reset-password"))
        return resetPassword(context, args);
    if (action == QLatin1String("password"))
        return changePassword(context, args, credentials);
    if (action == QLatin1String("log"))
        return log(context, args);
    if (action == QLatin1String("init-admin")) {
        context.err << tr("This database already has accounts; an administrator adds more with "
                          "`account add`.")
                    << '\n';
        return kRefused;
    }
    context.err << tr("account needs one of: init-admin, list, add, set-role, disable, enable, "
                      "reset-password, password, log.")
                << '\n';
    return kRefused;
}

namespace {

// What an account-log entry says, in words; a confirmed password says what it confirmed.
QString eventText(const storage::AccountEvent& entry)
{
    QString confirms = entry.details.value(QStringLiteral("confirms")).toString();
    if (confirms == storage::AccountStore::kConfirmsSignature)
        confirms = AccountCommands::tr("signature");
    else if (confirms == storage::AccountStore::kConfirmsPasswordChange)
        confirms = AccountCommands::tr("password change");
    if (entry.event == QLatin1String("signed_in"))
        return confirms.isEmpty() ? AccountCommands::tr("signed in")
                                  : AccountCommands::tr("password confirmed (%1)").arg(confirms);
    if (entry.event == QLatin1String("sign_in_failed"))
        return AccountCommands::tr("wrong password");
    if (entry.event == QLatin1String("sign_in_refused"))
        return AccountCommands::tr("sign-in refused");
    if (entry.event == QLatin1String("locked"))
        return AccountCommands::tr("locked");
    if (entry.event == QLatin1String("signed_out"))
        return AccountCommands::tr("signed out");
    if (entry.event == QLatin1String("created"))
        return AccountCommands::tr("created");
    if (entry.event == QLatin1String("changed"))
        return AccountCommands::tr("changed");
    return entry.event;
}

// A value of the log's details as text.
QString valueText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QStringLiteral("—");
}

// The details as "key: value" pairs (an attempt's number, a lock's end, a refusal's reason) and
// a change as "key: old → new"; never a password or its hash, which the log does not hold.
QString detailsText(const QJsonObject& details)
{
    QStringList parts;
    const QJsonObject before = details.value(QStringLiteral("old")).toObject();
    const QJsonObject after = details.value(QStringLiteral("new")).toObject();
    for (auto it = after.begin(); it != after.end(); ++it)
        parts << it.key() + QStringLiteral(": ") + valueText(before.value(it.key())) +
                     QStringLiteral(" → ") + valueText(it.value());
    for (auto it = details.begin(); it != details.end(); ++it) {
        if (it.key() == QLatin1String("confirms") || it.key() == QLatin1String("old") ||
            it.key() == QLatin1String("new"))
            continue;
        parts << it.key() + QStringLiteral(": ") + valueText(it.value());
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

int AccountCommands::log(CliContext& context, Arguments& args)
{
    const bool json = args.flag(QStringLiteral("json"));
    int limit = 50;
    if (const std::optional<QString> text = args.option(QStringLiteral("limit"))) {
        bool ok = false;
        limit = text->toInt(&ok);
        if (!ok || limit < 1 || limit > 100000) {
            context.err << tr("--limit: %1 is not a number of entries from 1 to 100000.").arg(*text)
                        << '\n';
            return kRefused;
        }
    }
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    const auto entries = context.workspace.accounts().events(limit);
    if (!entries)
        return refuse(entries.problems(), context.err);
    if (json) {
        QJsonArray array;
        for (const storage::AccountEvent& entry : entries.value()) {
            QJsonObject object;
            object[QStringLiteral("at")] = entry.at.toString(Qt::ISODate);
            object[QStringLiteral("username")] = entry.username;
            object[QStringLiteral("event")] = entry.event;
            object[QStringLiteral("actor")] = entry.actor;
            object[QStringLiteral("details")] = entry.details;
            array << object;
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return kOk;
    }
    TextTable table({tr("Time"), tr("User name"), tr("Event"), tr("By"), tr("Details")});
    for (const storage::AccountEvent& entry : entries.value())
        table.addRow({entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      entry.username, eventText(entry), entry.actor, detailsText(entry.details)});
    context.out << table.render();
    return kOk;
}

int AccountCommands::list(CliContext& context, Arguments& args)
{
    const bool json = args.flag(QStringLiteral("json"));
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    const auto accounts = context.workspace.accounts().list();
    if (!accounts)
        return refuse(accounts.problems(), context.err);
    const QDateTime now = context.workspace.clock().nowUtc();
    if (json) {
        QJsonArray array;
        for (const storage::Account& account : accounts.value()) {
            QJsonObject object;
            object[QStringLiteral("username")] = account.username;
            object[QStringLiteral("display_name")] = account.displayName;
            object[QStringLiteral("role")] = storage::Permissions::roleCode(account.role);
            object[QStringLiteral("active")] = account.active;
            object[QStringLiteral("locked_until")] =
                account.lockedAt(now) ? QJsonValue(account.lockedUntil->toString(Qt::ISODate))
                                      : QJsonValue();
            object[QStringLiteral("last_sign_in_at")] =
                account.lastSignInAt ? QJsonValue(account.lastSignInAt->toString(Qt::ISODate))
                                     : QJsonValue();
            array << object;
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return kOk;
    }
    TextTable table({tr("User name"), tr("Name"), tr("Role"), tr("State"), tr("Last sign-in")});
    for (const storage::Account& account : accounts.value()) {
        QString state = account.active ? tr("active") : tr("disabled");
        if (account.lockedAt(now))
            state = tr("locked until %1")
                        .arg(account.lockedUntil->toLocalTime().toString(
                            QStringLiteral("yyyy-MM-dd HH:mm")));
        table.addRow({account.username, account.displayName,
                      storage::Permissions::roleName(account.role), state,
                      account.lastSignInAt ? account.lastSignInAt->toLocalTime().toString(
                                                 QStringLiteral("yyyy-MM-dd HH:mm"))
                                           : QString()});
    }
    context.out << table.render();
    return kOk;
}

int AccountCommands::add(CliContext& context, Arguments& args)
{
    const std::optional<QString> name = args.positional();
    const std::optional<QString> roleText = args.option(QStringLiteral("role"));
    const std::optional<QString> displayName = args.option(QStringLiteral("display-name"));
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    if (!name || !roleText) {
        context.err << tr("account add needs NAME and --role entry|clinician|admin.") << '\n';
        return kRefused;
    }
    const std::optional<storage::Role> role = storage::Permissions::roleFromCode(*roleText);
    if (!role) {
        context.err << tr("--role: %1 is not a role (entry, clinician or admin).").arg(*roleText)
                    << '\n';
        return kRefused;
    }
    // Refuse a non-administrator before asking for a password.
    if (const auto allowed = storage::authorize(context.workspace.database(),
                                                storage::Action::ManageAccounts, context.user);
        !allowed)
        return refuse(allowed.problems(), context.err);
    const std::optional<QString> password = newPassword();
    if (!password) {
        context.err << tr("account add needs the new password in MMTRACK_NEW_PASSWORD or on "
                          "standard input.")
                    << '\n';
        return kRefused;
    }
    const auto added = context.workspace.accounts().add(
        {*name, displayName.value_or(QString()), *role, *password});
    if (!added)
        return refuse(added.problems(), context.err);
    context.out << tr("Account %1 added (%2).")
                       .arg(added.value().username,
                            storage::Permissions::roleName(added.value().role))
                << '\n';
    return kOk;
}

int AccountCommands::setRole(CliContext& context, Arguments& args)
{
    const std::optional<QString> name = args.positional();
    const std::optional<QString> roleText = args.positional();
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    if (!name || !roleText) {
        context.err << tr("account set-role needs NAME and a role (entry, clinician or admin).")
                    << '\n';
        return kRefused;
    }
    const std::optional<storage::Role> role = storage::Permissions::roleFromCode(*roleText);
    if (!role) {
        context.err << tr("--role: %1 is not a role (entry, clinician or admin).").arg(*roleText)
                    << '\n';
        return kRefused;
    }
    const auto changed = context.workspace.accounts().setRole(*name, *role);
    if (!changed)
        return refuse(changed.problems(), context.err);
    context.out << tr("%1 now has the %2 role.")
                       .arg(changed.value().username,
                            storage::Permissions::roleName(changed.value().role))
                << '\n';
    return kOk;
}

int AccountCommands::setActive(CliContext& context, Arguments& args, bool active)
{
    const std::optional<QString> name = args.positional();
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    if (!name) {
        context.err << tr("Name the account.") << '\n';
        return kRefused;
    }
    const auto changed = context.workspace.accounts().setActive(*name, active);
    if (!changed)
        return refuse(changed.problems(), context.err);
    context.out << (active ? tr("Account %1 enabled.") : tr("Account %1 disabled."))
                       .arg(changed.value().username)
                << '\n';
    return kOk;
}

int AccountCommands::resetPassword(CliContext& context, Arguments& args)
{
    const std::optional<QString> name = args.positional();
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    if (!name) {
        context.err << tr("Name the account.") << '\n';
        return kRefused;
    }
    if (const auto allowed = storage::authorize(context.workspace.database(),
                                                storage::Action::ManageAccounts, context.user);
        !allowed)
        return refuse(allowed.problems(), context.err);
    const std::optional<QString> password = newPassword();
    if (!password) {
        context.err << tr("The new password is missing: set MMTRACK_NEW_PASSWORD or give it on "
                          "standard input.")
                    << '\n';
        return kRefused;
    }
    const auto changed = context.workspace.accounts().resetPassword(*name, *password);
    if (!changed)
        return refuse(changed.problems(), context.err);
    context.out << tr("The password of %1 was reset.").arg(changed.value().username) << '\n';
    return kOk;
}

int AccountCommands::changePassword(CliContext& context, Arguments& args,
                                    const Credentials& credentials)
{
    if (!checkNothingLeft(args, context.err))
        return kRefused;
    const std::optional<QString> password = newPassword();
    if (!password) {
        context.err << tr("The new password is missing: set MMTRACK_NEW_PASSWORD or give it on "
                          "standard input.")
                    << '\n';
        return kRefused;
    }
    const auto changed = context.workspace.accounts().changeOwnPassword(
        credentials.password.value_or(QString()), *password);
    if (!changed)
        return refuse(changed.problems(), context.err);
    context.out << tr("Your password was changed.") << '\n';
    return kOk;
}

} // namespace mmtrack::cli
