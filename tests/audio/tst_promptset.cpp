#include "audio/dtmfgenerator.h"
#include "audio/promptset.h"
#include "audio/segmenttable.h"
#include "audio/wavfile.h"
#include "promptsetfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;

namespace {

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestPromptSet : public QObject
{
    Q_OBJECT

private slots:
    void generatedSet_holdsEverySegmentAtBothRates()
    {
        QVERIFY2(generatedPromptSetExists(), "build the voicepay_promptset target first");
        QString error;
        const auto set = PromptSet::open(generatedPromptSetDir(), &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(set->language(), QStringLiteral("en-US"));
        for (const SpokenSegment& s : SegmentTable::all()) {
            const PromptSetEntry* e = set->find(s.id);
            QVERIFY2(e, qPrintable(s.id));
            if (e->source == PromptSetEntry::Source::Synthesised) {
                QCOMPARE(e->text, s.text);
            }
            for (int rate : { 8000, 16000 }) {
                const auto audio = set->load(s.id, rate, &error);
                QVERIFY2(audio, qPrintable(error));
                QCOMPARE(audio->sampleRate, rate);
                // Speech, trimmed: a word lasts more than 100 ms and no segment is longer than 12 s.
                QVERIFY2(audio->durationMs() > 100 && audio->durationMs() < 12000, qPrintable(s.id));
            }
        }
    }

    void writeThenOpen_keepsEachEntry()
    {
        QTemporaryDir dir;
        const QList<PromptSetEntry> entries { { QStringLiteral("num_1"), QStringLiteral("one"),
                                                  PromptSetEntry::Source::Recorded, QString(), QString() },
            { QStringLiteral("num_2"), QStringLiteral("two"), PromptSetEntry::Source::Synthesised,
                QStringLiteral("en-us"), QString() } };
        QString error;
        QVERIFY2(PromptSet::writeManifest(dir.path(), QStringLiteral("en-US"), entries, &error),
            qPrintable(error));
        const auto set = PromptSet::open(dir.path(), &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(set->entries().size(), 2);
        QCOMPARE(set->find(QStringLiteral("num_1"))->source, PromptSetEntry::Source::Recorded);
        QCOMPARE(set->find(QStringLiteral("num_2"))->voice, QStringLiteral("en-us"));
        QVERIFY(!set->find(QStringLiteral("num_3")));
    }

    void open_badManifest_isRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("manifest");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("{ nope") << QStringLiteral("not valid JSON");
        QTest::newRow("another format") << QByteArray(R"({"format": "x", "version": 1, "segments": []})")
                                        << QStringLiteral("not a prompt set manifest");
        QTest::newRow("a future version")
            << QByteArray(R"({"format": "voicepay-promptset", "version": 2, "segments": []})")
            << QStringLiteral("unsupported manifest version 2");
        QTest::newRow("segments not a list")
            << QByteArray(R"({"format": "voicepay-promptset", "version": 1, "segments": {}})")
            << QStringLiteral("must be a list");
        QTest::newRow("an id that climbs out of the folder")
            << QByteArray(R"({"format": "voicepay-promptset", "version": 1, "segments": [
                   {"id": "../../etc/passwd", "text": "x", "source": "recorded"}]})")
            << QStringLiteral("not a valid segment id");
        QTest::newRow("an id listed twice")
            << QByteArray(R"({"format": "voicepay-promptset", "version": 1, "segments": [
                   {"id": "num_1", "text": "one", "source": "recorded"},
                   {"id": "num_1", "text": "one", "source": "recorded"}]})")
            << QStringLiteral("listed twice");
        QTest::newRow("an unknown source")
            << QByteArray(R"({"format": "voicepay-promptset", "version": 1, "segments": [
                   {"id": "num_1", "text": "one", "source": "downloaded"}]})")
            << QStringLiteral("\"source\" must be");
    }
    void open_badManifest_isRefusedWithAReason()
    {
        QFETCH(QByteArray, manifest);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        writeFile(PromptSet::manifestPath(dir.path()), manifest);
        QString error;
        QVERIFY(!PromptSet::open(dir.path(), &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void open_noManifest_namesThePath()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!PromptSet::open(dir.path(), &error));
        QVERIFY(error.contains(QStringLiteral("manifest.json")));
    }

    void load_missingOrBrokenFiles_areReported()
    {
        QTemporaryDir dir;
        const QList<PromptSetEntry> entries { { QStringLiteral("num_1"), QStringLiteral("one"),
                                                  PromptSetEntry::Source::Recorded, QString(), QString() },
            { QStringLiteral("num_2"), QStringLiteral("two"), PromptSetEntry::Source::Recorded, QString(),
                QString() } };
        QVERIFY(PromptSet::writeManifest(dir.path(), QStringLiteral("en-US"), entries));
        QDir(dir.path()).mkpath(QStringLiteral("8000"));
        writeFile(PromptSet::wavPath(dir.path(), 8000, QStringLiteral("num_1")), QByteArray("RIFF...."));
        const auto set = PromptSet::open(dir.path());
        QVERIFY(set);
        QString error;
        QVERIFY(!set->load(QStringLiteral("num_1"), 8000, &error));
        QVERIFY2(error.contains(QStringLiteral("num_1.wav")), qPrintable(error));
        QVERIFY(!set->load(QStringLiteral("num_2"), 8000, &error));
        QVERIFY(!set->load(QStringLiteral("num_3"), 8000, &error));
        QVERIFY2(error.contains(QStringLiteral("no segment \"num_3\"")), qPrintable(error));
        // A studio recording at the wrong rate in the 8 kHz folder is refused.
        QVERIFY(WavFile::write(PromptSet::wavPath(dir.path(), 8000, QStringLiteral("num_2")),
            DtmfGenerator::tone(QChar(u'1'), 16000)));
        QVERIFY(!set->load(QStringLiteral("num_2"), 8000, &error));
        QVERIFY2(error.contains(QStringLiteral("16000 Hz")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPromptSet)
#include "tst_promptset.moc"
