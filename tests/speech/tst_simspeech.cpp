// voicepay-sim with spoken input: `audio:PATH.wav` recognised for real (16 and 8 kHz, relative to the
// scenario file), a missing recording a clear error, and `--speech synth` turning each say:TEXT into flite's
// speech, recognised instead of read as text.
#include "audio/wavfile.h"
#include "flitevoice.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;

namespace {

QString sim()
{
    return QStringLiteral(VOICEPAY_BINARY_DIR "/bin/voicepay-sim");
}

struct Result
{
    int exit = -1;
    QJsonObject json;
    QString err;
};

Result runSim(const QStringList& args)
{
    QProcess p;
    p.start(sim(), args);
    Result r;
    if (!p.waitForFinished(240000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.err = QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}

QString writeScenario(const QString& path, const QStringList& inputs, const QJsonObject& expect = {})
{
    QJsonObject s { { QStringLiteral("call"),
                        QJsonObject { { QStringLiteral("accountId"), QStringLiteral("10001") },
                            { QStringLiteral("amountDue"), QStringLiteral("125.50") },
                            { QStringLiteral("identified"), true } } },
        { QStringLiteral("date"), QStringLiteral("2026-11-25") },
        { QStringLiteral("inputs"), QJsonArray::fromStringList(inputs) } };
    if (!expect.isEmpty()) {
        s.insert(QStringLiteral("expect"), expect);
    }
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(s).toJson());
    }
    return path;
}

} // namespace

class TestSimSpeech : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void audioInputs_areRecognised();
    void missingRecording_isAClearError();
    void speechSynth_speaksEverySay();

private:
    bool record(const QString& path, const QString& text, int rate)
    {
        QString error;
        auto audio = FliteVoice(QStringLiteral("awb")).speak(text, rate, &error);
        return audio && WavFile::write(path, *audio, &error);
    }
    QTemporaryDir m_dir;
};

void TestSimSpeech::initTestCase()
{
    QVERIFY(QFileInfo::exists(sim()));
    QString error;
    QVERIFY2(FliteVoice::available(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

void TestSimSpeech::audioInputs_areRecognised()
{
    QDir dir(m_dir.path());
    QVERIFY(dir.mkpath(QStringLiteral("calls/rec")));
    QVERIFY(record(
        dir.filePath(QStringLiteral("calls/rec/choice.wav")), QStringLiteral("the full amount"), 16000));
    QVERIFY(record(dir.filePath(QStringLiteral("calls/rec/card.wav")),
        QStringLiteral("four one one one one one one one one one one one one one one one"), 16000));
    QVERIFY(record(dir.filePath(QStringLiteral("calls/rec/expiry.wav")),
        QStringLiteral("december twenty twenty eight"), 8000));
    QVERIFY(
        record(dir.filePath(QStringLiteral("calls/rec/code.wav")), QStringLiteral("one two three"), 8000));
    QVERIFY(record(dir.filePath(QStringLiteral("calls/rec/yes.wav")), QStringLiteral("yes"), 16000));
    const QString scenario = writeScenario(dir.filePath(QStringLiteral("calls/spoken.json")),
        { "audio:rec/choice.wav", "audio:rec/card.wav", "audio:rec/expiry.wav", "audio:rec/code.wav",
            "audio:" + dir.filePath(QStringLiteral("calls/rec/yes.wav")) });
    const Result r = runSim({ QStringLiteral("run"), scenario });
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QCOMPARE(r.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("success"));
    QCOMPARE(r.json.value(QStringLiteral("cardLast4")).toString(), QStringLiteral("1111"));
    // Card data never reaches the output, spoken or keyed.
    QVERIFY(!QJsonDocument(r.json).toJson().contains("4111111111111111"));
    QVERIFY(!r.err.contains(QStringLiteral("4111111111111111")));
}

void TestSimSpeech::missingRecording_isAClearError()
{
    const QString scenario
        = writeScenario(QDir(m_dir.path()).filePath(QStringLiteral("missing.json")), { "audio:nowhere.wav" });
    const Result r = runSim({ QStringLiteral("run"), scenario });
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains(QStringLiteral("no such audio file")), qPrintable(r.err));
}

void TestSimSpeech::speechSynth_speaksEverySay()
{
    // Typed, "fore" is no digit the flow can read; spoken, it sounds as "four" does, and the recogniser
    // reads the card number 4111 1111 1111 1111.
    const QStringList inputs { "say:full amount",
        "say:fore one one one one one one one one one one one one one one one",
        "say:december twenty twenty eight", "say:123", "say:yes" };
    QDir dir(m_dir.path());
    QVERIFY(dir.mkpath(QStringLiteral("suite")));
    const QString scenario = writeScenario(dir.filePath(QStringLiteral("suite/synth.json")), inputs,
        { { QStringLiteral("outcome"), QStringLiteral("success") } });
    const Result typed = runSim({ QStringLiteral("run"), scenario });
    QCOMPARE(typed.exit, 1);
    QVERIFY(typed.json.value(QStringLiteral("outcome")).toString() != QStringLiteral("success"));

    const Result spoken
        = runSim({ QStringLiteral("run"), scenario, QStringLiteral("--speech"), QStringLiteral("synth") });
    QVERIFY2(spoken.exit == 0, qPrintable(spoken.err));
    QCOMPARE(spoken.json.value(QStringLiteral("cardLast4")).toString(), QStringLiteral("1111"));

    QProcess suite;
    suite.start(sim(),
        { QStringLiteral("test"), dir.filePath(QStringLiteral("suite")), QStringLiteral("--speech"),
            QStringLiteral("synth:slt") });
    QVERIFY(suite.waitForFinished(240000));
    const QString out = QString::fromLocal8Bit(suite.readAllStandardOutput());
    QVERIFY2(suite.exitCode() == 0, qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("PASS  synth.json")));

    const Result bad
        = runSim({ QStringLiteral("run"), scenario, QStringLiteral("--speech"), QStringLiteral("shout") });
    QCOMPARE(bad.exit, 2);
    QVERIFY(bad.err.contains(QStringLiteral("--speech")));
}

QTEST_GUILESS_MAIN(TestSimSpeech)
#include "tst_simspeech.moc"
