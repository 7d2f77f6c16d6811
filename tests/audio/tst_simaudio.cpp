#include "audio/wavfile.h"
#include "externaltools.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;

// `voicepay-sim run SCENARIO --audio OUT_DIR` and `voicepay-sim test DIR --audio OUT_DIR`, as an analyst runs
// them.
class TestSimAudio : public QObject
{
    Q_OBJECT

private:
    static QString sim() { return QStringLiteral(VOICEPAY_BINARY_DIR "/bin/voicepay-sim"); }

    static int runSim(const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr)
    {
        QProcess p;
        p.start(sim(), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (out) {
            *out = p.readAllStandardOutput();
        }
        if (err) {
            *err = p.readAllStandardError();
        }
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private slots:
    void run_conference_writesBothLegsAndTheClampLog()
    {
        QTemporaryDir dir;
        const QString scenario
            = QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/audio/scenarios/conference_kwd_other_amount.json");
        QByteArray out;
        QByteArray err;
        QCOMPARE(runSim({ QStringLiteral("run"), scenario, QStringLiteral("--audio"), dir.path(),
                            QStringLiteral("--keep-tones") },
                     &out, &err),
            0);
        QVERIFY2(err.contains("agent.wav"), err.constData());
        QVERIFY(!err.contains("speech synthesis")); // every prompt came from the generated set
        QVERIFY(QJsonDocument::fromJson(out).isObject()); // standard output is still the result alone
        const auto caller = WavFile::read(dir.filePath(QStringLiteral("caller.wav")));
        const auto agent = WavFile::read(dir.filePath(QStringLiteral("agent.wav")));
        QVERIFY(caller && agent);
        QCOMPARE(caller->sampleRate, 8000);
        QCOMPARE(agent->samples.size(), caller->samples.size());
        QCOMPARE(test::multimonKeys(dir.filePath(QStringLiteral("caller.wav"))),
            QStringLiteral("21*250#555555555555444409303211")); // the card ends itself at 16 digits
        QCOMPARE(test::multimonKeys(dir.filePath(QStringLiteral("agent.wav"))), QString());
        QFile log(dir.filePath(QStringLiteral("clamp.json")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QCOMPARE(QJsonDocument::fromJson(text).object().value(QStringLiteral("tonesSuppressed")).toInt(), 31);
        QVERIFY(!text.contains("5555555555554444"));
    }

    void test_writesOneFolderPerScenario()
    {
        QTemporaryDir dir;
        QByteArray out;
        QCOMPARE(
            runSim({ QStringLiteral("test"), QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/audio/scenarios"),
                       QStringLiteral("--audio"), dir.path() },
                &out),
            0);
        const QStringList folders = QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY2(folders.size() >= 5, qPrintable(folders.join(u' ')));
        for (const QString& f : folders) {
            QVERIFY(QFile::exists(QDir(dir.filePath(f)).filePath(QStringLiteral("agent.wav"))));
            QVERIFY(QFile::exists(QDir(dir.filePath(f)).filePath(QStringLiteral("clamp.json"))));
        }
    }

    void run_byDefault_writesNoTone()
    {
        QTemporaryDir dir;
        const QString scenario
            = QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/audio/scenarios/conference_kwd_other_amount.json");
        QCOMPARE(runSim({ QStringLiteral("run"), scenario, QStringLiteral("--audio"), dir.path() }), 0);
        QCOMPARE(test::multimonKeys(dir.filePath(QStringLiteral("caller.wav"))), QString());
        QCOMPARE(test::multimonKeys(dir.filePath(QStringLiteral("agent.wav"))), QString());
    }

    void run_keepTones_isRefusedForACardThatIsNoTestCard()
    {
        QTemporaryDir dir;
        QFile in(
            QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/audio/scenarios/conference_kwd_other_amount.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(dir.filePath(QStringLiteral("real.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.readAll().replace("5555555555554444", "5555555555551234"));
        out.close();
        QByteArray err;
        const QString audio = dir.filePath(QStringLiteral("audio"));
        QVERIFY(runSim({ QStringLiteral("run"), out.fileName(), QStringLiteral("--audio"), audio,
                           QStringLiteral("--keep-tones") },
                    nullptr, &err)
            != 0);
        QVERIFY2(err.contains("test card"), err.constData());
        QVERIFY(!QFile::exists(QDir(audio).filePath(QStringLiteral("caller.wav"))));
    }

    void run_badPromptsFolder_isRefused()
    {
        QTemporaryDir dir;
        QByteArray err;
        const QString scenario
            = QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/audio/scenarios/conference_hangup_during_card.json");
        QCOMPARE(runSim({ QStringLiteral("run"), scenario, QStringLiteral("--audio"), dir.path(),
                            QStringLiteral("--prompts"), dir.filePath(QStringLiteral("nowhere")) },
                     nullptr, &err),
            2);
        QVERIFY2(err.contains("no manifest.json"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSimAudio)
#include "tst_simaudio.moc"
