#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QtEndian>

// Writes RTP packets as a pcap capture (Ethernet, IPv4, UDP on loopback), the form sipp's play_pcap_audio
// replays: sipp keeps each UDP payload and its timing, and sends it to the media address the call answered.
namespace voicepay::test {

struct RtpPacket
{
    qint64 atMs = 0; // from the start of the capture
    quint8 payloadType = 0;
    bool marker = false;
    quint16 seq = 0;
    quint32 timestamp = 0;
    QByteArray payload;
};

inline QByteArray rtpBytes(const RtpPacket& p, quint32 ssrc)
{
    QByteArray b(12, '\0');
    b[0] = char(0x80);
    b[1] = char((p.marker ? 0x80 : 0) | (p.payloadType & 0x7f));
    qToBigEndian<quint16>(p.seq, b.data() + 2);
    qToBigEndian<quint32>(p.timestamp, b.data() + 4);
    qToBigEndian<quint32>(ssrc, b.data() + 8);
    return b + p.payload;
}

inline bool writeRtpPcap(const QString& path, const QList<RtpPacket>& packets, quint32 ssrc = 0x5eed1234)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    QByteArray global(24, '\0');
    qToLittleEndian<quint32>(0xa1b2c3d4, global.data());
    qToLittleEndian<quint16>(2, global.data() + 4);
    qToLittleEndian<quint16>(4, global.data() + 6);
    qToLittleEndian<quint32>(65535, global.data() + 16);
    qToLittleEndian<quint32>(1, global.data() + 20); // Ethernet
    f.write(global);
    for (const RtpPacket& p : packets) {
        const QByteArray rtp = rtpBytes(p, ssrc);
        QByteArray udp(8, '\0');
        qToBigEndian<quint16>(6000, udp.data());
        qToBigEndian<quint16>(6002, udp.data() + 2);
        qToBigEndian<quint16>(quint16(8 + rtp.size()), udp.data() + 4);
        QByteArray ip(20, '\0');
        ip[0] = 0x45;
        qToBigEndian<quint16>(quint16(20 + udp.size() + rtp.size()), ip.data() + 2);
        ip[8] = 64;
        ip[9] = 17; // UDP
        const char loopback[4] = { 127, 0, 0, 1 };
        ip.replace(12, 4, loopback, 4);
        ip.replace(16, 4, loopback, 4);
        QByteArray eth(14, '\0');
        eth[12] = 0x08; // IPv4
        const QByteArray frame = eth + ip + udp + rtp;
        QByteArray header(16, '\0');
        qToLittleEndian<quint32>(quint32(p.atMs / 1000), header.data());
        qToLittleEndian<quint32>(quint32((p.atMs % 1000) * 1000), header.data() + 4);
        qToLittleEndian<quint32>(quint32(frame.size()), header.data() + 8);
        qToLittleEndian<quint32>(quint32(frame.size()), header.data() + 12);
        f.write(header + frame);
    }
    return f.error() == QFile::NoError;
}

// RFC 4733 events for a string of keys, one every gapMs from startMs: a start packet with the marker, two
// updates, and the end packet three times, as phones send them.
inline QList<RtpPacket> telephoneEvents(const QString& keys, quint8 payloadType, qint64 startMs, int gapMs)
{
    static const QString kEvents = QStringLiteral("0123456789*#ABCD");
    QList<RtpPacket> out;
    quint16 seq = 1000;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const qint64 at = startMs + i * gapMs;
        const quint32 ts = quint32(at * 8);
        const char event = char(kEvents.indexOf(keys.at(i).toUpper()));
        for (int n = 0; n < 6; ++n) {
            const bool end = n >= 3;
            const quint16 duration = quint16(end ? 480 : 160 * (n + 1));
            QByteArray payload(4, '\0');
            payload[0] = event;
            payload[1] = char((end ? 0x80 : 0) | 10); // volume -10 dBm0
            qToBigEndian<quint16>(duration, payload.data() + 2);
            out << RtpPacket { at + (end ? 60 : 20 * n), payloadType, n == 0, seq++, ts, payload };
        }
    }
    return out;
}

} // namespace voicepay::test
