#include "audio/callrecorder.h"
#include "audio/dtmfdetector.h"
#include "audio/wavfile.h"
#include "externaltools.h"
#include "flow/paymentflow.h"
#include "promptsetfixture.h"
#include "sim/scenariorunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;

namespace {

// The keys the caller pressed, as the runner reports them.
class KeyLog : public CallObserver
{
public:
    void keyPressed(const PaymentFlow&, QChar key, qint64, int) override { keys += key; }
    QString keys;
};

QStringList conferenceScenarios()
{
    QStringList files;
    const QDir own(QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/audio/scenarios"));
    for (const QString& f : own.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        files << own.filePath(f);
    }
    const QDir shared(QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/scenarios"));
    for (const QString& f :
        shared.entryList({ QStringLiteral("*conference*.json") }, QDir::Files, QDir::Name)) {
        files << shared.filePath(f);
    }
    return files;
}

struct Recorded
{
    ScenarioRun run;
    QString keys;
};

Recorded record(const Scenario& scenario, CallRecorder& recorder)
{
    KeyLog log;
    RunOptions options;
    options.observers = { &recorder, &log };
    options.promptDurationMs = [&recorder](const Prompt& p) { return recorder.promptDurationMs(p); };
    return { ScenarioRunner::run(scenario, options), log.keys };
}

} // namespace

class TestCallRecorder : public QObject
{
    Q_OBJECT

private:
    std::optional<PromptSet> m_set;

private slots:
    void initTestCase()
    {
        QVERIFY2(generatedPromptSetExists(), "build the voicepay_promptset target first");
        QString error;
        m_set = PromptSet::open(generatedPromptSetDir(), &error);
        QVERIFY2(m_set, qPrintable(error));
        QVERIFY(!test::findTool("multimon-ng").isEmpty());
    }

    void conferenceSuite_callerHearsEveryKey_agentHearsNone_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = conferenceScenarios();
        QVERIFY(files.size() >= 5);
        for (const QString& f : files) {
            QTest::newRow(qPrintable(QFileInfo(f).completeBaseName())) << f;
        }
    }
    void conferenceSuite_callerHearsEveryKey_agentHearsNone()
    {
        QFETCH(QString, path);
        QString error;
        const auto scenario = Scenario::fromFile(path, &error);
        QVERIFY2(scenario, qPrintable(error));
        QCOMPARE(scenario->call.callType, CallType::Conference);
        CallRecorder recorder(&*m_set);
        recorder.setKeepTones(true); // the suite's cards are published test cards
        const Recorded r = record(*scenario, recorder);
        QVERIFY2(r.run.ok, qPrintable(r.run.error));
        QVERIFY(!r.keys.isEmpty());
        QVERIFY2(recorder.fallbackPrompts().isEmpty(), qPrintable(recorder.fallbackPrompts().join(u' ')));
        // The recording is as long as the call on the simulated clock.
        QCOMPARE(recorder.callerLeg().durationMs(), r.run.endMs);

        QTemporaryDir dir;
        QVERIFY2(recorder.write(dir.path(), &error), qPrintable(error));
        const QString caller = dir.filePath(QStringLiteral("caller.wav"));
        const QString agent = dir.filePath(QStringLiteral("agent.wav"));
        QCOMPARE(test::multimonKeys(caller), r.keys);
        QCOMPARE(test::multimonKeys(agent), QString());
        QCOMPARE(DtmfDetector().detectKeys(*WavFile::read(agent)), QString());

        QFile log(dir.filePath(QStringLiteral("clamp.json")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QJsonObject clamp = QJsonDocument::fromJson(log.readAll()).object();
        QCOMPARE(clamp.value(QStringLiteral("tonesSuppressed")).toInt(), r.keys.size());
        QCOMPARE(clamp.value(QStringLiteral("tonesOutsideClamp")).toInt(), 0);
        const QJsonArray intervals = clamp.value(QStringLiteral("intervals")).toArray();
        QCOMPARE(intervals.size(), 1);
        QCOMPARE(intervals.first().toObject().value(QStringLiteral("onMs")).toInteger(), 0);
        QCOMPARE(intervals.first().toObject().value(QStringLiteral("offMs")).toInteger(), r.run.endMs);
    }

    void ivrCall_hasOnlyTheCallerLeg()
    {
        QString error;
        const auto scenario = Scenario::fromFile(
            QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/audio/scenarios/conference_amex_correction.json"),
            &error);
        QVERIFY(scenario);
        Scenario ivr = *scenario;
        ivr.call.callType = CallType::Ivr;
        CallRecorder recorder(&*m_set);
        recorder.setKeepTones(true);
        const Recorded r = record(ivr, recorder);
        QVERIFY(r.run.ok);
        QVERIFY(!recorder.isConference());
        QTemporaryDir dir;
        QVERIFY(recorder.write(dir.path(), &error));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("caller.wav"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("agent.wav"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("clamp.json"))));
        QCOMPARE(DtmfDetector().detectKeys(recorder.callerLeg()), r.keys);
    }

    // Without recordings the call is still recorded: prompts come from the fallback, tones are still there.
    void missingPromptSet_usesTheFallback()
    {
        QString error;
        const auto scenario = Scenario::fromFile(
            QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/audio/scenarios/conference_hangup_during_card.json"),
            &error);
        QVERIFY(scenario);
        CallRecorder recorder(nullptr);
        recorder.setKeepTones(true);
        int asked = 0;
        recorder.setFallback([&asked](const Prompt&, int rate) {
            ++asked;
            AudioBuffer b;
            b.sampleRate = rate;
            b.appendSilence(700);
            return std::optional<AudioBuffer>(b);
        });
        const Recorded r = record(*scenario, recorder);
        QVERIFY(r.run.ok);
        QVERIFY(asked > 0);
        QVERIFY(!recorder.fallbackPrompts().isEmpty());
        QCOMPARE(DtmfDetector().detectKeys(recorder.callerLeg()), r.keys);
        QCOMPARE(DtmfDetector().detectKeys(recorder.agentLeg()), QString());
    }

    // By default no recording holds a keypad tone: card number, security code and PIN are not in caller.wav.
    void byDefault_noLegHoldsATone_data() { conferenceSuite_callerHearsEveryKey_agentHearsNone_data(); }
    void byDefault_noLegHoldsATone()
    {
        QFETCH(QString, path);
        QString error;
        auto scenario = Scenario::fromFile(path, &error);
        QVERIFY2(scenario, qPrintable(error));
        for (CallType type : { CallType::Conference, CallType::Ivr }) {
            scenario->call.callType = type;
            CallRecorder recorder(&*m_set);
            const Recorded r = record(*scenario, recorder);
            QVERIFY2(r.run.ok, qPrintable(r.run.error));
            QVERIFY(!r.keys.isEmpty());
            QCOMPARE(DtmfDetector().detectKeys(recorder.callerLeg()), QString());
            QTemporaryDir dir;
            QVERIFY2(recorder.write(dir.path(), &error), qPrintable(error));
            QCOMPARE(test::multimonKeys(dir.filePath(QStringLiteral("caller.wav"))), QString());
        }
    }

    // Raw tones only when every card number of the call is a published test card.
    void keepTones_isRefusedForARealLookingCard()
    {
        QString error;
        auto scenario = Scenario::fromFile(
            QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/audio/scenarios/conference_kwd_other_amount.json"),
            &error);
        QVERIFY2(scenario, qPrintable(error));
        bool replaced = false;
        for (ScenarioInput& input : scenario->inputs) {
            if (input.text.contains(QStringLiteral("5555555555554444"))) {
                // Luhn-valid, Mastercard, not published.
                input.text.replace(QStringLiteral("5555555555554444"), QStringLiteral("5555555555551234"));
                replaced = true;
            }
        }
        QVERIFY(replaced);
        CallRecorder recorder(&*m_set);
        recorder.setKeepTones(true);
        const Recorded r = record(*scenario, recorder);
        QVERIFY(r.run.ok);
        QVERIFY(!recorder.onlyTestCards());
        QTemporaryDir dir;
        QVERIFY(!recorder.write(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("test card")), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("caller.wav"))));
    }
};

QTEST_GUILESS_MAIN(TestCallRecorder)
#include "tst_callrecorder.moc"
