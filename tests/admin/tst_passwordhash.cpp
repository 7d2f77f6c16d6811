#include "admin/passwordhash.h"

#include <QTest>

using namespace voicepay;

class TestPasswordHash : public QObject
{
    Q_OBJECT

private slots:
    void verify_acceptsOnlyTheRightPassword();
    void hashes_areSaltedAndSlow();
    void malformedStoredValue_isRefused_data();
    void malformedStoredValue_isRefused();
    void weakness_data();
    void weakness();
};

void TestPasswordHash::verify_acceptsOnlyTheRightPassword()
{
    const QString stored = PasswordHash::create(QStringLiteral("correct horse 42"), 1000);
    QVERIFY(PasswordHash::verify(QStringLiteral("correct horse 42"), stored));
    QVERIFY(!PasswordHash::verify(QStringLiteral("correct horse 43"), stored));
    QVERIFY(!PasswordHash::verify(QString(), stored));
    QVERIFY(!stored.contains(QStringLiteral("horse")));
}

void TestPasswordHash::hashes_areSaltedAndSlow()
{
    const QString a = PasswordHash::create(QStringLiteral("same password 1"), 1000);
    const QString b = PasswordHash::create(QStringLiteral("same password 1"), 1000);
    QVERIFY(a != b);
    QVERIFY(PasswordHash::defaultIterations >= 100000);
    QVERIFY(PasswordHash::create(QStringLiteral("x"), PasswordHash::defaultIterations)
                .startsWith(QStringLiteral("pbkdf2-sha256$%1$").arg(PasswordHash::defaultIterations)));
}

void TestPasswordHash::malformedStoredValue_isRefused_data()
{
    QTest::addColumn<QString>("stored");
    QTest::newRow("empty") << "";
    QTest::newRow("plain text") << "hunter2";
    QTest::newRow("unknown scheme") << "md5$1$c2FsdA==$aGFzaA==";
    QTest::newRow("zero iterations") << "pbkdf2-sha256$0$c2FsdA==$aGFzaA==";
    QTest::newRow("absurd iterations") << "pbkdf2-sha256$99999999999$c2FsdA==$aGFzaA==";
    QTest::newRow("no hash") << "pbkdf2-sha256$1000$c2FsdA==$";
}

void TestPasswordHash::malformedStoredValue_isRefused()
{
    QFETCH(QString, stored);
    QVERIFY(!PasswordHash::verify(QStringLiteral("anything at all"), stored));
}

void TestPasswordHash::weakness_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("short") << "abc123" << false;
    QTest::newRow("letters only") << "abcdefghijkl" << false;
    QTest::newRow("digits only") << "123456789012" << false;
    QTest::newRow("mixed and long") << "payments-2026" << true;
}

void TestPasswordHash::weakness()
{
    QFETCH(QString, password);
    QFETCH(bool, acceptable);
    QCOMPARE(PasswordHash::weakness(password).isEmpty(), acceptable);
}

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
