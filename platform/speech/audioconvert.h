#pragma once

#include <QtGlobal>
#include <vector>

namespace voicepay::AudioConvert {

// 8 kHz to 16 kHz: zero-stuffing and a windowed-sinc low-pass at 3.8 kHz, for a whole buffer.
std::vector<qint16> upsample8to16(const qint16* samples, qsizetype count);

// The same for a stream that arrives in pieces (a recogniser is fed 20 ms at a time): the filter carries its
// history across pieces, so that no piece starts or ends on invented silence, at the cost of a 2 ms delay.
// The history is speech: it is wiped by reset() and on destruction.
class Upsampler
{
public:
    Upsampler();
    ~Upsampler();
    Upsampler(const Upsampler&) = delete;
    Upsampler& operator=(const Upsampler&) = delete;

    std::vector<qint16> process(const qint16* samples, qsizetype count);
    void reset() noexcept;

private:
    std::vector<double> m_history; // the last stuffed samples the filter still needs, oldest first
};
// 16 kHz to 8 kHz: the same low-pass, then every other sample.
std::vector<qint16> downsample16to8(const qint16* samples, qsizetype count);
// G.711 µ-law, encoded and decoded again: what a telephone line does to 8 kHz speech.
std::vector<qint16> mulawRoundTrip(const qint16* samples, qsizetype count);
quint8 mulawEncode(qint16 sample);
qint16 mulawDecode(quint8 code);

// Zeros and releases a buffer that held a caller's speech.
void wipe(std::vector<qint16>& samples) noexcept;

} // namespace voicepay::AudioConvert
