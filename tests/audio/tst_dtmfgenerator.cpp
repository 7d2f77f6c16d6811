#include "audio/dtmfgenerator.h"

#include <QTest>
#include <cmath>

using namespace voicepay;

class TestDtmfGenerator : public QObject
{
    Q_OBJECT

private slots:
    void frequencies_followQ23_data()
    {
        QTest::addColumn<QChar>("key");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        QTest::newRow("1") << QChar(u'1') << 697 << 1209;
        QTest::newRow("5") << QChar(u'5') << 770 << 1336;
        QTest::newRow("9") << QChar(u'9') << 852 << 1477;
        QTest::newRow("star") << QChar(u'*') << 941 << 1209;
        QTest::newRow("0") << QChar(u'0') << 941 << 1336;
        QTest::newRow("hash") << QChar(u'#') << 941 << 1477;
        QTest::newRow("A") << QChar(u'A') << 697 << 1633;
        QTest::newRow("d in lower case") << QChar(u'd') << 941 << 1633;
    }
    void frequencies_followQ23()
    {
        QFETCH(QChar, key);
        QFETCH(int, low);
        QFETCH(int, high);
        int l = 0;
        int h = 0;
        QVERIFY(DtmfGenerator::frequencies(key, &l, &h));
        QCOMPARE(l, low);
        QCOMPARE(h, high);
    }

    void frequencies_unknownKey_isRefused()
    {
        int l = 0;
        int h = 0;
        QVERIFY(!DtmfGenerator::frequencies(QChar(u'x'), &l, &h));
        QCOMPARE(DtmfGenerator::keys().size(), 16);
    }

    void tone_hasTheLengthAndPeakAsked_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("toneMs");
        QTest::newRow("100 ms at 8 kHz") << 8000 << 100;
        QTest::newRow("40 ms at 16 kHz") << 16000 << 40;
    }
    void tone_hasTheLengthAndPeakAsked()
    {
        QFETCH(int, rate);
        QFETCH(int, toneMs);
        DtmfToneSpec spec;
        spec.toneMs = toneMs;
        spec.lowLevelDbfs = -7.0;
        spec.highLevelDbfs = -7.0;
        const AudioBuffer tone = DtmfGenerator::tone(QChar(u'5'), rate, spec);
        QCOMPARE(tone.sampleRate, rate);
        QCOMPARE(qint64(tone.samples.size()), qint64(rate) * toneMs / 1000);
        int peak = 0;
        for (qint16 s : tone.samples) {
            peak = std::max(peak, std::abs(int(s)));
        }
        // Two sines at -7 dBFS each peak together at about -1 dBFS.
        QVERIFY2(peak > 27000 && peak < 30000, qPrintable(QString::number(peak)));
        QCOMPARE(tone.samples.front(), qint16(0)); // the ramp starts from silence
    }

    void sequence_addsTheGapAfterEachTone()
    {
        DtmfToneSpec spec;
        spec.toneMs = 70;
        spec.gapMs = 30;
        const AudioBuffer seq = DtmfGenerator::sequence(QStringLiteral("123"), 8000, spec);
        QCOMPARE(seq.durationMs(), 300);
        QCOMPARE(seq.samples.at(size_t(75 * 8)), qint16(0));
    }
};

QTEST_GUILESS_MAIN(TestDtmfGenerator)
#include "tst_dtmfgenerator.moc"
