#pragma once

#include <QObject>
#include <QUdpSocket>

namespace voicepay::ui {

// One call to the phone line over UDP with sample X-VoicePay headers, answered and then silent: what the
// screenshot of the panel shows in progress. It keys nothing; the line ends it when it stops.
class PhoneSampleCall : public QObject
{
    Q_OBJECT
public:
    explicit PhoneSampleCall(QObject* parent = nullptr);
    // Sends the INVITE to 127.0.0.1:port; the 200 is acknowledged as it comes.
    bool place(quint16 port);
    bool isAnswered() const { return m_answered; }

private:
    void read();
    QByteArray request(const QByteArray& method, const QByteArray& extra, const QByteArray& body) const;

    QUdpSocket m_sip;
    QUdpSocket m_rtp; // holds the port the SDP names
    quint16 m_port = 0;
    QByteArray m_callId;
    QByteArray m_toTag;
    bool m_answered = false;
};

} // namespace voicepay::ui
