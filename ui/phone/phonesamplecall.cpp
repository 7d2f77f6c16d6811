#include "phone/phonesamplecall.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace voicepay::ui {

PhoneSampleCall::PhoneSampleCall(QObject* parent)
    : QObject(parent)
{
    connect(&m_sip, &QUdpSocket::readyRead, this, &PhoneSampleCall::read);
}

QByteArray PhoneSampleCall::request(
    const QByteArray& method, const QByteArray& extra, const QByteArray& body) const
{
    const QByteArray local = "127.0.0.1:" + QByteArray::number(m_sip.localPort());
    const QByteArray target = "sip:pay@127.0.0.1:" + QByteArray::number(m_port);
    const QByteArray branch = "z9hG4bK" + QByteArray::number(QRandomGenerator::global()->generate(), 16);
    return method + ' ' + target + " SIP/2.0\r\nVia: SIP/2.0/UDP " + local + ";branch=" + branch
        + "\r\nFrom: \"Sample caller\" <sip:caller@" + local + ">;tag=sample\r\nTo: <" + target + '>'
        + (m_toTag.isEmpty() ? QByteArray() : ";tag=" + m_toTag) + "\r\nCall-ID: " + m_callId + "\r\nCSeq: 1 "
        + method + "\r\nContact: <sip:caller@" + local + ">\r\nMax-Forwards: 70\r\n" + extra
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

bool PhoneSampleCall::place(quint16 port)
{
    if (!m_sip.bind(QHostAddress::LocalHost, 0) || !m_rtp.bind(QHostAddress::LocalHost, 0)) {
        return false;
    }
    m_port = port;
    m_callId = "sample-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    const QByteArray sdp = "v=0\r\no=caller 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                           "m=audio "
        + QByteArray::number(m_rtp.localPort())
        + " RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\n";
    const QByteArray headers = "X-VoicePay-Account: 10001\r\nX-VoicePay-Amount: 125.50\r\n"
                               "X-VoicePay-Reference: INV-1001\r\nX-VoicePay-Identified: "
                               "true\r\nContent-Type: application/sdp\r\n";
    return m_sip.writeDatagram(request("INVITE", headers, sdp), QHostAddress::LocalHost, port) > 0;
}

void PhoneSampleCall::read()
{
    static const QRegularExpression toTag(QStringLiteral("\r\nTo:[^\r]*;tag=([^;\r>]+)"));
    while (m_sip.hasPendingDatagrams()) {
        const QByteArray datagram = m_sip.receiveDatagram().data();
        if (datagram.startsWith("SIP/2.0 200") && datagram.contains(" INVITE\r\n") && !m_answered) {
            m_toTag = toTag.match(QString::fromLatin1(datagram)).captured(1).toLatin1();
            m_answered = true;
            m_sip.writeDatagram(request("ACK", {}, {}), QHostAddress::LocalHost, m_port);
        } else if (datagram.startsWith("BYE ")) {
            // The line stopped: the call's BYE is answered so that it is not sent again.
            QByteArray ok = "SIP/2.0 200 OK\r\n";
            for (const QByteArray& line : datagram.split('\n')) {
                const QByteArray l = line.trimmed();
                if (l.startsWith("Via:") || l.startsWith("From:") || l.startsWith("To:")
                    || l.startsWith("Call-ID:") || l.startsWith("CSeq:")) {
                    ok += l + "\r\n";
                }
            }
            m_sip.writeDatagram(ok + "Content-Length: 0\r\n\r\n", QHostAddress::LocalHost, m_port);
        }
    }
}

} // namespace voicepay::ui
