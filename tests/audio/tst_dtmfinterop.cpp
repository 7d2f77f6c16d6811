#include "audio/dtmfdetector.h"
#include "audio/dtmfgenerator.h"
#include "audio/wavfile.h"
#include "externaltools.h"

#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;
using voicepay::test::multimonKeys;
using voicepay::test::runTool;

// The project's DTMF against outside referees: tones made by sox are decoded by the project's detector, and
// the project's tones are decoded by multimon-ng, digit for digit.
class TestDtmfInterop : public QObject
{
    Q_OBJECT

private slots:
    void soxTones_areDecodedByTheDetector_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<QString>("keys");
        QTest::newRow("every key at 8 kHz") << 8000 << DtmfGenerator::keys();
        QTest::newRow("a card number at 16 kHz") << 16000 << QStringLiteral("4111111111111111#");
        QTest::newRow("repeated keys at 8 kHz") << 8000 << QStringLiteral("00*##99");
    }
    void soxTones_areDecodedByTheDetector()
    {
        QFETCH(int, rate);
        QFETCH(QString, keys);
        const QString sox = voicepay::test::findTool("sox");
        QVERIFY(!sox.isEmpty());
        QTemporaryDir dir;
        QStringList parts;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            int low = 0;
            int high = 0;
            QVERIFY(DtmfGenerator::frequencies(keys.at(i), &low, &high));
            const QString part = dir.filePath(QStringLiteral("k%1.wav").arg(i));
            QVERIFY(runTool(sox,
                { QStringLiteral("-n"), QStringLiteral("-r"), QString::number(rate), QStringLiteral("-b"),
                    QStringLiteral("16"), QStringLiteral("-c"), QStringLiteral("1"), part,
                    QStringLiteral("synth"), QStringLiteral("0.07"), QStringLiteral("sine"),
                    QString::number(low), QStringLiteral("sine"), QString::number(high),
                    QStringLiteral("remix"), QStringLiteral("-"), QStringLiteral("gain"),
                    QStringLiteral("-4"), QStringLiteral("pad"), QStringLiteral("0"),
                    QStringLiteral("0.06") }));
            parts << part;
        }
        const QString all = dir.filePath(QStringLiteral("all.wav"));
        QVERIFY(runTool(sox, parts + QStringList { all }));
        QString error;
        const auto audio = WavFile::read(all, &error);
        QVERIFY2(audio, qPrintable(error));
        QCOMPARE(audio->sampleRate, rate);
        QCOMPARE(DtmfDetector().detectKeys(*audio), keys);
    }

    void generatedTones_areDecodedByMultimon_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<int>("toneMs");
        QTest::newRow("every key at 8 kHz") << 8000 << DtmfGenerator::keys() << 70;
        QTest::newRow("every key at 16 kHz") << 16000 << DtmfGenerator::keys() << 70;
        QTest::newRow("a card number, keypad timing") << 8000 << QStringLiteral("4111111111111111#") << 100;
        QTest::newRow("repeated keys") << 8000 << QStringLiteral("1122334455") << 60;
    }
    void generatedTones_areDecodedByMultimon()
    {
        QFETCH(int, rate);
        QFETCH(QString, keys);
        QFETCH(int, toneMs);
        QVERIFY(!voicepay::test::findTool("multimon-ng").isEmpty());
        QTemporaryDir dir;
        DtmfToneSpec spec;
        spec.toneMs = toneMs;
        spec.gapMs = 80;
        AudioBuffer audio;
        audio.sampleRate = rate;
        audio.appendSilence(100);
        audio.append(DtmfGenerator::sequence(keys, rate, spec));
        audio.appendSilence(100);
        const QString path = dir.filePath(QStringLiteral("tones.wav"));
        QVERIFY(WavFile::write(path, audio));
        QCOMPARE(multimonKeys(path), keys);
    }
};

QTEST_GUILESS_MAIN(TestDtmfInterop)
#include "tst_dtmfinterop.moc"
