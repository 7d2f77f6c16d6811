#include "secure/securewipe.h"
#include "secure/sensitivedigits.h"

#include <QTest>
#include <type_traits>

using namespace voicepay;

class TestSensitiveDigits : public QObject
{
    Q_OBJECT

private slots:
    void cannotBeCopied();
    void keepsDigitsOnly();
    void lastFourAndMask_data();
    void lastFourAndMask();
    void clearWipesTheBuffer();
    void moveWipesTheSource();
    void removeLastWipesTheDigit();
    void refusesPastCapacity();
    void secureWipe_zeroesMemory();
};

void TestSensitiveDigits::cannotBeCopied()
{
    static_assert(!std::is_copy_constructible_v<SensitiveDigits>);
    static_assert(!std::is_copy_assignable_v<SensitiveDigits>);
    static_assert(!std::is_convertible_v<SensitiveDigits, QString>);
    QVERIFY(std::is_move_constructible_v<SensitiveDigits>);
}

void TestSensitiveDigits::keepsDigitsOnly()
{
    SensitiveDigits d;
    QVERIFY(d.append('4'));
    QVERIFY(!d.append('*'));
    QVERIFY(!d.append('#'));
    QVERIFY(!d.append('a'));
    QCOMPARE(d.size(), 1);
    const SensitiveDigits fromKeys = SensitiveDigits::fromKeys("4111 1111-1111*1111#");
    QCOMPARE(fromKeys.view(), std::string_view("4111111111111111"));
}

void TestSensitiveDigits::lastFourAndMask_data()
{
    QTest::addColumn<QByteArray>("keys");
    QTest::addColumn<QString>("lastFour");
    QTest::addColumn<QString>("masked");
    QTest::newRow("full card") << QByteArray("4111111111111234") << "1234" << QString::fromUtf8("•••• 1234");
    QTest::newRow("three digits") << QByteArray("123") << "123" << QString::fromUtf8("•••• 123");
    QTest::newRow("empty") << QByteArray("") << ""
                           << "";
}

void TestSensitiveDigits::lastFourAndMask()
{
    QFETCH(QByteArray, keys);
    QFETCH(QString, lastFour);
    QFETCH(QString, masked);
    const SensitiveDigits d = SensitiveDigits::fromKeys(std::string_view(keys.constData(), keys.size()));
    QCOMPARE(d.lastFour(), lastFour);
    QCOMPARE(d.masked(), masked);
}

void TestSensitiveDigits::clearWipesTheBuffer()
{
    SensitiveDigits d = SensitiveDigits::fromKeys("4111111111111111");
    const char* raw = d.view().data();
    d.clear();
    QCOMPARE(d.size(), 0);
    for (int i = 0; i < SensitiveDigits::capacity; ++i) {
        QCOMPARE(raw[i], '\0');
    }
}

void TestSensitiveDigits::moveWipesTheSource()
{
    SensitiveDigits source = SensitiveDigits::fromKeys("5555555555554444");
    const char* raw = source.view().data();
    SensitiveDigits target(std::move(source));
    QCOMPARE(target.view(), std::string_view("5555555555554444"));
    QCOMPARE(source.size(), 0); // NOLINT(bugprone-use-after-move): checking the wipe is the point
    for (int i = 0; i < 16; ++i) {
        QCOMPARE(raw[i], '\0');
    }
    SensitiveDigits other;
    other.assignFrom(std::move(target));
    QCOMPARE(other.lastFour(), QStringLiteral("4444"));
    QVERIFY(target.isEmpty());
}

void TestSensitiveDigits::removeLastWipesTheDigit()
{
    SensitiveDigits d = SensitiveDigits::fromKeys("1234");
    const char* raw = d.view().data();
    d.removeLast();
    QCOMPARE(d.view(), std::string_view("123"));
    QCOMPARE(raw[3], '\0');
}

void TestSensitiveDigits::refusesPastCapacity()
{
    SensitiveDigits d;
    for (int i = 0; i < SensitiveDigits::capacity; ++i) {
        QVERIFY(d.append('9'));
    }
    QVERIFY(!d.append('9'));
    QCOMPARE(d.size(), SensitiveDigits::capacity);
}

void TestSensitiveDigits::secureWipe_zeroesMemory()
{
    char buffer[8] = { '1', '2', '3', '4', '5', '6', '7', '8' };
    secureWipe(buffer, sizeof buffer);
    for (char c : buffer) {
        QCOMPARE(c, '\0');
    }
    secureWipe(nullptr, 4); // harmless
}

QTEST_GUILESS_MAIN(TestSensitiveDigits)
#include "tst_sensitivedigits.moc"
