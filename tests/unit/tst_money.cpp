#include "money/dtmfamount.h"
#include "money/money.h"

#include <QTest>

using namespace voicepay;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void currencyDecimals_data();
    void currencyDecimals();
    void decimalString_data();
    void decimalString();
    void parseDecimal_data();
    void parseDecimal();
    void dtmfAmount_data();
    void dtmfAmount();
    void unknownCurrency_isNotFound();
};

void TestMoney::currencyDecimals_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("decimals");
    QTest::newRow("US dollar has cents") << "USD" << 2;
    QTest::newRow("euro has cents") << "EUR" << 2;
    QTest::newRow("yen has no minor unit") << "JPY" << 0;
    QTest::newRow("won has no minor unit") << "KRW" << 0;
    QTest::newRow("Kuwaiti dinar has fils") << "KWD" << 3;
    QTest::newRow("Bahraini dinar has fils") << "BHD" << 3;
}

void TestMoney::currencyDecimals()
{
    QFETCH(QString, code);
    QFETCH(int, decimals);
    const auto currency = CurrencyTable::find(code);
    QVERIFY(currency);
    QCOMPARE(currency->decimals, decimals);
}

void TestMoney::decimalString_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("text");
    QTest::newRow("dollars and cents") << "USD" << qint64(1250) << "12.50";
    QTest::newRow("cents only") << "USD" << qint64(5) << "0.05";
    QTest::newRow("zero dollars") << "USD" << qint64(0) << "0.00";
    QTest::newRow("whole yen") << "JPY" << qint64(1500) << "1500";
    QTest::newRow("dinars and fils") << "KWD" << qint64(12345) << "12.345";
    QTest::newRow("fils only") << "KWD" << qint64(7) << "0.007";
    QTest::newRow("negative refund") << "USD" << qint64(-1999) << "-19.99";
}

void TestMoney::decimalString()
{
    QFETCH(QString, code);
    QFETCH(qint64, minor);
    QFETCH(QString, text);
    const Money money(minor, *CurrencyTable::find(code));
    QCOMPARE(money.toDecimalString(), text);
}

void TestMoney::parseDecimal_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("two decimals") << "USD"
                                  << "12.50" << true << qint64(1250);
    QTest::newRow("one decimal pads") << "USD"
                                      << "12.5" << true << qint64(1250);
    QTest::newRow("no decimals") << "USD"
                                 << "12" << true << qint64(1200);
    QTest::newRow("surrounding blanks") << "USD"
                                        << " 7.01 " << true << qint64(701);
    QTest::newRow("too many decimals for USD") << "USD"
                                               << "1.234" << false << qint64(0);
    QTest::newRow("three decimals for KWD") << "KWD"
                                            << "1.234" << true << qint64(1234);
    QTest::newRow("any decimal for JPY") << "JPY"
                                         << "100.5" << false << qint64(0);
    QTest::newRow("whole yen") << "JPY"
                               << "100" << true << qint64(100);
    QTest::newRow("empty") << "USD"
                           << "" << false << qint64(0);
    QTest::newRow("letters") << "USD"
                             << "12a" << false << qint64(0);
    QTest::newRow("trailing point") << "USD"
                                    << "12." << false << qint64(0);
    QTest::newRow("leading point") << "USD"
                                   << ".5" << false << qint64(0);
    QTest::newRow("negative sign") << "USD"
                                   << "-5" << false << qint64(0);
    QTest::newRow("comma as point") << "USD"
                                    << "5,00" << false << qint64(0);
    QTest::newRow("exponent") << "USD"
                              << "1e3" << false << qint64(0);
    QTest::newRow("too large") << "USD"
                               << "9999999999999" << false << qint64(0);
}

void TestMoney::parseDecimal()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, minor);
    QString error;
    const auto money = Money::fromDecimalString(text, *CurrencyTable::find(code), &error);
    QCOMPARE(money.has_value(), ok);
    if (ok) {
        QCOMPARE(money->minorUnits(), minor);
        QCOMPARE(money->currency().code, code);
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void TestMoney::dtmfAmount_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("keys");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("star is the decimal point") << "USD"
                                               << "12*5#" << true << qint64(1250);
    QTest::newRow("two decimals") << "USD"
                                  << "12*50#" << true << qint64(1250);
    QTest::newRow("whole dollars") << "USD"
                                   << "12#" << true << qint64(1200);
    QTest::newRow("without the hash") << "USD"
                                      << "99*99" << true << qint64(9999);
    QTest::newRow("star first means zero") << "USD"
                                           << "*5#" << true << qint64(50);
    QTest::newRow("star last is whole") << "USD"
                                        << "12*#" << true << qint64(1200);
    QTest::newRow("three decimals in USD") << "USD"
                                           << "1*234#" << false << qint64(0);
    QTest::newRow("two stars") << "USD"
                               << "1*2*3#" << false << qint64(0);
    QTest::newRow("hash inside") << "USD"
                                 << "1#2#" << false << qint64(0);
    QTest::newRow("hash only") << "USD"
                               << "#" << false << qint64(0);
    QTest::newRow("yen whole") << "JPY"
                               << "1500#" << true << qint64(1500);
    QTest::newRow("yen refuses the star") << "JPY"
                                          << "15*00#" << false << qint64(0);
    QTest::newRow("dinar three decimals") << "KWD"
                                          << "12*345#" << true << qint64(12345);
    QTest::newRow("dinar one decimal") << "KWD"
                                       << "12*3#" << true << qint64(12300);
}

void TestMoney::dtmfAmount()
{
    QFETCH(QString, code);
    QFETCH(QString, keys);
    QFETCH(bool, ok);
    QFETCH(qint64, minor);
    const DtmfAmountResult result = parseDtmfAmount(keys, *CurrencyTable::find(code));
    QCOMPARE(result.amount.has_value(), ok);
    if (ok) {
        QCOMPARE(result.amount->minorUnits(), minor);
    } else {
        QVERIFY2(!result.error.isEmpty(), "a refused amount says why");
    }
}

void TestMoney::unknownCurrency_isNotFound()
{
    QVERIFY(!CurrencyTable::find(QStringLiteral("XYZ")));
    QVERIFY(!CurrencyTable::find(QStringLiteral("usd")));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
