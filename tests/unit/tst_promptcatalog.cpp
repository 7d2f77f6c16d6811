#include "cards/cardbrand.h"
#include "flow/step.h"
#include "prompts/promptcatalog.h"
#include "prompts/prompttext.h"

#include <QSet>
#include <QTest>

using namespace voicepay;

class TestPromptCatalog : public QObject
{
    Q_OBJECT

private slots:
    void everyVariant_rendersText();
    void everyPhrase_isUsedAndKnown();
    void everyStep_hasAskRetryAndErrors();
    void securityCode_variesByBrand_data();
    void securityCode_variesByBrand();
    void rendering_data();
    void rendering();
    void cardReadback_isMaskedInText();
    void ids_areUnique();
};

void TestPromptCatalog::everyVariant_rendersText()
{
    for (const PromptVariant& v : PromptCatalog::variants()) {
        const Prompt p = PromptCatalog::example(v.id);
        QVERIFY2(!p.segments.isEmpty(), qPrintable(v.id));
        QVERIFY2(!p.text().isEmpty(), qPrintable(v.id));
        QVERIFY2(!p.text().contains(QLatin1Char('$')),
            qPrintable(v.id + QStringLiteral(": unfilled placeholder")));
    }
}

void TestPromptCatalog::everyPhrase_isUsedAndKnown()
{
    QSet<QString> used;
    for (const PromptVariant& v : PromptCatalog::variants()) {
        for (const QString& token : v.tokens) {
            if (!token.startsWith(QLatin1Char('$'))) {
                QVERIFY2(
                    !PromptText::phrase(token).isEmpty(), qPrintable(v.id + QStringLiteral(": ") + token));
                used.insert(token);
            }
        }
    }
    // The correction menu phrases come through $menu.
    used.unite({ QStringLiteral("correction_amount"), QStringLiteral("correction_card"),
        QStringLiteral("correction_expiry"), QStringLiteral("correction_code") });
    for (const Phrase& p : PromptText::phrases()) {
        QVERIFY2(used.contains(p.id), qPrintable(QStringLiteral("phrase never used: ") + p.id));
    }
}

void TestPromptCatalog::everyStep_hasAskRetryAndErrors()
{
    for (Step step : allSteps()) {
        const QString name = stepName(step);
        for (const char* situation : { ".ask.retry", ".no_input", ".no_match" }) {
            QVERIFY2(PromptCatalog::find(name + QLatin1String(situation)),
                qPrintable(name + QLatin1String(situation)));
        }
        if (step != Step::SecurityCode) {
            QVERIFY2(PromptCatalog::find(name + QStringLiteral(".ask")), qPrintable(name));
        }
    }
}

void TestPromptCatalog::securityCode_variesByBrand_data()
{
    QTest::addColumn<QString>("brand");
    QTest::addColumn<QString>("expected");
    QTest::newRow("amex asks four-digit CID on the front")
        << "american-express"
        << "Please enter the 4 digit CID printed on the front of your card, above the card number.";
    QTest::newRow("visa asks three-digit CVV on the back")
        << "visa"
        << "Please enter the 3 digit CVV printed on the back of your card.";
    QTest::newRow("unionpay asks CVN") << "unionpay"
                                       << "Please enter the 3 digit CVN printed on the back of your card.";
}

void TestPromptCatalog::securityCode_variesByBrand()
{
    QFETCH(QString, brand);
    QFETCH(QString, expected);
    QCOMPARE(PromptCatalog::example(QStringLiteral("security_code.ask.") + brand).text(), expected);
    for (const CardBrand& b : CardBrandTable::standard().brands()) {
        QVERIFY(PromptCatalog::find(QStringLiteral("security_code.ask.") + b.id));
    }
}

void TestPromptCatalog::rendering_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("expected");
    QTest::newRow("too low in dollars")
        << "amount_entry.too_low"
        << "USD" << qint64(500) << "That amount is below the minimum payment of 5.00 US dollars.";
    QTest::newRow("too high in yen") << "amount_entry.too_high"
                                     << "JPY" << qint64(100000)
                                     << "That amount is above the maximum payment of 100000 Japanese yen.";
    QTest::newRow("due in dinars")
        << "amount_choice.ask"
        << "KWD" << qint64(12345)
        << "The amount due is 12.345 Kuwaiti dinars. To pay the full amount, press 1. To pay "
           "a different amount, press 2.";
}

void TestPromptCatalog::rendering()
{
    QFETCH(QString, id);
    QFETCH(QString, code);
    QFETCH(qint64, minor);
    QFETCH(QString, expected);
    PromptValues v;
    const Money m(minor, *CurrencyTable::find(code));
    v.minimum = v.maximum = v.due = v.amount = m;
    QCOMPARE(PromptCatalog::build(id, v).text(), expected);
}

void TestPromptCatalog::cardReadback_isMaskedInText()
{
    PromptValues v;
    v.amount = Money(1000, *CurrencyTable::find(QStringLiteral("USD")));
    v.brand = QStringLiteral("visa");
    v.lastFour = QStringLiteral("1111");
    v.cardLength = 16;
    v.expiryMonth = 2;
    v.expiryYear = 2029;
    const QString text = PromptCatalog::build(QStringLiteral("confirm.readback.full"), v).text();
    QCOMPARE(text,
        QStringLiteral("You are paying 10.00 US dollars with your Visa card number XXXXXXXXXXXX1111 "
                       "expiring February 2029."));
}

void TestPromptCatalog::ids_areUnique()
{
    QSet<QString> ids;
    for (const PromptVariant& v : PromptCatalog::variants()) {
        QVERIFY2(!ids.contains(v.id), qPrintable(v.id));
        ids.insert(v.id);
    }
    QVERIFY(!PromptCatalog::find(QStringLiteral("no.such.prompt")));
    QVERIFY(PromptCatalog::build(QStringLiteral("no.such.prompt")).segments.isEmpty());
}

QTEST_GUILESS_MAIN(TestPromptCatalog)
#include "tst_promptcatalog.moc"
