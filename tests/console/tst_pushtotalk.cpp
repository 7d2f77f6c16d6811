// Push-to-talk on the simulator, offscreen: on a machine without a microphone the button is disabled and says
// why while the Say box stays; a recording fed through the path the microphone's audio takes is recognised
// and answers the step the call is at.
#include "flitevoice.h"
#include "flow/paymentflow.h"
#include "pocketsphinxrecognizer.h"
#include "simulator/callsession.h"
#include "simulator/pushtotalk.h"
#include "simulator/simulatorpage.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace voicepay;
using namespace voicepay::ui;

class TestPushToTalk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noMicrophone_buttonDisabledWithReason_sayBoxStays();
    void recordingThroughTheMicrophonePath_answersTheStep();
    void releasedBeforeSpeech_stepKeepsWaiting();

private:
    static bool startCall(CallSession& session);
    static QByteArray pcmOf(const QString& text);
};

void TestPushToTalk::initTestCase()
{
    QString error;
    QVERIFY2(FliteVoice::available(&error), qPrintable(error));
    QVERIFY2(PocketSphinxSettings::modelAvailable(&error), qPrintable(error));
}

bool TestPushToTalk::startCall(CallSession& session)
{
    CallContext context;
    context.accountId = QStringLiteral("10001");
    context.amountDue = QStringLiteral("42.00");
    context.identified = true;
    session.setTimeoutsEnabled(false);
    QString error;
    return session.start(context, QDate(2026, 11, 25), &error);
}

// Little-endian 16-bit PCM at 16 kHz, as the microphone delivers it, with the second of silence a caller
// leaves before letting go of the button.
QByteArray TestPushToTalk::pcmOf(const QString& text)
{
    QString error;
    auto audio = FliteVoice(QStringLiteral("slt")).speak(text, PushToTalk::sampleRate, &error);
    if (!audio) {
        qWarning("%s", qPrintable(error));
        return QByteArray();
    }
    audio->appendSilence(1000);
    return audio->toPcm();
}

void TestPushToTalk::noMicrophone_buttonDisabledWithReason_sayBoxStays()
{
    const QString why = PushToTalk::unavailableReason();
    if (why.isEmpty()) {
        QSKIP("this machine has a microphone");
    }
    SimulatorPage page;
    auto* talk = page.findChild<QPushButton*>(QStringLiteral("talkButton"));
    auto* sayEdit = page.findChild<QLineEdit*>(QStringLiteral("sayEdit"));
    QVERIFY(talk && sayEdit);
    QCOMPARE(talk->toolTip(), why);
    QVERIFY(why.contains(QStringLiteral("Say box")));
    QString error;
    QVERIFY2(page.startCall(&error), qPrintable(error));
    QVERIFY(page.session()->isCollecting());
    QVERIFY(!talk->isEnabled());
    QVERIFY(sayEdit->isEnabled());
}

void TestPushToTalk::recordingThroughTheMicrophonePath_answersTheStep()
{
    CallSession session;
    QVERIFY(startCall(session));
    session.say(QStringLiteral("full amount"));
    QCOMPARE(session.flow()->currentStep(), std::optional<Step>(Step::CardNumber));

    PushToTalk talk(&session);
    QSignalSpy inputs(&session, &CallSession::callerInput);
    QString error;
    QVERIFY2(talk.begin(false, &error), qPrintable(error));
    const QByteArray pcm
        = pcmOf(QStringLiteral("four one one one one one one one one one one one one one one one"));
    QVERIFY(pcm.size() > 32000);
    // Pieces of odd sizes, as an audio device hands them over: a sample may straddle two pieces.
    for (qsizetype at = 0; at < pcm.size() && talk.isListening(); at += 1251) {
        QByteArray piece = pcm.mid(at, 1251);
        talk.feedPcm(piece);
        QVERIFY(piece.count('\0') == piece.size()); // wiped once fed
    }
    // The recogniser heard the end of speech before the button was let go.
    QVERIFY(!talk.isListening());
    talk.end();
    QCOMPARE(session.flow()->currentStep(), std::optional<Step>(Step::Expiry));
    QCOMPARE(inputs.count(), 1);
    QCOMPARE(inputs.first().first().toString(), CallSession::tr("(spoken, masked)"));
}

void TestPushToTalk::releasedBeforeSpeech_stepKeepsWaiting()
{
    CallSession session;
    QVERIFY(startCall(session));
    PushToTalk talk(&session);
    QString error;
    QVERIFY2(talk.begin(false, &error), qPrintable(error));
    QByteArray silence(PushToTalk::sampleRate, '\0'); // half a second
    talk.feedPcm(silence);
    talk.end();
    QVERIFY(!talk.isListening());
    QCOMPARE(session.flow()->currentStep(), std::optional<Step>(Step::AmountChoice));
    // A call that does not take voice here: nothing starts.
    session.hangUp();
    QVERIFY(!talk.begin(false, &error));
}

QTEST_MAIN(TestPushToTalk)
#include "tst_pushtotalk.moc"
