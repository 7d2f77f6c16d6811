#include "audio/dtmfclamp.h"
#include "audio/dtmfgenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace voicepay;

namespace {

// Keys at 1 s, 1.25 s, ...: returns the audio and the start of each tone in ms.
AudioBuffer keysAt(const QString& keys, QList<qint64>* starts)
{
    AudioBuffer audio;
    audio.resize(audio.sampleAt(1000 + 250 * keys.size() + 500));
    DtmfToneSpec spec;
    spec.toneMs = 100;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const qint64 at = 1000 + 250 * i;
        starts->append(at);
        audio.mixAt(audio.sampleAt(at), DtmfGenerator::tone(keys.at(i), 8000, spec));
    }
    return audio;
}

int peakBetween(const AudioBuffer& audio, qint64 fromMs, qint64 toMs)
{
    int peak = 0;
    for (qsizetype i = audio.sampleAt(fromMs); i < audio.sampleAt(toMs); ++i) {
        peak = std::max(peak, std::abs(int(audio.samples[size_t(i)])));
    }
    return peak;
}

} // namespace

class TestDtmfClamp : public QObject
{
    Q_OBJECT

private slots:
    void apply_removesEveryToneInTheInterval()
    {
        QList<qint64> starts;
        const AudioBuffer audio = keysAt(QStringLiteral("4111#"), &starts);
        const ClampResult r = DtmfClamp().apply(audio, audio, { { 0, 10000 } });
        QCOMPARE(r.events.size(), 5);
        QCOMPARE(r.tonesOutsideClamp, 0);
        for (qsizetype i = 0; i < starts.size(); ++i) {
            const ClampEvent& e = r.events.at(i);
            QVERIFY2(std::abs(e.toneStartMs - starts.at(i)) <= 2, qPrintable(QString::number(e.toneStartMs)));
            QCOMPARE(e.suppressedFromMs, e.toneStartMs);
            QVERIFY(e.suppressedToMs >= starts.at(i) + 100);
            QVERIFY(e.detectedAtMs > e.toneStartMs && e.detectedAtMs - e.toneStartMs <= 45);
            // From the first millisecond to the end, only comfort noise is left.
            QVERIFY2(peakBetween(r.audio, e.toneStartMs, e.suppressedToMs) <= 16,
                qPrintable(QString::number(peakBetween(r.audio, e.toneStartMs, e.suppressedToMs))));
            QVERIFY(peakBetween(r.audio, e.toneStartMs, e.suppressedToMs) > 0);
            // Whatever is left before the detected start lasts at most 2 ms: far too short to be heard as a
            // tone.
            int loud = 0;
            for (qsizetype k = r.audio.sampleAt(starts.at(i) - 50); k < r.audio.sampleAt(starts.at(i) + 200);
                 ++k) {
                loud += std::abs(int(r.audio.samples[size_t(k)])) > 16 ? 1 : 0;
            }
            QVERIFY2(loud <= 16, qPrintable(QString::number(loud)));
        }
        QCOMPARE(DtmfDetector().detectKeys(r.audio), QString());
    }

    void apply_passesTonesOutsideTheClamp()
    {
        QList<qint64> starts;
        const AudioBuffer audio = keysAt(QStringLiteral("1234"), &starts);
        // On for the second and third key only.
        const ClampResult r = DtmfClamp().apply(audio, audio, { { starts.at(1) - 10, starts.at(2) + 150 } });
        QCOMPARE(r.events.size(), 2);
        QCOMPARE(r.tonesOutsideClamp, 2);
        QCOMPARE(DtmfDetector().detectKeys(r.audio), QStringLiteral("14"));
    }

    void apply_aToneRunningWhenTheClampComesOn_isCutFromThatMoment()
    {
        QList<qint64> starts;
        const AudioBuffer audio = keysAt(QStringLiteral("5"), &starts);
        const ClampResult r = DtmfClamp().apply(audio, audio, { { starts.at(0) + 20, 10000 } });
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events.first().suppressedFromMs, starts.at(0) + 20);
        QVERIFY(peakBetween(r.audio, starts.at(0) + 20, starts.at(0) + 100) <= 16);
    }

    void toJson_logsTimesAndNeverTheDigits()
    {
        QList<qint64> starts;
        const AudioBuffer audio = keysAt(QStringLiteral("4242"), &starts);
        const QList<ClampInterval> intervals { { 0, 5000 } };
        const ClampResult r = DtmfClamp().apply(audio, audio, intervals);
        const QJsonObject log = DtmfClamp::toJson(intervals, r);
        QCOMPARE(log.value(QStringLiteral("tonesSuppressed")).toInt(), 4);
        QCOMPARE(log.value(QStringLiteral("intervals")).toArray().size(), 1);
        QCOMPARE(log.value(QStringLiteral("suppressions")).toArray().size(), 4);
        const QJsonObject first = log.value(QStringLiteral("suppressions")).toArray().first().toObject();
        QCOMPARE(first.keys(),
            QStringList({ QStringLiteral("detectedAtMs"), QStringLiteral("suppressedFromMs"),
                QStringLiteral("suppressedToMs"), QStringLiteral("toneEndMs"),
                QStringLiteral("toneStartMs") }));
    }
};

QTEST_GUILESS_MAIN(TestDtmfClamp)
#include "tst_dtmfclamp.moc"
