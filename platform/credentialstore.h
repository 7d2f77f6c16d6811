#pragma once

#include <QObject>
#include <QString>
#include <optional>

namespace voicepay {

// The gateway's transaction key in the system keychain (QtKeychain: the Secret Service on Linux, the Keychain
// on macOS, the Credential Manager on Windows), under the service "voicepay" and the account
// "gateway/<merchant login>". There is no insecure fallback: without a keychain the key cannot be stored or
// read, and every call fails with the reason. The key is never written to a file, a log or the database.
//
// Asynchronous use (the console): call one of the three operations, then wait for exactly one of the signals
// with the same login. The command line uses the blocking helpers, which run a local event loop.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    static QString serviceName() { return QStringLiteral("voicepay"); }
    static QString accountFor(const QString& merchantLogin)
    {
        return QStringLiteral("gateway/") + merchantLogin;
    }

    explicit CredentialStore(QObject* parent = nullptr);

    void storeTransactionKey(const QString& merchantLogin, const QString& key);
    void readTransactionKey(const QString& merchantLogin);
    void clearTransactionKey(const QString& merchantLogin);

    // Blocking forms. read: the key, std::nullopt with `notFound` true when none is stored, or with an error.
    static bool storeBlocking(const QString& merchantLogin, const QString& key, QString* error);
    static std::optional<QString> readBlocking(const QString& merchantLogin, bool* notFound, QString* error);
    static bool clearBlocking(const QString& merchantLogin, QString* error); // true also when none was stored

    // Any entry of the service by its account name ("audit/<store id>", ...), for the other secrets kept
    // there.
    static bool storeEntryBlocking(const QString& account, const QString& value, QString* error);
    static std::optional<QString> readEntryBlocking(const QString& account, bool* notFound, QString* error);

signals:
    void stored(const QString& merchantLogin);
    void read(const QString& merchantLogin, const QString& key);
    void cleared(const QString& merchantLogin);
    // notFound: the keychain works but holds no key for this login.
    void failed(const QString& merchantLogin, const QString& error, bool notFound);

private:
    // `label` is what the signals carry.
    void storeEntry(const QString& account, const QString& label, const QString& value);
    void readEntry(const QString& account, const QString& label);
    void clearEntry(const QString& account, const QString& label);
};

} // namespace voicepay
