#include "storage/PasswordHasher.h"

#include "common/Logging.h"

#include <sodium.h>

namespace mmtrack::storage {

namespace {

// libsodium must be initialised once before its first use; sodium_init is thread-safe, but
// calling it once is enough.
bool sodiumReady()
{
    static const bool ready = [] {
        if (sodium_init() < 0) {
            common::logger("storage")->error("libsodium could not be initialised");
            return false;
        }
        return true;
    }();
    return ready;
}

// Wipes the bytes of a password copy when it goes out of scope.
class Secret {
public:
    explicit Secret(const QString& text) : m_bytes(text.toUtf8()) {}
    ~Secret() { sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;
    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

clinical::Problems PasswordHasher::checkStrength(const QString& password)
{
    if (password.trimmed().isEmpty())
        return {clinical::Problem{QStringLiteral("password"), tr("A password is required.")}};
    if (password.size() < kMinimumLength)
        return {clinical::Problem{
            QStringLiteral("password"),
            tr("The password needs at least %1 characters.").arg(kMinimumLength)}};
    return {};
}

clinical::Result<QString> PasswordHasher::hash(const QString& password)
{
    if (const clinical::Problems weak = checkStrength(password); !weak.isEmpty())
        return weak;
    if (!sodiumReady())
        return clinical::Problem{QStringLiteral("password"),
                                 tr("The password cannot be protected: the cryptographic library "
                                    "failed to start.")};
    const Secret secret(password);
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str_alg(out, secret.data(), secret.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return clinical::Problem{QStringLiteral("password"),
                                 tr("The password cannot be protected: not enough memory.")};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& hash, const QString& password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const Secret secret(password);
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString& hash)
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

} // namespace mmtrack::storage
