#pragma once

#include <QByteArray>
#include <QString>

namespace voicepay {

// Salted, slow password hashes: PBKDF2-HMAC-SHA256, stored as "pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64).
class PasswordHash
{
public:
    static constexpr int defaultIterations = 150000;

    static QString create(const QString& password, int iterations = defaultIterations);
    // Constant-time comparison; false for a malformed stored value.
    static bool verify(const QString& password, const QString& stored);
    // At least 10 characters, not all of one kind: an empty string when acceptable, else why not.
    static QString weakness(const QString& password);
};

} // namespace voicepay
