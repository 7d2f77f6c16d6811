#include "audio/dtmfdetector.h"
#include "audio/dtmfgenerator.h"

#include <QRandomGenerator>
#include <QTest>
#include <cmath>
#include <numbers>

using namespace voicepay;

namespace {

// A tone between two stretches of silence, as a fixture.
AudioBuffer framed(QChar key, int rate, const DtmfToneSpec& spec)
{
    AudioBuffer b;
    b.sampleRate = rate;
    b.appendSilence(60);
    b.append(DtmfGenerator::tone(key, rate, spec));
    b.appendSilence(60);
    return b;
}

} // namespace

class TestDtmfDetector : public QObject
{
    Q_OBJECT

private slots:
    void detect_everyKey_data()
    {
        QTest::addColumn<int>("rate");
        QTest::newRow("at 8 kHz") << 8000;
        QTest::newRow("at 16 kHz") << 16000;
    }
    void detect_everyKey()
    {
        QFETCH(int, rate);
        DtmfToneSpec spec;
        spec.toneMs = 60;
        spec.gapMs = 60;
        AudioBuffer audio;
        audio.sampleRate = rate;
        audio.appendSilence(30);
        audio.append(DtmfGenerator::sequence(DtmfGenerator::keys() + QStringLiteral("1122"), rate, spec));
        QCOMPARE(DtmfDetector().detectKeys(audio), DtmfGenerator::keys() + QStringLiteral("1122"));
    }

    void detect_findsTheEdgesToTheMillisecond()
    {
        DtmfToneSpec spec;
        spec.toneMs = 100;
        AudioBuffer audio;
        audio.appendSilence(250);
        audio.append(DtmfGenerator::tone(QChar(u'7'), 8000, spec));
        audio.appendSilence(100);
        const auto found = DtmfDetector().detect(audio);
        QCOMPARE(found.size(), 1);
        QVERIFY2(
            std::abs(found.first().startMs - 250) <= 2, qPrintable(QString::number(found.first().startMs)));
        QVERIFY2(std::abs(found.first().endMs - 350) <= 2, qPrintable(QString::number(found.first().endMs)));
        QVERIFY(found.first().detectedAtMs > found.first().startMs);
        QVERIFY(found.first().detectedAtMs <= found.first().startMs + 45);
    }

    // Q.24: a tone within 1.5 % of its nominal frequencies is accepted, one 3.5 % or more off is rejected.
    void detect_frequencyTolerance_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<double>("lowDeviation");
        QTest::addColumn<double>("highDeviation");
        QTest::addColumn<bool>("accepted");
        for (int rate : { 8000, 16000 }) {
            const QByteArray at = " at " + QByteArray::number(rate / 1000) + " kHz";
            QTest::newRow(QByteArray("both 1.5 % high" + at).constData()) << rate << 0.015 << 0.015 << true;
            QTest::newRow(QByteArray("both 1.5 % low" + at).constData()) << rate << -0.015 << -0.015 << true;
            QTest::newRow(QByteArray("low 1.5 % high, high 1.5 % low" + at).constData())
                << rate << 0.015 << -0.015 << true;
            QTest::newRow(QByteArray("low group 3.5 % high" + at).constData())
                << rate << 0.035 << 0.0 << false;
            QTest::newRow(QByteArray("low group 3.5 % low" + at).constData())
                << rate << -0.035 << 0.0 << false;
            QTest::newRow(QByteArray("high group 3.5 % high" + at).constData())
                << rate << 0.0 << 0.035 << false;
            QTest::newRow(QByteArray("high group 3.5 % low" + at).constData())
                << rate << 0.0 << -0.035 << false;
            QTest::newRow(QByteArray("both 5 % off" + at).constData()) << rate << 0.05 << -0.05 << false;
        }
    }
    void detect_frequencyTolerance()
    {
        QFETCH(int, rate);
        QFETCH(double, lowDeviation);
        QFETCH(double, highDeviation);
        QFETCH(bool, accepted);
        DtmfToneSpec spec;
        spec.lowDeviation = lowDeviation;
        spec.highDeviation = highDeviation;
        for (QChar key : DtmfGenerator::keys()) {
            const QString found = DtmfDetector().detectKeys(framed(key, rate, spec));
            QVERIFY2(found == (accepted ? QString(key) : QString()),
                qPrintable(QStringLiteral("key %1: found \"%2\"").arg(key).arg(found)));
        }
    }

    // Q.24: 40 ms is accepted, under 23 ms rejected.
    void detect_duration_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("toneMs");
        QTest::addColumn<bool>("accepted");
        for (int rate : { 8000, 16000 }) {
            const QByteArray at = " at " + QByteArray::number(rate / 1000) + " kHz";
            QTest::newRow(QByteArray("40 ms" + at).constData()) << rate << 40 << true;
            QTest::newRow(QByteArray("45 ms" + at).constData()) << rate << 45 << true;
            QTest::newRow(QByteArray("22 ms" + at).constData()) << rate << 22 << false;
            QTest::newRow(QByteArray("20 ms" + at).constData()) << rate << 20 << false;
            QTest::newRow(QByteArray("10 ms" + at).constData()) << rate << 10 << false;
        }
    }
    void detect_duration()
    {
        QFETCH(int, rate);
        QFETCH(int, toneMs);
        QFETCH(bool, accepted);
        DtmfToneSpec spec;
        spec.toneMs = toneMs;
        for (QChar key : DtmfGenerator::keys()) {
            // Every alignment of the tone against the detector's 5 ms frames.
            for (int offset = 0; offset < 5; ++offset) {
                AudioBuffer audio;
                audio.sampleRate = rate;
                audio.appendSilence(50 + offset);
                audio.append(DtmfGenerator::tone(key, rate, spec));
                audio.appendSilence(50);
                const QString found = DtmfDetector().detectKeys(audio);
                QVERIFY2(found == (accepted ? QString(key) : QString()),
                    qPrintable(
                        QStringLiteral("key %1 offset %2: found \"%3\"").arg(key).arg(offset).arg(found)));
            }
        }
    }

    // Q.24: an interruption of 10 ms does not split a digit; a pause of 40 ms does separate two.
    void detect_interruption_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("breakMs");
        QTest::addColumn<QString>("expected");
        for (int rate : { 8000, 16000 }) {
            const QByteArray at = " at " + QByteArray::number(rate / 1000) + " kHz";
            QTest::newRow(QByteArray("a 10 ms drop-out is bridged" + at).constData())
                << rate << 10 << QStringLiteral("5");
            QTest::newRow(QByteArray("a 5 ms drop-out is bridged" + at).constData())
                << rate << 5 << QStringLiteral("5");
            QTest::newRow(QByteArray("a 40 ms pause separates two" + at).constData())
                << rate << 40 << QStringLiteral("55");
        }
    }
    void detect_interruption()
    {
        QFETCH(int, rate);
        QFETCH(int, breakMs);
        QFETCH(QString, expected);
        DtmfToneSpec spec;
        spec.toneMs = 200;
        spec.rampMs = 0;
        for (int at = 40; at <= 120; at += 7) {
            AudioBuffer audio = framed(QChar(u'5'), rate, spec);
            const qsizetype from = audio.sampleAt(60 + at);
            std::fill_n(audio.samples.begin() + from, audio.sampleAt(breakMs), qint16(0));
            const QString found = DtmfDetector().detectKeys(audio);
            QVERIFY2(
                found == expected, qPrintable(QStringLiteral("break at %1 ms: \"%2\"").arg(at).arg(found)));
        }
    }

    // Q.24: twist of 8 dB with the low group louder, and of 4 dB with the high group louder, is accepted.
    void detect_twist_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<double>("lowDbfs");
        QTest::addColumn<double>("highDbfs");
        QTest::addColumn<bool>("accepted");
        for (int rate : { 8000, 16000 }) {
            const QByteArray at = " at " + QByteArray::number(rate / 1000) + " kHz";
            QTest::newRow(QByteArray("equal levels" + at).constData()) << rate << -10.0 << -10.0 << true;
            QTest::newRow(QByteArray("low group 8 dB louder" + at).constData())
                << rate << -6.0 << -14.0 << true;
            QTest::newRow(QByteArray("high group 4 dB louder" + at).constData())
                << rate << -12.0 << -8.0 << true;
            QTest::newRow(QByteArray("quiet, 30 dB down" + at).constData()) << rate << -30.0 << -30.0 << true;
            QTest::newRow(QByteArray("low group 14 dB louder" + at).constData())
                << rate << -6.0 << -20.0 << false;
            QTest::newRow(QByteArray("high group 10 dB louder" + at).constData())
                << rate << -18.0 << -8.0 << false;
            QTest::newRow(QByteArray("too quiet, 45 dB down" + at).constData())
                << rate << -45.0 << -45.0 << false;
        }
    }
    void detect_twist()
    {
        QFETCH(int, rate);
        QFETCH(double, lowDbfs);
        QFETCH(double, highDbfs);
        QFETCH(bool, accepted);
        DtmfToneSpec spec;
        spec.lowLevelDbfs = lowDbfs;
        spec.highLevelDbfs = highDbfs;
        for (QChar key : DtmfGenerator::keys()) {
            const auto found = DtmfDetector().detect(framed(key, rate, spec));
            QCOMPARE(found.size(), accepted ? 1 : 0);
            if (accepted) {
                QCOMPARE(found.first().key, key);
                QVERIFY2(std::abs(found.first().twistDb - (highDbfs - lowDbfs)) < 1.0,
                    qPrintable(QString::number(found.first().twistDb)));
            }
        }
    }

    void detect_notOnNoiseOrSingleTones_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("white noise") << QStringLiteral("noise");
        QTest::newRow("one low-group sine") << QStringLiteral("low");
        QTest::newRow("one high-group sine") << QStringLiteral("high");
        QTest::newRow("a harmonic buzz at 140 Hz") << QStringLiteral("buzz");
    }
    void detect_notOnNoiseOrSingleTones()
    {
        QFETCH(QString, kind);
        AudioBuffer audio;
        audio.resize(8000);
        QRandomGenerator random(42);
        const double pi2 = 2.0 * std::numbers::pi;
        for (size_t i = 0; i < audio.samples.size(); ++i) {
            double v = 0;
            if (kind == u"noise") {
                v = random.bounded(16000) - 8000;
            }
            if (kind == u"low") {
                v = 10000 * std::sin(pi2 * 852 * double(i) / 8000);
            }
            if (kind == u"high") {
                v = 10000 * std::sin(pi2 * 1336 * double(i) / 8000);
            }
            if (kind == u"buzz") {
                for (int h = 1; h < 28; ++h) {
                    v += 2500.0 / h * std::sin(pi2 * 140 * h * double(i) / 8000);
                }
            }
            audio.samples[i] = static_cast<qint16>(std::clamp(v, -32768.0, 32767.0));
        }
        QCOMPARE(DtmfDetector().detectKeys(audio), QString());
    }

    void detect_toneIn20dBOfNoise_isFound()
    {
        DtmfToneSpec spec;
        spec.lowLevelDbfs = -10;
        spec.highLevelDbfs = -10;
        AudioBuffer audio = DtmfGenerator::sequence(QStringLiteral("3690"), 8000, spec);
        QRandomGenerator random(7);
        for (qint16& s : audio.samples) {
            s = static_cast<qint16>(s + random.bounded(3600) - 1800);
        }
        QCOMPARE(DtmfDetector().detectKeys(audio), QStringLiteral("3690"));
    }

    void detect_shorterThanAFrame_findsNothing()
    {
        for (int n : { 0, 1, 80, 159, 160, 200 }) {
            AudioBuffer audio = DtmfGenerator::tone(QChar(u'1'), 8000);
            audio.resize(n);
            QCOMPARE(DtmfDetector().detectKeys(audio), QString());
        }
    }

    void detect_unsupportedRate_findsNothing()
    {
        AudioBuffer audio = DtmfGenerator::tone(QChar(u'1'), 8000);
        audio.sampleRate = 44100;
        QVERIFY(DtmfDetector().detect(audio).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDtmfDetector)
#include "tst_dtmfdetector.moc"
