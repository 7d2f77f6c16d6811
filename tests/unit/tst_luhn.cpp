#include "cards/luhn.h"

#include <QTest>

using namespace voicepay;

class TestLuhn : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void checkDigit_completesNumbers();
};

void TestLuhn::valid_data()
{
    QTest::addColumn<QByteArray>("digits");
    QTest::addColumn<bool>("valid");
    QTest::newRow("visa test card") << QByteArray("4111111111111111") << true;
    QTest::newRow("visa with last digit changed") << QByteArray("4111111111111112") << false;
    QTest::newRow("amex test card") << QByteArray("378282246310005") << true;
    QTest::newRow("mastercard test card") << QByteArray("5555555555554444") << true;
    QTest::newRow("two digits swapped") << QByteArray("4111111111111161") << false;
    QTest::newRow("all zeros") << QByteArray("0000000000000000") << true;
    QTest::newRow("single zero") << QByteArray("0") << true;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("a letter") << QByteArray("41111111a1111111") << false;
    QTest::newRow("a space") << QByteArray("4111 1111 1111 1111") << false;
    QTest::newRow("nineteen digits") << QByteArray("4000000000000000006") << true;
}

void TestLuhn::valid()
{
    QFETCH(QByteArray, digits);
    QFETCH(bool, valid);
    QCOMPARE(luhnValid(std::string_view(digits.constData(), digits.size())), valid);
}

void TestLuhn::checkDigit_completesNumbers()
{
    QCOMPARE(luhnCheckDigit("411111111111111"), '1');
    QCOMPARE(luhnCheckDigit("37828224631000"), '5');
    QCOMPARE(luhnCheckDigit("4x"), char(0));
    for (int i = 0; i < 200; ++i) {
        const std::string body = std::to_string(1000000 + i * 7919);
        const std::string full = body + luhnCheckDigit(body);
        QVERIFY2(luhnValid(full), full.c_str());
    }
}

QTEST_GUILESS_MAIN(TestLuhn)
#include "tst_luhn.moc"
