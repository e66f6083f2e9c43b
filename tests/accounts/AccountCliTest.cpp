#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using namespace mmtrack;

namespace {

struct Run {
    int status = -1;
    QString out;
    QString err;
};

// The real mmtrack-cli on one database, with only the credentials each run is given.
class Cli {
public:
    Run operator()(QStringList arguments, const QHash<QString, QString>& variables = {},
                   const QByteArray& input = {}) const
    {
        arguments.prepend(db());
        arguments.prepend(QStringLiteral("--db"));
        QProcess process;
        QProcessEnvironment environment = baseEnvironment();
        for (auto it = variables.begin(); it != variables.end(); ++it)
            environment.insert(it.key(), it.value());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(MMTRACK_CLI), arguments);
        process.write(input);
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(30000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    // The scratch data folders, English, and no credentials: each run gives its own.
    QProcessEnvironment baseEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_scratch.path(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_scratch.path(QStringLiteral("config")));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        for (const char* name : {"MMTRACK_USER", "MMTRACK_PASSWORD", "MMTRACK_NEW_PASSWORD"})
            environment.remove(QLatin1String(name));
        return environment;
    }
    QString db() const { return m_scratch.path(QStringLiteral("ward.sqlite")); }
    QString path(const QString& name) const { return m_scratch.path(name); }

    static QHash<QString, QString> as(const QString& user, const QString& password)
    {
        return {{QStringLiteral("MMTRACK_USER"), user},
                {QStringLiteral("MMTRACK_PASSWORD"), password}};
    }

    // admin.zhang (administrator), dr.wang (clinician), nurse.li (entry), and patient HO-1.
    void setUpWard() const
    {
        const Run init = (*this)({QStringLiteral("account"), QStringLiteral("init-admin"),
                                  QStringLiteral("--user"), QStringLiteral("admin.zhang")},
                                 {}, "admin-pass-1\n");
        INFO(init.err.toStdString());
        REQUIRE(init.status == 0);
        for (const auto& [name, role] :
             {std::pair{QStringLiteral("dr.wang"), QStringLiteral("clinician")},
              std::pair{QStringLiteral("nurse.li"), QStringLiteral("entry")}}) {
            const Run added =
                (*this)({QStringLiteral("account"), QStringLiteral("add"), name,
                         QStringLiteral("--role"), role},
                        as(QStringLiteral("admin.zhang"), QStringLiteral("admin-pass-1")),
                        name.toUtf8() + "-pass\n");
            INFO(added.err.toStdString());
            REQUIRE(added.status == 0);
        }
        const Run patient =
            (*this)({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--mrn"),
                     QStringLiteral("HO-1"), QStringLiteral("--name"), QStringLiteral("王芳"),
                     QStringLiteral("--sex"), QStringLiteral("female")},
                    as(QStringLiteral("nurse.li"), QStringLiteral("nurse.li-pass")));
        INFO(patient.err.toStdString());
        REQUIRE(patient.status == 0);
    }

private:
    test::Scratch m_scratch;
};

const QStringList kPatients{QStringLiteral("patients")};

} // namespace

TEST_CASE("cli: a new database needs its administrator, then every command signs in",
          "[accounts][cli]")
{
    Cli cli;
    const Run none = cli(kPatients, Cli::as(QStringLiteral("admin"), QStringLiteral("whatever1")));
    CHECK(none.status == 2);
    CHECK(none.err.contains(QStringLiteral("init-admin")));

    const Run weak = cli({QStringLiteral("account"), QStringLiteral("init-admin"),
                          QStringLiteral("--user"), QStringLiteral("admin")},
                         {}, "short\n");
    CHECK(weak.status == 2);
    CHECK(weak.err.contains(QStringLiteral("at least 8")));
    const Run init = cli({QStringLiteral("account"), QStringLiteral("init-admin"),
                          QStringLiteral("--user"), QStringLiteral("admin")},
                         {}, "admin-pass-1\n");
    INFO(init.err.toStdString());
    REQUIRE(init.status == 0);
    const Run again = cli({QStringLiteral("account"), QStringLiteral("init-admin"),
                           QStringLiteral("--user"), QStringLiteral("intruder")},
                          {}, "intruder-pass\n");
    CHECK(again.status == 2);

    const Run anonymous = cli(kPatients);
    CHECK(anonymous.status == 2);
    CHECK(anonymous.err.contains(QStringLiteral("Sign in first")));
    const Run wrong = cli(kPatients, Cli::as(QStringLiteral("admin"), QStringLiteral("guess-1")));
    CHECK(wrong.status == 2);
    CHECK(wrong.err.contains(QStringLiteral("wrong")));
    const Run unknown =
        cli(kPatients, Cli::as(QStringLiteral("nobody"), QStringLiteral("admin-pass-1")));
    CHECK(unknown.status == 2);
    CHECK(cli(kPatients, Cli::as(QStringLiteral("admin"), QStringLiteral("admin-pass-1"))).status ==
          0);

    // --user before the command and the password from a file work as the environment does.
    test::writeFile(cli.path(QStringLiteral("password.txt")), "admin-pass-1\n");
    CHECK(cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-file"),
               cli.path(QStringLiteral("password.txt")), QStringLiteral("patients")})
              .status == 0);
    const Run missingFile =
        cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-file"),
             cli.path(QStringLiteral("none.txt")), QStringLiteral("patients")});
    CHECK(missingFile.status == 2);
    CHECK(missingFile.err.contains(QStringLiteral("--password-file")));
    // The password is nowhere in the database file.
    CHECK_FALSE(test::readFile(cli.db()).contains("admin-pass-1"));
}

TEST_CASE("cli: each role is refused what it may not do, with exit status 2", "[accounts][cli]")
{
    Cli cli;
    cli.setUpWard();
    const auto nurse = Cli::as(QStringLiteral("nurse.li"), QStringLiteral("nurse.li-pass"));
    const auto doctor = Cli::as(QStringLiteral("dr.wang"), QStringLiteral("dr.wang-pass"));
    const auto admin = Cli::as(QStringLiteral("admin.zhang"), QStringLiteral("admin-pass-1"));

    // The audit user is the signed-in account, whatever USER says.
    const Run shown = cli({QStringLiteral("patient"), QStringLiteral("show"),
                           QStringLiteral("HO-1"), QStringLiteral("--json")},
                          nurse);
    REQUIRE(shown.status == 0);
    CHECK(QJsonDocument::fromJson(shown.out.toUtf8())
              .object()
              .value(QStringLiteral("created_by"))
              .toString() == QStringLiteral("nurse.li"));

    const QString csv = cli.path(QStringLiteral("out.csv"));
    const Run export_ = cli(
        {QStringLiteral("export-csv"), QStringLiteral("HO-1"), QStringLiteral("-o"), csv}, nurse);
    CHECK(export_.status == 2);
    CHECK(export_.err.contains(QStringLiteral("clinician")));
    CHECK_FALSE(QFile::exists(csv));
    const Run plan = cli({QStringLiteral("plan"), QStringLiteral("apply"), QStringLiteral("HO-1"),
                          QStringLiteral("vrd-tandem-asct"), QStringLiteral("--start"),
                          QStringLiteral("2025-04-01")},
                         nurse);
    CHECK(plan.status == 2);
    CHECK(plan.err.contains(QStringLiteral("clinician")));
    const Run addByNurse =
        cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("x.y"),
             QStringLiteral("--role"), QStringLiteral("admin")},
            nurse, "another-pass\n");
    CHECK(addByNurse.status == 2);
    CHECK(addByNurse.err.contains(QStringLiteral("administrator")));
    const Run backupByNurse = cli(
        {QStringLiteral("backup"), QStringLiteral("--to"), cli.path(QStringLiteral("b.sqlite"))},
        nurse);
    CHECK(backupByNurse.status == 2);
    CHECK_FALSE(QFile::exists(cli.path(QStringLiteral("b.sqlite"))));

    CHECK(cli({QStringLiteral("export-csv"), QStringLiteral("HO-1"), QStringLiteral("-o"), csv},
              doctor)
              .status == 0);
    const Run listByDoctor = cli({QStringLiteral("account"), QStringLiteral("list")}, doctor);
    CHECK(listByDoctor.status == 2);
    CHECK(listByDoctor.err.contains(QStringLiteral("administrator")));
    const Run restoreByDoctor =
        cli({QStringLiteral("restore"), QStringLiteral("--from"), cli.db()}, doctor);
    CHECK(restoreByDoctor.status == 2);
    CHECK(restoreByDoctor.err.contains(QStringLiteral("administrator")));

    const Run list =
        cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}, admin);
    REQUIRE(list.status == 0);
    CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().size() == 3);
    REQUIRE(cli({QStringLiteral("account"), QStringLiteral("set-role"), QStringLiteral("nurse.li"),
                 QStringLiteral("clinician")},
                admin)
                .status == 0);
    CHECK(cli({QStringLiteral("export-csv"), QStringLiteral("HO-1"), QStringLiteral("-o"), csv},
              nurse)
              .status == 0);
    REQUIRE(cli({QStringLiteral("account"), QStringLiteral("disable"), QStringLiteral("nurse.li")},
                admin)
                .status == 0);
    const Run disabled = cli(kPatients, nurse);
    CHECK(disabled.status == 2);
    CHECK(disabled.err.contains(QStringLiteral("disabled")));

    // `audit --user` after the command is the audit filter, not the credentials.
    const Run audit = cli({QStringLiteral("audit"), QStringLiteral("--user"),
                           QStringLiteral("nurse.li"), QStringLiteral("--json")},
                          admin);
    INFO(audit.err.toStdString());
    REQUIRE(audit.status == 0);
    CHECK(QJsonDocument::fromJson(audit.out.toUtf8()).array().size() == 1);
}

TEST_CASE("cli: five wrong passwords lock the account, and an administrator's reset lifts it",
          "[accounts][cli]")
{
    Cli cli;
    cli.setUpWard();
    for (int attempt = 0; attempt < 5; ++attempt)
        CHECK(cli(kPatients, Cli::as(QStringLiteral("dr.wang"), QStringLiteral("guess-guess")))
                  .status == 2);
    const Run locked =
        cli(kPatients, Cli::as(QStringLiteral("dr.wang"), QStringLiteral("dr.wang-pass")));
    CHECK(locked.status == 2);
    CHECK(locked.err.contains(QStringLiteral("locked until")));
    REQUIRE(cli({QStringLiteral("account"), QStringLiteral("reset-password"),
                 QStringLiteral("dr.wang")},
                Cli::as(QStringLiteral("admin.zhang"), QStringLiteral("admin-pass-1")),
                "new-doctor-pass\n")
                .status == 0);
    CHECK(cli(kPatients, Cli::as(QStringLiteral("dr.wang"), QStringLiteral("new-doctor-pass")))
              .status == 0);
}

TEST_CASE("cli: an administrator reads the account log, newest first; no one else may",
          "[accounts][cli]")
{
    Cli cli;
    cli.setUpWard();
    const auto admin = Cli::as(QStringLiteral("admin.zhang"), QStringLiteral("admin-pass-1"));
    CHECK(cli(kPatients, Cli::as(QStringLiteral("nurse.li"), QStringLiteral("guess-1"))).status ==
          2);

    const Run text = cli({QStringLiteral("account"), QStringLiteral("log")}, admin);
    INFO(text.err.toStdString());
    REQUIRE(text.status == 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 3);
    // The admin's own sign-in for this command is the newest; the nurse's wrong password before.
    CHECK(lines[1].contains(QStringLiteral("admin.zhang")));
    CHECK(lines[1].contains(QStringLiteral("signed in")));
    CHECK(lines[2].contains(QStringLiteral("nurse.li")));
    CHECK(lines[2].contains(QStringLiteral("wrong password")));
    CHECK(lines[2].contains(QStringLiteral("failed_attempts: 0 → 1")));
    CHECK_FALSE(text.out.contains(QStringLiteral("nurse.li-pass")));

    const Run json = cli({QStringLiteral("account"), QStringLiteral("log"),
                          QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--json")},
                         admin);
    REQUIRE(json.status == 0);
    const QJsonArray entries = QJsonDocument::fromJson(json.out.toUtf8()).array();
    // This run's sign-in, the text run's, then the nurse's wrong password.
    REQUIRE(entries.size() == 3);
    CHECK(entries[2].toObject().value(QStringLiteral("event")).toString() ==
          QStringLiteral("sign_in_failed"));
    CHECK(entries[2].toObject().value(QStringLiteral("username")).toString() ==
          QStringLiteral("nurse.li"));

    const Run badLimit = cli({QStringLiteral("account"), QStringLiteral("log"),
                              QStringLiteral("--limit"), QStringLiteral("none")},
                             admin);
    CHECK(badLimit.status == 2);
    CHECK(badLimit.err.contains(QStringLiteral("--limit")));
    const Run clinician = cli({QStringLiteral("account"), QStringLiteral("log")},
                              Cli::as(QStringLiteral("dr.wang"), QStringLiteral("dr.wang-pass")));
    CHECK(clinician.status == 2);
    CHECK(clinician.out.isEmpty());
}

namespace {

struct TerminalRun {
    int status = -1;        // the exit status, or -1 when a signal ended the program
    int signal = 0;         // the signal that ended it
    bool echoAfter = false; // whether the terminal echoes typing once the program has ended
    QByteArray screen;      // everything the terminal showed: prompts, echoes, output
};

// Runs mmtrack-cli on a pseudo-terminal, as a person at a keyboard would: each time the screen
// shows the next prompt, the line that goes with it is typed.
TerminalRun atTerminal(const Cli& cli, const QStringList& arguments,
                       const QList<std::pair<QByteArray, QByteArray>>& promptsAndLines)
{
    QStringList argv{QStringLiteral(MMTRACK_CLI), QStringLiteral("--db"), cli.db()};
    argv << arguments;
    std::vector<QByteArray> argBytes;
    for (const QString& argument : argv)
        argBytes.push_back(argument.toUtf8());
    std::vector<char*> args;
    for (QByteArray& bytes : argBytes)
        args.push_back(bytes.data());
    args.push_back(nullptr);
    std::vector<QByteArray> envBytes;
    for (const QString& variable : cli.baseEnvironment().toStringList())
        envBytes.push_back(variable.toUtf8());
    std::vector<char*> env;
    for (QByteArray& bytes : envBytes)
        env.push_back(bytes.data());
    env.push_back(nullptr);

    int terminal = -1;
    const pid_t child = forkpty(&terminal, nullptr, nullptr, nullptr);
    REQUIRE(child >= 0);
    if (child == 0) {
        execve(args[0], args.data(), env.data());
        _exit(127);
    }
    TerminalRun run;
    qsizetype next = 0; // the next prompt to answer
    qsizetype searchedUpTo = 0;
    for (;;) {
        pollfd wait{terminal, POLLIN, 0};
        if (poll(&wait, 1, 30000) <= 0)
            break;
        char buffer[4096];
        const ssize_t got = read(terminal, buffer, sizeof buffer);
        if (got <= 0)
            break; // the program ended and closed the terminal
        run.screen.append(buffer, got);
        if (next < promptsAndLines.size()) {
            const qsizetype at = run.screen.indexOf(promptsAndLines[next].first, searchedUpTo);
            if (at >= 0) {
                searchedUpTo = at + promptsAndLines[next].first.size();
                const QByteArray line = promptsAndLines[next].second + '\n';
                REQUIRE(write(terminal, line.constData(), size_t(line.size())) == line.size());
                ++next;
            }
        }
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    termios settings{};
    run.echoAfter = tcgetattr(terminal, &settings) == 0 && (settings.c_lflag & ECHO) != 0;
    close(terminal);
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    return run;
}

} // namespace

TEST_CASE("cli: at a terminal the password is asked for and never shown", "[accounts][cli]")
{
    Cli cli;
    const TerminalRun init = atTerminal(cli,
                                        {QStringLiteral("account"), QStringLiteral("init-admin"),
                                         QStringLiteral("--user"), QStringLiteral("admin.zhang")},
                                        {{"Password for admin.zhang: ", "typed-secret-1"}});
    INFO(init.screen.toStdString());
    REQUIRE(init.status == 0);
    CHECK(init.screen.contains("Administrator admin.zhang created."));
    CHECK_FALSE(init.screen.contains("typed-secret-1"));

    // A command with --user and no password asks for it; a wrong one is refused.
    const TerminalRun listed = atTerminal(cli,
                                          {QStringLiteral("--user"), QStringLiteral("admin.zhang"),
                                           QStringLiteral("account"), QStringLiteral("list")},
                                          {{"Password for admin.zhang: ", "typed-secret-1"}});
    INFO(listed.screen.toStdString());
    CHECK(listed.status == 0);
    CHECK(listed.screen.contains("admin.zhang"));
    CHECK_FALSE(listed.screen.contains("typed-secret-1"));
    const TerminalRun wrong = atTerminal(cli,
                                         {QStringLiteral("--user"), QStringLiteral("admin.zhang"),
                                          QStringLiteral("account"), QStringLiteral("list")},
                                         {{"Password for admin.zhang: ", "guess-at-it"}});
    CHECK(wrong.status == 2);
    CHECK_FALSE(wrong.screen.contains("guess-at-it"));

    CHECK(wrong.echoAfter);

    // Ctrl+C at the prompt ends the program and gives the terminal its echo back.
    const TerminalRun interrupted =
        atTerminal(cli,
                   {QStringLiteral("--user"), QStringLiteral("admin.zhang"),
                    QStringLiteral("account"), QStringLiteral("list")},
                   {{"Password for admin.zhang: ", "half-typ\x03"}});
    CHECK(interrupted.signal == SIGINT);
    CHECK(interrupted.echoAfter);

    // Changing one's password asks for the current one, then the new one; neither is shown.
    const TerminalRun changed = atTerminal(
        cli,
        {QStringLiteral("--user"), QStringLiteral("admin.zhang"), QStringLiteral("account"),
         QStringLiteral("password")},
        {{"Password for admin.zhang: ", "typed-secret-1"}, {"New password: ", "typed-secret-2"}});
    INFO(changed.screen.toStdString());
    CHECK(changed.status == 0);
    CHECK_FALSE(changed.screen.contains("typed-secret"));
    CHECK(cli({QStringLiteral("account"), QStringLiteral("list")},
              Cli::as(QStringLiteral("admin.zhang"), QStringLiteral("typed-secret-2")))
              .status == 0);
}
