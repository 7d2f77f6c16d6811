#pragma once

#include "audiobuffer.h"

#include <QList>
#include <QString>

namespace voicepay {

// One keypad tone found in audio. Times are from the start of the buffer.
struct DtmfDetection
{
    QChar key;
    qint64 startMs = 0; // the tone's first millisecond
    qint64 endMs = 0; // just after its last
    qint64 detectedAtMs = 0; // the earliest time a live detector could have confirmed it
    double lowHz = 0.0; // measured frequencies
    double highHz = 0.0;
    double twistDb = 0.0; // high-group level minus low-group level
};

// The acceptance limits. The defaults sit between what ITU-T Q.24 requires a receiver to accept and to
// reject: frequency within 1.5 % accepted and 3.5 % off rejected; 40 ms accepted and under 23 ms rejected; a
// 10 ms interruption bridged; twist of 8 dB (low group louder) and 4 dB (high group louder) accepted.
struct DtmfDetectorLimits
{
    double maxDeviation = 0.025;
    int minToneMs = 30;
    int maxDropoutMs = 20;
    double maxLowLouderDb = 9.0;
    double maxHighLouderDb = 5.0;
    double minLevelDbfs = -36.0; // each sine's peak
    double minPurity = 0.8; // the share of the signal's power in the two tones
};

// An in-band DTMF receiver: Hann-windowed Goertzel filters on 20 ms frames every 5 ms pick the strongest tone
// of each group; the phase advance between two overlapping blocks measures each frequency exactly, so that
// the frequency tolerance is decided on the measured value and not on a filter's skirt. A tone's edges are
// then found on a 10 ms envelope at 1 ms steps, which decides its duration.
class DtmfDetector
{
public:
    explicit DtmfDetector(DtmfDetectorLimits limits = {});

    QList<DtmfDetection> detect(const AudioBuffer& audio) const;
    QString detectKeys(const AudioBuffer& audio) const;

    const DtmfDetectorLimits& limits() const { return m_limits; }

private:
    DtmfDetectorLimits m_limits;
};

} // namespace voicepay
