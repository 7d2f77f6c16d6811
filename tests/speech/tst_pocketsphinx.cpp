// PocketSphinx on the flow's grammars: every grammar loads at both rates, a small fixed set of answers spoken
// by flite (slt, 16 kHz) is heard at least as well as docs/speech.md promises, speech outside the grammar is
// a no-match, silence a no-input, and a spoken card number leaves nothing but its digits.
#include "flitevoice.h"
#include "pocketsphinxrecognizer.h"
#include "speechcorpus.h"

#include <QTest>

using namespace voicepay;

class TestPocketSphinx : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyGrammar_loadsAtBothRates();
    void fixedSet_meetsTheDocumentedFloor();
    void outOfGrammarSpeech_isNoMatch();
    void silence_isNoInputAtTheTimeout();
    void spokenCardNumber_leavesOnlyDigits();
    void telephoneAudio_isHeard();

private:
    std::optional<AudioBuffer> speak(const QString& text, int rate = 16000)
    {
        QString error;
        auto audio = FliteVoice(QStringLiteral("slt")).speak(text, rate, &error);
        if (!audio) {
            qWarning("%s", qPrintable(error));
        }
        return audio;
    }
    Recognition hear(Step step, AudioBuffer audio)
    {
        audio.appendSilence(1000);
        return m_recognizer.recognise(SpeechGrammar::forStep(step), audio.samples.data(),
            static_cast<qsizetype>(audio.samples.size()), audio.sampleRate, 5000);
    }

    PocketSphinxRecognizer m_recognizer;
};

void TestPocketSphinx::initTestCase()
{
    QString error;
    if (!FliteVoice::available(&error) || !PocketSphinxSettings::modelAvailable(&error)) {
        QFAIL(qPrintable(error + QStringLiteral(" (scripts/install-deps.sh --test installs it)")));
    }
}

void TestPocketSphinx::everyGrammar_loadsAtBothRates()
{
    for (int rate : { 16000, 8000 }) {
        for (Step step : allSteps()) {
            QString error;
            QVERIFY2(m_recognizer.begin(SpeechGrammar::forStep(step), rate, &error), qPrintable(error));
            m_recognizer.end(1);
        }
    }
    QString error;
    QVERIFY(!m_recognizer.begin(SpeechGrammar::forStep(Step::Confirm), 44100, &error));
    QVERIFY(error.contains(QStringLiteral("44100")));
}

void TestPocketSphinx::fixedSet_meetsTheDocumentedFloor()
{
    // The floor docs/speech.md states for this set (slt, 16 kHz): at most 5 % digit errors, four of six card
    // numbers whole, nine in ten menu and yes/no answers, eight in ten dates and amounts.
    QList<SpeechSample> samples = SpeechCorpus::cardNumbers(6, 2026);
    samples += SpeechCorpus::yesNo();
    samples += SpeechCorpus::menus();
    samples += SpeechCorpus::expiries();
    samples += SpeechCorpus::amounts();
    SpeechScore score;
    QStringList misses;
    for (const SpeechSample& s : std::as_const(samples)) {
        const auto audio = speak(s.text);
        QVERIFY(audio);
        const int before = score.numbersRight + score.yesNoRight + score.menusRight + score.otherRight;
        SpeechCorpus::evaluate(m_recognizer, s, *audio, score);
        if (score.numbersRight + score.yesNoRight + score.menusRight + score.otherRight == before) {
            misses << (s.step == Step::CardNumber ? QStringLiteral("a card number") : s.text);
        }
    }
    qInfo("digit errors %.1f%%, numbers %d/%d, yes/no %d/%d, menus %d/%d, expiry/amount %d/%d; missed: %s",
        score.digitErrorRate() * 100, score.numbersRight, score.numbers, score.yesNoRight, score.yesNo,
        score.menusRight, score.menus, score.otherRight, score.other,
        qPrintable(misses.join(QStringLiteral("; "))));
    QVERIFY(score.digitErrorRate() <= 0.05);
    QVERIFY(score.numbersRight >= 4);
    QVERIFY(score.yesNoAccuracy() >= 0.9);
    QVERIFY(score.menuAccuracy() >= 0.9);
    QVERIFY(score.otherAccuracy() >= 0.8);
}

void TestPocketSphinx::outOfGrammarSpeech_isNoMatch()
{
    const auto audio = speak(QStringLiteral("hello, I would like to speak to somebody about my bill please"));
    QVERIFY(audio);
    Recognition heard = hear(Step::CardNumber, *audio);
    QCOMPARE(heard.status, Recognition::Status::NoMatch);
    QVERIFY(heard.utterance.isEmpty());
    // The same recogniser takes what the grammar holds.
    const auto yes = speak(QStringLiteral("yes"));
    QVERIFY(yes);
    Recognition answer = hear(Step::Confirm, *yes);
    QCOMPARE(answer.status, Recognition::Status::Match);
    QVERIFY(answer.nbest.first().confidence >= m_recognizer.minConfidence());
}

void TestPocketSphinx::silence_isNoInputAtTheTimeout()
{
    AudioBuffer quiet;
    quiet.sampleRate = 16000;
    quiet.appendSilence(8000);
    Recognition heard = hear(Step::Confirm, quiet);
    QCOMPARE(heard.status, Recognition::Status::NoInput);
    QCOMPARE(heard.speechEndMs, 5000);
}

void TestPocketSphinx::spokenCardNumber_leavesOnlyDigits()
{
    const auto audio = speak(
        QStringLiteral("five five five five five five five five five five five five four four four four"));
    QVERIFY(audio);
    Recognition heard = hear(Step::CardNumber, *audio);
    QCOMPARE(heard.status, Recognition::Status::Match);
    QCOMPARE(heard.utterance, QStringLiteral("5555555555554444"));
    QVERIFY(heard.nbest.isEmpty());
    heard.wipe();
    QVERIFY(heard.utterance.isEmpty());
}

void TestPocketSphinx::telephoneAudio_isHeard()
{
    const auto audio = speak(QStringLiteral("one two three"), 8000);
    QVERIFY(audio);
    QCOMPARE(audio->sampleRate, 8000);
    Recognition heard = hear(Step::SecurityCode, *audio);
    QCOMPARE(heard.status, Recognition::Status::Match);
    QCOMPARE(heard.utterance, QStringLiteral("123"));
}

QTEST_GUILESS_MAIN(TestPocketSphinx)
#include "tst_pocketsphinx.moc"
