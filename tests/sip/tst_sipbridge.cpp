// The agent's side of an agent-assisted call without a network: the tone gate that keeps every keypad tone
// off the agent's leg from its first millisecond, and the masked progress the agent's phone receives.
#include "agentprogress.h"
#include "audio/dtmfdetector.h"
#include "audio/dtmfgenerator.h"
#include "flow/paymentflow.h"
#include "siptestsupport.h"
#include "tonegate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <algorithm>
#include <array>
#include <cmath>

using namespace voicepay;
using namespace voicepay::sip;

namespace {

const QString kCard = QStringLiteral("4111111111111111");

// The caller's audio through the gate as a call carries it: 20 ms in, 20 ms out; a frame the gate cannot
// give yet goes out as silence.
AudioBuffer throughGate(const AudioBuffer& in, ToneGate& gate)
{
    AudioBuffer out;
    out.sampleRate = 8000;
    std::array<qint16, 160> frame {};
    for (size_t at = 0; at + 160 <= in.samples.size(); at += 160) {
        gate.push(in.samples.data() + at, 160);
        frame.fill(0);
        gate.pull(frame.data(), 160);
        out.samples.insert(out.samples.end(), frame.begin(), frame.end());
    }
    return out;
}

double rms(const AudioBuffer& b, qsizetype from, qsizetype to)
{
    double sum = 0;
    for (qsizetype i = from; i < to; ++i) {
        sum += double(b.samples[size_t(i)]) * b.samples[size_t(i)];
    }
    return std::sqrt(sum / double(std::max<qsizetype>(1, to - from)));
}

} // namespace

class TestSipBridge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyTonesNeverReachTheAgent_data();
    void keyTonesNeverReachTheAgent();
    void nothingLeavesBeforeItIsListenedTo();
    void progressCountsKeysAndNeverShowsThem();
};

void TestSipBridge::keyTonesNeverReachTheAgent_data()
{
    QTest::addColumn<int>("toneMs");
    QTest::addColumn<int>("gapMs");
    QTest::newRow("short tones, short gaps") << 40 << 40;
    QTest::newRow("as sipp plays them") << 80 << 80;
    QTest::newRow("long presses") << 300 << 120;
}

void TestSipBridge::keyTonesNeverReachTheAgent()
{
    QFETCH(int, toneMs);
    QFETCH(int, gapMs);
    DtmfToneSpec spec;
    spec.toneMs = toneMs;
    spec.gapMs = gapMs;
    AudioBuffer call = test::vowel(500, 4000);
    const AudioBuffer keys = DtmfGenerator::sequence(kCard + QStringLiteral("#1228123"), 8000, spec);
    QCOMPARE(DtmfDetector().detectKeys(keys), kCard + QStringLiteral("#1228123")); // the detector hears them
    call.samples.insert(call.samples.end(), keys.samples.begin(), keys.samples.end());
    const AudioBuffer after = test::vowel(600, 4000);
    call.samples.insert(call.samples.end(), after.samples.begin(), after.samples.end());

    ToneGate gate;
    const AudioBuffer agent = throughGate(call, gate);
    QCOMPARE(DtmfDetector().detectKeys(agent), QString());
    // A lenient detector, one that takes 20 ms fragments, finds nothing either.
    DtmfDetectorLimits lenient;
    lenient.minToneMs = 15;
    lenient.minLevelDbfs = -50.0;
    QCOMPARE(DtmfDetector(lenient).detectKeys(agent), QString());
    QVERIFY(gate.tonesCut() >= 20);
    // The caller's voice passes, late by the hold window only.
    const qsizetype voiceEnd = qsizetype(agent.samples.size());
    QVERIFY2(rms(agent, voiceEnd - 3200, voiceEnd) > 2000, "the caller's voice after the keys is lost");
    QVERIFY2(rms(agent, 1600, 3200) > 2000, "the caller's voice before the keys is lost");
}

void TestSipBridge::nothingLeavesBeforeItIsListenedTo()
{
    ToneGate gate(80);
    const AudioBuffer v = test::vowel(60, 4000);
    gate.push(v.samples.data(), qsizetype(v.samples.size()));
    std::array<qint16, 160> frame {};
    QVERIFY(!gate.pull(frame.data(), 160)); // 60 ms in, 80 ms held back
    const AudioBuffer more = test::vowel(200, 4000);
    gate.push(more.samples.data(), qsizetype(more.samples.size()));
    QVERIFY(gate.pull(frame.data(), 160));
}

void TestSipBridge::progressCountsKeysAndNeverShowsThem()
{
    CallContext context;
    context.accountId = QStringLiteral("10001");
    context.amountDue = QStringLiteral("125.50");
    context.callType = CallType::Conference;
    context.identified = true;
    PaymentFlow flow(FlowConfig(), context, QDate(2026, 11, 30), QStringLiteral("s-1"));
    flow.start(0);
    qint64 now = 1000;
    flow.pressKey(QLatin1Char('1'), now); // the full amount
    QJsonObject last;
    for (int i = 0; i < kCard.size(); ++i) {
        flow.pressKey(kCard.at(i), now += 300);
        const QByteArray json = progressJson(flow, QStringLiteral("call-1"));
        QVERIFY2(!json.contains("4111") && !json.contains("1111"), json.constData());
        last = QJsonDocument::fromJson(json).object();
        QCOMPARE(last.value(QStringLiteral("type")).toString(), QStringLiteral("progress"));
        QCOMPARE(last.value(QStringLiteral("keys")).toInt(), i + 1);
        QCOMPARE(last.value(QStringLiteral("step")).toString(), QStringLiteral("card_number"));
        QVERIFY(last.value(QStringLiteral("sensitive")).toBool());
        QVERIFY(last.value(QStringLiteral("clamped")).toBool());
    }
    QCOMPARE(last.value(QStringLiteral("brand")).toString(), QStringLiteral("visa"));
    QCOMPARE(last.value(QStringLiteral("luhn")).toString(), QStringLiteral("valid"));

    const QByteArray outcome
        = outcomeJson(R"({"outcome":"success","cardLast4":"1111"})", QStringLiteral("call-1"));
    const QJsonObject o = QJsonDocument::fromJson(outcome).object();
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("outcome"));
    QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("success"));
    QCOMPARE(o.value(QStringLiteral("callId")).toString(), QStringLiteral("call-1"));
}

QTEST_GUILESS_MAIN(TestSipBridge)
#include "tst_sipbridge.moc"
