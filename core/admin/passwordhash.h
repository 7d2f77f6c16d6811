#pragma once

#include <QByteArray>
#include <QString>

namespace voicepay {

// Salted, slow password hashes. New hashes are Argon2id (libsodium's crypto_pwhash_str, at OWASP's
// parameters: 19 MiB, 2 passes, one lane), stored in the PHC form "$argon2id$v=19$m=19456,t=2,p=1$...".
// Hashes of earlier versions, "pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64), still verify; needsRehash()
// says when a stored value should be replaced at the next successful sign-in.
class PasswordHash
{
public:
    static constexpr unsigned long long opsLimit = 2;
    static constexpr std::size_t memLimitBytes = 19 * 1024 * 1024;
    static constexpr int minimumLength = 12;

    static QString create(const QString& password);
    // The earlier scheme, kept so that the upgrade path can be tested.
    static QString createPbkdf2(const QString& password, int iterations);
    // Constant-time comparison; false for a malformed stored value.
    static bool verify(const QString& password, const QString& stored);
    static bool needsRehash(const QString& stored);
    // At least 12 characters, not all of one kind: an empty string when acceptable, else why not.
    static QString weakness(const QString& password);
    // How many slow derivations this process has run: sign-in paths must spend the same number whatever the
    // outcome, so that timing does not tell which names exist.
    static quint64 derivations();
};

} // namespace voicepay
