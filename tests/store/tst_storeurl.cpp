#include "store/storeurl.h"

#include <QStandardPaths>
#include <QTest>

using namespace voicepay;

class TestStoreUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void passwordComesFromTheEnvironmentAndIsNeverShown();
    void defaultIsAnSqliteFileInTheDataFolder();
    void tlsOptions();
};

void TestStoreUrl::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("where"); // path, or host:port/db as user
    QTest::newRow("a relative SQLite file") << u"sqlite:kpi.db"_qs << false << u"kpi.db"_qs;
    QTest::newRow("an absolute SQLite file")
        << u"sqlite:/var/lib/voicepay/kpi.db"_qs << false << u"/var/lib/voicepay/kpi.db"_qs;
    QTest::newRow("an SQLite URL with slashes") << u"sqlite:///tmp/k.db"_qs << false << u"/tmp/k.db"_qs;
    QTest::newRow("a PostgreSQL server")
        << u"postgresql://ivr@db.example:6543/kpi"_qs << true << u"ivr@db.example:6543/kpi"_qs;
    QTest::newRow("the default PostgreSQL port")
        << u"postgresql://ivr@127.0.0.1/kpi"_qs << true << u"ivr@127.0.0.1:5432/kpi"_qs;
}

void TestStoreUrl::parses()
{
    QFETCH(QString, text);
    QFETCH(bool, postgres);
    QFETCH(QString, where);
    QString error;
    const auto url = StoreUrl::parse(text, &error);
    QVERIFY2(url, qPrintable(error));
    QCOMPARE(url->backend == StoreUrl::Backend::Postgres, postgres);
    if (postgres) {
        QCOMPARE(
            QStringLiteral("%1@%2:%3/%4").arg(url->user, url->host).arg(url->port).arg(url->database), where);
    } else {
        QCOMPARE(url->path, where);
    }
}

void TestStoreUrl::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("an unknown scheme") << u"mysql://a@b/c"_qs;
    QTest::newRow("a bare path") << u"/tmp/kpi.db"_qs;
    QTest::newRow("an SQLite URL without a file") << u"sqlite:"_qs;
    QTest::newRow("a PostgreSQL URL without a database") << u"postgresql://a@host:5432/"_qs;
    QTest::newRow("a PostgreSQL URL without a host") << u"postgresql:///db"_qs;
}

void TestStoreUrl::refuses()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!StoreUrl::parse(text, &error));
    QVERIFY(!error.isEmpty());
}

void TestStoreUrl::passwordComesFromTheEnvironmentAndIsNeverShown()
{
    qputenv("PGPASSWORD", "s3cret");
    QString error;
    auto url = StoreUrl::parse(u"postgresql://ivr@host/kpi"_qs, &error);
    QVERIFY(url);
    QCOMPARE(url->password, u"s3cret"_qs);
    QVERIFY(!url->displayString().contains(u"s3cret"));
    // A password in the URL stands in a command line: refused, naming where it goes instead.
    QVERIFY(!StoreUrl::parse(u"postgresql://ivr:inline@host/kpi"_qs, &error));
    QVERIFY2(error.contains(u"password file") && !error.contains(u"inline"), qPrintable(error));
    qunsetenv("PGPASSWORD");
}

void TestStoreUrl::tlsOptions()
{
    QString error;
    auto url = StoreUrl::parse(
        u"postgresql://ivr@db.example/kpi?sslmode=verify-full&sslrootcert=/etc/voicepay/ca.pem"_qs, &error);
    QVERIFY2(url, qPrintable(error));
    QCOMPARE(url->sslMode, u"verify-full"_qs);
    QCOMPARE(url->sslRootCert, u"/etc/voicepay/ca.pem"_qs);
    QCOMPARE(url->database, u"kpi"_qs);
    QVERIFY(!StoreUrl::parse(u"postgresql://ivr@db.example/kpi?sslmode=sometimes"_qs, &error));
    QVERIFY(!StoreUrl::parse(u"postgresql://ivr@db.example/kpi?password=x"_qs, &error));
    QVERIFY(!StoreUrl::parse(u"postgresql://ivr@db.example/kpi?sslrootcert=a;sslmode=disable"_qs, &error));
}

void TestStoreUrl::defaultIsAnSqliteFileInTheDataFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    const StoreUrl url = StoreUrl::defaultUrl();
    QCOMPARE(url.backend, StoreUrl::Backend::Sqlite);
    QVERIFY(url.path.endsWith(u".sqlite"));
}

QTEST_GUILESS_MAIN(TestStoreUrl)
#include "tst_storeurl.moc"
