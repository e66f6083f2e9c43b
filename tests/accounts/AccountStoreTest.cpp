#include "storage/AccountStore.h"

#include "clinical/PatientValidator.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LabCodeMap.h"
#include "storage/LabImportWriter.h"
#include "storage/LabResultRepository.h"
#include "storage/PasswordHasher.h"
#include "storage/PathwayRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ProtocolRepository.h"
#include "support/TestDatabase.h"
#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace mmtrack;
using storage::AccountStore;
using storage::Action;
using storage::PasswordHasher;
using storage::Permissions;
using storage::Role;

namespace {

const QString kAdminPassword = QStringLiteral("admin-secret-1");
const QString kPassword = QStringLiteral("ward-secret-2");

// A fresh database (SQLite, or PostgreSQL in the run of the [backends] tests) with its
// administrator (admin.zhang) signed in.
struct Ward {
    test::TestDatabase testDatabase;
    clinical::FixedClock clock = test::fixedClock();
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<AccountStore> accounts;

    explicit Ward(bool withAdmin = true)
    {
        auto opened = storage::Database::open(testDatabase.location(),
                                              QStringLiteral("2026-11-24T10:00:00.000Z"));
        INFO(opened.errorText().toStdString());
        REQUIRE(opened.ok());
        database = std::move(opened).value();
        accounts = std::make_unique<AccountStore>(*database, clock);
        if (withAdmin) {
            const auto admin =
                accounts->createFirstAdmin({QStringLiteral("admin.zhang"), QStringLiteral("张主任"),
                                            Role::Admin, kAdminPassword});
            INFO(admin.errorText().toStdString());
            REQUIRE(admin.ok());
            database->setSession(admin.value());
        }
    }

    // Adds an account as the administrator and signs it in.
    void signInAs(const QString& username, Role role)
    {
        database->setSession(
            accounts->signIn(QStringLiteral("admin.zhang"), kAdminPassword).value());
        const auto added = accounts->add({username, QString(), role, kPassword});
        INFO(added.errorText().toStdString());
        REQUIRE(added.ok());
        const auto session = accounts->signIn(username, kPassword);
        REQUIRE(session.ok());
        database->setSession(session.value());
    }

    int count(const QString& table) const
    {
        QSqlQuery query(database->connection());
        REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }

    QStringList events(const QString& username) const
    {
        QSqlQuery query(database->connection());
        query.prepare(
            QStringLiteral("SELECT event FROM account_events WHERE username = ? ORDER BY id"));
        query.addBindValue(username);
        REQUIRE(query.exec());
        QStringList events;
        while (query.next())
            events << query.value(0).toString();
        return events;
    }

    // Every byte of every table that a refused write could have touched.
    QByteArray snapshot() const
    {
        QByteArray all;
        for (const char* table :
             {"patients", "lab_results", "pathway_events", "diagnosis_details", "patient_protocols",
              "lab_code_map", "lab_imports", "audit_log", "accounts"}) {
            QSqlQuery query(database->connection());
            REQUIRE(query.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table) +
                               QStringLiteral(" ORDER BY id")));
            while (query.next()) {
                for (int i = 0; i < query.record().count(); ++i)
                    all += query.value(i).toString().toUtf8() + '|';
                all += '\n';
            }
        }
        return all;
    }
};

clinical::Patient patient(const QString& mrn)
{
    clinical::PatientDraft draft;
    draft.mrn = mrn;
    draft.name = QStringLiteral("王芳");
    draft.sex = QStringLiteral("female");
    auto parsed = clinical::PatientValidator::fromDraft(draft, QDate(2026, 11, 24));
    REQUIRE(parsed.ok());
    return parsed.value();
}

} // namespace

TEST_CASE("Passwords are stored as Argon2id hashes that verify and hold no plain text",
          "[accounts][backends]")
{
    const auto hash = PasswordHasher::hash(kPassword);
    REQUIRE(hash.ok());
    CHECK(hash.value().startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.value().contains(kPassword));
    CHECK(PasswordHasher::verify(hash.value(), kPassword));
    CHECK_FALSE(PasswordHasher::verify(hash.value(), QStringLiteral("ward-secret-3")));
    CHECK_FALSE(PasswordHasher::needsRehash(hash.value()));
    // A random salt: the same password never gives the same string twice.
    CHECK(PasswordHasher::hash(kPassword).value() != hash.value());
    CHECK_FALSE(PasswordHasher::hash(QStringLiteral("short")).ok());

    Ward ward;
    QSqlQuery query(ward.database->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT password_hash FROM accounts")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
    // No table holds the password itself.
    for (const char* table : {"accounts", "account_events", "audit_log"}) {
        QSqlQuery all(ward.database->connection());
        REQUIRE(all.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table)));
        while (all.next()) {
            for (int i = 0; i < all.record().count(); ++i)
                CHECK_FALSE(all.value(i).toString().contains(kAdminPassword));
        }
    }
}

TEST_CASE("The first administrator is created only while no account exists", "[accounts][backends]")
{
    Ward ward(false);
    CHECK_FALSE(ward.accounts->anyAccount().value());
    const auto weak = ward.accounts->createFirstAdmin(
        {QStringLiteral("admin"), QString(), Role::Admin, QStringLiteral("1234567")});
    REQUIRE_FALSE(weak.ok());
    CHECK(weak.problems().first().where == QStringLiteral("password"));
    const auto admin = ward.accounts->createFirstAdmin(
        {QStringLiteral("Admin.Zhang"), QString(), Role::Entry, kAdminPassword});
    REQUIRE(admin.ok());
    CHECK(admin.value().username == QStringLiteral("admin.zhang"));
    CHECK(admin.value().role == Role::Admin);
    CHECK(ward.accounts->anyAccount().value());
    CHECK_FALSE(ward.accounts
                    ->createFirstAdmin({QStringLiteral("intruder"), QString(), Role::Admin,
                                        QStringLiteral("intruder-1")})
                    .ok());
    CHECK(ward.count(QStringLiteral("accounts")) == 1);
    CHECK(ward.events(QStringLiteral("admin.zhang")) == QStringList{QStringLiteral("created")});
}

TEST_CASE("Five wrong passwords lock an account for 15 minutes, even against the right one",
          "[accounts][backends]")
{
    Ward ward;
    ward.database->setSession(std::nullopt);
    const QString name = QStringLiteral("admin.zhang");
    for (int attempt = 1; attempt <= 4; ++attempt) {
        const auto wrong = ward.accounts->signIn(name, QStringLiteral("guess-%1").arg(attempt));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.errorText().contains(QStringLiteral("wrong")));
    }
    CHECK(ward.accounts->byUsername(name).value().failedAttempts == 4);
    const auto fifth = ward.accounts->signIn(name, QStringLiteral("guess-5"));
    REQUIRE_FALSE(fifth.ok());
    CHECK(fifth.errorText().contains(QStringLiteral("locked until")));
    const auto account = ward.accounts->byUsername(name).value();
    REQUIRE(account.lockedUntil.has_value());
    CHECK(*account.lockedUntil == ward.clock.nowUtc().addSecs(15 * 60));

    // Locked: the right password is refused too, until the 15 minutes are over.
    ward.clock.set(ward.clock.nowUtc().addSecs(14 * 60 + 59));
    const auto early = ward.accounts->signIn(name, kAdminPassword);
    REQUIRE_FALSE(early.ok());
    CHECK(early.errorText().contains(QStringLiteral("locked until")));
    ward.clock.set(ward.clock.nowUtc().addSecs(1));
    const auto released = ward.accounts->signIn(name, kAdminPassword);
    INFO(released.errorText().toStdString());
    REQUIRE(released.ok());
    CHECK(released.value().role == Role::Admin);
    const auto after = ward.accounts->byUsername(name).value();
    CHECK(after.failedAttempts == 0);
    CHECK_FALSE(after.lockedUntil.has_value());

    // Every step is in the account log, without the password.
    CHECK(ward.events(name) ==
          QStringList{QStringLiteral("created"), QStringLiteral("sign_in_failed"),
                      QStringLiteral("sign_in_failed"), QStringLiteral("sign_in_failed"),
                      QStringLiteral("sign_in_failed"), QStringLiteral("sign_in_failed"),
                      QStringLiteral("locked"), QStringLiteral("sign_in_refused"),
                      QStringLiteral("signed_in")});
}

TEST_CASE("A success resets the count of wrong passwords, and an unknown name is logged",
          "[accounts][backends]")
{
    Ward ward;
    const QString name = QStringLiteral("admin.zhang");
    for (int attempt = 0; attempt < 4; ++attempt)
        REQUIRE_FALSE(ward.accounts->signIn(name, QStringLiteral("guess-guess")).ok());
    REQUIRE(ward.accounts->signIn(name, kAdminPassword).ok());
    for (int attempt = 0; attempt < 3; ++attempt)
        REQUIRE_FALSE(ward.accounts->signIn(name, QStringLiteral("guess-guess")).ok());
    CHECK_FALSE(ward.accounts->byUsername(name).value().lockedAt(ward.clock.nowUtc()));

    const auto unknown = ward.accounts->signIn(QStringLiteral("nobody"), kPassword);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorText() ==
          ward.accounts->signIn(name, QStringLiteral("guess-guess")).errorText());
    CHECK(ward.events(QStringLiteral("nobody")) == QStringList{QStringLiteral("sign_in_failed")});
}

TEST_CASE("A disabled account cannot sign in, and the last administrator stays",
          "[accounts][backends]")
{
    Ward ward;
    const auto nurse = ward.accounts->add(
        {QStringLiteral("nurse.li"), QStringLiteral("李护士"), Role::Entry, kPassword});
    REQUIRE(nurse.ok());
    REQUIRE(ward.accounts->setActive(QStringLiteral("nurse.li"), false).ok());
    const auto refused = ward.accounts->signIn(QStringLiteral("nurse.li"), kPassword);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorText().contains(QStringLiteral("disabled")));
    REQUIRE(ward.accounts->setActive(QStringLiteral("nurse.li"), true).ok());
    CHECK(ward.accounts->signIn(QStringLiteral("nurse.li"), kPassword).ok());

    CHECK_FALSE(ward.accounts->setRole(QStringLiteral("admin.zhang"), Role::Clinician).ok());
    CHECK_FALSE(ward.accounts->setActive(QStringLiteral("admin.zhang"), false).ok());
    CHECK(ward.accounts->byUsername(QStringLiteral("admin.zhang")).value().role == Role::Admin);

    // A reset password lifts a lock; the old password no longer works.
    REQUIRE(ward.accounts->resetPassword(QStringLiteral("nurse.li"), QStringLiteral("new-secret-9"))
                .ok());
    CHECK_FALSE(ward.accounts->signIn(QStringLiteral("nurse.li"), kPassword).ok());
    CHECK(ward.accounts->signIn(QStringLiteral("nurse.li"), QStringLiteral("new-secret-9")).ok());
}

TEST_CASE("An account changes its own password only with the current one", "[accounts][backends]")
{
    Ward ward;
    ward.signInAs(QStringLiteral("nurse.li"), Role::Entry);
    CHECK_FALSE(ward.accounts
                    ->changeOwnPassword(QStringLiteral("not-it-at-all"), QStringLiteral("n3w-pass"))
                    .ok());
    REQUIRE(ward.accounts->changeOwnPassword(kPassword, QStringLiteral("n3w-pass")).ok());
    CHECK(ward.accounts->signIn(QStringLiteral("nurse.li"), QStringLiteral("n3w-pass")).ok());
}

TEST_CASE("Wrong current passwords in a password change count towards the lock",
          "[accounts][backends]")
{
    Ward ward;
    ward.signInAs(QStringLiteral("nurse.li"), Role::Entry);
    for (int attempt = 1; attempt <= 4; ++attempt) {
        const auto refused = ward.accounts->changeOwnPassword(
            QStringLiteral("guess-%1").arg(attempt), QStringLiteral("n3w-pass"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.problems().first().where == QStringLiteral("current_password"));
        CHECK(refused.errorText().contains(QStringLiteral("current password is wrong")));
    }
    const auto fifth =
        ward.accounts->changeOwnPassword(QStringLiteral("guess-5"), QStringLiteral("n3w-pass"));
    REQUIRE_FALSE(fifth.ok());
    CHECK(fifth.errorText().contains(QStringLiteral("locked until")));

    // Locked: neither the right current password nor a sign-in gets through.
    CHECK_FALSE(ward.accounts->changeOwnPassword(kPassword, QStringLiteral("n3w-pass")).ok());
    CHECK_FALSE(ward.accounts->signIn(QStringLiteral("nurse.li"), kPassword).ok());
    ward.clock.set(ward.clock.nowUtc().addSecs(15 * 60));
    CHECK(ward.accounts->signIn(QStringLiteral("nurse.li"), kPassword).ok());
}

TEST_CASE("A confirmed password is logged as a confirmation, not as a new sign-in",
          "[accounts][backends]")
{
    Ward ward;
    ward.signInAs(QStringLiteral("dr.wang"), Role::Clinician);
    const auto signedInAt =
        ward.accounts->byUsername(QStringLiteral("dr.wang")).value().lastSignInAt;
    REQUIRE(signedInAt);
    ward.clock.set(ward.clock.nowUtc().addSecs(3600));

    REQUIRE(ward.accounts
                ->confirmPassword(QStringLiteral("dr.wang"), kPassword, QStringLiteral("signature"))
                .ok());
    CHECK(ward.accounts->byUsername(QStringLiteral("dr.wang")).value().lastSignInAt == signedInAt);
    QSqlQuery query(ward.database->connection());
    query.prepare(QStringLiteral(
        "SELECT event, details FROM account_events WHERE username = ? ORDER BY id DESC"));
    query.addBindValue(QStringLiteral("dr.wang"));
    REQUIRE(query.exec());
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("signed_in"));
    CHECK(QJsonDocument::fromJson(query.value(1).toString().toUtf8())
              .object()
              .value(QStringLiteral("confirms"))
              .toString() == QStringLiteral("signature"));
    query.finish();

    // A wrong one counts towards the lock as a wrong sign-in does.
    CHECK_FALSE(ward.accounts
                    ->confirmPassword(QStringLiteral("dr.wang"), QStringLiteral("not-it-at-all"),
                                      QStringLiteral("signature"))
                    .ok());
    CHECK(ward.accounts->byUsername(QStringLiteral("dr.wang")).value().failedAttempts == 1);
}

TEST_CASE("The permission table nests the roles", "[accounts][backends]")
{
    for (Action action :
         {Action::EnterResults, Action::EditEvents, Action::EditPatients, Action::ImportLabs}) {
        CHECK(Permissions::allows(Role::Entry, action));
        CHECK(Permissions::allows(Role::Clinician, action));
        CHECK(Permissions::allows(Role::Admin, action));
    }
    for (Action action : {Action::SignAssessment, Action::Export, Action::PlanTreatment}) {
        CHECK_FALSE(Permissions::allows(Role::Entry, action));
        CHECK(Permissions::allows(Role::Clinician, action));
        CHECK(Permissions::allows(Role::Admin, action));
    }
    for (Action action : {Action::ManageAccounts, Action::ChangeSettings, Action::Restore}) {
        CHECK_FALSE(Permissions::allows(Role::Entry, action));
        CHECK_FALSE(Permissions::allows(Role::Clinician, action));
        CHECK(Permissions::allows(Role::Admin, action));
    }
}

TEST_CASE("An entry account may enter data, and its name is the audit user", "[accounts][backends]")
{
    Ward ward;
    ward.signInAs(QStringLiteral("nurse.li"), Role::Entry);
    storage::PatientRepository patients(*ward.database, ward.clock);
    // Whatever the caller claims, the audit row names the signed-in account.
    const auto added = patients.add(patient(QStringLiteral("HO-1")), QStringLiteral("someone"));
    INFO(added.errorText().toStdString());
    REQUIRE(added.ok());
    CHECK(added.value().createdBy == QStringLiteral("nurse.li"));
    const auto log = storage::AuditLog::all(ward.database->connection());
    REQUIRE(log.ok());
    CHECK(log.value().last().user == QStringLiteral("nurse.li"));
}

TEST_CASE("The library refuses what a role may not do and writes nothing", "[accounts][backends]")
{
    Ward ward;
    storage::PatientRepository patients(*ward.database, ward.clock);
    const auto stored = patients.add(patient(QStringLiteral("HO-1")), QString());
    REQUIRE(stored.ok());

    SECTION("entry: no protocol plan, no account management, no export")
    {
        ward.signInAs(QStringLiteral("nurse.li"), Role::Entry);
        const QByteArray before = ward.snapshot();
        storage::ProtocolRepository protocols(*ward.database, ward.clock);
        clinical::ProtocolTemplate plan;
        plan.id = QStringLiteral("x");
        const auto applied =
            protocols.apply(stored.value().id, plan, QDate(2026, 1, 1), QStringLiteral("x"));
        REQUIRE_FALSE(applied.ok());
        CHECK(applied.errorText().contains(QStringLiteral("clinician")));
        const auto added =
            ward.accounts->add({QStringLiteral("dr.wang"), QString(), Role::Clinician, kPassword});
        REQUIRE_FALSE(added.ok());
        CHECK(added.errorText().contains(QStringLiteral("administrator")));
        CHECK_FALSE(ward.accounts->setRole(QStringLiteral("nurse.li"), Role::Admin).ok());
        CHECK_FALSE(ward.accounts->resetPassword(QStringLiteral("admin.zhang"), kPassword).ok());
        CHECK_FALSE(ward.accounts->list().ok());
        CHECK_FALSE(storage::authorize(*ward.database, Action::Export, QStringLiteral("x")).ok());
        CHECK_FALSE(
            storage::authorize(*ward.database, Action::SignAssessment, QStringLiteral("x")).ok());
        CHECK(ward.snapshot() == before);
    }
    SECTION("clinician: everything but accounts and settings")
    {
        ward.signInAs(QStringLiteral("dr.wang"), Role::Clinician);
        const QByteArray before = ward.snapshot();
        CHECK(storage::authorize(*ward.database, Action::Export, QString()).ok());
        CHECK(storage::authorize(*ward.database, Action::SignAssessment, QString()).ok());
        const auto added =
            ward.accounts->add({QStringLiteral("nurse.li"), QString(), Role::Entry, kPassword});
        REQUIRE_FALSE(added.ok());
        CHECK(added.errorText().contains(QStringLiteral("administrator")));
        CHECK_FALSE(ward.accounts->setActive(QStringLiteral("admin.zhang"), false).ok());
        CHECK_FALSE(storage::authorize(*ward.database, Action::ChangeSettings, QString()).ok());
        CHECK(ward.snapshot() == before);
    }
    SECTION("nobody signed in: every write is refused once accounts exist")
    {
        ward.database->setSession(std::nullopt);
        const QByteArray before = ward.snapshot();
        const auto added = patients.add(patient(QStringLiteral("HO-2")), QStringLiteral("x"));
        REQUIRE_FALSE(added.ok());
        CHECK(added.errorText().contains(QStringLiteral("Sign in")));
        storage::LabResultRepository results(*ward.database, ward.clock);
        CHECK_FALSE(results.remove(1, 1, QStringLiteral("x"), QStringLiteral("x")).ok());
        storage::PathwayRepository pathway(*ward.database, ward.clock);
        CHECK_FALSE(pathway.removeEvent(1, 1, QStringLiteral("x"), QStringLiteral("x")).ok());
        storage::LabCodeMap codes(*ward.database, ward.clock);
        CHECK_FALSE(
            codes.set(QStringLiteral("XHB"), QStringLiteral("hemoglobin"), {}, QStringLiteral("x"))
                .ok());
        storage::LabImportWriter writer(*ward.database, ward.clock);
        CHECK_FALSE(writer
                        .begin({QStringLiteral("a.csv"), {}, QStringLiteral("csv"), false},
                               QStringLiteral("x"))
                        .ok());
        CHECK(ward.snapshot() == before);
    }
}
