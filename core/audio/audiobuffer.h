#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <vector>

namespace voicepay {

// Mono 16-bit PCM at 8 kHz (telephony) or 16 kHz: the only format the call audio uses.
struct AudioBuffer
{
    int sampleRate = 8000;
    std::vector<qint16> samples;

    static constexpr int channels = 1;
    static constexpr int bitsPerSample = 16;
    static bool isSupportedRate(int rate) { return rate == 8000 || rate == 16000; }

    qint64 durationMs() const;
    qsizetype sampleAt(qint64 ms) const; // the index of the sample at ms from the start
    bool isEmpty() const { return samples.empty(); }

    void appendSilence(qint64 ms);
    void append(const AudioBuffer& other); // same rate
    // Adds `other` (same rate) from sample `offset`, saturating, growing this buffer as needed.
    void mixAt(qsizetype offset, const AudioBuffer& other);
    void resize(qsizetype count) { samples.resize(static_cast<size_t>(count), 0); }

    // Little-endian signed 16-bit PCM, as an audio sink takes it.
    QByteArray toPcm() const;
    static AudioBuffer fromPcm(const QByteArray& pcm, int sampleRate);
};

} // namespace voicepay
