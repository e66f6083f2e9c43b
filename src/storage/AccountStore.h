#pragma once

#include "clinical/Clock.h"
#include "clinical/Result.h"
#include "storage/Database.h"
#include "storage/Permissions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <functional>
#include <optional>

namespace mmtrack::storage {

struct Account {
    qint64 id = 0;
    QString username; // lower case
    QString displayName;
    Role role = Role::Entry;
    bool active = true;
    int failedAttempts = 0;
    std::optional<QDateTime> lockedUntil;
    std::optional<QDateTime> lastSignInAt;
    QDateTime passwordChangedAt;
    QDateTime createdAt;
    QString createdBy;
    int rowVersion = 0;

    bool lockedAt(const QDateTime& now) const { return lockedUntil && *lockedUntil > now; }
};

struct NewAccount {
    QString username;
    QString displayName; // the user name when empty
    Role role = Role::Entry;
    QString password;
};

// One entry of the account log (table account_events).
struct AccountEvent {
    QDateTime at;
    std::optional<qint64> accountId;
    QString username;
    QString event; // created, changed, signed_in, sign_in_failed, locked, sign_in_refused,
                   // signed_out
    QString actor;
    QJsonObject details;
};

// Accounts, passwords and sign-in. Passwords are kept only as Argon2id hashes
// (PasswordHasher). Five wrong passwords in a row lock an account for 15 minutes; a locked
// account is refused even with the right password. Every change, sign-in, failure, lock and
// sign-out is one row of the account log, written in the same transaction as the change;
// passwords and hashes never appear in it nor in the log files.
class AccountStore {
    Q_DECLARE_TR_FUNCTIONS(AccountStore)
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 15;

    AccountStore(Database& database, const clinical::Clock& clock);

    // True once the database has an account (the first administrator).
    clinical::Result<bool> anyAccount() const;
    // The first start: creates the administrator, only while no account exists, and signs
    // it in (the session is returned; attach it with Database::setSession).
    clinical::Result<Session> createFirstAdmin(const NewAccount& account);
    // Checks the password; problems name "username" or "password" and say why (wrong, locked
    // until when, disabled). Attach the returned session with Database::setSession.
    clinical::Result<Session> signIn(const QString& username, const QString& password);
    // Checks the password of an account again before a step that asks for it (signing an
    // assessment, changing the password): as signIn does (a wrong one counts towards the lock,
    // a locked or disabled account is refused), but a right one is logged as confirming
    // `purpose` (one of the kConfirms… below), not as a new sign-in. The account as it now is.
    clinical::Result<Account> confirmPassword(const QString& username, const QString& password,
                                              const QString& purpose);
    // What confirmPassword confirms, as the account log records it ("confirms").
    static constexpr QLatin1String kConfirmsSignature{"signature"};
    static constexpr QLatin1String kConfirmsPasswordChange{"password change"};
    // Records that the session ended (sign-out or the window closed).
    clinical::Status signOut(const Session& session);

    // These need a signed-in administrator (Action::ManageAccounts).
    clinical::Result<QList<Account>> list() const;
    clinical::Result<Account> add(const NewAccount& account);
    clinical::Result<Account> setRole(const QString& username, Role role);
    clinical::Result<Account> setActive(const QString& username, bool active);
    // Sets a new password and lifts a lock.
    clinical::Result<Account> resetPassword(const QString& username, const QString& password);

    // The signed-in account changes its own password, giving the current one.
    clinical::Status changeOwnPassword(const QString& current, const QString& password);

    clinical::Result<Account> byUsername(const QString& username) const;
    // The newest entries first.
    clinical::Result<QList<AccountEvent>> events(int limit = 200) const;

    // "nurse.li": 2 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit.
    static clinical::Problems checkUsername(const QString& username);
    static QString normalizedUsername(const QString& username);

private:
    // signIn and confirmPassword: the checks, the count of wrong passwords and the lock, and
    // the account-log row; an empty purpose is a sign-in.
    clinical::Result<Account> checkPassword(const QString& username, const QString& password,
                                            const QString& purpose);
    clinical::Result<Account> insert(const NewAccount& account, const QString& actor);
    // Writes the changed columns of `after` (compared to `before`) and one account-log row.
    clinical::Result<Account> write(const Account& before, const Account& after,
                                    const std::optional<QString>& newHash, const QString& event,
                                    const QString& actor, const QJsonObject& extra);
    clinical::Status logEvent(const std::optional<qint64>& accountId, const QString& username,
                              const QString& event, const QString& actor,
                              const QJsonObject& details);
    clinical::Result<QString> requireAdmin() const;
    // An administrator's change of one account's role or state: read, change, keep an
    // active administrator, write with its account-log row.
    clinical::Result<Account> changeByAdmin(const QString& username,
                                            const std::function<void(Account&)>& change);
    clinical::Problems keepsAnAdmin(const Account& before, const Account& after) const;

    Database& m_database;
    const clinical::Clock& m_clock;
};

} // namespace mmtrack::storage
