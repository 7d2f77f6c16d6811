#include "call/calldriver.h"
#include "flow/paymentflow.h"
#include "gateway/paymentgateway.h"

#include <QTest>

using namespace voicepay;

namespace {

const QString visa = QStringLiteral("4111111111111111");

CallSetup identifiedCall()
{
    CallSetup setup;
    QString error;
    setup.context = *CallContext::fromJson(
        QJsonObject { { QStringLiteral("accountId"), QStringLiteral("10001") },
            { QStringLiteral("amountDue"), QStringLiteral("125.50") }, { QStringLiteral("identified"), true },
            { QStringLiteral("paymentReference"), QStringLiteral("INV-77") } },
        &error);
    setup.date = QDate(2026, 11, 25);
    setup.sessionId = QStringLiteral("0f0e0d0c-0b0a-4000-8000-000000000002");
    return setup;
}

// Everything the driver reports, in order, as short lines.
class Log : public CallObserver
{
public:
    QStringList lines;
    std::optional<FinishedCall> ended;

    void callStarted(const PaymentFlow&, qint64 atMs) override
    {
        lines << QStringLiteral("start@%1").arg(atMs);
    }
    void actionTaken(const PaymentFlow&, const FlowAction& action, qint64, qint64 endMs) override
    {
        static const char* const kinds[] = { "play", "collect", "submit", "clamp", "finish" };
        lines << QStringLiteral("%1@%2").arg(QLatin1String(kinds[int(action.kind)])).arg(endMs);
    }
    void inputGiven(const PaymentFlow&, const CallInput& input, qint64 atMs) override
    {
        lines << QStringLiteral("input:%1@%2").arg(input.toString()).arg(atMs);
    }
    void keyPressed(const PaymentFlow&, QChar key, qint64 atMs, int) override
    {
        lines << QStringLiteral("key:%1@%2").arg(key).arg(atMs);
    }
    void keyTaken(const PaymentFlow&, bool entryEnded, qint64) override
    {
        lines << (entryEnded ? QStringLiteral("entry ended") : QStringLiteral("entry goes on"));
    }
    void gatewayReplied(const PaymentFlow&, const GatewayResult&, qint64 atMs) override
    {
        lines << QStringLiteral("reply@%1").arg(atMs);
    }
    void transitionTaken(const PaymentFlow&, const QString& from, const QString& to) override
    {
        lines << QStringLiteral("%1->%2").arg(from, to);
    }
    void callEnded(const PaymentFlow&, const FinishedCall& call) override
    {
        lines << QStringLiteral("end@%1").arg(call.endMs);
        QVERIFY(!ended);
        ended = call;
    }

    qsizetype indexOf(const QString& prefix) const
    {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
};

// A network gateway: answers when the test says so.
class LaterGateway : public PaymentGateway
{
public:
    Completion pending;
    QString invoice;
    QStringList cancelled;

    QString name() const override { return QStringLiteral("later"); }
    void submit(const PaymentRequest& request, Completion done) override
    {
        invoice = request.invoiceNumber;
        pending = std::move(done);
    }
    void cancel(const QString& invoiceNumber) override { cancelled << invoiceNumber; }
};

// Keys every 1000 ms from `atMs`; returns the time after the last one.
qint64 keys(CallDriver& driver, const QString& text, qint64 atMs)
{
    for (QChar key : text) {
        driver.pressKey(key, atMs);
        atMs += 1000;
    }
    return atMs;
}

// Pays the amount due with the Visa test card, up to the confirmation.
qint64 answerUpToConfirmation(CallDriver& driver, qint64 atMs)
{
    atMs = keys(driver, QStringLiteral("1"), atMs); // the amount due
    atMs = keys(driver, visa + QLatin1Char('#'), atMs);
    atMs = keys(driver, QStringLiteral("1228"), atMs);
    return keys(driver, QStringLiteral("123"), atMs);
}

// The times of the flow's events of one kind.
QList<qint64> eventsOf(const CallDriver& driver, FlowEvent::Kind kind)
{
    QList<qint64> times;
    for (const FlowEvent& e : driver.flow().events()) {
        if (e.kind == kind) {
            times << e.atMs;
        }
    }
    return times;
}

} // namespace

class TestCallDriver : public QObject
{
    Q_OBJECT
private slots:
    void wholeCall_runsOnTheInjectedClock();
    void observers_hearEverythingInOrder();
    void tick_firesTheTimeoutAtItsDeadlineOnly();
    void feed_dropsTypeAheadAfterTheEntryEnds();
    void hangUpWhileAuthorising_waitsForTheGateway();
    void asyncGateway_replyGoesInWithItsOwnTime();
    void asyncGateway_givenUpIsCancelled();
    void replyAfterTheDriverIsGone_isDropped();
};

void TestCallDriver::wholeCall_runsOnTheInjectedClock()
{
    CallDriver driver(identifiedCall(), nullptr);
    int replies = 0;
    driver.setGatewayReplyHandler([&replies] { ++replies; });
    driver.start(1000);
    QVERIFY(driver.isCollecting());
    const qint64 at = answerUpToConfirmation(driver, 2000);
    QVERIFY(driver.pressKey(u'1', at)); // confirm
    QVERIFY(driver.awaitingGateway());
    QCOMPARE(replies, 1); // the in-process sandbox answers inside submit()
    QVERIFY(driver.hasGatewayReply());
    QVERIFY(!driver.isEnded());
    driver.deliverGatewayReply(at + 500);

    QVERIFY(driver.isEnded());
    const FinishedCall& call = *driver.finished();
    QVERIFY(call.finished);
    QCOMPARE(call.result.outcome, Outcome::Success);
    QCOMPARE(call.result.cardLast4, QStringLiteral("1111"));
    QCOMPARE(call.startMs, qint64(1000));
    QCOMPARE(call.endMs, at + 500);
    QCOMPARE(call.result.durationMs, at + 500 - 1000);
    QVERIFY(call.transitions == driver.flow().transitions());
    QVERIFY(!call.transitions.isEmpty());
    QVERIFY(!call.promptIds.isEmpty());
    QCOMPARE(call.events.first().atMs, qint64(1000));
}

void TestCallDriver::observers_hearEverythingInOrder()
{
    Log first;
    Log second;
    CallDriver driver(identifiedCall(), nullptr);
    driver.addObserver(&first);
    driver.addObserver(&second);
    driver.start(0);
    const qint64 at = answerUpToConfirmation(driver, 1000);
    driver.pressKey(u'1', at);
    driver.deliverGatewayReply(at + 10);

    QCOMPARE(first.lines, second.lines);
    const QStringList& l = first.lines;
    QCOMPARE(l.first(), QStringLiteral("start@0"));
    QCOMPARE(l.last(), QStringLiteral("end@%1").arg(at + 10));
    QVERIFY(first.ended && first.ended->finished);
    QCOMPARE(first.ended->result.outcome, Outcome::Success);
    // A key is announced, then taken; the first one ends the one-key amount choice.
    QCOMPARE(l.at(first.indexOf(QStringLiteral("key:1@1000")) + 1), QStringLiteral("entry ended"));
    QCOMPARE(l.at(first.indexOf(QStringLiteral("key:4@2000")) + 1), QStringLiteral("entry goes on"));
    // The path to the charge comes before the charge, and the reply after it.
    const qsizetype submit = first.indexOf(QStringLiteral("submit@"));
    QVERIFY(submit > 0);
    QVERIFY(l.at(submit - 1).contains(QStringLiteral("->")));
    QCOMPARE(l.at(submit + 1), QStringLiteral("reply@%1").arg(at + 10));
    QCOMPARE(int(l.count(QStringLiteral("end@%1").arg(at + 10))), 1);
}

void TestCallDriver::tick_firesTheTimeoutAtItsDeadlineOnly()
{
    Log log;
    CallDriver driver(identifiedCall(), nullptr);
    driver.addObserver(&log);
    driver.start(0);
    const qint64 deadline = driver.timeoutDeadlineMs();
    QVERIFY(deadline > 0);
    QCOMPARE(deadline, qint64(driver.timeoutLengthMs()));
    QCOMPARE(driver.flow().currentCollect().attempt, 1);

    driver.tick(deadline - 1);
    QCOMPARE(driver.flow().currentCollect().attempt, 1);
    QCOMPARE(log.indexOf(QStringLiteral("input:timeout")), -1);

    driver.tick(deadline);
    QCOMPARE(log.lines.at(log.indexOf(QStringLiteral("input:timeout"))),
        QStringLiteral("input:timeout@%1").arg(deadline));
    QCOMPARE(driver.flow().currentCollect().attempt, 2); // asked again
    QCOMPARE(driver.timeoutDeadlineMs(), deadline + driver.timeoutLengthMs());

    // A key restarts the count with the inter-digit time-out.
    keys(driver, QStringLiteral("1"), deadline + 100); // the amount due: the card number is asked
    driver.pressKey(u'4', deadline + 200);
    QCOMPARE(driver.timeoutDeadlineMs(), deadline + 200 + driver.flow().currentCollect().interDigitTimeoutMs);
}

void TestCallDriver::feed_dropsTypeAheadAfterTheEntryEnds()
{
    Log log;
    CallTiming timing;
    timing.keyToneMs = 100;
    timing.keyGapMs = 150;
    timing.timeoutsTakeTheirTime = true;
    CallDriver driver(identifiedCall(), nullptr, timing);
    driver.addObserver(&log);
    driver.start(0);
    driver.feed(CallInput { CallInput::Kind::Dtmf, QStringLiteral("12") }, 0);
    QCOMPARE(log.indexOf(QStringLiteral("key:2")), -1); // "1" ended the amount choice
    QCOMPARE(driver.nowMs(), qint64(250));

    // Keys that do not end the entry are followed by the inter-digit time-out, at its deadline.
    const int interDigit = driver.flow().currentCollect().interDigitTimeoutMs;
    driver.feed(CallInput { CallInput::Kind::Dtmf, QStringLiteral("4111") }, driver.nowMs());
    const qint64 lastKey = 250 + 4 * 250;
    QVERIFY(log.indexOf(QStringLiteral("input:timeout@%1").arg(lastKey + interDigit)) > 0);
}

void TestCallDriver::hangUpWhileAuthorising_waitsForTheGateway()
{
    LaterGateway gateway;
    Log log;
    CallDriver driver(identifiedCall(), &gateway);
    driver.addObserver(&log);
    int replies = 0;
    driver.setGatewayReplyHandler([&replies] { ++replies; });
    driver.start(0);
    const qint64 at = answerUpToConfirmation(driver, 1000);
    driver.pressKey(u'1', at);
    QVERIFY(driver.awaitingGateway());
    QVERIFY(gateway.pending);

    driver.hangUp(at + 100);
    QVERIFY(!driver.isEnded()); // the charge may still go through
    QVERIFY(!driver.isCollecting());
    QVERIFY(!driver.pressKey(u'1', at + 150)); // no more input is taken

    gateway.pending(GatewayResult::approved(QStringLiteral("T-1")));
    QCOMPARE(replies, 1);
    driver.deliverGatewayReply(at + 900);
    QVERIFY(driver.isEnded());
    const FinishedCall& call = *driver.finished();
    QCOMPARE(call.result.outcome, Outcome::Success);
    QCOMPARE(call.result.exit, CallExit::Disconnect);
    QCOMPARE(call.result.transactionId, QStringLiteral("T-1"));
    QCOMPARE(call.endMs, at + 900);
    QVERIFY(log.indexOf(QStringLiteral("input:hangup@%1").arg(at + 100)) > 0);
}

void TestCallDriver::asyncGateway_replyGoesInWithItsOwnTime()
{
    LaterGateway gateway;
    CallDriver driver(identifiedCall(), &gateway);
    int replies = 0;
    driver.setGatewayReplyHandler([&replies] { ++replies; });
    driver.start(0);
    const qint64 at = answerUpToConfirmation(driver, 1000);
    driver.pressKey(u'1', at);
    QCOMPARE(replies, 0);
    QVERIFY(!driver.hasGatewayReply());
    driver.deliverGatewayReply(at + 1); // nothing to hand in yet
    QVERIFY(driver.awaitingGateway());

    gateway.pending(GatewayResult::declined(DeclineReason::Generic, QStringLiteral("2")));
    QCOMPARE(replies, 1);
    gateway.pending(GatewayResult::approved(QStringLiteral("T-late"))); // a second answer is ignored
    QCOMPARE(replies, 1);
    driver.deliverGatewayReply(at + 3000);
    QVERIFY(!driver.awaitingGateway());
    QVERIFY(!driver.isEnded());
    QVERIFY(driver.isCollecting()); // the caller is asked for another card
    QCOMPARE(eventsOf(driver, FlowEvent::Kind::GatewayDeclined), QList<qint64> { at + 3000 });
    QCOMPARE(driver.nowMs(), at + 3000);
}

void TestCallDriver::asyncGateway_givenUpIsCancelled()
{
    LaterGateway gateway;
    CallDriver driver(identifiedCall(), &gateway);
    driver.start(0);
    const qint64 at = answerUpToConfirmation(driver, 1000);
    driver.pressKey(u'1', at);
    driver.giveUpOnGateway(QStringLiteral("no answer"), at + 60000);
    QCOMPARE(gateway.cancelled, QStringList { gateway.invoice });
    QVERIFY(!driver.awaitingGateway());
    QCOMPARE(driver.nowMs(), at + 60000);
    QCOMPARE(eventsOf(driver, FlowEvent::Kind::GatewayError), QList<qint64> { at + 60000 });
}

void TestCallDriver::replyAfterTheDriverIsGone_isDropped()
{
    LaterGateway gateway;
    int replies = 0;
    {
        CallDriver driver(identifiedCall(), &gateway);
        driver.setGatewayReplyHandler([&replies] { ++replies; });
        driver.start(0);
        driver.pressKey(u'1', answerUpToConfirmation(driver, 1000));
    }
    QVERIFY(gateway.pending);
    gateway.pending(GatewayResult::approved(QStringLiteral("T-2")));
    QCOMPARE(replies, 0);
}

QTEST_GUILESS_MAIN(TestCallDriver)
#include "tst_calldriver.moc"
