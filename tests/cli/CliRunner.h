#pragma once

// Runs the real mmtrack-cli (MMTRACK_CLI, set by the test target) as a user would.
#include "CliAccounts.h"
#include "support/TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace mmtrack::test {

struct Run {
    int status = -1;
    QString out;
    QString err;
};

// Runs mmtrack-cli as a user would, with its own data folder; without --db it opens the
// default database there, seeded with the demo patient. Runs are signed in (CliAccounts).
class Cli {
public:
    Run operator()(const QStringList& arguments,
                   const QString& language = QStringLiteral("C.UTF-8")) const
    {
        return run(arguments, QStringLiteral("nurse.li"), language);
    }
    // The same, signed in as `user`.
    Run as(const QString& user, const QStringList& arguments) const
    {
        return run(arguments, user, QStringLiteral("C.UTF-8"));
    }
    QString db() const { return m_scratch.path(QStringLiteral("ward.sqlite")); }
    QString path(const QString& name) const { return m_scratch.path(name); }

private:
    Run run(const QStringList& arguments, const QString& user, const QString& language) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_scratch.path(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_scratch.path(QStringLiteral("config")));
        environment.insert(QStringLiteral("LANG"), language);
        environment.insert(QStringLiteral("USER"), user);
        m_accounts.prepare(QStringLiteral(MMTRACK_CLI), arguments, environment, user);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(MMTRACK_CLI), arguments);
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    test::Scratch m_scratch;
    mutable test::CliAccounts m_accounts;
};

} // namespace mmtrack::test
