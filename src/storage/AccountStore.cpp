#include "storage/AccountStore.h"

#include "common/Logging.h"
#include "storage/AuditLog.h"
#include "storage/PasswordHasher.h"
#include "storage/SqlSupport.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace mmtrack::storage {

using clinical::Problem;
using clinical::Problems;
using clinical::Result;
using clinical::Status;

namespace {

const QString kColumns = QStringLiteral(
    "id, username, display_name, role, active, failed_attempts, locked_until, last_sign_in_at, "
    "password_changed_at, created_at, created_by, row_version");

std::optional<QDateTime> optionalTime(const QVariant& value)
{
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    return fromStoredTime(value.toString());
}

QVariant timeValue(const std::optional<QDateTime>& time)
{
    return time ? QVariant(toStoredTime(*time)) : QVariant();
}

Account fromRow(const QSqlQuery& query)
{
    Account account;
    account.id = query.value(0).toLongLong();
    account.username = query.value(1).toString();
    account.displayName = query.value(2).toString();
    account.role = Permissions::roleFromCode(query.value(3).toString()).value_or(Role::Entry);
    account.active = query.value(4).toInt() != 0;
    account.failedAttempts = query.value(5).toInt();
    account.lockedUntil = optionalTime(query.value(6));
    account.lastSignInAt = optionalTime(query.value(7));
    account.passwordChangedAt = fromStoredTime(query.value(8).toString());
    account.createdAt = fromStoredTime(query.value(9).toString());
    account.createdBy = query.value(10).toString();
    account.rowVersion = query.value(11).toInt();
    return account;
}

// The columns an account-log row shows for a change: never the password hash.
QJsonObject toLogJson(const Account& account)
{
    auto time = [](const std::optional<QDateTime>& value) {
        return value ? QJsonValue(toStoredTime(*value)) : QJsonValue();
    };
    QJsonObject json;
    json[QStringLiteral("display_name")] = account.displayName;
    json[QStringLiteral("role")] = Permissions::roleCode(account.role);
    json[QStringLiteral("active")] = account.active;
    json[QStringLiteral("failed_attempts")] = account.failedAttempts;
    json[QStringLiteral("locked_until")] = time(account.lockedUntil);
    json[QStringLiteral("last_sign_in_at")] = time(account.lastSignInAt);
    json[QStringLiteral("password_changed_at")] = toStoredTime(account.passwordChangedAt);
    return json;
}

Session sessionOf(const Account& account)
{
    return Session{account.id, account.username, account.displayName, account.role};
}

QString shownTime(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

AccountStore::AccountStore(Database& database, const clinical::Clock& clock)
    : m_database(database), m_clock(clock)
{
}

QString AccountStore::normalizedUsername(const QString& username)
{
    return username.trimmed().toLower();
}

Problems AccountStore::checkUsername(const QString& username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,39}$"));
    const QString name = normalizedUsername(username);
    if (name.isEmpty())
        return {Problem{QStringLiteral("username"), tr("A user name is required.")}};
    if (!pattern.match(name).hasMatch())
        return {Problem{QStringLiteral("username"),
                        tr("A user name has 2 to 40 letters, digits, '.', '_' or '-' and starts "
                           "with a letter or digit (for example nurse.li).")}};
    return {};
}

Result<bool> AccountStore::anyAccount() const
{
    QSqlQuery query(m_database.connection());
    if (!run(query, QStringLiteral("SELECT 1 FROM accounts LIMIT 1")))
        return SqlText::failure(tr("read the accounts"), query.lastError());
    return query.next();
}

Result<Account> AccountStore::byUsername(const QString& username) const
{
    QSqlQuery query(m_database.connection());
    if (!run(query,
             QStringLiteral("SELECT ") + kColumns +
                 QStringLiteral(" FROM accounts WHERE username = ?"),
             {normalizedUsername(username)}))
        return SqlText::failure(tr("read the accounts"), query.lastError());
    if (!query.next())
        return Problem{QStringLiteral("username"),
                       tr("No account has the user name %1.").arg(normalizedUsername(username))};
    return fromRow(query);
}

Status AccountStore::logEvent(const std::optional<qint64>& accountId, const QString& username,
                              const QString& event, const QString& actor,
                              const QJsonObject& details)
{
    QSqlQuery query(m_database.connection());
    if (!run(query,
             QStringLiteral("INSERT INTO account_events (at, account_id, username, event, actor, "
                            "details) VALUES (?, ?, ?, ?, ?, ?)"),
             {toStoredTime(m_clock.nowUtc()), nullable(accountId), text(username.left(40)), event,
              text(actor.left(40)),
              details.isEmpty() ? QVariant()
                                : QVariant(QString::fromUtf8(
                                      QJsonDocument(details).toJson(QJsonDocument::Compact)))}))
        return SqlText::failure(tr("write the account log"), query.lastError());
    return clinical::Done{};
}

Result<Account> AccountStore::insert(const NewAccount& account, const QString& actor)
{
    Problems problems = checkUsername(account.username);
    problems << PasswordHasher::checkStrength(account.password);
    const QString displayName = account.displayName.trimmed().isEmpty()
                                    ? normalizedUsername(account.username)
                                    : account.displayName.trimmed();
    if (displayName.size() > 100)
        problems << Problem{QStringLiteral("display_name"),
                            tr("The display name may have at most 100 characters.")};
    if (!problems.isEmpty())
        return problems;
    const QString username = normalizedUsername(account.username);
    if (byUsername(username).ok())
        return Problem{QStringLiteral("username"),
                       tr("The user name %1 is already taken.").arg(username)};
    const Result<QString> hash = PasswordHasher::hash(account.password);
    if (!hash)
        return hash.problems();

    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.began())
        return SqlText::failure(tr("begin a transaction"), db.lastError());
    const QString now = toStoredTime(m_clock.nowUtc());
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("INSERT INTO accounts (username, display_name, role, password_hash, "
                            "active, failed_attempts, password_changed_at, row_version, "
                            "created_at, created_by, updated_at, updated_by) "
                            "VALUES (?, ?, ?, ?, 1, 0, ?, 1, ?, ?, ?, ?) RETURNING id"),
             {username, displayName, Permissions::roleCode(account.role), hash.value(), now, now,
              text(actor), now, text(actor)}) ||
        !query.next())
        return SqlText::failure(tr("add the account"), query.lastError());
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    const Result<Account> stored = byUsername(username);
    if (!stored)
        return stored.problems();
    if (const Status logged =
            logEvent(id, username, QStringLiteral("created"), actor, toLogJson(stored.value()));
        !logged)
        return logged.problems();
    if (!transaction.commit())
        return SqlText::failure(tr("add the account"), db.lastError());
    common::logger("storage")->info("account {} created ({})", id,
                                    Permissions::roleCode(account.role).toStdString());
    return stored;
}

Result<Session> AccountStore::createFirstAdmin(const NewAccount& account)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.began())
        return SqlText::failure(tr("begin a transaction"), db.lastError());
    const Result<bool> exists = anyAccount();
    if (!exists)
        return exists.problems();
    if (exists.value())
        return Problem{QString(), tr("This database already has an administrator; sign in with "
                                     "an account instead.")};
    NewAccount admin = account;
    admin.role = Role::Admin;
    const Result<Account> created = insert(admin, normalizedUsername(account.username));
    if (!created)
        return created.problems();
    if (!transaction.commit())
        return SqlText::failure(tr("add the account"), db.lastError());
    return sessionOf(created.value());
}

Result<Account> AccountStore::write(const Account& before, const Account& after,
                                    const std::optional<QString>& newHash, const QString& event,
                                    const QString& actor, const QJsonObject& extra)
{
    const AuditChange change = auditChange(toLogJson(before), toLogJson(after));
    QJsonObject details;
    if (!change.isEmpty()) {
        details[QStringLiteral("old")] = change.oldValues;
        details[QStringLiteral("new")] = change.newValues;
    }
    for (auto it = extra.begin(); it != extra.end(); ++it)
        details[it.key()] = it.value();

    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.began())
        return SqlText::failure(tr("begin a transaction"), db.lastError());
    if (!change.isEmpty() || newHash) {
        QSqlQuery query(db);
        QString sql = QStringLiteral(
            "UPDATE accounts SET display_name = ?, role = ?, active = ?, failed_attempts = ?, "
            "locked_until = ?, last_sign_in_at = ?, password_changed_at = ?, "
            "row_version = row_version + 1, updated_at = ?, updated_by = ?");
        QVariantList values{after.displayName,
                            Permissions::roleCode(after.role),
                            after.active ? 1 : 0,
                            after.failedAttempts,
                            timeValue(after.lockedUntil),
                            timeValue(after.lastSignInAt),
                            toStoredTime(after.passwordChangedAt),
                            toStoredTime(m_clock.nowUtc()),
                            text(actor)};
        if (newHash) {
            sql += QStringLiteral(", password_hash = ?");
            values << *newHash;
        }
        // A sign-in of the same account elsewhere at the same moment is no conflict: its
        // columns (attempts, lock, last sign-in) simply take the latest values.
        const bool signIn =
            event.startsWith(QLatin1String("sign")) || event == QLatin1String("locked");
        sql += signIn ? QStringLiteral(" WHERE id = ?")
                      : QStringLiteral(" WHERE id = ? AND row_version = ?");
        values << before.id;
        if (!signIn)
            values << before.rowVersion;
        if (!run(query, sql, values))
            return SqlText::failure(tr("save the account"), query.lastError());
        if (query.numRowsAffected() != 1)
            return Problem{QString(), tr("The account %1 was changed elsewhere at the same time; "
                                         "please try again.")
                                          .arg(before.username)};
    }
    if (const Status logged = logEvent(before.id, before.username, event, actor, details); !logged)
        return logged.problems();
    if (!transaction.commit())
        return SqlText::failure(tr("save the account"), db.lastError());
    return byUsername(before.username);
}

Result<Session> AccountStore::signIn(const QString& username, const QString& password)
{
    const Result<Account> account = checkPassword(username, password, QString());
    if (!account)
        return account.problems();
    return sessionOf(account.value());
}

Result<Account> AccountStore::confirmPassword(const QString& username, const QString& password,
                                              const QString& purpose)
{
    return checkPassword(username, password, purpose);
}

Result<Account> AccountStore::checkPassword(const QString& username, const QString& password,
                                            const QString& purpose)
{
    auto log = common::logger("storage");
    const QString name = normalizedUsername(username);
    const QString wrong = tr("The user name or the password is wrong.");
    if (name.isEmpty())
        return Problem{QStringLiteral("username"), tr("A user name is required.")};
    QSqlQuery query(m_database.connection());
    if (!run(query,
             QStringLiteral("SELECT ") + kColumns +
                 QStringLiteral(", password_hash FROM accounts WHERE username = ?"),
             {name}))
        return SqlText::failure(tr("read the accounts"), query.lastError());
    if (!query.next()) {
        // Unknown name: the same answer as a wrong password, but logged.
        log->warn("sign-in refused: unknown user name");
        QSqlDatabase db = m_database.connection();
        Transaction transaction(db);
        if (transaction.began() &&
            logEvent(std::nullopt, name, QStringLiteral("sign_in_failed"), name,
                     {{QStringLiteral("reason"), QStringLiteral("unknown user name")}})
                .ok())
            transaction.commit();
        return Problem{QStringLiteral("password"), wrong};
    }
    const Account account = fromRow(query);
    const QString hash = query.value(12).toString();
    query.finish();
    const QDateTime now = m_clock.nowUtc();

    if (account.lockedAt(now)) {
        log->warn("sign-in refused: account {} is locked", account.id);
        QSqlDatabase db = m_database.connection();
        Transaction transaction(db);
        if (transaction.began() &&
            logEvent(account.id, account.username, QStringLiteral("sign_in_refused"), name,
                     {{QStringLiteral("reason"), QStringLiteral("locked")}})
                .ok())
            transaction.commit();
        return Problem{QStringLiteral("password"),
                       tr("The account %1 is locked until %2 after %3 wrong passwords. Try again "
                          "then, or ask an administrator to reset the password.")
                           .arg(account.username, shownTime(*account.lockedUntil))
                           .arg(kMaxFailures)};
    }

    if (!PasswordHasher::verify(hash, password)) {
        Account after = account;
        after.failedAttempts = account.failedAttempts + 1;
        const bool lock = after.failedAttempts >= kMaxFailures;
        if (lock) {
            after.failedAttempts = 0;
            after.lockedUntil = now.addSecs(kLockMinutes * 60);
        }
        QSqlDatabase db = m_database.connection();
        Transaction transaction(db);
        if (!transaction.began())
            return SqlText::failure(tr("begin a transaction"), db.lastError());
        const Result<Account> written =
            write(account, after, std::nullopt, QStringLiteral("sign_in_failed"), name,
                  {{QStringLiteral("attempt"), account.failedAttempts + 1}});
        if (!written)
            return written.problems();
        if (lock) {
            if (const Status logged =
                    logEvent(account.id, account.username, QStringLiteral("locked"), name,
                             {{QStringLiteral("until"), toStoredTime(*after.lockedUntil)}});
                !logged)
                return logged.problems();
        }
        if (!transaction.commit())
            return SqlText::failure(tr("save the account"), db.lastError());
        if (lock) {
            log->warn("account {} locked after {} wrong passwords", account.id, kMaxFailures);
            return Problem{QStringLiteral("password"),
                           tr("%1 wrong passwords in a row: the account %2 is locked until %3.")
                               .arg(kMaxFailures)
                               .arg(account.username, shownTime(*after.lockedUntil))};
        }
        log->info("sign-in failed for account {}", account.id);
        return Problem{QStringLiteral("password"), wrong};
    }

    if (!account.active) {
        log->warn("sign-in refused: account {} is disabled", account.id);
        QSqlDatabase db = m_database.connection();
        Transaction transaction(db);
        if (transaction.began() &&
            logEvent(account.id, account.username, QStringLiteral("sign_in_refused"), name,
                     {{QStringLiteral("reason"), QStringLiteral("disabled")}})
                .ok())
            transaction.commit();
        return Problem{
            QStringLiteral("username"),
            tr("The account %1 is disabled; ask an administrator.").arg(account.username)};
    }

    Account after = account;
    after.failedAttempts = 0;
    after.lockedUntil.reset();
    // A confirmation is not a new sign-in: the log says what it confirmed, and the account's
    // last sign-in stays the one of its session.
    QJsonObject details;
    if (purpose.isEmpty())
        after.lastSignInAt = now;
    else
        details[QStringLiteral("confirms")] = purpose;
    std::optional<QString> rehashed;
    if (PasswordHasher::needsRehash(hash)) {
        if (const Result<QString> fresh = PasswordHasher::hash(password); fresh)
            rehashed = fresh.value();
    }
    const Result<Account> written =
        write(account, after, rehashed, QStringLiteral("signed_in"), account.username, details);
    if (!written)
        return written.problems();
    if (purpose.isEmpty())
        log->info("account {} signed in", account.id);
    return written.value();
}

Status AccountStore::signOut(const Session& session)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.began())
        return SqlText::failure(tr("begin a transaction"), db.lastError());
    if (const Status logged = logEvent(session.accountId, session.username,
                                       QStringLiteral("signed_out"), session.username, {});
        !logged)
        return logged;
    if (!transaction.commit())
        return SqlText::failure(tr("write the account log"), db.lastError());
    return clinical::Done{};
}

Result<QString> AccountStore::requireAdmin() const
{
    if (!m_database.session())
        return Problem{QString(), Permissions::refusal(std::nullopt, Action::ManageAccounts)};
    return authorize(m_database, Action::ManageAccounts, QString());
}

Problems AccountStore::keepsAnAdmin(const Account& before, const Account& after) const
{
    const bool wasAdmin = before.active && before.role == Role::Admin;
    const bool isAdmin = after.active && after.role == Role::Admin;
    if (!wasAdmin || isAdmin)
        return {};
    QSqlQuery query(m_database.connection());
    if (!run(query,
             QStringLiteral("SELECT COUNT(*) FROM accounts WHERE role = 'admin' AND active = 1 "
                            "AND id <> ?"),
             {before.id}) ||
        !query.next())
        return {SqlText::failure(tr("read the accounts"), query.lastError())};
    if (query.value(0).toInt() == 0)
        return {Problem{QStringLiteral("role"),
                        tr("%1 is the last active administrator; make another account an "
                           "administrator first.")
                            .arg(before.username)}};
    return {};
}

Result<QList<Account>> AccountStore::list() const
{
    if (const Result<QString> actor = requireAdmin(); !actor)
        return actor.problems();
    QSqlQuery query(m_database.connection());
    if (!run(query, QStringLiteral("SELECT ") + kColumns +
                        QStringLiteral(" FROM accounts ORDER BY username")))
        return SqlText::failure(tr("read the accounts"), query.lastError());
    QList<Account> accounts;
    while (query.next())
        accounts << fromRow(query);
    return accounts;
}

Result<Account> AccountStore::add(const NewAccount& account)
{
    const Result<QString> actor = requireAdmin();
    if (!actor)
        return actor.problems();
    return insert(account, actor.value());
}

Result<Account> AccountStore::setRole(const QString& username, Role role)
{
    return changeByAdmin(username, [role](Account& account) { account.role = role; });
}

Result<Account> AccountStore::setActive(const QString& username, bool active)
{
    return changeByAdmin(username, [active](Account& account) { account.active = active; });
}

Result<Account> AccountStore::changeByAdmin(const QString& username,
                                            const std::function<void(Account&)>& change)
{
    const Result<QString> actor = requireAdmin();
    if (!actor)
        return actor.problems();
    const Result<Account> before = byUsername(username);
    if (!before)
        return before.problems();
    Account after = before.value();
    change(after);
    if (const Problems last = keepsAnAdmin(before.value(), after); !last.isEmpty())
        return last;
    return write(before.value(), after, std::nullopt, QStringLiteral("changed"), actor.value(), {});
}

Result<Account> AccountStore::resetPassword(const QString& username, const QString& password)
{
    const Result<QString> actor = requireAdmin();
    if (!actor)
        return actor.problems();
    const Result<Account> before = byUsername(username);
    if (!before)
        return before.problems();
    const Result<QString> hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.problems();
    Account after = before.value();
    after.passwordChangedAt = m_clock.nowUtc();
    after.failedAttempts = 0;
    after.lockedUntil.reset();
    return write(before.value(), after, hash.value(), QStringLiteral("changed"), actor.value(),
                 {{QStringLiteral("password"), QStringLiteral("reset")}});
}

Status AccountStore::changeOwnPassword(const QString& current, const QString& password)
{
    const std::optional<Session>& session = m_database.session();
    if (!session)
        return Problem{QString(), tr("Sign in first to change your password.")};
    if (const Problems weak = PasswordHasher::checkStrength(password); !weak.isEmpty())
        return weak;
    // The current password is checked as a sign-in is: a wrong one counts towards the lock and
    // a locked account cannot change its password, so this form is no way round the lock.
    const Result<Account> before =
        confirmPassword(session->username, current, kConfirmsPasswordChange);
    if (!before) {
        const Result<Account> now = byUsername(session->username);
        const bool locked = now && now.value().lockedAt(m_clock.nowUtc());
        return Problem{QStringLiteral("current_password"),
                       locked ? before.problems().first().message
                              : tr("The current password is wrong.")};
    }
    const Result<QString> fresh = PasswordHasher::hash(password);
    if (!fresh)
        return fresh.problems();
    Account after = before.value();
    after.passwordChangedAt = m_clock.nowUtc();
    const Result<Account> written =
        write(before.value(), after, fresh.value(), QStringLiteral("changed"), session->username,
              {{QStringLiteral("password"), QStringLiteral("changed")}});
    if (!written)
        return written.problems();
    return clinical::Done{};
}

Result<QList<AccountEvent>> AccountStore::events(int limit) const
{
    if (const Result<QString> actor = requireAdmin(); !actor)
        return actor.problems();
    QSqlQuery query(m_database.connection());
    if (!run(query,
             QStringLiteral("SELECT at, account_id, username, event, actor, details FROM "
                            "account_events ORDER BY id DESC LIMIT ?"),
             {limit}))
        return SqlText::failure(tr("read the account log"), query.lastError());
    QList<AccountEvent> events;
    while (query.next()) {
        AccountEvent event;
        event.at = fromStoredTime(query.value(0).toString());
        if (!query.isNull(1))
            event.accountId = query.value(1).toLongLong();
        event.username = query.value(2).toString();
        event.event = query.value(3).toString();
        event.actor = query.value(4).toString();
        event.details = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        events << event;
    }
    return events;
}

} // namespace mmtrack::storage
