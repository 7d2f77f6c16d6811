#pragma once

#include "audio/audiobuffer.h"
#include "audio/dtmfdetector.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <optional>

namespace voicepay::sip {

// The key a SIP INFO carries: "application/dtmf-relay" ("Signal=5\r\nDuration=160\r\n") or "application/dtmf"
// (the key alone). Null for anything else.
std::optional<QChar> infoKey(const QByteArray& contentType, const QByteArray& body);

// In-band keys: the caller's audio (8 kHz, decoded from G.711) goes through the project's DtmfDetector on a
// sliding window; each tone is reported once, when it has ended, so that a long press is one key.
class InbandKeys
{
public:
    explicit InbandKeys(DtmfDetectorLimits limits = {});

    // Appends received audio; returns the keys whose tones ended in it.
    QList<QChar> receive(const qint16* samples, qsizetype count);

private:
    DtmfDetector m_detector;
    AudioBuffer m_window; // the recent audio, from sample m_windowStart of the stream
    qint64 m_windowStart = 0;
    qint64 m_lastToneEnd = -1; // in samples of the stream
    qsizetype m_sinceScan = 0;
};

} // namespace voicepay::sip
