#include "passwordhash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>
#include <atomic>
#include <sodium.h>

namespace voicepay {

namespace {

std::atomic<quint64> derivationCount { 0 };

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray derivePbkdf2(const QString& password, const QByteArray& salt, int iterations)
{
    ++derivationCount;
    return QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32);
}

// The password's UTF-8 bytes, wiped when it goes.
struct Utf8Secret
{
    QByteArray bytes;
    explicit Utf8Secret(const QString& text)
        : bytes(text.toUtf8())
    {
    }
    ~Utf8Secret() { sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size())); }
};

bool verifyPbkdf2(const QString& password, const QStringList& parts)
{
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1 || iterations > 10'000'000) {
        return false;
    }
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray actual = derivePbkdf2(password, salt, iterations);
    if (expected.size() != actual.size() || expected.isEmpty()) {
        return false;
    }
    return sodium_memcmp(actual.constData(), expected.constData(), static_cast<std::size_t>(actual.size()))
        == 0;
}

} // namespace

QString PasswordHash::create(const QString& password)
{
    if (!sodiumReady()) {
        qFatal("libsodium cannot be initialised");
    }
    const Utf8Secret secret(password);
    char out[crypto_pwhash_STRBYTES] = {};
    ++derivationCount;
    if (crypto_pwhash_str_alg(out, secret.bytes.constData(),
            static_cast<unsigned long long>(secret.bytes.size()), opsLimit, memLimitBytes,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        qFatal("Argon2id: out of memory");
    }
    return QString::fromLatin1(out);
}

QString PasswordHash::createPbkdf2(const QString& password, int iterations)
{
    QByteArray salt(16, '\0');
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray key = derivePbkdf2(password, salt, iterations);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool PasswordHash::verify(const QString& password, const QString& stored)
{
    if (stored.startsWith(u"$argon2id$")) {
        const QByteArray phc = stored.toLatin1();
        if (!sodiumReady() || phc.size() >= crypto_pwhash_STRBYTES) {
            return false;
        }
        const Utf8Secret secret(password);
        ++derivationCount;
        return crypto_pwhash_str_verify(phc.constData(), secret.bytes.constData(),
                   static_cast<unsigned long long>(secret.bytes.size()))
            == 0;
    }
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != u"pbkdf2-sha256") {
        return false;
    }
    return verifyPbkdf2(password, parts);
}

bool PasswordHash::needsRehash(const QString& stored)
{
    if (!stored.startsWith(u"$argon2id$") || !sodiumReady()) {
        return true;
    }
    return crypto_pwhash_str_needs_rehash(stored.toLatin1().constData(), opsLimit, memLimitBytes) != 0;
}

QString PasswordHash::weakness(const QString& password)
{
    if (password.size() < minimumLength) {
        return QCoreApplication::translate("PasswordHash", "use at least 12 characters");
    }
    bool letter = false;
    bool other = false;
    for (QChar c : password) {
        (c.isLetter() ? letter : other) = true;
    }
    if (!letter || !other) {
        return QCoreApplication::translate("PasswordHash", "mix letters with digits or symbols");
    }
    return QString();
}

quint64 PasswordHash::derivations()
{
    return derivationCount.load();
}

} // namespace voicepay
