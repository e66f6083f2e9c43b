// What only a PostgreSQL database has: URLs with a socket folder or a host, workstations opening
// a new database at the same moment, and the file tools refusing it. Hidden from the SQLite run
// (tag [.postgresql]); CTest runs them with the [backends] tests on PostgreSQL.
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "support/TestDatabase.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <thread>
#include <vector>

using namespace mmtrack;
using storage::Database;

namespace {

const QString kAppliedAt = QStringLiteral("2026-11-24T10:00:00.000Z");

int migrationRows(const Database& database)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("A socket folder given as ?host= and the server's TCP address open the same database",
          "[storage][open][.postgresql]")
{
    test::TestDatabase testDatabase;
    REQUIRE(testDatabase.isPostgres());
    const QUrl url(testDatabase.location());
    const QUrlQuery query(url);
    const QString socketFolder = query.queryItemValue(QStringLiteral("host"));
    const QString port = query.queryItemValue(QStringLiteral("port"));
    if (!socketFolder.startsWith(QLatin1Char('/')) || port.isEmpty()) {
        // ./run.sh test names its socket folder and port; another server may not.
        WARN("MMTRACK_TEST_PG names no socket folder and port: nothing to compare");
        return;
    }
    const QString user = query.hasQueryItem(QStringLiteral("user"))
                             ? query.queryItemValue(QStringLiteral("user"))
                             : url.userName();
    const QString name = url.path().mid(1);

    const QString bySocket =
        QStringLiteral("postgres://%1@/%2?host=%3&port=%4")
            .arg(user, name, QString::fromUtf8(QUrl::toPercentEncoding(socketFolder, "/")), port);
    const QString byTcp = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user, port, name);
    auto first = Database::open(bySocket, kAppliedAt);
    INFO(first.errorText().toStdString());
    REQUIRE(first.ok());
    CHECK(first.value()->isNew());
    CHECK(first.value()->dialect() == storage::Dialect::PostgreSql);
    auto second = Database::open(byTcp, kAppliedAt);
    INFO(second.errorText().toStdString());
    REQUIRE(second.ok());
    CHECK_FALSE(second.value()->isNew());
    CHECK(migrationRows(*second.value()) == storage::Migrator::latestVersion());
}

TEST_CASE("Workstations opening a new database at the same moment migrate it once",
          "[storage][migrations][.postgresql]")
{
    test::TestDatabase testDatabase;
    REQUIRE(testDatabase.isPostgres());
    constexpr int kClients = 4;
    std::vector<QString> errors(kClients);
    std::vector<int> isNew(kClients, 0);
    {
        std::vector<std::thread> clients;
        for (int client = 0; client < kClients; ++client)
            clients.emplace_back([&, client] {
                auto opened = Database::open(testDatabase.location(), kAppliedAt);
                if (!opened)
                    errors[std::size_t(client)] = opened.errorText();
                else
                    isNew[std::size_t(client)] = opened.value()->isNew() ? 1 : 0;
            });
        for (std::thread& client : clients)
            client.join();
    }
    for (const QString& error : errors) {
        INFO(error.toStdString());
        CHECK(error.isEmpty());
    }
    // Exactly one of them found it empty and created the schema.
    CHECK(isNew[0] + isNew[1] + isNew[2] + isNew[3] == 1);
    auto opened = Database::open(testDatabase.location(), kAppliedAt);
    REQUIRE(opened.ok());
    CHECK(migrationRows(*opened.value()) == storage::Migrator::latestVersion());
}

TEST_CASE("Backup, restore and check refuse a PostgreSQL database and name pg_dump",
          "[storage][backup][.postgresql]")
{
    test::TestDatabase testDatabase;
    REQUIRE(testDatabase.isPostgres());
    auto opened = Database::open(testDatabase.location(), kAppliedAt);
    REQUIRE(opened.ok());
    const QSqlDatabase db = opened.value()->connection();
    const QString target = testDatabase.scratchPath(QStringLiteral("copy.sqlite"));
    const QString url = testDatabase.location();

    const clinical::Status saved = storage::Backup::save(db, target);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.errorText().contains(QStringLiteral("pg_dump")));
    const clinical::Status savedFile = storage::Backup::saveFile(url, target);
    REQUIRE_FALSE(savedFile.ok());
    CHECK(savedFile.errorText().contains(QStringLiteral("pg_dump")));
    const auto checked = storage::Backup::check(db);
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.errorText().contains(QStringLiteral("pg_dump")));
    const auto checkedUrl = storage::Backup::check(url);
    REQUIRE_FALSE(checkedUrl.ok());
    CHECK(checkedUrl.errorText().contains(QStringLiteral("pg_dump")));
    const auto restored = storage::Backup::restore(target, url, QDateTime::currentDateTime());
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.errorText().contains(QStringLiteral("pg_restore")));
    const auto rotated = storage::Backup::rotate(
        db, testDatabase.scratchPath(QStringLiteral("backups")), 3, QDateTime::currentDateTime());
    REQUIRE_FALSE(rotated.ok());
    CHECK_FALSE(QFile::exists(target));
    // The database is as it was.
    CHECK(migrationRows(*opened.value()) == storage::Migrator::latestVersion());
}
