// A live call's recogniser (CallRecognition, what the phone endpoint runs) on a scripted recogniser and a
// real CallDriver: audio is heard from the end of a question's prompts to the end of speech and the words go
// to the flow; a key stops recognition at its step; the step's time-out waits while the caller speaks;
// DTMF-only and conference calls never make a recogniser; card numbers leave only as digits.
#include "call/calldriver.h"
#include "flow/paymentflow.h"
#include "speech/callrecognition.h"

#include <QJsonObject>
#include <QTest>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <vector>

using namespace voicepay;

namespace {

constexpr int kRate = 8000;
constexpr qint64 kPromptMs = 1000; // every prompt, on the driver's clock

// Speech from `speechFrom` to `speechTo` samples into each utterance; answers with the script.
class ScriptedRecognizer : public Recognizer
{
public:
    QList<SpeechHypothesis> script;
    qsizetype speechFrom = 800;
    qsizetype speechTo = 8000;
    int begun = 0;
    qsizetype fedTotal = 0;
    QStringList prepared;
    std::atomic<int>* alive = nullptr; // counts the recognisers not yet destroyed, when set

    ScriptedRecognizer() = default;
    explicit ScriptedRecognizer(std::atomic<int>* counter)
        : alive(counter)
    {
        ++*alive;
    }
    ~ScriptedRecognizer() override
    {
        if (alive) {
            --*alive;
        }
    }
    bool prepare(const SpeechGrammar& grammar, int, QString*) override
    {
        prepared << grammar.name();
        return true;
    }

    bool begin(const SpeechGrammar& grammar, int rate, QString*) override
    {
        ++begun;
        lastGrammar = grammar.name();
        lastRate = rate;
        m_fed = 0;
        return true;
    }
    void feed(const qint16*, qsizetype count) override
    {
        m_fed += count;
        fedTotal += count;
    }
    bool heardSpeech() const override { return m_fed > speechFrom; }
    bool speechEnded() const override { return m_fed > speechTo + 4000; } // half a second of silence
    QList<SpeechHypothesis> end(int maxHypotheses) override
    {
        return heardSpeech() ? script.mid(0, maxHypotheses) : QList<SpeechHypothesis> {};
    }
    QString lastGrammar;
    int lastRate = 0;

private:
    qsizetype m_fed = 0;
};

// The prompts the call plays, by id.
struct PromptLog : CallObserver
{
    QStringList ids;
    void actionTaken(const PaymentFlow&, const FlowAction& action, qint64, qint64) override
    {
        if (action.kind == FlowAction::Kind::Play) {
            ids << action.prompt.id;
        }
    }
};

struct Call
{
    explicit Call(const QJsonObject& config = {}, bool conference = false)
        : driver(setup(config, conference), nullptr,
            CallTiming { 0, 0, 0, false, [](const Prompt&) { return kPromptMs; } })
        , speech(driver, kRate, [this](QString* error) -> std::unique_ptr<Recognizer> {
            ++made;
            if (failFactory) {
                *error = QStringLiteral("no model");
                return nullptr;
            }
            auto r = std::make_unique<ScriptedRecognizer>();
            recognizer = r.get();
            return r;
        })
    {
        driver.addObserver(&speech);
        driver.addObserver(&prompts);
    }

    static CallSetup setup(const QJsonObject& config, bool conference)
    {
        CallSetup s;
        QString error;
        QJsonObject call { { QStringLiteral("accountId"), QStringLiteral("10001") },
            { QStringLiteral("amountDue"), QStringLiteral("125.50") },
            { QStringLiteral("identified"), true } };
        if (conference) {
            call.insert(QStringLiteral("callType"), QStringLiteral("conference"));
        }
        s.context = *CallContext::fromJson(call, &error);
        if (config.contains(QStringLiteral("inputMode"))) {
            s.config.inputMode = config.value(QStringLiteral("inputMode")).toString() == u"dtmf"
                ? InputMode::Dtmf
                : InputMode::Voice;
        }
        s.date = QDate(2026, 11, 25);
        s.sessionId = QStringLiteral("test");
        return s;
    }

    // `ms` of audio in 20 ms packets from `fromMs`, ticking the driver as the endpoint does.
    qint64 talk(qint64 fromMs, qint64 ms)
    {
        const std::vector<qint16> packet(kRate / 50);
        for (qint64 t = fromMs; t < fromMs + ms; t += 20) {
            speech.hear(packet.data(), qsizetype(packet.size()), t);
            speech.tick(t);
        }
        return fromMs + ms;
    }
    Step step() const { return driver.flow().currentCollect().step; }

    int made = 0;
    bool failFactory = false;
    ScriptedRecognizer* recognizer = nullptr;
    PromptLog prompts;
    CallDriver driver;
    CallRecognition speech;
};

// A recogniser factory for a worker thread that holds every making until the test opens it: while it is
// held, the lane is busy and the call must go on without it.
struct Gate
{
    std::mutex mutex;
    std::condition_variable opened;
    std::condition_variable arrived;
    int entered = 0;
    bool open = true;
    std::atomic<int> made { 0 };
    std::atomic<int> alive { 0 };
    std::atomic<ScriptedRecognizer*> last { nullptr };
    QList<SpeechHypothesis> script { { QStringLiteral("full amount"), 0.9 } };

    void close()
    {
        std::lock_guard lock(mutex);
        open = false;
    }
    void release()
    {
        {
            std::lock_guard lock(mutex);
            open = true;
        }
        opened.notify_all();
    }
    // Until the lane is inside the factory (busy for certain).
    void waitForMaking()
    {
        std::unique_lock lock(mutex);
        arrived.wait(lock, [this] { return entered > 0; });
    }
    std::unique_ptr<Recognizer> make()
    {
        std::unique_lock lock(mutex);
        ++entered;
        arrived.notify_all();
        opened.wait(lock, [this] { return open; });
        ++made;
        auto r = std::make_unique<ScriptedRecognizer>(&alive);
        r->script = script;
        last = r.get();
        return r;
    }
};

// A call whose recogniser runs on a worker's thread.
struct LaneCall
{
    explicit LaneCall(RecognitionWorker& worker)
        : driver(Call::setup({}, false), nullptr,
            CallTiming { 0, 0, 0, false, [](const Prompt&) { return kPromptMs; } })
        , speech(std::make_unique<CallRecognition>(driver, kRate, worker))
    {
        driver.addObserver(speech.get());
    }
    qint64 talk(qint64 fromMs, qint64 ms)
    {
        const std::vector<qint16> packet(kRate / 50);
        for (qint64 t = fromMs; t < fromMs + ms; t += 20) {
            speech->hear(packet.data(), qsizetype(packet.size()), t);
            speech->tick(t);
        }
        return fromMs + ms;
    }
    Step step() const { return driver.flow().currentCollect().step; }

    CallDriver driver;
    std::unique_ptr<CallRecognition> speech;
};

} // namespace

class TestCallRecognition : public QObject
{
    Q_OBJECT

private slots:
    void speech_afterThePrompts_answersTheStep();
    void key_stopsRecognitionAtItsStep();
    void timeout_waitsWhileTheCallerSpeaks();
    void noMatch_reachesTheFlowAsOne();
    void twoNoMatches_offerTheKeypad_whichAnswers();
    void dtmfOnlyAndConference_neverMakeARecognizer();
    void noRecognizer_leavesTheKeys();
    void cardNumber_reachesTheFlowAsDigits();
    void worker_theCallNeverWaitsForTheRecognizer();
    void worker_keyWhileBusy_dropsWhatWasQueued();
    void worker_callEndingWhileBusy_releasesTheRecognizer();
    void worker_preload_servesTheFirstCaller();
};

void TestCallRecognition::speech_afterThePrompts_answersTheStep()
{
    Call call;
    call.driver.start(0);
    QCOMPARE(call.step(), Step::AmountChoice);
    const qint64 promptsEnd = call.driver.nowMs();
    QVERIFY(promptsEnd >= kPromptMs);
    call.talk(0, promptsEnd); // the caller talks over the question: not heard
    QCOMPARE(call.made, 0);
    call.talk(promptsEnd, 100);
    QCOMPARE(call.made, 1);
    QCOMPARE(call.recognizer->lastGrammar, stepName(Step::AmountChoice));
    QCOMPARE(call.recognizer->lastRate, kRate);
    call.recognizer->script = { { QStringLiteral("full amount"), 0.9 } };
    call.talk(promptsEnd + 100, 2000);
    QCOMPARE(call.step(), Step::CardNumber);
    QCOMPARE(call.speech.utterances(), 1);
    QCOMPARE(call.made, 1); // one recogniser for the call
}

void TestCallRecognition::key_stopsRecognitionAtItsStep()
{
    Call call;
    call.driver.start(0);
    qint64 t = call.talk(call.driver.nowMs(), 200);
    QCOMPARE(call.recognizer->begun, 1);
    call.driver.pressKey(QLatin1Char('1'), t); // the full amount, keyed
    QCOMPARE(call.step(), Step::CardNumber);
    const qint64 promptsEnd = call.driver.nowMs();
    // The card number is keyed too: once a key came at this step, its audio is not recognised.
    call.driver.pressKey(QLatin1Char('4'), promptsEnd);
    const qsizetype fed = call.recognizer->fedTotal;
    call.talk(promptsEnd, 2000);
    QCOMPARE(call.recognizer->fedTotal, fed);
    QCOMPARE(call.recognizer->begun, 1);
    QCOMPARE(call.speech.utterances(), 0);
}

void TestCallRecognition::timeout_waitsWhileTheCallerSpeaks()
{
    Call call;
    call.driver.start(0);
    const qint64 promptsEnd = call.driver.nowMs();
    const qint64 deadline = call.driver.timeoutDeadlineMs();
    QVERIFY(deadline > promptsEnd);
    call.talk(promptsEnd, 60);
    QVERIFY(!call.speech.speaking());
    // Speech starts before the deadline and goes on well past it.
    call.recognizer->speechTo = (deadline - promptsEnd + 3000) * kRate / 1000;
    call.recognizer->script = { { QStringLiteral("full amount"), 0.9 } };
    call.talk(promptsEnd + 60, deadline - promptsEnd);
    QVERIFY(call.speech.speaking());
    QCOMPARE(call.step(), Step::AmountChoice);
    call.talk(deadline + 200, 4000);
    QCOMPARE(call.step(), Step::CardNumber); // the words answered, no time-out came first
    QCOMPARE(call.driver.flow().currentCollect().attempt, 1);
}

void TestCallRecognition::noMatch_reachesTheFlowAsOne()
{
    Call call;
    call.driver.start(0);
    call.talk(call.driver.nowMs(), 100);
    call.recognizer->script = { { QStringLiteral("banana"), 0.9 } };
    call.talk(call.driver.nowMs() + 100, 2000);
    QCOMPARE(call.step(), Step::AmountChoice);
    QCOMPARE(call.driver.flow().currentCollect().attempt, 2); // asked again
    QCOMPARE(call.speech.utterances(), 1);
}

void TestCallRecognition::twoNoMatches_offerTheKeypad_whichAnswers()
{
    // What a caller whose voice the recogniser cannot read at 8 kHz hears, and how the call goes on.
    Call call;
    call.driver.start(0);
    call.talk(call.driver.nowMs(), 100);
    call.recognizer->script = { { QStringLiteral("banana"), 0.9 } };
    call.talk(call.driver.nowMs() + 100, 2000);
    QCOMPARE(call.prompts.ids.count(QStringLiteral("voice.keypad")), 0);
    call.talk(call.driver.nowMs(), 2100);
    QCOMPARE(call.speech.utterances(), 2);
    QCOMPARE(call.prompts.ids.count(QStringLiteral("voice.keypad")), 1);
    QCOMPARE(call.step(), Step::AmountChoice);
    call.driver.pressKey(QLatin1Char('1'), call.driver.nowMs());
    QCOMPARE(call.step(), Step::CardNumber);
}

void TestCallRecognition::dtmfOnlyAndConference_neverMakeARecognizer()
{
    Call dtmf({ { QStringLiteral("inputMode"), QStringLiteral("dtmf") } });
    dtmf.driver.start(0);
    dtmf.talk(0, 8000);
    QCOMPARE(dtmf.made, 0);
    Call conference({}, true);
    conference.driver.start(0);
    conference.talk(0, 8000);
    QCOMPARE(conference.made, 0);
}

void TestCallRecognition::noRecognizer_leavesTheKeys()
{
    Call call;
    call.failFactory = true;
    call.driver.start(0);
    call.talk(call.driver.nowMs(), 500);
    call.talk(call.driver.nowMs() + 500, 500);
    QCOMPARE(call.made, 1); // tried once, not at every packet
    call.driver.pressKey(QLatin1Char('1'), call.driver.nowMs() + 1000);
    QCOMPARE(call.step(), Step::CardNumber);
}

void TestCallRecognition::cardNumber_reachesTheFlowAsDigits()
{
    Call call;
    call.driver.start(0);
    call.driver.pressKey(QLatin1Char('1'), call.driver.nowMs());
    QCOMPARE(call.step(), Step::CardNumber);
    call.talk(call.driver.nowMs(), 100);
    QVERIFY(call.recognizer);
    call.recognizer->script
        = { { QStringLiteral("four one one one one one one one one one one one one one one one"), 0.9 } };
    call.talk(call.driver.nowMs() + 100, 2000);
    QCOMPARE(call.step(), Step::Expiry);
    QCOMPARE(call.driver.flow().liveBrand().brand->id, QStringLiteral("visa"));
}

void TestCallRecognition::worker_theCallNeverWaitsForTheRecognizer()
{
    Gate gate;
    RecognitionWorker worker([&gate](QString*) { return gate.make(); }, 1);
    LaneCall call(worker);
    call.driver.start(0);
    const qint64 promptsEnd = call.driver.nowMs();
    const qint64 deadline = call.driver.timeoutDeadlineMs();
    gate.close();
    // The recogniser is still being made (the lane is busy): every packet is handed over and hear() returns;
    // the step's time-out waits for the lane to hear the audio, though the deadline passes meanwhile.
    call.talk(promptsEnd, deadline - promptsEnd + 500);
    QCOMPARE(call.step(), Step::AmountChoice);
    QCOMPARE(call.driver.flow().currentCollect().attempt, 1);
    QCOMPARE(call.speech->utterances(), 0);
    gate.release();
    worker.waitIdle();
    call.speech->tick(deadline + 520); // what the lane came to reaches the flow on the call's thread
    QCOMPARE(call.step(), Step::CardNumber);
    QCOMPARE(call.speech->utterances(), 1);
    QCOMPARE(gate.made.load(), 1);
}

void TestCallRecognition::worker_keyWhileBusy_dropsWhatWasQueued()
{
    Gate gate;
    RecognitionWorker worker([&gate](QString*) { return gate.make(); }, 1);
    LaneCall call(worker);
    call.driver.start(0);
    gate.close();
    const qint64 t = call.talk(call.driver.nowMs(), 2000); // speech the lane has not heard yet
    gate.waitForMaking();
    call.driver.pressKey(QLatin1Char('1'), t);
    QCOMPARE(call.step(), Step::CardNumber);
    gate.release();
    worker.waitIdle();
    call.speech->tick(t + 20);
    QCOMPARE(call.step(), Step::CardNumber); // the words did not answer the next step
    QCOMPARE(call.speech->utterances(), 0);
    QCOMPARE(gate.last.load()->fedTotal, 0); // queued audio was wiped unheard
}

void TestCallRecognition::worker_callEndingWhileBusy_releasesTheRecognizer()
{
    Gate gate;
    RecognitionWorker worker([&gate](QString*) { return gate.make(); }, 1);
    {
        LaneCall call(worker);
        call.driver.start(0);
        gate.close();
        call.talk(call.driver.nowMs(), 2000);
        gate.waitForMaking();
        call.speech.reset(); // the caller hangs up while the recogniser is still being made
    }
    gate.release();
    worker.waitIdle();
    QCOMPARE(gate.made.load(), 1);
    QCOMPARE(gate.alive.load(), 0); // released on its lane
}

void TestCallRecognition::worker_preload_servesTheFirstCaller()
{
    Gate gate;
    RecognitionWorker worker([&gate](QString*) { return gate.make(); }, 1);
    worker.preload({ SpeechGrammar::forStep(Step::AmountChoice) }, kRate);
    worker.waitIdle();
    QVERIFY(worker.hasSpare());
    QCOMPARE(gate.made.load(), 1);
    ScriptedRecognizer* ready = gate.last;
    QCOMPARE(ready->prepared, QStringList { stepName(Step::AmountChoice) });
    LaneCall call(worker);
    call.driver.start(0);
    const qint64 t = call.talk(call.driver.nowMs(), 100);
    worker.waitIdle();
    QCOMPARE(ready->begun, 1); // the first caller's recogniser is the one made ahead
    QCOMPARE(gate.made.load(), 2); // and the next is ready for the next caller
    QVERIFY(worker.hasSpare());
    call.talk(t, 2000);
    worker.waitIdle();
    call.speech->tick(t + 2020);
    QCOMPARE(call.step(), Step::CardNumber);
}

QTEST_GUILESS_MAIN(TestCallRecognition)
#include "tst_callrecognition.moc"
