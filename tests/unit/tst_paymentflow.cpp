#include "flow/paymentflow.h"
#include "gateway/sandboxgateway.h"
#include "sim/scenariorunner.h"
#include "testcards.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace voicepay;
using voicepay::test::breakLuhn;
using voicepay::test::luhnComplete;

namespace {

const QDate callDate(2026, 11, 25);
const QString visa = QStringLiteral("4111111111111111");
const QString amex = QStringLiteral("378282246310005");
const QString mastercard = QStringLiteral("5555555555554444");

struct Call
{
    QJsonObject call { { QStringLiteral("accountId"), QStringLiteral("10001") },
        { QStringLiteral("amountDue"), QStringLiteral("125.50") }, { QStringLiteral("identified"), true },
        { QStringLiteral("paymentReference"), QStringLiteral("INV-77") } };
    QJsonObject config;

    Call& set(const char* key, const QJsonValue& v)
    {
        call.insert(QLatin1String(key), v);
        return *this;
    }
    Call& conf(const char* key, const QJsonValue& v)
    {
        config.insert(QLatin1String(key), v);
        return *this;
    }
    Scenario scenario(const QStringList& inputs) const
    {
        Scenario s;
        QString error;
        s.call = *CallContext::fromJson(call, &error);
        s.configOverrides = config;
        s.date = callDate;
        for (const QString& i : inputs) {
            s.inputs << *ScenarioInput::parse(i, &error);
        }
        return s;
    }
};

ScenarioRun runScenario(const Scenario& s, PaymentGateway* gateway = nullptr)
{
    RunOptions options;
    options.sessionId = QStringLiteral("0f0e0d0c-0b0a-4000-8000-000000000001");
    options.gateway = gateway;
    return ScenarioRunner::run(s, options);
}

QStringList stepNames(const CallResult& r)
{
    QStringList out;
    for (const StepRecord& s : r.steps) {
        out << s.step;
    }
    return out;
}

QString allPrompts(const CallResult& r)
{
    QStringList out;
    for (const StepRecord& s : r.steps) {
        out << s.prompts;
    }
    out << r.closingPrompts;
    return out.join(QLatin1Char('\n'));
}

} // namespace

Q_DECLARE_METATYPE(Call)
Q_DECLARE_METATYPE(voicepay::Scenario)

class TestPaymentFlow : public QObject
{
    Q_OBJECT

private slots:
    void branches_data();
    void branches();
    void conference_clampsDtmfAndLeaves();
    void conference_readsBackLastFourOnly();
    void fullReadback_masksDigitsInText();
    void retryPrompt_isTheFullerHint();
    void correction_newBrandReasksOnlyWhatItNeeds();
    void correctionMenu_offersOnlyWhatCanChange_data();
    void correctionMenu_offersOnlyWhatCanChange();
    void decline_announcesReasonAndAsksAnotherCard();
    void declinedMax_transfersWithContext();
    void hangUpWhileAuthorizing_reportsTheCharge();
    void keys_countedAndBrandLiveWithoutDigits();
    void result_neverHoldsCardNumberOrCode();
    void everyPromptAndTransition_isInCatalogueAndGraph();
    void events_bracketTheSession();
    void deterministic_sameInputsSameResult();
    void invoiceNumbers_areUniquePerSubmission();
    void serviceUnavailable_endsAtOnceWithTheReason();
    void gatewayUnsure_pendingOrUnconfirmed_data();
    void gatewayUnsure_pendingOrUnconfirmed();
};

void TestPaymentFlow::branches_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("exit");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("promptIds"); // must all be played

    const QStringList happy { "amount_choice", "card_number", "expiry", "security_code", "confirm" };
    QTest::newRow("identified caller pays the full amount")
        << Call().scenario({ "1", visa + "#", "1228", "123", "1" }) << "success"
        << "return_to_ivr" << happy << QStringList { "welcome", "approved", "approved.payment_reference" };
    QTest::newRow("card number without hash ends on the inter-digit time-out")
        << Call().scenario({ "1", visa, "1228", "123", "1" }) << "success"
        << "return_to_ivr" << happy << QStringList {};
    QTest::newRow("mastercard ends by itself at 16 digits")
        << Call().scenario({ "1", mastercard, "1228", "123", "1" }) << "success"
        << "return_to_ivr" << happy << QStringList {};
    QTest::newRow("unidentified caller logs in")
        << Call().set("identified", false).scenario({ "10001#", "2468", "1", visa + "#", "1228", "123", "1" })
        << "success"
        << "return_to_ivr"
        << QStringList { "account_number", "pin", "amount_choice", "card_number", "expiry", "security_code",
               "confirm" }
        << QStringList { "account_number.ask", "pin.ask" };
    QTest::newRow("wrong PIN once then right")
        << Call()
               .set("identified", false)
               .scenario({ "10001#", "1111", "2468", "1", visa + "#", "1228", "123", "1" })
        << "success"
        << "return_to_ivr"
        << QStringList { "account_number", "pin", "pin", "amount_choice", "card_number", "expiry",
               "security_code", "confirm" }
        << QStringList { "pin.wrong", "pin.ask.retry" };
    QTest::newRow("three wrong PINs fail identification")
        << Call().set("identified", false).scenario({ "10001#", "1111", "2222", "3333" }) << "auth_failed"
        << "transfer_to_agent" << QStringList { "account_number", "pin", "pin", "pin" }
        << QStringList { "auth_failed", "exit.transfer_to_agent" };
    QTest::newRow("unknown accounts fail identification")
        << Call().set("identified", false).scenario({ "999#", "888#", "777#" }) << "auth_failed"
        << "transfer_to_agent" << QStringList { "account_number", "account_number", "account_number" }
        << QStringList { "account_number.unknown" };
    QTest::newRow("another amount") << Call().scenario({ "2", "50*00#", visa + "#", "1228", "123", "1" })
                                    << "success"
                                    << "return_to_ivr"
                                    << QStringList { "amount_choice", "amount_entry", "card_number", "expiry",
                                           "security_code", "confirm" }
                                    << QStringList { "amount_entry.ask" };
    QTest::newRow("amount below minimum is asked again")
        << Call().scenario({ "2", "0*50#", "5#", visa + "#", "1228", "123", "1" }) << "success"
        << "return_to_ivr"
        << QStringList { "amount_choice", "amount_entry", "amount_entry", "card_number", "expiry",
               "security_code", "confirm" }
        << QStringList { "amount_entry.too_low", "amount_entry.ask.retry" };
    // The amount due is above the maximum too: no menu offering it, straight to the entry saying why.
    QTest::newRow("amount above maximum is asked again")
        << Call()
               .conf("maxAmount", QStringLiteral("100.00"))
               .scenario({ "150#", "99*99#", visa + "#", "1228", "123", "1" })
        << "success"
        << "return_to_ivr"
        << QStringList { "amount_entry", "amount_entry", "card_number", "expiry", "security_code", "confirm" }
        << QStringList { "amount.due_too_high", "amount_entry.too_high" };
    QTest::newRow("amount due below minimum asks for an amount")
        << Call().set("amountDue", QStringLiteral("0.50")).scenario({ "10#", visa + "#", "1228", "123", "1" })
        << "success"
        << "return_to_ivr"
        << QStringList { "amount_entry", "card_number", "expiry", "security_code", "confirm" }
        << QStringList { "amount.due_too_low" };
    QTest::newRow("fixed amount skips the amount questions")
        << Call().conf("amountMode", QStringLiteral("fixed")).scenario({ visa + "#", "1228", "123", "1" })
        << "success"
        << "return_to_ivr" << QStringList { "card_number", "expiry", "security_code", "confirm" }
        << QStringList {};
    QTest::newRow("fixed amount due above maximum asks for an amount")
        << Call()
               .conf("amountMode", QStringLiteral("fixed"))
               .conf("maxAmount", QStringLiteral("100"))
               .scenario({ "80#", visa + "#", "1228", "123", "1" })
        << "success"
        << "return_to_ivr"
        << QStringList { "amount_entry", "card_number", "expiry", "security_code", "confirm" }
        << QStringList { "amount.due_too_high" };
    QTest::newRow("card failing Luhn is asked again")
        << Call().scenario({ "1", breakLuhn(visa) + "#", visa + "#", "1228", "123", "1" }) << "success"
        << "return_to_ivr"
        << QStringList { "amount_choice", "card_number", "card_number", "expiry", "security_code", "confirm" }
        << QStringList { "card_number.luhn_failed", "card_number.ask.retry" };
    QTest::newRow("brand not allowed says which")
        << Call().scenario({ "1", "3530111333300000#", visa + "#", "1228", "123", "1" }) << "success"
        << "return_to_ivr"
        << QStringList { "amount_choice", "card_number", "card_number", "expiry", "security_code", "confirm" }
        << QStringList { "card_number.brand_not_allowed" };
    QTest::newRow("wrong length for the brand")
        << Call().scenario(
               { "1", luhnComplete(QStringLiteral("4"), 15) + "#", visa + "#", "1228", "123", "1" })
        << "success"
        << "return_to_ivr"
        << QStringList { "amount_choice", "card_number", "card_number", "expiry", "security_code", "confirm" }
        << QStringList { "card_number.wrong_length" };
    QTest::newRow("unknown brand") << Call().scenario(
        { "1", luhnComplete(QStringLiteral("9"), 16) + "#", visa + "#", "1228", "123", "1" })
                                   << "success"
                                   << "return_to_ivr"
                                   << QStringList { "amount_choice", "card_number", "card_number", "expiry",
                                          "security_code", "confirm" }
                                   << QStringList { "card_number.unknown_brand" };
    QTest::newRow("amex asks a four-digit CID")
        << Call().scenario({ "1", amex, "1228", "1234", "1" }) << "success"
        << "return_to_ivr" << happy << QStringList { "security_code.ask.american-express" };
    QTest::newRow("expired card is asked again")
        << Call().scenario({ "1", visa + "#", "1025", "1126", "123", "1" }) << "success"
        << "return_to_ivr"
        << QStringList { "amount_choice", "card_number", "expiry", "expiry", "security_code", "confirm" }
        << QStringList { "expiry.expired" };
    QTest::newRow("month thirteen is no match")
        << Call().scenario({ "1", visa + "#", "1328", "1228", "123", "1" }) << "success"
        << "return_to_ivr"
        << QStringList { "amount_choice", "card_number", "expiry", "expiry", "security_code", "confirm" }
        << QStringList { "expiry.no_match" };
    QTest::newRow("security code of the wrong length")
        << Call().scenario({ "1", visa + "#", "1228", "12#", "123", "1" }) << "success"
        << "return_to_ivr"
        << QStringList { "amount_choice", "card_number", "expiry", "security_code", "security_code",
               "confirm" }
        << QStringList { "security_code.wrong_length", "security_code.ask.retry" };
    QTest::newRow("brand taken without a security code")
        << Call()
               .conf("noSecurityCodeBrands", QJsonArray { QStringLiteral("visa") })
               .scenario({ "1", visa + "#", "1228", "1" })
        << "success"
        << "return_to_ivr" << QStringList { "amount_choice", "card_number", "expiry", "confirm" }
        << QStringList {};
    QTest::newRow("brand taken without expiry or code")
        << Call()
               .conf("noSecurityCodeBrands", QJsonArray { QStringLiteral("visa") })
               .conf("noExpiryBrands", QJsonArray { QStringLiteral("visa") })
               .scenario({ "1", visa + "#", "1" })
        << "success"
        << "return_to_ivr" << QStringList { "amount_choice", "card_number", "confirm" }
        << QStringList { "confirm.readback.no_expiry" };
    QTest::newRow("brand needing a code but no expiry")
        << Call()
               .conf("noExpiryBrands", QJsonArray { QStringLiteral("visa") })
               .scenario({ "1", visa + "#", "123", "1" })
        << "success"
        << "return_to_ivr" << QStringList { "amount_choice", "card_number", "security_code", "confirm" }
        << QStringList {};
    QTest::newRow("too many silences end the call")
        << Call().scenario({ "1", "timeout", "timeout", "timeout" }) << "input_failed"
        << "transfer_to_agent" << QStringList { "amount_choice", "card_number", "card_number", "card_number" }
        << QStringList { "card_number.no_input", "input_failed" };
    QTest::newRow("retries follow the configuration")
        << Call().conf("maxRetries", 0).scenario({ "9" }) << "input_failed"
        << "transfer_to_agent" << QStringList { "amount_choice" } << QStringList {};
    QTest::newRow("per-step retries override")
        << Call()
               .conf("steps",
                   QJsonObject { { QStringLiteral("amount_choice"),
                       QJsonObject { { QStringLiteral("maxRetries"), 3 } } } })
               .scenario({ "9", "9", "9", "9" })
        << "input_failed"
        << "transfer_to_agent"
        << QStringList { "amount_choice", "amount_choice", "amount_choice", "amount_choice" }
        << QStringList { "amount_choice.no_match" };
    QTest::newRow("input failure may return to the IVR")
        << Call()
               .conf("onFailure", QStringLiteral("return_to_ivr"))
               .scenario({ "timeout", "timeout", "timeout" })
        << "input_failed"
        << "return_to_ivr" << QStringList { "amount_choice", "amount_choice", "amount_choice" }
        << QStringList { "amount_choice.no_input", "exit.return_to_ivr" };
    QTest::newRow("no match at confirm")
        << Call().scenario({ "1", visa + "#", "1228", "123", "7", "1" }) << "success"
        << "return_to_ivr"
        << QStringList { "amount_choice", "card_number", "expiry", "security_code", "confirm", "confirm" }
        << QStringList { "confirm.no_match", "confirm.ask.retry" };
    QTest::newRow("hang-up at the card number")
        << Call().scenario({ "1", "hangup" }) << "hangup"
        << "disconnect" << QStringList { "amount_choice", "card_number" } << QStringList {};
    QTest::newRow("inputs running out hang up")
        << Call().scenario({ "1", visa + "#" }) << "hangup"
        << "disconnect" << QStringList { "amount_choice", "card_number", "expiry" } << QStringList {};
    QTest::newRow("hang-up at the PIN")
        << Call().set("identified", false).scenario({ "10001#", "hangup" }) << "hangup"
        << "disconnect" << QStringList { "account_number", "pin" } << QStringList {};
    QTest::newRow("processing error is a technical error")
        << Call().scenario({ "1", "4000000000000119#", "1228", "123", "1" }) << "technical_error"
        << "transfer_to_agent" << happy << QStringList { "technical_error", "exit.transfer_to_agent" };
    QTest::newRow("voice answers") << Call().scenario(
        { "say:full amount", "say:four one one one one one one one one one one one one one one one",
            "say:one two two eight", "say:one two three", "say:yes" })
                                   << "success"
                                   << "return_to_ivr" << happy << QStringList {};
    QTest::newRow("voice refused in DTMF mode")
        << Call()
               .conf("inputMode", QStringLiteral("dtmf"))
               .scenario({ "say:full amount", "1", visa + "#", "1228", "123", "1" })
        << "success"
        << "return_to_ivr"
        << QStringList { "amount_choice", "amount_choice", "card_number", "expiry", "security_code",
               "confirm" }
        << QStringList { "amount_choice.no_match" };
    QTest::newRow("keys refused in voice mode")
        << Call().conf("inputMode", QStringLiteral("voice")).scenario({ "1", "say:full", "hangup" })
        << "hangup"
        << "disconnect" << QStringList { "amount_choice", "amount_choice", "card_number" }
        << QStringList { "amount_choice.no_match" };
    QTest::newRow("yen amounts are whole")
        << Call()
               .set("amountDue", QStringLiteral("20000"))
               .conf("currency", QStringLiteral("JPY"))
               .conf("minAmount", QStringLiteral("100"))
               .conf("maxAmount", QStringLiteral("500000"))
               .scenario({ "2", "15*00#", "1500#", visa + "#", "1228", "123", "1" })
        << "success"
        << "return_to_ivr"
        << QStringList { "amount_choice", "amount_entry", "amount_entry", "card_number", "expiry",
               "security_code", "confirm" }
        << QStringList { "amount_entry.ask.whole", "amount_entry.no_match" };
    QTest::newRow("dinar amounts have three decimals")
        << Call()
               .set("amountDue", QStringLiteral("12.345"))
               .conf("currency", QStringLiteral("KWD"))
               .conf("minAmount", QStringLiteral("0.100"))
               .conf("maxAmount", QStringLiteral("1000"))
               .scenario({ "2", "1*250#", visa + "#", "1228", "123", "1" })
        << "success"
        << "return_to_ivr"
        << QStringList { "amount_choice", "amount_entry", "card_number", "expiry", "security_code",
               "confirm" }
        << QStringList { "amount_entry.ask" };
    QTest::newRow("amount due that is not an amount")
        << Call().set("amountDue", QStringLiteral("12.3.4")).scenario({}) << "technical_error"
        << "transfer_to_agent" << QStringList {} << QStringList { "technical_error" };
    QTest::newRow("longer cards than the gateway takes are refused")
        << Call()
               .conf("gateway",
                   QJsonObject { { QStringLiteral("mode"), QStringLiteral("server") },
                       { QStringLiteral("url"), QStringLiteral("http://127.0.0.1:1/") } })
               .scenario({ "1", luhnComplete(QStringLiteral("4"), 19), "hangup" })
        << "hangup"
        << "disconnect" << QStringList { "amount_choice", "card_number", "card_number" }
        << QStringList { "card_number.gateway_unsupported" };
}

void TestPaymentFlow::branches()
{
    QFETCH(Scenario, scenario);
    QFETCH(QString, outcome);
    QFETCH(QString, exit);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, promptIds);
    const ScenarioRun run = runScenario(scenario);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(stepNames(run.result), steps);
    QCOMPARE(outcomeName(run.result.outcome), outcome);
    QCOMPARE(callExitName(run.result.exit), exit);
    for (const QString& id : promptIds) {
        QVERIFY2(run.promptIds.contains(id),
            qPrintable(
                id + QStringLiteral(" not played; played: ") + run.promptIds.join(QStringLiteral(", "))));
    }
    if (outcome == u"success") {
        QVERIFY(!run.result.transactionId.isEmpty());
        QCOMPARE(run.result.attempts, 1);
    }
}

void TestPaymentFlow::conference_clampsDtmfAndLeaves()
{
    const Scenario s = Call()
                           .set("callType", QStringLiteral("conference"))
                           .scenario({ "say:yes", "1", visa + "#", "1228", "123", "1" });
    struct ClampWatch : CallObserver
    {
        QList<bool> clamps;
        void actionTaken(const PaymentFlow&, const FlowAction& a, qint64, qint64) override
        {
            if (a.kind == FlowAction::Kind::ClampDtmf) {
                clamps << a.clampOn;
            }
        }
    } watch;
    RunOptions options;
    options.observers << &watch;
    const ScenarioRun run = ScenarioRunner::run(s, options);
    QCOMPARE(watch.clamps, (QList<bool> { true, false }));
    QCOMPARE(run.result.outcome, Outcome::Success);
    QCOMPARE(run.result.exit, CallExit::LeaveConference);
    // The utterance is a no-match in a conference: input there is DTMF only.
    QCOMPARE(stepNames(run.result).mid(0, 2), (QStringList { "amount_choice", "amount_choice" }));
    QVERIFY(run.promptIds.contains(QStringLiteral("welcome.conference")));
    QVERIFY(run.promptIds.contains(QStringLiteral("exit.leave_conference")));
}

void TestPaymentFlow::conference_readsBackLastFourOnly()
{
    const Scenario s = Call()
                           .set("callType", QStringLiteral("conference"))
                           .conf("readbackLast4Only", false)
                           .scenario({ "1", visa + "#", "1228", "123", "1" });
    const ScenarioRun run = runScenario(s);
    QVERIFY(run.promptIds.contains(QStringLiteral("confirm.readback")));
    QVERIFY(!run.promptIds.contains(QStringLiteral("confirm.readback.full")));
}

void TestPaymentFlow::fullReadback_masksDigitsInText()
{
    const Scenario s
        = Call().conf("readbackLast4Only", false).scenario({ "1", visa + "#", "1228", "123", "1" });
    const ScenarioRun run = runScenario(s);
    QVERIFY(run.promptIds.contains(QStringLiteral("confirm.readback.full")));
    QVERIFY(allPrompts(run.result).contains(QStringLiteral("card number XXXXXXXXXXXX1111")));
    QVERIFY(!allPrompts(run.result).contains(visa));
}

void TestPaymentFlow::retryPrompt_isTheFullerHint()
{
    const ScenarioRun run = runScenario(Call().scenario({ "1", "timeout", visa + "#", "1228", "123", "1" }));
    QCOMPARE(run.result.steps.at(1).prompts,
        QStringList { "Please enter your card number, followed by the hash key." });
    QCOMPARE(run.result.steps.at(2).prompts,
        (QStringList { "Sorry, I didn't hear anything.",
            "Key in the long number across the front of your card, then press the hash key." }));
}

void TestPaymentFlow::correction_newBrandReasksOnlyWhatItNeeds()
{
    // Same brand: only the card number is asked again.
    ScenarioRun run = runScenario(
        Call().scenario({ "1", visa + "#", "1228", "123", "2", "2", "4012888888881881#", "1" }));
    QCOMPARE(stepNames(run.result),
        (QStringList { "amount_choice", "card_number", "expiry", "security_code", "confirm",
            "correction_choice", "card_number", "confirm" }));
    QCOMPARE(run.result.cardLast4, QStringLiteral("1881"));
    QCOMPARE(run.result.outcome, Outcome::Success);

    // Visa to American Express: the code has another length and is asked again; the expiry is kept.
    run = runScenario(Call().scenario({ "1", visa + "#", "1228", "123", "2", "2", amex, "1234", "1" }));
    QCOMPARE(stepNames(run.result),
        (QStringList { "amount_choice", "card_number", "expiry", "security_code", "confirm",
            "correction_choice", "card_number", "security_code", "confirm" }));
    QCOMPARE(run.result.cardBrand, QStringLiteral("american-express"));
    QVERIFY(run.promptIds.contains(QStringLiteral("security_code.ask.american-express")));

    // To a brand that needs no code: nothing more is asked.
    run = runScenario(Call()
                          .conf("noSecurityCodeBrands", QJsonArray { QStringLiteral("mastercard") })
                          .scenario({ "1", visa + "#", "1228", "123", "2", "2", mastercard, "1" }));
    QCOMPARE(stepNames(run.result).mid(5), (QStringList { "correction_choice", "card_number", "confirm" }));

    // From a brand that needed no expiry to one that does: the expiry is asked.
    run = runScenario(Call()
                          .conf("noExpiryBrands", QJsonArray { QStringLiteral("visa") })
                          .scenario({ "1", visa + "#", "123", "2", "2", mastercard, "1228", "1" }));
    QCOMPARE(stepNames(run.result).mid(4),
        (QStringList { "correction_choice", "card_number", "expiry", "confirm" }));

    // Amount and expiry corrections go back to confirm.
    run = runScenario(
        Call().scenario({ "1", visa + "#", "1228", "123", "2", "1", "20#", "2", "3", "0130", "1" }));
    QCOMPARE(stepNames(run.result).mid(5),
        (QStringList {
            "correction_choice", "amount_entry", "confirm", "correction_choice", "expiry", "confirm" }));
    QCOMPARE(run.result.amount, QStringLiteral("20.00"));
    QVERIFY(allPrompts(run.result).contains(QStringLiteral("January 2030")));
}

void TestPaymentFlow::correctionMenu_offersOnlyWhatCanChange_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<QString>("card");
    QTest::addColumn<QStringList>("answers"); // after the card number, up to confirm
    QTest::addColumn<QString>("menuText");
    QTest::addColumn<QString>("refusedKey");
    QTest::newRow("caller amount: all four") << Call() << visa << QStringList { "1228", "123" }
                                             << "What would you like to change? For the amount, press 1. For "
                                                "the card number, press 2. For the expiry date, "
                                                "press 3. For the security code, press 4."
                                             << "5";
    QTest::newRow("fixed amount: no amount")
        << Call().conf("amountMode", QStringLiteral("fixed")) << visa << QStringList { "1228", "123" }
        << "What would you like to change? For the card number, press 2. For the expiry date, press 3. For "
           "the "
           "security code, press 4."
        << "1";
    QTest::newRow("no code for the brand: no code")
        << Call().conf("noSecurityCodeBrands", QJsonArray { QStringLiteral("visa") }) << visa
        << QStringList { "1228" }
        << "What would you like to change? For the amount, press 1. For the card number, press 2. For the "
           "expiry "
           "date, press 3."
        << "4";
}

void TestPaymentFlow::correctionMenu_offersOnlyWhatCanChange()
{
    QFETCH(Call, call);
    QFETCH(QString, card);
    QFETCH(QStringList, answers);
    QFETCH(QString, menuText);
    QFETCH(QString, refusedKey);
    QStringList inputs { call.config.contains(QStringLiteral("amountMode")) ? QString()
                                                                            : QStringLiteral("1") };
    if (inputs.first().isEmpty()) {
        inputs.clear();
    }
    inputs << card + QStringLiteral("#") << answers << QStringLiteral("2") << refusedKey
           << QStringLiteral("hangup");
    const ScenarioRun run = runScenario(call.scenario(inputs));
    const StepRecord& menu = run.result.steps.at(run.result.steps.size() - 2);
    QCOMPARE(menu.step, QStringLiteral("correction_choice"));
    QCOMPARE(menu.prompts.last(), menuText);
    QVERIFY(run.promptIds.contains(QStringLiteral("correction_choice.no_match")));
}

void TestPaymentFlow::decline_announcesReasonAndAsksAnotherCard()
{
    const ScenarioRun run = runScenario(
        Call().scenario({ "1", "4000000000009995#", "1228", "123", "1", visa + "#", "1228", "123", "1" }));
    QCOMPARE(run.result.outcome, Outcome::Success);
    QCOMPARE(run.result.declines, 1);
    QCOMPARE(run.result.attempts, 2);
    QCOMPARE(run.result.declineReasons, QStringList { "insufficient_funds" });
    const StepRecord& again = run.result.steps.at(5);
    QCOMPARE(again.step, QStringLiteral("card_number"));
    QCOMPARE(again.prompts,
        (QStringList { "Please wait while we process your payment.",
            "Your card issuer declined this payment because of insufficient funds.",
            "Please enter the number of another card, followed by the hash key." }));
}

void TestPaymentFlow::declinedMax_transfersWithContext()
{
    const QStringList oneDecline { "4000000000000002#", "1228", "123", "1" };
    QStringList inputs { "1" };
    inputs << oneDecline << QStringList { "4000000000000069#", "1228", "123", "1" }
           << QStringList { "4000000000000127#", "1228", "123", "1" };
    ScenarioRun run = runScenario(Call().scenario(inputs));
    QCOMPARE(run.result.outcome, Outcome::DeclinedMax);
    QCOMPARE(run.result.exit, CallExit::TransferToAgent);
    QCOMPARE(run.result.declines, 3);
    QCOMPARE(run.result.attempts, 3);
    QVERIFY(run.result.hasTransferContext);
    QCOMPARE(run.result.transfer.step, QStringLiteral("authorize"));
    QCOMPARE(run.result.transfer.declineCodes, (QStringList { "2", "8", "65" }));
    QCOMPARE(run.result.transfer.maskedCard, QStringLiteral("visa ending 0127"));
    QCOMPARE(
        run.result.declineReasons, (QStringList { "generic", "expired_card", "security_code_mismatch" }));
    QVERIFY(run.promptIds.contains(QStringLiteral("declined.max")));

    run = runScenario(Call()
                          .conf("maxDeclines", 1)
                          .conf("onMaxDeclines", QStringLiteral("disconnect"))
                          .scenario(QStringList { "1" } + oneDecline));
    QCOMPARE(run.result.outcome, Outcome::DeclinedMax);
    QCOMPARE(run.result.exit, CallExit::Disconnect);
    QVERIFY(!run.result.hasTransferContext);

    run = runScenario(Call()
                          .set("callType", QStringLiteral("conference"))
                          .conf("maxDeclines", 1)
                          .scenario(QStringList { "1" } + oneDecline));
    QCOMPARE(run.result.exit, CallExit::LeaveConference);
}

void TestPaymentFlow::hangUpWhileAuthorizing_reportsTheCharge()
{
    FlowConfig config;
    QString error;
    const CallContext context = *CallContext::fromJson(Call().call, &error);
    PaymentFlow flow(config, context, callDate, QStringLiteral("abc"));
    qint64 t = 0;
    flow.start(t);
    flow.pressKey(QLatin1Char('1'), ++t);
    for (QChar c : QString(visa + QStringLiteral("#1228123"))) {
        flow.pressKey(c, ++t);
    }
    const FlowActions submit = flow.pressKey(QLatin1Char('1'), ++t);
    QVERIFY(flow.awaitingGateway());
    QCOMPARE(submit.last().kind, FlowAction::Kind::SubmitPayment);
    QCOMPARE(flow.paymentRequest().cardNumber->lastFour(), QStringLiteral("1111"));
    QCOMPARE(flow.paymentRequest().securityCode->size(), 3);
    QCOMPARE(flow.paymentRequest().expiryYear, 2028);
    QVERIFY(flow.hangUp(++t).isEmpty()); // the charge may still go through: wait for the gateway
    QVERIFY(!flow.isFinished());
    const FlowActions end = flow.gatewayReplied(GatewayResult::approved(QStringLiteral("42")), t + 500);
    QVERIFY(flow.isFinished());
    QCOMPARE(flow.result().outcome, Outcome::Success);
    QCOMPARE(flow.result().exit, CallExit::Disconnect);
    QCOMPARE(flow.result().transactionId, QStringLiteral("42"));
    QCOMPARE(flow.result().durationMs, t + 500);
    for (const FlowAction& a : end) {
        QVERIFY(a.kind != FlowAction::Kind::Play); // nobody is listening
    }
    QVERIFY(flow.paymentRequest().cardNumber == nullptr);
}

void TestPaymentFlow::keys_countedAndBrandLiveWithoutDigits()
{
    FlowConfig config;
    QString error;
    const CallContext context = *CallContext::fromJson(Call().call, &error);
    PaymentFlow flow(config, context, callDate, QStringLiteral("abc"));
    flow.start(0);
    flow.pressKey(QLatin1Char('1'), 1);
    QCOMPARE(flow.currentStep(), std::optional<Step>(Step::CardNumber));
    QVERIFY(flow.currentCollect().sensitive);
    flow.pressKey(QLatin1Char('3'), 2);
    QVERIFY(!flow.liveBrand().brand);
    flow.pressKey(QLatin1Char('7'), 3);
    QCOMPARE(flow.liveBrand().brand->id, QStringLiteral("american-express"));
    QCOMPARE(flow.keyedCount(), 2);
    QCOMPARE(flow.currentCollect().maxKeys, 15);
    for (QChar c : amex.mid(2, 12)) {
        flow.pressKey(c, 4);
    }
    QCOMPARE(flow.keyedCount(), 14);
    flow.pressKey(amex.back(), 5); // the 15th digit ends the entry by itself
    QCOMPARE(flow.currentStep(), std::optional<Step>(Step::Expiry));
    QVERIFY(flow.liveLuhnValid());
}

void TestPaymentFlow::result_neverHoldsCardNumberOrCode()
{
    const QStringList cards { visa, amex, mastercard, QStringLiteral("4000000000000002") };
    for (const QString& card : cards) {
        const bool isAmex = card == amex;
        const QString code = isAmex ? QStringLiteral("9876") : QStringLiteral("987");
        const ScenarioRun run = runScenario(Call()
                                                .conf("readbackLast4Only", false)
                                                .scenario({ "1", card + "#", "1228", code, "1", "hangup" }));
        QJsonObject result = run.result.toJson();
        for (const char* numeric : { "durationMs", "configVersion", "sessionId", "transactionId" }) {
            result.remove(QLatin1String(numeric)); // digits there are no card data
        }
        const QByteArray json = QJsonDocument(result).toJson();
        QVERIFY2(!json.contains(card.toLatin1()), json.constData());
        QVERIFY2(!json.contains(card.left(12).toLatin1()), json.constData());
        QVERIFY2(!json.contains(code.toLatin1()), json.constData());
        for (const FlowEvent& e : run.events) {
            QVERIFY(!e.detail.contains(card.left(8)));
            QVERIFY(!e.detail.contains(code));
        }
    }
}

void TestPaymentFlow::everyPromptAndTransition_isInCatalogueAndGraph()
{
    const QList<QStringList> calls {
        { "1", visa + "#", "1228", "123", "2", "2", amex, "1234", "1" },
        { "2", "0#", "timeout", "9999999#", "7", "hangup" },
        { "1", "4000000000000002#", "1228", "123", "1", "4000000000000119#", "1228", "123", "1" },
        { "say:nonsense", "timeout", "9" },
    };
    for (const QStringList& inputs : calls) {
        const ScenarioRun run = runScenario(Call().scenario(inputs));
        for (const QString& id : run.promptIds) {
            QVERIFY2(PromptCatalog::find(id), qPrintable(id));
        }
        for (const auto& t : run.transitions) {
            QVERIFY2(FlowGraph::contains(t.first, t.second),
                qPrintable(t.first + QStringLiteral(" -> ") + t.second));
        }
    }
}

void TestPaymentFlow::events_bracketTheSession()
{
    const ScenarioRun run = runScenario(Call().scenario({ "1", "hangup" }));
    QVERIFY(run.events.size() >= 4);
    QCOMPARE(run.events.first().kind, FlowEvent::Kind::SessionStarted);
    QCOMPARE(run.events.last().kind, FlowEvent::Kind::SessionEnded);
    QCOMPARE(run.events.last().detail, QStringLiteral("hangup"));
    qint64 previous = 0;
    for (const FlowEvent& e : run.events) {
        QVERIFY(e.atMs >= previous);
        previous = e.atMs;
    }
}

void TestPaymentFlow::deterministic_sameInputsSameResult()
{
    const Scenario s = Call().scenario({ "2", "12*5#", visa, "1228", "123", "2", "4", "321", "1" });
    const QJsonObject a = runScenario(s).result.toJson();
    const QJsonObject b = runScenario(s).result.toJson();
    QCOMPARE(a, b);
    QCOMPARE(a.value(QStringLiteral("amount")).toString(), QStringLiteral("12.50"));
    QVERIFY(a.value(QStringLiteral("durationMs")).toInteger() > 0);
}

void TestPaymentFlow::invoiceNumbers_areUniquePerSubmission()
{
    struct Capture : PaymentGateway
    {
        SandboxGateway inner;
        QStringList invoices;
        QString name() const override { return QStringLiteral("capture"); }
        void submit(const PaymentRequest& r, Completion done) override
        {
            invoices << r.invoiceNumber;
            inner.submit(r, std::move(done));
        }
    } gateway;
    runScenario(
        Call().scenario({ "1", "4000000000000002#", "1228", "123", "1", visa + "#", "1228", "123", "1" }),
        &gateway);
    QCOMPARE(gateway.invoices.size(), 2);
    QVERIFY(gateway.invoices.at(0) != gateway.invoices.at(1));
    for (const QString& invoice : gateway.invoices) {
        QVERIFY(invoice.size() <= 20); // the gateway's invoiceNumber limit
    }
}

void TestPaymentFlow::serviceUnavailable_endsAtOnceWithTheReason()
{
    RunOptions options;
    options.serviceUnavailable = QStringLiteral("no gateway key in the keychain");
    const ScenarioRun run
        = ScenarioRunner::run(Call().scenario({ "1", visa + "#", "1228", "123", "1" }), options);
    QCOMPARE(run.result.outcome, Outcome::TechnicalError);
    QCOMPARE(run.result.exit, CallExit::TransferToAgent);
    QVERIFY(run.result.steps.isEmpty()); // nothing was asked, no card data collected
    QCOMPARE(run.result.reason, QStringLiteral("payments unavailable: no gateway key in the keychain"));
    QVERIFY(run.promptIds.contains(QStringLiteral("technical_error")));
    QCOMPARE(run.result.attempts, 0);
}

void TestPaymentFlow::gatewayUnsure_pendingOrUnconfirmed_data()
{
    QTest::addColumn<int>("confirmation");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("reason");
    QTest::newRow("held for review: pending, the caller hears it will be confirmed")
        << int(GatewayResult::Confirmation::HeldForReview) << "pending"
        << "pending"
        << "held for review";
    QTest::newRow("not found after a lost reply: unconfirmed, never charge again")
        << int(GatewayResult::Confirmation::NotFound) << "technical_error"
        << "technical_error"
        << "payment unconfirmed, do not charge again until it is reconciled";
    QTest::newRow("gateway unreachable after a lost reply: the same")
        << int(GatewayResult::Confirmation::Unreachable) << "technical_error"
        << "technical_error"
        << "payment unconfirmed, do not charge again until it is reconciled";
}

void TestPaymentFlow::gatewayUnsure_pendingOrUnconfirmed()
{
    QFETCH(int, confirmation);
    QFETCH(QString, outcome);
    QFETCH(QString, prompt);
    QFETCH(QString, reason);
    FlowConfig config;
    QString error;
    const CallContext context = *CallContext::fromJson(Call().call, &error);
    PaymentFlow flow(config, context, callDate, QStringLiteral("abc"));
    qint64 t = 0;
    flow.start(t);
    flow.pressKey(QLatin1Char('1'), ++t);
    for (QChar c : QString(visa + QStringLiteral("#1228123"))) {
        flow.pressKey(c, ++t);
    }
    flow.pressKey(QLatin1Char('1'), ++t);
    QVERIFY(flow.awaitingGateway());
    GatewayResult reply = GatewayResult::unconfirmed(
        GatewayResult::Confirmation(confirmation), QStringLiteral("transaction 60000000009"));
    reply.transactionId = QStringLiteral("60000000009");
    const FlowActions end = flow.gatewayReplied(reply, ++t);
    QCOMPARE(outcomeName(flow.result().outcome), outcome);
    QVERIFY2(flow.result().reason.contains(reason), qPrintable(flow.result().reason));
    QStringList played;
    for (const FlowAction& a : end) {
        if (a.kind == FlowAction::Kind::Play) {
            played << a.prompt.id;
        }
    }
    QVERIFY2(played.contains(prompt), qPrintable(played.join(u',')));
    QVERIFY(FlowGraph::contains(QStringLiteral("authorize"), outcome));
    if (flow.result().hasTransferContext) {
        QVERIFY(flow.result().transfer.reason.contains(reason));
    }
}

QTEST_GUILESS_MAIN(TestPaymentFlow)
#include "tst_paymentflow.moc"
