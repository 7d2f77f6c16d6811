#include "audiobuffer.h"

#include <QtEndian>
#include <algorithm>

namespace voicepay {

qint64 AudioBuffer::durationMs() const
{
    return sampleRate > 0 ? static_cast<qint64>(samples.size()) * 1000 / sampleRate : 0;
}

qsizetype AudioBuffer::sampleAt(qint64 ms) const
{
    return static_cast<qsizetype>(ms * sampleRate / 1000);
}

void AudioBuffer::appendSilence(qint64 ms)
{
    if (ms > 0) {
        samples.resize(samples.size() + static_cast<size_t>(sampleAt(ms)), 0);
    }
}

void AudioBuffer::append(const AudioBuffer& other)
{
    Q_ASSERT(other.sampleRate == sampleRate);
    samples.insert(samples.end(), other.samples.begin(), other.samples.end());
}

void AudioBuffer::mixAt(qsizetype offset, const AudioBuffer& other)
{
    Q_ASSERT(other.sampleRate == sampleRate);
    if (offset < 0) {
        return;
    }
    const size_t start = static_cast<size_t>(offset);
    if (samples.size() < start + other.samples.size()) {
        samples.resize(start + other.samples.size(), 0);
    }
    for (size_t i = 0; i < other.samples.size(); ++i) {
        const int sum = int(samples[start + i]) + int(other.samples[i]);
        samples[start + i] = static_cast<qint16>(std::clamp(sum, -32768, 32767));
    }
}

QByteArray AudioBuffer::toPcm() const
{
    QByteArray out(static_cast<qsizetype>(samples.size() * 2), Qt::Uninitialized);
    char* p = out.data();
    for (qint16 s : samples) {
        qToLittleEndian<qint16>(s, p);
        p += 2;
    }
    return out;
}

AudioBuffer AudioBuffer::fromPcm(const QByteArray& pcm, int rate)
{
    AudioBuffer b;
    b.sampleRate = rate;
    const qsizetype count = pcm.size() / 2;
    b.samples.resize(static_cast<size_t>(count));
    const char* p = pcm.constData();
    for (qsizetype i = 0; i < count; ++i) {
        b.samples[static_cast<size_t>(i)] = qFromLittleEndian<qint16>(p + 2 * i);
    }
    return b;
}

} // namespace voicepay
