// The store over TLS: a PostgreSQL URL with sslmode=verify-full and the CA of the test server's certificate
// (scripts/postgres.sh makes both) connects encrypted; a root that did not sign it is refused.
#include "store/storeconnection.h"
#include "store/storeurl.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;

class TestStoreTls : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void verifyFull_connectsEncrypted();
    void verifyFull_refusesAnotherAuthority();

private:
    QString url(const QString& host, const QString& ca) const
    {
        return QStringLiteral("postgresql://postgres@%1:%2/voicepay_test?sslmode=verify-full&sslrootcert=%3")
            .arg(host, qEnvironmentVariable("VOICEPAY_TEST_PG_PORT"), ca);
    }
};

void TestStoreTls::init()
{
    if (qEnvironmentVariableIsEmpty("VOICEPAY_TEST_PG_CA")) {
        // Under the test command the server always runs: missing, it is a failure, not a skip.
        QVERIFY2(qEnvironmentVariableIsEmpty("CI") && qEnvironmentVariableIsEmpty("VOICEPAY_REQUIRE_PG"),
            "VOICEPAY_TEST_PG_CA is not set: scripts/postgres.sh start did not run");
        QSKIP("VOICEPAY_TEST_PG_CA is not set (scripts/postgres.sh start gives the server its certificate)");
    }
}

void TestStoreTls::verifyFull_connectsEncrypted()
{
    QString error;
    const auto parsed = StoreUrl::parse(
        url(QStringLiteral("localhost"), qEnvironmentVariable("VOICEPAY_TEST_PG_CA")), &error);
    QVERIFY2(parsed, qPrintable(error));
    StoreConnection c(*parsed, QStringLiteral("tls"));
    QVERIFY2(c.open(&error), qPrintable(error));
    QSqlQuery q(c.database());
    QVERIFY(q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toBool());
}

void TestStoreTls::verifyFull_refusesAnotherAuthority()
{
    // The server's own certificate is no CA: a chain that does not lead to the trusted root is refused.
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other.pem"));
    QFile::copy(
        QFileInfo(qEnvironmentVariable("VOICEPAY_TEST_PG_CA")).absolutePath() + QStringLiteral("/server.pem"),
        other);
    QString error;
    auto parsed = StoreUrl::parse(url(QStringLiteral("localhost"), other), &error);
    QVERIFY2(parsed, qPrintable(error));
    StoreConnection c(*parsed, QStringLiteral("tls-other-ca"));
    QVERIFY(!c.open(&error));
    QVERIFY2(error.contains(QStringLiteral("certificate")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestStoreTls)
#include "tst_storetls.moc"
