#include "dtmfgenerator.h"

#include <cmath>
#include <numbers>

namespace voicepay {

namespace {
constexpr int lowGroup[] = { 697, 770, 852, 941 };
constexpr int highGroup[] = { 1209, 1336, 1477, 1633 };
constexpr char16_t layout[4][4] = { { u'1', u'2', u'3', u'A' }, { u'4', u'5', u'6', u'B' },
    { u'7', u'8', u'9', u'C' }, { u'*', u'0', u'#', u'D' } };
} // namespace

QString DtmfGenerator::keys()
{
    return QStringLiteral("123A456B789C*0#D");
}

bool DtmfGenerator::frequencies(QChar key, int* lowHz, int* highHz)
{
    const QChar upper = key.toUpper();
    for (int row = 0; row < 4; ++row) {
        for (int column = 0; column < 4; ++column) {
            if (upper == QChar(layout[row][column])) {
                *lowHz = lowGroup[row];
                *highHz = highGroup[column];
                return true;
            }
        }
    }
    return false;
}

AudioBuffer DtmfGenerator::tone(QChar key, int sampleRate, const DtmfToneSpec& spec)
{
    AudioBuffer out;
    out.sampleRate = sampleRate;
    const qsizetype count = out.sampleAt(spec.toneMs);
    out.resize(count);
    int low = 0;
    int high = 0;
    if (!frequencies(key, &low, &high)) {
        return out;
    }
    const double twoPi = 2.0 * std::numbers::pi;
    const double wLow = twoPi * low * (1.0 + spec.lowDeviation) / sampleRate;
    const double wHigh = twoPi * high * (1.0 + spec.highDeviation) / sampleRate;
    const double aLow = 32767.0 * std::pow(10.0, spec.lowLevelDbfs / 20.0);
    const double aHigh = 32767.0 * std::pow(10.0, spec.highLevelDbfs / 20.0);
    const qsizetype ramp = std::min<qsizetype>(out.sampleAt(spec.rampMs), count / 2);
    for (qsizetype i = 0; i < count; ++i) {
        double gain = 1.0;
        const qsizetype edge = std::min(i, count - 1 - i);
        if (edge < ramp) {
            gain = 0.5 - 0.5 * std::cos(std::numbers::pi * (edge + 0.5) / ramp);
        }
        const double v = gain * (aLow * std::sin(wLow * double(i)) + aHigh * std::sin(wHigh * double(i)));
        out.samples[size_t(i)] = static_cast<qint16>(std::lround(std::clamp(v, -32768.0, 32767.0)));
    }
    return out;
}

AudioBuffer DtmfGenerator::sequence(const QString& keys, int sampleRate, const DtmfToneSpec& spec)
{
    AudioBuffer out;
    out.sampleRate = sampleRate;
    for (QChar key : keys) {
        out.append(tone(key, sampleRate, spec));
        out.appendSilence(spec.gapMs);
    }
    return out;
}

} // namespace voicepay
