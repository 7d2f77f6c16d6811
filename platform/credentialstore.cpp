#include "credentialstore.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "voicepay.platform.credentials")

namespace voicepay {

namespace {

template <typename JobType> JobType* makeJob(QObject* parent, const QString& account)
{
    auto* job = new JobType(CredentialStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    return job;
}

QString describe(const QKeychain::Job* job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
        return CredentialStore::tr("no system keychain is available (%1)").arg(job->errorString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialStore::tr("the system keychain refused access (%1)").arg(job->errorString());
    default:
        return CredentialStore::tr("system keychain error: %1").arg(job->errorString());
    }
}

} // namespace

CredentialStore::CredentialStore(QObject* parent)
    : QObject(parent)
{
}

void CredentialStore::storeTransactionKey(const QString& merchantLogin, const QString& key)
{
    storeEntry(accountFor(merchantLogin), merchantLogin, key);
}

void CredentialStore::readTransactionKey(const QString& merchantLogin)
{
    readEntry(accountFor(merchantLogin), merchantLogin);
}

void CredentialStore::clearTransactionKey(const QString& merchantLogin)
{
    clearEntry(accountFor(merchantLogin), merchantLogin);
}

void CredentialStore::storeEntry(const QString& account, const QString& merchantLogin, const QString& key)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(this, account);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, merchantLogin](QKeychain::Job* j) {
        if (j->error() == QKeychain::NoError) {
            qCInfo(lcCredentials).noquote() << "stored the secret of" << merchantLogin;
            emit stored(merchantLogin);
        } else {
            emit failed(merchantLogin, describe(j), false);
        }
    });
    job->start();
}

void CredentialStore::readEntry(const QString& account, const QString& merchantLogin)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(this, account);
    connect(job, &QKeychain::Job::finished, this, [this, merchantLogin](QKeychain::Job* j) {
        if (j->error() == QKeychain::NoError) {
            emit read(merchantLogin, static_cast<QKeychain::ReadPasswordJob*>(j)->textData());
        } else if (j->error() == QKeychain::EntryNotFound) {
            emit failed(merchantLogin, tr("no transaction key is stored for %1").arg(merchantLogin), true);
        } else {
            emit failed(merchantLogin, describe(j), false);
        }
    });
    job->start();
}

void CredentialStore::clearEntry(const QString& account, const QString& merchantLogin)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(this, account);
    connect(job, &QKeychain::Job::finished, this, [this, merchantLogin](QKeychain::Job* j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
            emit cleared(merchantLogin);
        } else {
            emit failed(merchantLogin, describe(j), false);
        }
    });
    job->start();
}

namespace {

// Runs one operation and waits for its answer.
// How long a blocking call waits for the keychain: long enough for a person to unlock it when it asks, not
// forever (without a session bus, libsecret may wait for a Secret Service that never comes).
constexpr int kKeychainAnswerMs = 90000;

struct Waiter
{
    CredentialStore store;
    QEventLoop loop;
    bool ok = false;
    bool notFound = false;
    bool timedOut = false;
    QString key;
    QString error;

    Waiter()
    {
        QObject::connect(&store, &CredentialStore::stored, &loop, [this] { finish(true); });
        QObject::connect(&store, &CredentialStore::cleared, &loop, [this] { finish(true); });
        QObject::connect(&store, &CredentialStore::read, &loop, [this](const QString&, const QString& k) {
            key = k;
            finish(true);
        });
        QObject::connect(
            &store, &CredentialStore::failed, &loop, [this](const QString&, const QString& e, bool nf) {
                error = e;
                notFound = nf;
                finish(false);
            });
        QTimer::singleShot(kKeychainAnswerMs, &loop, [this] {
            timedOut = true;
            error = CredentialStore::tr("the system keychain did not answer within %1 s (is a Secret Service "
                                        "running in this session?)")
                        .arg(kKeychainAnswerMs / 1000);
            finish(false);
        });
    }
    ~Waiter()
    {
        if (timedOut) {
            // The keychain may still answer, into the job it was asked by: the job outlives the store and
            // deletes itself when it finishes (makeJob's auto-delete); its answer reaches nobody.
            for (QObject* job : store.children()) {
                job->setParent(nullptr);
            }
        }
    }
    Waiter(const Waiter&) = delete;
    Waiter& operator=(const Waiter&) = delete;

    void finish(bool result)
    {
        ok = result;
        loop.quit();
    }
};

} // namespace

bool CredentialStore::storeBlocking(const QString& merchantLogin, const QString& key, QString* error)
{
    Waiter w;
    w.store.storeTransactionKey(merchantLogin, key);
    w.loop.exec();
    *error = w.error;
    return w.ok;
}

std::optional<QString> CredentialStore::readBlocking(
    const QString& merchantLogin, bool* notFound, QString* error)
{
    Waiter w;
    w.store.readTransactionKey(merchantLogin);
    w.loop.exec();
    *notFound = w.notFound;
    *error = w.error;
    if (!w.ok) {
        return std::nullopt;
    }
    return w.key;
}

bool CredentialStore::clearBlocking(const QString& merchantLogin, QString* error)
{
    Waiter w;
    w.store.clearTransactionKey(merchantLogin);
    w.loop.exec();
    *error = w.error;
    return w.ok;
}

bool CredentialStore::storeEntryBlocking(const QString& account, const QString& value, QString* error)
{
    Waiter w;
    w.store.storeEntry(account, account, value);
    w.loop.exec();
    *error = w.error;
    return w.ok;
}

std::optional<QString> CredentialStore::readEntryBlocking(
    const QString& account, bool* notFound, QString* error)
{
    Waiter w;
    w.store.readEntry(account, account);
    w.loop.exec();
    *notFound = w.notFound;
    *error = w.error;
    if (!w.ok) {
        return std::nullopt;
    }
    return w.key;
}

} // namespace voicepay
