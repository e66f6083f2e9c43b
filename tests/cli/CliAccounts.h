#pragma once

// Signs the runs of a CLI test in, as a ward would: the first run on a database creates its
// administrator (`account init-admin`), a second user gets an account from that administrator,
// and every run carries MMTRACK_USER and MMTRACK_PASSWORD.
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <catch2/catch.hpp>

namespace mmtrack::test {

inline const QString kCliPassword = QStringLiteral("ward-test-password");

class CliAccounts {
public:
    // Makes sure `user` can sign in on the database that `arguments` name (--db PATH before
    // the command, else the default database), then puts the credentials in `environment`.
    void prepare(const QString& cli, const QStringList& arguments, QProcessEnvironment& environment,
                 const QString& user)
    {
        environment.insert(QStringLiteral("MMTRACK_USER"), user);
        environment.insert(QStringLiteral("MMTRACK_PASSWORD"), kCliPassword);
        std::optional<QString> db;
        QString command;
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            const QString& word = arguments[i];
            if (word == QLatin1String("--db") && i + 1 < arguments.size()) {
                db = arguments[++i];
            } else if (word == QLatin1String("--lang") && i + 1 < arguments.size()) {
                ++i;
            } else if (!word.startsWith(QLatin1String("--"))) {
                command = word;
                break;
            }
        }
        static const QStringList kNoAccount{QStringLiteral("evaluate"), QStringLiteral("check"),
                                            QStringLiteral("account"), QString()};
        if (kNoAccount.contains(command))
            return;
        // Commands that read an existing database never create one: no account for a file that
        // is not there.
        static const QStringList kCreating{
            QStringLiteral("patients"),    QStringLiteral("patient"),
            QStringLiteral("import"),      QStringLiteral("results"),
            QStringLiteral("lab-codes"),   QStringLiteral("assess"),
            QStringLiteral("export-case"), QStringLiteral("export-fhir"),
            QStringLiteral("export-csv"),  QStringLiteral("export-pdf"),
            QStringLiteral("event"),       QStringLiteral("plan")};
        if (db && !kCreating.contains(command) && !QFileInfo(*db).exists())
            return;
        const QString key = db.value_or(QString());
        QStringList prefix;
        if (db)
            prefix << QStringLiteral("--db") << *db;
        if (!m_admins.contains(key)) {
            run(cli,
                prefix + QStringList{QStringLiteral("account"), QStringLiteral("init-admin"),
                                     QStringLiteral("--user"), user},
                environment, {});
            m_admins.insert(key, user);
            m_users.insert(key + QLatin1Char('\n') + user);
        }
        if (!m_users.contains(key + QLatin1Char('\n') + user)) {
            QProcessEnvironment admin = environment;
            admin.insert(QStringLiteral("MMTRACK_USER"), m_admins.value(key));
            run(cli,
                prefix + QStringList{QStringLiteral("account"), QStringLiteral("add"), user,
                                     QStringLiteral("--role"), QStringLiteral("admin")},
                admin, kCliPassword);
            m_users.insert(key + QLatin1Char('\n') + user);
        }
    }

private:
    // A refused set-up (a file that is no database) is the test's own business: the command
    // under test reports it.
    static void run(const QString& cli, const QStringList& arguments,
                    const QProcessEnvironment& environment, const QString& newPassword)
    {
        QProcess process;
        QProcessEnvironment withPassword = environment;
        if (!newPassword.isEmpty())
            withPassword.insert(QStringLiteral("MMTRACK_NEW_PASSWORD"), newPassword);
        process.setProcessEnvironment(withPassword);
        process.start(cli, arguments);
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(30000));
    }

    QHash<QString, QString> m_admins; // database -> its administrator
    QSet<QString> m_users;            // database + '\n' + user
};

// SHA-256 of every row of every table but the accounts and the account log: what "a refused
// command writes nothing" means now that each run signs in (and the sign-in is recorded).
inline QByteArray dataHash(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString name = QStringLiteral("data-hash");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery tables(db);
        REQUIRE(tables.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('accounts', "
            "'account_events') ORDER BY name")));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            hash.addData(table.toUtf8());
            QSqlQuery rows(db);
            REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table)));
            while (rows.next()) {
                for (int i = 0; i < rows.record().count(); ++i)
                    hash.addData(QByteArray(rows.value(i).toString().toUtf8() + '|'));
                hash.addData("\n");
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return hash.result();
}

} // namespace mmtrack::test
