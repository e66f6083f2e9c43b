#include "storage/Permissions.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QSqlQuery>
#include <array>
#include <utility>

namespace mmtrack::storage {

namespace {

// The permission table. Every action appears exactly once.
constexpr std::array<std::pair<Action, Role>, 11> kTable{{
    {Action::EnterResults, Role::Entry},
    {Action::EditEvents, Role::Entry},
    {Action::EditPatients, Role::Entry},
    {Action::ImportLabs, Role::Entry},
    {Action::PlanTreatment, Role::Clinician},
    {Action::SignAssessment, Role::Clinician},
    {Action::Export, Role::Clinician},
    {Action::Backup, Role::Clinician},
    {Action::Restore, Role::Admin},
    {Action::ManageAccounts, Role::Admin},
    {Action::ChangeSettings, Role::Admin},
}};

} // namespace

Role Permissions::minimumRole(Action action)
{
    for (const auto& [tableAction, role] : kTable) {
        if (tableAction == action)
            return role;
    }
    return Role::Admin; // an action missing from the table is the administrator's alone
}

QString Permissions::roleCode(Role role)
{
    switch (role) {
    case Role::Entry:
        return QStringLiteral("entry");
    case Role::Clinician:
        return QStringLiteral("clinician");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QString();
}

std::optional<Role> Permissions::roleFromCode(const QString& code)
{
    for (Role role : {Role::Entry, Role::Clinician, Role::Admin}) {
        if (code.trimmed().compare(roleCode(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

QString Permissions::roleName(Role role)
{
    switch (role) {
    case Role::Entry:
        return tr("data entry");
    case Role::Clinician:
        return tr("clinician");
    case Role::Admin:
        return tr("administrator");
    }
    return QString();
}

QString Permissions::actionText(Action action)
{
    switch (action) {
    case Action::EnterResults:
        return tr("enter or correct lab results");
    case Action::EditEvents:
        return tr("record or correct pathway events");
    case Action::EditPatients:
        return tr("register or edit patients");
    case Action::ImportLabs:
        return tr("import lab results or map lab codes");
    case Action::PlanTreatment:
        return tr("apply or remove a protocol plan");
    case Action::SignAssessment:
        return tr("confirm and sign assessments");
    case Action::Export:
        return tr("export patient data");
    case Action::Backup:
        return tr("back up the database");
    case Action::Restore:
        return tr("restore the database from a backup");
    case Action::ManageAccounts:
        return tr("manage accounts");
    case Action::ChangeSettings:
        return tr("change shared settings");
    }
    return QString();
}

QString Permissions::refusal(const std::optional<Session>& session, Action action)
{
    if (!session)
        return tr("Sign in first: only a signed-in account may %1.").arg(actionText(action));
    if (allows(session->role, action))
        return QString();
    return tr("The %1 role may not %2; this needs the %3 role.")
        .arg(roleName(session->role), actionText(action), roleName(minimumRole(action)));
}

clinical::Result<QString> authorize(const Database& database, Action action, const QString& user)
{
    const std::optional<Session>& session = database.session();
    if (session) {
        if (Permissions::allows(session->role, action))
            return session->username;
        common::logger("storage")->warn(
            "refused: account {} ({}) tried an action that needs {}", session->accountId,
            Permissions::roleCode(session->role).toStdString(),
            Permissions::roleCode(Permissions::minimumRole(action)).toStdString());
        return clinical::Problem{QString(), Permissions::refusal(session, action)};
    }
    // No one signed in: only a database without any account (first start) may be written.
    QSqlQuery query(database.connection());
    if (!run(query, QStringLiteral("SELECT 1 FROM accounts LIMIT 1")))
        return SqlText::failure(Permissions::tr("check the accounts"), query.lastError());
    if (query.next())
        return clinical::Problem{QString(), Permissions::refusal(std::nullopt, action)};
    return user;
}

} // namespace mmtrack::storage
