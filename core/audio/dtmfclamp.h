#pragma once

#include "audiobuffer.h"
#include "dtmfdetector.h"

#include <QJsonObject>
#include <QList>

namespace voicepay {

// A span of the call during which the caller's tones must not reach the agent. Times in ms from the call
// start.
struct ClampInterval
{
    qint64 onMs = 0;
    qint64 offMs = 0;
};

// One tone taken off the agent's leg. It carries no digit: the clamp log must never say what was keyed.
struct ClampEvent
{
    qint64 toneStartMs = 0;
    qint64 detectedAtMs = 0;
    qint64 toneEndMs = 0;
    qint64 suppressedFromMs = 0;
    qint64 suppressedToMs = 0;
};

struct ClampResult
{
    AudioBuffer audio; // the input with every clamped tone replaced by comfort noise
    QList<ClampEvent> events;
    int tonesOutsideClamp = 0; // tones found while the clamp was off, passed through
};

// DTMF clamping: finds the caller's tones with the in-band detector and replaces each tone that overlaps a
// clamp interval with comfort noise, from its first millisecond to its end plus a short hang-over. Working on
// a whole leg, it can start at the tone's onset; a live clamp gets the same result by delaying the agent's
// audio by the detector's confirmation time (DtmfDetection::detectedAtMs - startMs, at most about 40 ms).
class DtmfClamp
{
public:
    explicit DtmfClamp(DtmfDetector detector = DtmfDetector(), int hangoverMs = 20);

    // `detectOn` is the audio the detector listens to; `clampIn` the audio to clamp (the same timeline).
    ClampResult apply(
        const AudioBuffer& detectOn, const AudioBuffer& clampIn, const QList<ClampInterval>& intervals) const;

    static QJsonObject toJson(const QList<ClampInterval>& intervals, const ClampResult& result);

private:
    DtmfDetector m_detector;
    int m_hangoverMs;
};

} // namespace voicepay
