#include "cards/carddetector.h"
#include "cards/luhn.h"
#include "cards/testcards.h"
#include "gateway/sandboxrules.h"
#include "secure/sensitivedigits.h"

#include <QFile>
#include <QTest>

using namespace voicepay;

namespace {
SensitiveDigits digits(const QString& number)
{
    const QByteArray latin = number.toLatin1();
    return SensitiveDigits::fromKeys(std::string_view(latin.constData(), std::size_t(latin.size())));
}
} // namespace

class TestTestCards : public QObject
{
    Q_OBJECT

private slots:
    void table_isTheResourceFile();
    void everyCard_isWhatItsOutcomeSays();
    void sandbox_givesEachGatewayOutcomeToItsCard_data();
    void sandbox_givesEachGatewayOutcomeToItsCard();
    void networkTestNumbers_areValidNumbersOfTheirBrand();
    void publishedNumbers_areTheTablesCardsAndNetworkNumbers();
    void networkTestNumbers_areTheResourceFiles();
    void luhnHelpers_makeValidAndInvalidNumbers();
    void badTable_isRefusedWithTheCard();
};

void TestTestCards::table_isTheResourceFile()
{
    QFile file(QStringLiteral(VOICEPAY_SOURCE_DIR "/resources/testcards/testcards.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto onDisk = TestCards::fromJson(file.readAll(), &error);
    QVERIFY2(onDisk, qPrintable(error));
    const TestCards& compiled = TestCards::standard();
    QVERIFY(!compiled.cards().isEmpty());
    QCOMPARE(compiled.cards().size(), onDisk->cards().size());
    for (qsizetype i = 0; i < compiled.cards().size(); ++i) {
        QCOMPARE(compiled.cards().at(i).number, onDisk->cards().at(i).number);
    }
    QCOMPARE(compiled.demoPin(QStringLiteral("10001")), QStringLiteral("2468"));
}

void TestTestCards::everyCard_isWhatItsOutcomeSays()
{
    const CardDetector detector;
    for (const TestCard& c : TestCards::standard().cards()) {
        const CardCheck check = detector.check(digits(c.number).view(), {});
        QCOMPARE(check.luhn, c.outcome != u"luhn_failed");
        QVERIFY2(check.brand && check.brand->id == c.brand, qPrintable(c.id));
    }
}

void TestTestCards::sandbox_givesEachGatewayOutcomeToItsCard_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reasonCode");
    QTest::newRow("declined") << "declined" << int(GatewayResult::Status::Declined) << "2";
    QTest::newRow("insufficient funds")
        << "insufficient_funds" << int(GatewayResult::Status::Declined) << "45";
    QTest::newRow("expired card") << "expired_card" << int(GatewayResult::Status::Declined) << "8";
    QTest::newRow("security code") << "security_code_mismatch" << int(GatewayResult::Status::Declined)
                                   << "65";
    QTest::newRow("processing error") << "processing_error" << int(GatewayResult::Status::Error) << "19";
    QTest::newRow("approved") << "approve" << int(GatewayResult::Status::Approved) << "1";
}

void TestTestCards::sandbox_givesEachGatewayOutcomeToItsCard()
{
    QFETCH(QString, outcome);
    QFETCH(int, status);
    QFETCH(QString, reasonCode);
    const TestCard* card = TestCards::standard().withOutcome(outcome);
    QVERIFY2(card, qPrintable(outcome));
    const SandboxOutcome answer = sandboxOutcomeFor(digits(card->number));
    QCOMPARE(int(answer.status), status);
    QCOMPARE(answer.reasonCode, reasonCode);
}

void TestTestCards::networkTestNumbers_areValidNumbersOfTheirBrand()
{
    const CardDetector detector;
    const QList<TestCard>& network = TestCards::networkTestNumbers();
    QVERIFY(!network.isEmpty());
    for (const TestCard& c : network) {
        const CardCheck check = detector.check(digits(c.number).view(), {});
        QVERIFY2(check.luhn, qPrintable(c.number));
        QVERIFY2(check.brand && check.brand->id == c.brand, qPrintable(c.number));
        // No outcome: the sandboxes approve them, and the kit does not list them.
        QCOMPARE(TestCards::standard().sandboxOutcome(c.number.toStdString()), QStringLiteral("approve"));
    }
}

void TestTestCards::publishedNumbers_areTheTablesCardsAndNetworkNumbers()
{
    const TestCards& table = TestCards::standard();
    for (const TestCard& c : table.cards()) {
        QVERIFY2(table.isPublishedNumber(c.number.toStdString()), qPrintable(c.id));
    }
    QVERIFY(table.isPublishedNumber("4242424242424242"));
    QVERIFY(table.isPublishedNumber("6200000000000005"));
    QVERIFY(table.isPublishedNumberPrefix("424242"));
    QVERIFY(!table.isPublishedNumber("424242"));
    QVERIFY(!table.isPublishedNumber("4556737586899855"));
    QVERIFY(!table.isPublishedNumberPrefix("45567"));
}

void TestTestCards::networkTestNumbers_areTheResourceFiles()
{
    QFile file(QStringLiteral(VOICEPAY_SOURCE_DIR "/resources/testcards/testcards.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto onDisk = TestCards::networkTestNumbersFromJson(file.readAll(), &error);
    QVERIFY2(onDisk, qPrintable(error));
    QCOMPARE(TestCards::networkTestNumbers().size(), onDisk->size());
    QVERIFY(!TestCards::networkTestNumbersFromJson(R"({"networkTestNumbers":[{"number":"42"}]})", &error));
    QVERIFY(error.contains(QStringLiteral("networkTestNumbers[0]")));
}

void TestTestCards::luhnHelpers_makeValidAndInvalidNumbers()
{
    const QString number = testcards::luhnComplete(QStringLiteral("4"), 16);
    QCOMPARE(number.size(), 16);
    QVERIFY(number.startsWith(u'4'));
    QVERIFY(luhnValid(number.toLatin1().toStdString()));
    QVERIFY(!luhnValid(testcards::breakLuhn(number).toLatin1().toStdString()));
    QCOMPARE(
        testcards::luhnComplete(QStringLiteral("411111111111111"), 16), QStringLiteral("4111111111111111"));
}

void TestTestCards::badTable_isRefusedWithTheCard()
{
    QString error;
    QVERIFY(!TestCards::fromJson(
        R"({"cards":[{"id":"x","number":"41","expiry":"1230","securityCode":"123"}]})", &error));
    QVERIFY2(error.contains(QStringLiteral("cards[0]")), qPrintable(error));
    QVERIFY(!TestCards::fromJson("[]", &error));
}

QTEST_GUILESS_MAIN(TestTestCards)
#include "tst_testcards.moc"
