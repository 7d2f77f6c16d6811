#pragma once

// What the sipp call tests share: a quick prompt set, free ports on loopback and G.711 RTP of the project's
// own audio.
#include "audio/audiobuffer.h"
#include "audio/promptset.h"
#include "audio/segmenttable.h"
#include "audio/wavfile.h"
#include "rtppcap.h"
#include "sipglue.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QUdpSocket>

namespace voicepay::test {

// A prompt set in which every segment is 20 ms of silence: the calls keep their prompts, their barge-in and
// their real-time pacing without depending on the prompt set the build made.
inline bool writeQuickPromptSet(const QString& dir)
{
    QList<PromptSetEntry> entries;
    AudioBuffer clip;
    clip.appendSilence(20);
    for (const SpokenSegment& s : SegmentTable::all(QStringLiteral("en-US"))) {
        entries << PromptSetEntry { s.id, s.text, PromptSetEntry::Source::Synthesised, QStringLiteral("none"),
            QStringLiteral("silence for tests") };
        if (!WavFile::write(PromptSet::wavPath(dir, 8000, s.id), clip)) {
            return false;
        }
    }
    return PromptSet::writeManifest(dir, QStringLiteral("en-US"), entries);
}

inline quint16 freeUdpPort()
{
    QUdpSocket s;
    s.bind(QHostAddress::LocalHost, 0);
    return s.localPort();
}

// An even port and the three above it (RTCP, video) free, below the ephemeral range (so no socket another
// test opens at random lands on it) and apart from the endpoint's RTP range: sipp's media, baresip's.
inline quint16 freeMediaPort(int low = 10000, int high = 14500)
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        const auto port = static_cast<quint16>(2 * QRandomGenerator::global()->bounded(low, high));
        bool free = true;
        for (int i = 0; i < 4 && free; ++i) {
            QUdpSocket probe;
            free = probe.bind(QHostAddress::LocalHost, static_cast<quint16>(port + i));
        }
        if (free) {
            return port;
        }
    }
    return 0;
}

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

} // namespace voicepay::test
