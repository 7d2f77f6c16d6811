#include "admin/passwordhash.h"

#include <QTest>

using namespace voicepay;

class TestPasswordHash : public QObject
{
    Q_OBJECT

private slots:
    void verify_acceptsOnlyTheRightPassword();
    void hashes_areSaltedAndSlow();
    void earlierPbkdf2Hashes_stillVerifyAndAskForARehash();
    void malformedStoredValue_isRefused_data();
    void malformedStoredValue_isRefused();
    void weakness_data();
    void weakness();
};

void TestPasswordHash::verify_acceptsOnlyTheRightPassword()
{
    const QString stored = PasswordHash::create(QStringLiteral("correct horse 42"));
    QVERIFY(PasswordHash::verify(QStringLiteral("correct horse 42"), stored));
    QVERIFY(!PasswordHash::verify(QStringLiteral("correct horse 43"), stored));
    QVERIFY(!PasswordHash::verify(QString(), stored));
    QVERIFY(!stored.contains(QStringLiteral("horse")));
}

void TestPasswordHash::hashes_areSaltedAndSlow()
{
    const QString a = PasswordHash::create(QStringLiteral("same password 1"));
    const QString b = PasswordHash::create(QStringLiteral("same password 1"));
    QVERIFY(a != b);
    // Argon2id at OWASP's parameters: 19 MiB, two passes, one lane.
    QVERIFY2(a.startsWith(QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$")), qPrintable(a));
    QVERIFY(!PasswordHash::needsRehash(a));
}

void TestPasswordHash::earlierPbkdf2Hashes_stillVerifyAndAskForARehash()
{
    const QString stored = PasswordHash::createPbkdf2(QStringLiteral("correct horse 42"), 1000);
    QVERIFY(stored.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
    QVERIFY(PasswordHash::verify(QStringLiteral("correct horse 42"), stored));
    QVERIFY(!PasswordHash::verify(QStringLiteral("correct horse 43"), stored));
    QVERIFY(PasswordHash::needsRehash(stored));
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
    QTest::newRow("argon2id cut short") << "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA";
    QTest::newRow("argon2id too long") << QStringLiteral("$argon2id$") + QString(200, QLatin1Char('a'));
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
    QTest::newRow("eleven characters") << "payment-202" << false;
    QTest::newRow("twelve characters") << "payment-2026" << true;
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
