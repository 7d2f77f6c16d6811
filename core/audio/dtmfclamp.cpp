#include "dtmfclamp.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcClamp, "voicepay.audio.clamp")

namespace voicepay {

namespace {

// Comfort noise about 66 dB below full scale: the agent hears a live line, not a dead one.
void fillComfortNoise(AudioBuffer& audio, qsizetype from, qsizetype to)
{
    quint32 state = 0x9E3779B9u ^ quint32(from);
    from = std::max<qsizetype>(0, from);
    to = std::min<qsizetype>(qsizetype(audio.samples.size()), to);
    for (qsizetype i = from; i < to; ++i) {
        state = state * 1664525u + 1013904223u;
        audio.samples[size_t(i)] = static_cast<qint16>(int((state >> 16) % 33) - 16);
    }
}

} // namespace

DtmfClamp::DtmfClamp(DtmfDetector detector, int hangoverMs)
    : m_detector(detector)
    , m_hangoverMs(hangoverMs)
{
}

ClampResult DtmfClamp::apply(
    const AudioBuffer& detectOn, const AudioBuffer& clampIn, const QList<ClampInterval>& intervals) const
{
    ClampResult result;
    result.audio = clampIn;
    for (const DtmfDetection& tone : m_detector.detect(detectOn)) {
        const ClampInterval* active = nullptr;
        for (const ClampInterval& i : intervals) {
            if (tone.startMs < i.offMs && tone.endMs > i.onMs) {
                active = &i;
                break;
            }
        }
        if (!active) {
            ++result.tonesOutsideClamp;
            continue;
        }
        ClampEvent e;
        e.toneStartMs = tone.startMs;
        e.detectedAtMs = tone.detectedAtMs;
        e.toneEndMs = tone.endMs;
        e.suppressedFromMs = std::max(tone.startMs, active->onMs);
        e.suppressedToMs = tone.endMs + m_hangoverMs;
        fillComfortNoise(
            result.audio, result.audio.sampleAt(e.suppressedFromMs), result.audio.sampleAt(e.suppressedToMs));
        result.events << e;
    }
    qCDebug(lcClamp) << result.events.size() << "tones clamped," << result.tonesOutsideClamp
                     << "outside the clamp";
    return result;
}

QJsonObject DtmfClamp::toJson(const QList<ClampInterval>& intervals, const ClampResult& result)
{
    QJsonArray spans;
    for (const ClampInterval& i : intervals) {
        spans.append(
            QJsonObject { { QStringLiteral("onMs"), i.onMs }, { QStringLiteral("offMs"), i.offMs } });
    }
    QJsonArray events;
    for (const ClampEvent& e : result.events) {
        events.append(QJsonObject { { QStringLiteral("toneStartMs"), e.toneStartMs },
            { QStringLiteral("detectedAtMs"), e.detectedAtMs }, { QStringLiteral("toneEndMs"), e.toneEndMs },
            { QStringLiteral("suppressedFromMs"), e.suppressedFromMs },
            { QStringLiteral("suppressedToMs"), e.suppressedToMs } });
    }
    return QJsonObject { { QStringLiteral("sampleRate"), result.audio.sampleRate },
        { QStringLiteral("intervals"), spans }, { QStringLiteral("suppressions"), events },
        { QStringLiteral("tonesSuppressed"), int(result.events.size()) },
        { QStringLiteral("tonesOutsideClamp"), result.tonesOutsideClamp } };
}

} // namespace voicepay
