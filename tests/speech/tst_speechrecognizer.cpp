// The recogniser's contract, on a scripted recogniser: the confidence threshold, the N-best list read against
// the grammar, the no-input time-out, the wiping of sensitive hypotheses; and how the flow takes spoken
// input: the keypad offered after two voice no-matches, the recogniser never run in DTMF-only or conference
// calls.
#include "flow/paymentflow.h"
#include "sim/scenariorunner.h"
#include "speech/callerspeech.h"
#include "speech/recognizer.h"

#include <QTest>

using namespace voicepay;

namespace {

// Hears speech from `speechFrom` to `speechTo` (in samples) and returns the scripted hypotheses.
class ScriptedRecognizer : public Recognizer
{
public:
    QList<SpeechHypothesis> script;
    qsizetype speechFrom = 0;
    qsizetype speechTo = 0;
    int begun = 0;
    QList<SpeechHypothesis>* lastHanded = nullptr;

    bool begin(const SpeechGrammar&, int, QString*) override
    {
        ++begun;
        m_fed = 0;
        return true;
    }
    void feed(const qint16*, qsizetype count) override { m_fed += count; }
    bool heardSpeech() const override { return speechTo > speechFrom && m_fed > speechFrom; }
    bool speechEnded() const override { return heardSpeech() && m_fed > speechTo + 8000; }
    QList<SpeechHypothesis> end(int maxHypotheses) override
    {
        return heardSpeech() ? script.mid(0, maxHypotheses) : QList<SpeechHypothesis> {};
    }
    qsizetype fed() const { return m_fed; }

private:
    qsizetype m_fed = 0;
};

// Every spoken input is recognised by a ScriptedRecognizer that answers with the input's text.
class ScriptedSpeech : public CallerSpeech
{
public:
    ScriptedRecognizer recognizer;
    double confidence = 0.9;
    int heard = 0;

    bool handles(const ScenarioInput& input) const override { return input.kind == ScenarioInput::Kind::Say; }
    Recognition hear(const ScenarioInput& input, const CollectSpec& spec, const FlowConfig&) override
    {
        ++heard;
        recognizer.script = { { input.text, confidence } };
        recognizer.speechFrom = 1000;
        recognizer.speechTo = 20000;
        const std::vector<qint16> audio(48000);
        return recognizer.recognise(SpeechGrammar::forStep(spec.step), audio.data(), 48000, 16000, 5000);
    }
};

Scenario scenario(const QStringList& inputs, const QJsonObject& config = {}, bool conference = false)
{
    Scenario s;
    QString error;
    QJsonObject call { { QStringLiteral("accountId"), QStringLiteral("10001") },
        { QStringLiteral("amountDue"), QStringLiteral("125.50") }, { QStringLiteral("identified"), true } };
    if (conference) {
        call.insert(QStringLiteral("callType"), QStringLiteral("conference"));
    }
    s.call = *CallContext::fromJson(call, &error);
    s.configOverrides = config;
    s.date = QDate(2026, 11, 25);
    for (const QString& i : inputs) {
        s.inputs << *ScenarioInput::parse(i, &error);
    }
    return s;
}

QStringList promptsOf(const ScenarioRun& run)
{
    return run.promptIds;
}

} // namespace

class TestSpeechRecognizer : public QObject
{
    Q_OBJECT

private slots:
    void belowThreshold_isNoMatch();
    void nbest_firstReadableHypothesisWins();
    void nbest_cardOfAWrongLengthForItsBrand_isPassedOver();
    void noSpeech_beforeTimeout_isNoInput();
    void endOfSpeech_stopsFeeding();
    void sensitiveStep_leavesOnlyTheDigits();
    void wipe_clearsEverything();
    void twoVoiceNoMatches_offerTheKeypad();
    void dtmfOnlyAndConference_neverRunTheRecognizer();
    void spokenCall_endToEnd();
};

void TestSpeechRecognizer::belowThreshold_isNoMatch()
{
    ScriptedRecognizer r;
    r.speechFrom = 100;
    r.speechTo = 8000;
    r.setMinConfidence(0.5);
    const std::vector<qint16> audio(32000);
    r.script = { { QStringLiteral("yes"), 0.49 } };
    Recognition low = r.recognise(SpeechGrammar::forStep(Step::Confirm), audio.data(), 32000, 16000, 5000);
    QCOMPARE(low.status, Recognition::Status::NoMatch);
    QVERIFY(low.utterance.isEmpty());
    r.script = { { QStringLiteral("yes"), 0.5 } };
    Recognition enough = r.recognise(SpeechGrammar::forStep(Step::Confirm), audio.data(), 32000, 16000, 5000);
    QCOMPARE(enough.status, Recognition::Status::Match);
    QCOMPARE(enough.utterance, QStringLiteral("yes"));
}

void TestSpeechRecognizer::nbest_firstReadableHypothesisWins()
{
    ScriptedRecognizer r;
    r.speechFrom = 100;
    r.speechTo = 8000;
    const std::vector<qint16> audio(32000);
    // The best path fails the check digit; the second is the card.
    r.script = { { QStringLiteral("four one one one one one one one one one one one one one one two"), 0.8 },
        { QStringLiteral("four one one one one one one one one one one one one one one one"), 0.1 } };
    Recognition heard
        = r.recognise(SpeechGrammar::forStep(Step::CardNumber), audio.data(), 32000, 16000, 5000);
    QCOMPARE(heard.status, Recognition::Status::Match);
    QCOMPARE(heard.utterance, QStringLiteral("4111111111111111"));
    r.setMaxHypotheses(1);
    Recognition onlyBest
        = r.recognise(SpeechGrammar::forStep(Step::CardNumber), audio.data(), 32000, 16000, 5000);
    QCOMPARE(onlyBest.status, Recognition::Status::NoMatch);
}

void TestSpeechRecognizer::nbest_cardOfAWrongLengthForItsBrand_isPassedOver()
{
    ScriptedRecognizer r;
    r.speechFrom = 100;
    r.speechTo = 8000;
    const std::vector<qint16> audio(32000);
    // The best path dropped a digit and still passes the check digit (411111111111116, a Visa of 15
    // digits); the second is the card.
    r.script = { { QStringLiteral("four one one one one one one one one one one one one one six"), 0.8 },
        { QStringLiteral("four one one one one one one one one one one one one one one one"), 0.1 } };
    Recognition heard
        = r.recognise(SpeechGrammar::forStep(Step::CardNumber), audio.data(), 32000, 16000, 5000);
    QCOMPARE(heard.status, Recognition::Status::Match);
    QCOMPARE(heard.utterance, QStringLiteral("4111111111111111"));
}

void TestSpeechRecognizer::noSpeech_beforeTimeout_isNoInput()
{
    ScriptedRecognizer r;
    r.speechFrom = 16000 * 6; // speech would start after six seconds
    r.speechTo = 16000 * 7;
    r.script = { { QStringLiteral("yes"), 0.9 } };
    const std::vector<qint16> audio(16000 * 10);
    Recognition heard
        = r.recognise(SpeechGrammar::forStep(Step::Confirm), audio.data(), 16000 * 10, 16000, 5000);
    QCOMPARE(heard.status, Recognition::Status::NoInput);
    QCOMPARE(heard.speechEndMs, 5000);
    QCOMPARE(r.fed(), 16000 * 5);
}

void TestSpeechRecognizer::endOfSpeech_stopsFeeding()
{
    ScriptedRecognizer r;
    r.speechFrom = 1000;
    r.speechTo = 16000;
    r.script = { { QStringLiteral("no"), 0.9 } };
    const std::vector<qint16> audio(16000 * 10);
    Recognition heard
        = r.recognise(SpeechGrammar::forStep(Step::Confirm), audio.data(), 16000 * 10, 16000, 5000);
    QCOMPARE(heard.status, Recognition::Status::Match);
    QVERIFY(r.fed() < 16000 * 2);
    QVERIFY(heard.speechEndMs < 2000);
}

void TestSpeechRecognizer::sensitiveStep_leavesOnlyTheDigits()
{
    ScriptedRecognizer r;
    r.speechFrom = 100;
    r.speechTo = 8000;
    const std::vector<qint16> audio(32000);
    r.script = { { QStringLiteral("one two three"), 0.9 }, { QStringLiteral("one two two"), 0.2 } };
    Recognition code
        = r.recognise(SpeechGrammar::forStep(Step::SecurityCode), audio.data(), 32000, 16000, 5000);
    QCOMPARE(code.utterance, QStringLiteral("123"));
    QVERIFY(code.nbest.isEmpty()); // the words are gone
    Recognition menu = r.recognise(SpeechGrammar::forStep(Step::Confirm), audio.data(), 32000, 16000, 5000);
    QCOMPARE(menu.nbest.size(), 2); // a menu answer is no card data
}

void TestSpeechRecognizer::wipe_clearsEverything()
{
    Recognition r;
    r.status = Recognition::Status::Match;
    r.utterance = QStringLiteral("4111111111111111");
    r.nbest = { { QStringLiteral("four one"), 0.5 } };
    Recognition moved = std::move(r);
    QVERIFY(r.utterance.isEmpty());
    QVERIFY(r.nbest.isEmpty());
    QCOMPARE(moved.utterance, QStringLiteral("4111111111111111"));
    moved.wipe();
    QVERIFY(moved.utterance.isEmpty());
    QVERIFY(moved.nbest.isEmpty());

    // A copy another owner holds is released here, not overwritten under that owner.
    const QString kept = QStringLiteral("1234");
    QString shared = kept;
    wipeText(shared);
    QVERIFY(shared.isEmpty());
    QCOMPARE(kept, QStringLiteral("1234"));
}

void TestSpeechRecognizer::twoVoiceNoMatches_offerTheKeypad()
{
    ScriptedSpeech speech;
    RunOptions options;
    options.speech = &speech;
    const ScenarioRun run
        = ScenarioRunner::run(scenario({ "say:banana", "say:banana", "1", "hangup" }), options);
    QVERIFY(run.ok);
    QCOMPARE(speech.heard, 2);
    const QStringList prompts = promptsOf(run);
    QCOMPARE(prompts.count(QStringLiteral("amount_choice.no_match")), 1);
    QCOMPARE(prompts.count(QStringLiteral("voice.keypad")), 1);
    QVERIFY(prompts.indexOf(QStringLiteral("amount_choice.no_match"))
        < prompts.indexOf(QStringLiteral("voice.keypad")));
    QCOMPARE(run.result.steps.value(3).step, QStringLiteral("card_number")); // the keypad answered

    // A no-match in voice-only mode cannot offer keys the call does not take.
    ScriptedSpeech voiceOnly;
    options.speech = &voiceOnly;
    const ScenarioRun run2
        = ScenarioRunner::run(scenario({ "say:banana", "say:banana", "hangup" },
                                  { { QStringLiteral("inputMode"), QStringLiteral("voice") } }),
            options);
    QCOMPARE(run2.promptIds.count(QStringLiteral("voice.keypad")), 0);
    QCOMPARE(run2.promptIds.count(QStringLiteral("amount_choice.no_match")), 2);
}

void TestSpeechRecognizer::dtmfOnlyAndConference_neverRunTheRecognizer()
{
    ScriptedSpeech speech;
    RunOptions options;
    options.speech = &speech;
    const ScenarioRun dtmf
        = ScenarioRunner::run(scenario({ "say:full amount", "hangup" },
                                  { { QStringLiteral("inputMode"), QStringLiteral("dtmf") } }),
            options);
    QVERIFY(dtmf.ok);
    const ScenarioRun conference
        = ScenarioRunner::run(scenario({ "say:four one one one", "hangup" }, {}, true), options);
    QVERIFY(conference.ok);
    QCOMPARE(speech.heard, 0);
    QCOMPARE(speech.recognizer.begun, 0);
    QVERIFY(dtmf.promptIds.contains(QStringLiteral("amount_choice.no_match")));
}

void TestSpeechRecognizer::spokenCall_endToEnd()
{
    ScriptedSpeech speech;
    RunOptions options;
    options.speech = &speech;
    const ScenarioRun run = ScenarioRunner::run(
        scenario({ "say:full amount", "say:four one one one one one one one one one one one one one one one",
            "say:december twenty twenty eight", "say:one two three", "say:yes" }),
        options);
    QVERIFY(run.ok);
    QCOMPARE(speech.heard, 5);
    QCOMPARE(outcomeName(run.result.outcome), QStringLiteral("success"));
    QCOMPARE(run.result.cardLast4, QStringLiteral("1111"));
}

QTEST_GUILESS_MAIN(TestSpeechRecognizer)
#include "tst_speechrecognizer.moc"
