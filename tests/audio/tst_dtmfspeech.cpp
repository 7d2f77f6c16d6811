#include "audio/dtmfdetector.h"
#include "audio/promptrenderer.h"
#include "audio/segmenttable.h"
#include "audio/wavfile.h"
#include "externaltools.h"
#include "prompts/promptcatalog.h"
#include "promptsetfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;

// Talk-off: the detector must not fire on speech. It listens to raw synthetic speech of every segment text
// (the steady pitch of a formant synthesiser is the hardest case), to every recording of the prompt set and
// to every catalogue prompt concatenated, at both rates. The prompt set itself must not make multimon-ng fire
// either.
class TestDtmfSpeech : public QObject
{
    Q_OBJECT

private slots:
    void rawSpeech_hasNoTone_data()
    {
        QTest::addColumn<int>("rate");
        QTest::newRow("at 8 kHz") << 8000;
        QTest::newRow("at 16 kHz") << 16000;
    }
    void rawSpeech_hasNoTone()
    {
        QFETCH(int, rate);
        const QString espeak = test::findTool("espeak-ng");
        const QString sox = test::findTool("sox");
        QVERIFY(!espeak.isEmpty() && !sox.isEmpty());
        QStringList texts;
        for (const SpokenSegment& s : SegmentTable::all()) {
            texts << s.text;
        }
        QTemporaryDir dir;
        const QString textFile = dir.filePath(QStringLiteral("texts.txt"));
        QFile f(textFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(texts.join(QStringLiteral(".\n")).toUtf8());
        f.close();
        const QString raw = dir.filePath(QStringLiteral("raw.wav"));
        const QString out = dir.filePath(QStringLiteral("speech.wav"));
        QVERIFY(test::runTool(espeak,
            { QStringLiteral("-v"), QStringLiteral("en-us"), QStringLiteral("-f"), textFile,
                QStringLiteral("-w"), raw }));
        QVERIFY(test::runTool(sox,
            { raw, QStringLiteral("-r"), QString::number(rate), QStringLiteral("-b"), QStringLiteral("16"),
                QStringLiteral("-c"), QStringLiteral("1"), out }));
        const auto speech = WavFile::read(out);
        QVERIFY(speech);
        QVERIFY2(speech->durationMs() > 120000, "at least two minutes of speech");
        QCOMPARE(DtmfDetector().detectKeys(*speech), QString());
    }

    void promptSet_isTalkOffSafeForMultimon()
    {
        QVERIFY2(generatedPromptSetExists(), "build the voicepay_promptset target first");
        QStringList files;
        for (const SpokenSegment& s : SegmentTable::all()) {
            files << PromptSet::wavPath(generatedPromptSetDir(), 8000, s.id);
        }
        QTemporaryDir dir;
        const QString all = dir.filePath(QStringLiteral("all.wav"));
        QVERIFY(test::runTool(test::findTool("sox"), files + QStringList { all }));
        QCOMPARE(test::multimonKeys(all), QString());
    }

    void promptSet_hasNoTone_data()
    {
        QTest::addColumn<int>("rate");
        QTest::newRow("at 8 kHz") << 8000;
        QTest::newRow("at 16 kHz") << 16000;
    }
    void promptSet_hasNoTone()
    {
        QFETCH(int, rate);
        QVERIFY2(generatedPromptSetExists(), "build the voicepay_promptset target first");
        const auto set = PromptSet::open(generatedPromptSetDir());
        QVERIFY(set);
        const DtmfDetector detector;
        qint64 totalMs = 0;
        for (const SpokenSegment& s : SegmentTable::all()) {
            const auto audio = set->load(s.id, rate);
            QVERIFY2(audio, qPrintable(s.id));
            totalMs += audio->durationMs();
            const QString keys = detector.detectKeys(*audio);
            QVERIFY2(keys.isEmpty(), qPrintable(s.id + QStringLiteral(": ") + keys));
        }
        QVERIFY2(totalMs > 60000, "the prompt set holds at least a minute of speech");
        const PromptRenderer renderer(&*set, rate);
        for (const PromptVariant& v : PromptCatalog::variants()) {
            const RenderedPrompt r = renderer.render(PromptCatalog::example(v.id));
            QVERIFY(r.ok());
            const QString keys = detector.detectKeys(r.audio);
            QVERIFY2(keys.isEmpty(), qPrintable(v.id + QStringLiteral(": ") + keys));
        }
    }
};

QTEST_GUILESS_MAIN(TestDtmfSpeech)
#include "tst_dtmfspeech.moc"
