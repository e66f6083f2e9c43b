#pragma once

#include "clinical/Result.h"

#include <QCoreApplication>
#include <QString>

namespace mmtrack::storage {

// Passwords become Argon2id hashes (libsodium's crypto_pwhash_str with ARGON2ID13 and the
// interactive limits): a self-describing "$argon2id$v=19$m=...,t=...,p=1$salt$hash" string
// with a random salt. The password itself is never stored, logged or kept longer than a call.
class PasswordHasher {
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
public:
    static constexpr int kMinimumLength = 8;

    // Problems name the field "password": too short, or hashing failed (out of memory).
    static clinical::Result<QString> hash(const QString& password);
    static bool verify(const QString& hash, const QString& password);
    // True when `hash` was made with other limits than today's (a rehash on the next sign-in).
    static bool needsRehash(const QString& hash);
    // A problem when the password is too short or blank, else nothing.
    static clinical::Problems checkStrength(const QString& password);
};

} // namespace mmtrack::storage
