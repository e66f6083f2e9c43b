#pragma once

#include "cli/Arguments.h"
#include "cli/PatientCommands.h"

#include <QCoreApplication>
#include <QTextStream>
#include <optional>

namespace mmtrack::workspace {
class Workspace;
}

namespace mmtrack::cli {

// Who signs in: --user NAME before the command or MMTRACK_USER; the password from
// --password-file FILE (its first line) or MMTRACK_PASSWORD, or typed when asked at a
// terminal (not echoed). Never a password on the command
// line, where other users of the machine could read it.
struct Credentials {
    QString user;
    std::optional<QString> password;
    QString problem; // the password file could not be read
};

// Signing in, the first administrator, and `account list|add|set-role|disable|enable|
// reset-password|password`.
class AccountCommands {
    Q_DECLARE_TR_FUNCTIONS(AccountCommands)
public:
    static QString usage();
    // Takes --user and --password-file from the options before the command (after it, --user
    // belongs to the command, as in `audit --user`), then falls back to the environment.
    static Credentials takeCredentials(QStringList& words);

    // True when `account init-admin` was asked for (it runs before anyone signs in).
    static bool isInitAdmin(const QString& command, const Arguments& args);
    static int initAdmin(workspace::Workspace& workspace, const Credentials& credentials,
                         Arguments& args, QTextStream& out, QTextStream& err);
    // Signs in on the workspace's database and attaches the session; kOk or kRefused with the
    // reason on stderr (no account yet, no credentials, wrong password, locked, disabled). A
    // password asked for at the terminal is kept in `credentials` for the command.
    static int signIn(workspace::Workspace& workspace, Credentials& credentials, QTextStream& err);
    static int account(CliContext& context, Arguments& args, const Credentials& credentials);

private:
    static int list(CliContext& context, Arguments& args);
    static int log(CliContext& context, Arguments& args);
    static int add(CliContext& context, Arguments& args);
    static int setRole(CliContext& context, Arguments& args);
    static int setActive(CliContext& context, Arguments& args, bool active);
    static int resetPassword(CliContext& context, Arguments& args);
    static int changePassword(CliContext& context, Arguments& args, const Credentials& credentials);
};

} // namespace mmtrack::cli
