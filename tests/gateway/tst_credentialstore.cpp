#include "config/flowconfig.h"
#include "credentialstore.h"
#include "keychainprobe.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    QString m_login;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("VoicePay"));
        QCoreApplication::setApplicationName(QStringLiteral("voicepay"));
        const QString why = secretServiceUnavailableReason();
        if (!why.isEmpty()) {
            qInfo("skipping the keychain tests: %s", qPrintable(why));
            QSKIP(qPrintable(why));
        }
        m_login = QStringLiteral("tst-%1").arg(QCoreApplication::applicationPid());
    }

    void cleanupTestCase()
    {
        QString error;
        if (!m_login.isEmpty()) {
            CredentialStore::clearBlocking(m_login, &error);
        }
    }

    void storeThenRead_givesTheKeyBack()
    {
        CredentialStore store;
        QSignalSpy stored(&store, &CredentialStore::stored);
        QSignalSpy read(&store, &CredentialStore::read);
        QSignalSpy failed(&store, &CredentialStore::failed);
        store.storeTransactionKey(m_login, QStringLiteral("Round7Trip9Key"));
        QVERIFY(stored.wait(10000));
        QCOMPARE(stored.first().first().toString(), m_login);
        store.readTransactionKey(m_login);
        QVERIFY(read.wait(10000));
        QCOMPARE(read.first().at(1).toString(), QStringLiteral("Round7Trip9Key"));
        QCOMPARE(failed.count(), 0);
    }

    void storeAgain_replacesTheKey()
    {
        QString error;
        QVERIFY2(
            CredentialStore::storeBlocking(m_login, QStringLiteral("FirstKey1"), &error), qPrintable(error));
        QVERIFY2(
            CredentialStore::storeBlocking(m_login, QStringLiteral("SecondKey2"), &error), qPrintable(error));
        bool notFound = true;
        QCOMPARE(CredentialStore::readBlocking(m_login, &notFound, &error),
            std::optional<QString>(QStringLiteral("SecondKey2")));
    }

    void clear_leavesNoKey()
    {
        QString error;
        QVERIFY(CredentialStore::storeBlocking(m_login, QStringLiteral("ToBeCleared3"), &error));
        CredentialStore store;
        QSignalSpy cleared(&store, &CredentialStore::cleared);
        QSignalSpy failed(&store, &CredentialStore::failed);
        store.clearTransactionKey(m_login);
        QVERIFY(cleared.wait(10000));
        store.readTransactionKey(m_login);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(2).toBool(), true); // not found, rather than a broken keychain
        // Clearing what is not there is not an error.
        QVERIFY2(CredentialStore::clearBlocking(m_login, &error), qPrintable(error));
    }

    void otherLogin_hasItsOwnKey()
    {
        QString error;
        const QString other = m_login + QStringLiteral("-b");
        QVERIFY(CredentialStore::storeBlocking(m_login, QStringLiteral("KeyOfA"), &error));
        QVERIFY(CredentialStore::storeBlocking(other, QStringLiteral("KeyOfB"), &error));
        bool notFound = false;
        QCOMPARE(*CredentialStore::readBlocking(m_login, &notFound, &error), QStringLiteral("KeyOfA"));
        QCOMPARE(*CredentialStore::readBlocking(other, &notFound, &error), QStringLiteral("KeyOfB"));
        QVERIFY(CredentialStore::clearBlocking(other, &error));
    }

    void storedKey_isInNoConfigurationOrDataFile()
    {
        const QString key = QStringLiteral("Zq8Scan%1").arg(QCoreApplication::applicationPid() % 100000);
        QString error;
        QVERIFY(CredentialStore::storeBlocking(m_login, key, &error));
        // A configuration that names the merchant, saved as the product saves it.
        QTemporaryDir dir;
        FlowConfig config;
        config.gateway.mode = QStringLiteral("server");
        config.gateway.url = QStringLiteral("https://localhost:8443/xml/v1/request.api");
        config.gateway.merchantLogin = m_login;
        QVERIFY2(ConfigReader::saveFile(config, dir.filePath(QStringLiteral("config.json")), &error),
            qPrintable(error));
        const QStringList found = filesContaining(key, { dir.path() });
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
        // The scan can find it: the same key in a file is seen.
        QFile planted(dir.filePath(QStringLiteral("planted.txt")));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write(key.toUtf8());
        planted.close();
        QCOMPARE(filesContaining(key, { dir.path() }).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
