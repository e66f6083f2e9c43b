#pragma once

// The ward's accounts for tests that need people with roles: an administrator (admin.zhang,
// 张主任), a clinician (dr.wang, 王医生) and a data-entry nurse (nurse.li, 李护士), all with
// one password. Header-only, so that storage, GUI and CLI tests can share it.
#include "storage/AccountStore.h"

#include <catch2/catch.hpp>

namespace mmtrack::test {

inline const QString kWardPassword = QStringLiteral("ward-secret-2");

// Signs `username` in on the database (the session every write checks).
inline void signInAs(storage::Database& database, const clinical::Clock& clock,
                     const QString& username)
{
    const auto session = storage::AccountStore(database, clock).signIn(username, kWardPassword);
    INFO(session.errorText().toStdString());
    REQUIRE(session.ok());
    database.setSession(session.value());
}

// Creates the three accounts on a database that has none yet and signs the clinician in.
inline void addWardAccounts(storage::Database& database, const clinical::Clock& clock)
{
    storage::AccountStore accounts(database, clock);
    const auto admin =
        accounts.createFirstAdmin({QStringLiteral("admin.zhang"), QStringLiteral("张主任"),
                                   storage::Role::Admin, kWardPassword});
    INFO(admin.errorText().toStdString());
    REQUIRE(admin.ok());
    database.setSession(admin.value());
    REQUIRE(accounts
                .add({QStringLiteral("dr.wang"), QStringLiteral("王医生"), storage::Role::Clinician,
                      kWardPassword})
                .ok());
    REQUIRE(accounts
                .add({QStringLiteral("nurse.li"), QStringLiteral("李护士"), storage::Role::Entry,
                      kWardPassword})
                .ok());
    signInAs(database, clock, QStringLiteral("dr.wang"));
}

} // namespace mmtrack::test
