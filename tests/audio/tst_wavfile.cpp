#include "audio/wavfile.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace voicepay;

namespace {

AudioBuffer ramp(int rate, int count)
{
    AudioBuffer b;
    b.sampleRate = rate;
    for (int i = 0; i < count; ++i) {
        b.samples.push_back(static_cast<qint16>(i * 97 - 16000));
    }
    return b;
}

void put16(QByteArray& data, int offset, quint16 value)
{
    qToLittleEndian<quint16>(value, data.data() + offset);
}

void put32(QByteArray& data, int offset, quint32 value)
{
    qToLittleEndian<quint32>(value, data.data() + offset);
}

} // namespace

class TestWavFile : public QObject
{
    Q_OBJECT

private slots:
    void encodeThenParse_roundTrip_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("count");
        QTest::newRow("telephony 8 kHz") << 8000 << 801;
        QTest::newRow("wide band 16 kHz") << 16000 << 1600;
        QTest::newRow("no samples at all") << 8000 << 0;
    }
    void encodeThenParse_roundTrip()
    {
        QFETCH(int, rate);
        QFETCH(int, count);
        const AudioBuffer original = ramp(rate, count);
        const QByteArray bytes = WavFile::encode(original);
        QCOMPARE(bytes.size(), 44 + 2 * count);
        QString error;
        const auto parsed = WavFile::parse(bytes, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->sampleRate, rate);
        QVERIFY(parsed->samples == original.samples);
    }

    void writeThenRead_throughAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.wav"));
        QString error;
        QVERIFY2(WavFile::write(path, ramp(8000, 400), &error), qPrintable(error));
        const auto read = WavFile::read(path, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->durationMs(), 50);
    }

    void read_missingFile_namesThePath()
    {
        QString error;
        QVERIFY(!WavFile::read(QStringLiteral("/nonexistent/x.wav"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/x.wav")));
    }

    void parse_extensibleFormatOfPcm_isAccepted()
    {
        const QByteArray plain = WavFile::encode(ramp(16000, 10));
        QByteArray ext = plain.left(12);
        QByteArray fmt(8 + 40, '\0');
        memcpy(fmt.data(), "fmt ", 4);
        put32(fmt, 4, 40);
        put16(fmt, 8, 0xFFFE);
        put16(fmt, 10, 1);
        put32(fmt, 12, 16000);
        put32(fmt, 16, 32000);
        put16(fmt, 20, 2);
        put16(fmt, 22, 16);
        put16(fmt, 24, 22);
        put16(fmt, 32, 1); // sub-format: PCM
        ext += fmt + plain.mid(36);
        put32(ext, 4, quint32(ext.size() - 8));
        QString error;
        const auto parsed = WavFile::parse(ext, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->samples.size(), size_t(10));
    }

    // Every prefix of a good file, and a file with random bytes after a valid header, is read or refused,
    // never trusted beyond its length.
    void parse_truncatedOrGarbled_neverReadsPastTheEnd()
    {
        const QByteArray good = WavFile::encode(ramp(8000, 64));
        for (qsizetype n = 0; n < good.size(); ++n) {
            QString error;
            const auto parsed = WavFile::parse(good.left(n), &error);
            QVERIFY2(!parsed, qPrintable(QString::number(n)));
            QVERIFY(!error.isEmpty());
        }
        QByteArray garbled = good;
        quint32 seed = 12345;
        for (int round = 0; round < 2000; ++round) {
            garbled = good;
            for (int k = 0; k < 4; ++k) {
                seed = seed * 1664525u + 1013904223u;
                garbled[qsizetype((seed >> 8) % 44)] = char(seed >> 24);
            }
            QString error;
            const auto parsed = WavFile::parse(garbled, &error);
            QVERIFY(parsed || !error.isEmpty());
            if (parsed) {
                QVERIFY(parsed->samples.size() <= 64);
            }
        }
    }

    void parse_badHeader_isRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("reason");
        const QByteArray good = WavFile::encode(ramp(8000, 100));
        auto edit16 = [&good](int offset, quint16 v) {
            QByteArray d = good;
            put16(d, offset, v);
            return d;
        };
        auto edit32 = [&good](int offset, quint32 v) {
            QByteArray d = good;
            put32(d, offset, v);
            return d;
        };
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("not a RIFF/WAVE");
        QTest::newRow("a text file") << QByteArray("hello, this is not audio at all")
                                     << QStringLiteral("not a RIFF/WAVE");
        QTest::newRow("cut short") << good.left(100) << QStringLiteral("truncated");
        QTest::newRow("data chunk larger than the file") << edit32(40, 100000) << QStringLiteral("truncated");
        QTest::newRow("stereo") << edit16(22, 2) << QStringLiteral("channels");
        QTest::newRow("8-bit samples") << edit16(34, 8) << QStringLiteral("bits per sample");
        QTest::newRow("44.1 kHz") << edit32(24, 44100) << QStringLiteral("sample rate 44100");
        QTest::newRow("floating point") << edit16(20, 3) << QStringLiteral("not PCM");
        QTest::newRow("inconsistent byte rate") << edit32(28, 12345) << QStringLiteral("inconsistent");
        QTest::newRow("format chunk too short") << edit32(16, 8) << QStringLiteral("too short");
        QByteArray odd = good;
        put32(odd, 40, 199);
        QTest::newRow("odd data size") << odd << QStringLiteral("odd number");
        QByteArray noData = good.left(36);
        put32(noData, 4, 28);
        QTest::newRow("no data chunk") << noData << QStringLiteral("no data chunk");
        QByteArray dataFirst = good.left(12) + good.mid(36, 8) + good.mid(12, 24);
        put32(dataFirst, 16, 0);
        put32(dataFirst, 4, quint32(dataFirst.size() - 8));
        QTest::newRow("data before format") << dataFirst << QStringLiteral("before the format");
    }
    void parse_badHeader_isRefusedWithAReason()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!WavFile::parse(data, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestWavFile)
#include "tst_wavfile.moc"
