#pragma once

#include "clinical/Result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace mmtrack::storage {

class Database;

// The three roles, each allowed everything the one before it may do.
enum class Role { Entry, Clinician, Admin };

// What a signed-in person may try. Each repository write, import, export and account change
// names one of these, and the permission table below says which role it needs.
enum class Action {
    EnterResults,   // add, correct or delete lab results
    EditEvents,     // record, edit or delete pathway events and diagnosis details
    EditPatients,   // register, edit, archive and restore patients
    ImportLabs,     // import lab files and case files, map local lab codes
    PlanTreatment,  // apply or remove a protocol plan
    SignAssessment, // confirm and sign an assessment
    Export,         // case summary PDF, FHIR, CSV, case files, timeline images
    Backup,         // copy the whole database to a file
    Restore,        // replace the database by a backup
    ManageAccounts, // add, disable, re-role accounts, reset passwords
    ChangeSettings, // report header, idle lock and other shared settings
};

// Who is signed in on a database connection.
struct Session {
    qint64 accountId = 0;
    QString username;
    QString displayName;
    Role role = Role::Entry;
};

// The one permission table: the least role each action needs. Roles nest (entry ⊂ clinician ⊂
// admin), so "may" is a comparison.
class Permissions {
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    static Role minimumRole(Action action);
    static bool allows(Role role, Action action) { return role >= minimumRole(action); }

    // "entry", "clinician", "admin": as stored and typed on the command line.
    static QString roleCode(Role role);
    static std::optional<Role> roleFromCode(const QString& code);
    // The role's name in the current language.
    static QString roleName(Role role);
    // What the action does, in the current language ("export patient data").
    static QString actionText(Action action);

    // Why `session` may not do `action` (no one signed in, or the role is too low); empty
    // when it may.
    static QString refusal(const std::optional<Session>& session, Action action);
};

// The check every write begins with. Returns the user to record in the audit log: the signed-in
// account's name. Without a session, writing is allowed only while the database has no account
// at all (a new database being seeded at first start, before its administrator exists); the
// given `user` then acts as the system actor. Otherwise a Problem says which role is needed.
clinical::Result<QString> authorize(const Database& database, Action action, const QString& user);

} // namespace mmtrack::storage
