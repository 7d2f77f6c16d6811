#pragma once

// What the sipp call tests share: a quick prompt set, free ports on loopback and G.711 RTP of the project's
// own audio.
#include "audio/audiobuffer.h"
#include "audio/promptset.h"
#include "audio/segmenttable.h"
#include "audio/wavfile.h"
#include "loopbackports.h"
#include "quickpromptset.h"
#include "rtppcap.h"
#include "sipglue.h"

#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QUdpSocket>
#include <cmath>

namespace voicepay::test {

// 8 kHz audio as G.711 RTP in 20 ms packets, as sipp's play_pcap_audio replays it.
inline QList<RtpPacket> g711Packets(const AudioBuffer& audio, bool alaw)
{
    QList<RtpPacket> packets;
    for (size_t i = 0; i + 160 <= audio.samples.size(); i += 160) {
        RtpPacket p { qint64(i / 8), quint8(alaw ? 8 : 0), i == 0, quint16(2000 + i / 160), quint32(i),
            QByteArray(160, '\0') };
        for (int n = 0; n < 160; ++n) {
            const qint16 sample = std::max<qint16>(audio.samples[i + size_t(n)], -32767);
            p.payload[n] = char(alaw ? g711_pcm2alaw(sample) : g711_pcm2ulaw(sample));
        }
        packets << p;
    }
    return packets;
}

// Ends a program as its users would (SIGTERM: calls in progress end as hang-ups), killed only when it does
// not end within ten seconds.
inline void endProcess(QProcess& p)
{
    if (p.state() != QProcess::NotRunning) {
        p.terminate();
        if (!p.waitForFinished(10000)) {
            p.kill();
            p.waitForFinished();
        }
    }
}

// What a caller says around the keys: two partials of a vowel (300 and 520 Hz, the second at half the
// amplitude), no keypad pair, at 8 kHz.
inline AudioBuffer vowel(int ms, int amplitude)
{
    AudioBuffer b;
    b.sampleRate = 8000;
    for (int i = 0; i < ms * 8; ++i) {
        const double t = i / 8000.0;
        b.samples.push_back(static_cast<qint16>(
            amplitude * std::sin(2 * M_PI * 300 * t) + amplitude / 2 * std::sin(2 * M_PI * 520 * t)));
    }
    return b;
}

} // namespace voicepay::test
