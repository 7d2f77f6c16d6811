#pragma once

#include <QHostAddress>
#include <QRandomGenerator>
#include <QUdpSocket>

namespace voicepay::test {

// Ports on loopback for the programs the call tests start (voicepay-ivr, sipp, baresip).
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

} // namespace voicepay::test
