#include "audio/dtmfgenerator.h"
#include "audio/promptrenderer.h"
#include "audio/wavfile.h"
#include "money/money.h"
#include "prompts/promptcatalog.h"
#include "promptsetfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;

namespace {

// A small set whose "recordings" have known lengths: num_1 is 100 ms, num_2 200 ms, and so on.
std::optional<PromptSet> makeSet(const QTemporaryDir& dir, int rate)
{
    QList<PromptSetEntry> entries;
    QDir(dir.path()).mkpath(QString::number(rate));
    for (int n = 1; n <= 3; ++n) {
        const QString id = QStringLiteral("num_%1").arg(n);
        entries << PromptSetEntry { id, QString::number(n), PromptSetEntry::Source::Recorded, QString(),
            QString() };
        AudioBuffer audio;
        audio.sampleRate = rate;
        audio.resize(audio.sampleAt(100 * n));
        std::fill(audio.samples.begin(), audio.samples.end(), qint16(1000 * n));
        WavFile::write(PromptSet::wavPath(dir.path(), rate, id), audio);
    }
    PromptSet::writeManifest(dir.path(), QStringLiteral("en-US"), entries);
    return PromptSet::open(dir.path());
}

} // namespace

class TestPromptRenderer : public QObject
{
    Q_OBJECT

private slots:
    void render_concatenatesWithShortSilences_data()
    {
        QTest::addColumn<int>("rate");
        QTest::newRow("at 8 kHz") << 8000;
        QTest::newRow("at 16 kHz") << 16000;
    }
    void render_concatenatesWithShortSilences()
    {
        QFETCH(int, rate);
        QTemporaryDir dir;
        const auto set = makeSet(dir, rate);
        QVERIFY(set);
        const PromptRenderer renderer(&*set, rate, 50);
        Prompt prompt;
        prompt.segments << PromptSegment::digits(QStringLiteral("312"));
        const RenderedPrompt r = renderer.render(prompt);
        QVERIFY(r.ok());
        QCOMPARE(r.segments,
            QStringList({ QStringLiteral("num_3"), QStringLiteral("num_1"), QStringLiteral("num_2") }));
        QCOMPARE(r.audio.sampleRate, rate);
        QCOMPARE(r.audio.durationMs(), 300 + 50 + 100 + 50 + 200);
        QCOMPARE(r.audio.samples.at(size_t(r.audio.sampleAt(10))), qint16(3000));
        QCOMPARE(r.audio.samples.at(size_t(r.audio.sampleAt(320))), qint16(0));
        QCOMPARE(r.audio.samples.at(size_t(r.audio.sampleAt(400))), qint16(1000));
        // What an audio sink takes: 16-bit little-endian mono.
        QCOMPARE(r.audio.toPcm().size(), qsizetype(r.audio.samples.size() * 2));
    }

    void render_missingSegment_isNamedForTheFallback()
    {
        QTemporaryDir dir;
        const auto set = makeSet(dir, 8000);
        const PromptRenderer renderer(&*set);
        Prompt prompt;
        prompt.segments << PromptSegment::digits(QStringLiteral("1492"));
        const RenderedPrompt r = renderer.render(prompt);
        QVERIFY(!r.ok());
        QCOMPARE(r.missingSegment, QStringLiteral("num_4"));
        QVERIFY(r.audio.isEmpty());
        QVERIFY(!PromptRenderer(nullptr).render(prompt).ok());
    }

    void render_missingRate_isReported()
    {
        QTemporaryDir dir;
        const auto set = makeSet(dir, 8000);
        const RenderedPrompt r = PromptRenderer(&*set, 16000).renderSegments({ QStringLiteral("num_1") });
        QCOMPARE(r.missingSegment, QStringLiteral("num_1"));
        QVERIFY(!r.error.isEmpty());
    }

    void render_everyCataloguePromptWithTheGeneratedSet_data()
    {
        QTest::addColumn<int>("rate");
        QTest::newRow("at 8 kHz") << 8000;
        QTest::newRow("at 16 kHz") << 16000;
    }
    void render_everyCataloguePromptWithTheGeneratedSet()
    {
        QFETCH(int, rate);
        QVERIFY2(generatedPromptSetExists(), "build the voicepay_promptset target first");
        const auto set = PromptSet::open(generatedPromptSetDir());
        QVERIFY(set);
        const PromptRenderer renderer(&*set, rate);
        for (const PromptVariant& v : PromptCatalog::variants()) {
            const Prompt prompt = PromptCatalog::example(v.id);
            const RenderedPrompt r = renderer.render(prompt);
            QVERIFY2(r.ok(),
                qPrintable(v.id + QStringLiteral(": ") + r.missingSegment + QLatin1Char(' ') + r.error));
            // Speech runs at roughly 8 to 25 characters a second; each spelled-out digit or letter is a word.
            const qint64 chars = prompt.text().size();
            const qint64 words = r.segments.size();
            QVERIFY2(r.audio.durationMs() > chars * 40 && r.audio.durationMs() < chars * 125 + words * 600,
                qPrintable(QStringLiteral("%1: %2 ms for %3 characters")
                               .arg(v.id)
                               .arg(r.audio.durationMs())
                               .arg(chars)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPromptRenderer)
#include "tst_promptrenderer.moc"
