#include "tonegate.h"

#include "audio/audiobuffer.h"

#include <algorithm>

namespace voicepay::sip {

namespace {

constexpr qint64 kRate = 8000;
constexpr qint64 kScanEvery = kRate / 50; // 20 ms
constexpr qint64 kListen = kRate * 2 / 5; // each scan listens to the last 400 ms, any keypad tone's onset
constexpr qint64 kBefore = kRate / 100; // 10 ms before the detected start: the envelope's edge is soft
constexpr qint64 kAfter = kRate * 3 / 100; // 30 ms after the end, as the clamp's hang-over
constexpr qint64 kSoundingMargin = kRate * 3 / 100; // a tone ending this close to the window's end goes on
constexpr qint64 kMaxBacklog = kRate; // more than a second behind: the send clock lost time; skip ahead

} // namespace

ToneGate::ToneGate(int holdMs, DtmfDetectorLimits limits)
    : m_detector(limits)
    , m_holdSamples(std::max<qint64>(holdMs, 60) * kRate / 1000)
{
}

void ToneGate::push(const qint16* samples, qsizetype count)
{
    if (!samples || count <= 0) {
        return;
    }
    m_buffer.insert(m_buffer.end(), samples, samples + count);
    const qint64 end = m_bufferStart + static_cast<qint64>(m_buffer.size());
    if (end - m_scannedTo >= kScanEvery) {
        scan();
    }
    if (end - m_next > m_holdSamples + kMaxBacklog) {
        m_next = end - m_holdSamples - kScanEvery;
    }
    // Keep what is still to be released and what the next scan listens to.
    const qint64 keepFrom = std::min(m_next, end - kListen);
    if (keepFrom > m_bufferStart) {
        m_buffer.erase(
            m_buffer.begin(), m_buffer.begin() + static_cast<std::ptrdiff_t>(keepFrom - m_bufferStart));
        m_bufferStart = keepFrom;
    }
}

void ToneGate::scan()
{
    const qint64 end = m_bufferStart + static_cast<qint64>(m_buffer.size());
    const qint64 from = std::max(m_bufferStart, end - kListen);
    AudioBuffer window;
    window.sampleRate = static_cast<int>(kRate);
    window.samples.assign(
        m_buffer.begin() + static_cast<std::ptrdiff_t>(from - m_bufferStart), m_buffer.end());
    for (const DtmfDetection& d : m_detector.detect(window)) {
        const qint64 start = from + d.startMs * kRate / 1000;
        const qint64 stop = from + d.endMs * kRate / 1000;
        // A tone still sounding is cut up to the window's end for now; the next scan extends the cut.
        const bool sounding = stop >= end - kSoundingMargin;
        cut(start - kBefore, (sounding ? end : stop) + kAfter, start > m_lastToneStart + kRate / 20);
        m_lastToneStart = std::max(m_lastToneStart, start);
    }
    m_scannedTo = end;
}

void ToneGate::cut(qint64 from, qint64 to, bool newTone)
{
    if (newTone) {
        ++m_tonesCut;
    }
    for (Span& s : m_spans) {
        if (from <= s.to && to >= s.from) {
            s.from = std::min(s.from, from);
            s.to = std::max(s.to, to);
            return;
        }
    }
    m_spans << Span { from, to };
}

bool ToneGate::muted(qint64 position)
{
    while (!m_spans.isEmpty() && m_spans.first().to <= position && m_spans.size() > 1) {
        m_spans.removeFirst(); // released wholly
    }
    return std::any_of(m_spans.cbegin(), m_spans.cend(),
        [position](const Span& s) { return position >= s.from && position < s.to; });
}

bool ToneGate::pull(qint16* out, qsizetype count)
{
    // Only what the detector has listened to at least the hold window beyond leaves.
    if (m_next + count > m_scannedTo - m_holdSamples || m_next < m_bufferStart) {
        return false;
    }
    for (qsizetype i = 0; i < count; ++i) {
        const qint64 position = m_next + i;
        if (muted(position)) {
            out[i] = 0;
            ++m_samplesCut;
        } else {
            out[i] = m_buffer[static_cast<size_t>(position - m_bufferStart)];
        }
    }
    m_next += count;
    return true;
}

} // namespace voicepay::sip
