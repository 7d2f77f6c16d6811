#pragma once

#include "audio/dtmfdetector.h"

#include <QList>
#include <QtGlobal>
#include <deque>

namespace voicepay::sip {

// The caller's audio on its way to the agent, with every keypad tone cut out from its first millisecond.
// The project's DtmfDetector finds where a tone starts only some 40 ms after it started, so the audio is held
// back by a short window: a sample leaves only once the detector has listened at least that far beyond it,
// and samples inside a tone (from a little before its detected start to a little after its end) leave as
// silence. 8 kHz; the caller's packets come in as they arrive, the agent's frames go out on the send clock.
class ToneGate
{
public:
    explicit ToneGate(int holdMs = 80, DtmfDetectorLimits limits = {});

    void push(const qint16* samples, qsizetype count);
    // The next `count` samples of the delayed, gated audio; false (and nothing taken) when the window does
    // not hold them yet, so that the caller of pull() sends silence rather than audio not yet listened to.
    bool pull(qint16* out, qsizetype count);

    int tonesCut() const { return m_tonesCut; } // distinct tones found, for the log (never which keys)
    qint64 samplesCut() const { return m_samplesCut; }

private:
    struct Span
    {
        qint64 from = 0; // absolute sample positions, from the first sample pushed
        qint64 to = 0;
    };
    void scan();
    void cut(qint64 from, qint64 to, bool newTone);
    bool muted(qint64 position);

    DtmfDetector m_detector;
    qint64 m_holdSamples;
    std::deque<qint16> m_buffer; // from m_bufferStart
    qint64 m_bufferStart = 0;
    qint64 m_next = 0; // the next sample pull() gives
    qint64 m_scannedTo = 0; // the detector has listened up to here
    QList<Span> m_spans; // to cut, in order; those wholly released are dropped
    qint64 m_lastToneStart = -1;
    int m_tonesCut = 0;
    qint64 m_samplesCut = 0;
};

} // namespace voicepay::sip
