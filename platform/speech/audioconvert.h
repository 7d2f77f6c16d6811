#pragma once

#include <QtGlobal>
#include <vector>

namespace voicepay::AudioConvert {

// 8 kHz to 16 kHz: zero-stuffing and a windowed-sinc low-pass at 3.8 kHz.
std::vector<qint16> upsample8to16(const qint16* samples, qsizetype count);
// 16 kHz to 8 kHz: the same low-pass, then every other sample.
std::vector<qint16> downsample16to8(const qint16* samples, qsizetype count);
// G.711 µ-law, encoded and decoded again: what a telephone line does to 8 kHz speech.
std::vector<qint16> mulawRoundTrip(const qint16* samples, qsizetype count);
quint8 mulawEncode(qint16 sample);
qint16 mulawDecode(quint8 code);

// Zeros and releases a buffer that held a caller's speech.
void wipe(std::vector<qint16>& samples) noexcept;

} // namespace voicepay::AudioConvert
