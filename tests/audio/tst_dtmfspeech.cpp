#include "audio/dtmfdetector.h"
#include "audio/promptrenderer.h"
#include "audio/segmenttable.h"
#include "prompts/promptcatalog.h"
#include "promptsetfixture.h"

#include <QTest>

using namespace voicepay;

// Talk-off: the detector must not fire on speech. Every recording of the prompt set, and every catalogue prompt
// concatenated, is run through it at both rates.
class TestDtmfSpeech : public QObject
{
    Q_OBJECT

private slots:
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
