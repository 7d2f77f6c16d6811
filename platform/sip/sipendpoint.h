#pragma once

#include "ivrcall.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

struct sip;
struct sipsess_sock;
struct sip_msg;
struct tmr;
struct sip_lsnr;
struct sipevent_sock;

namespace voicepay::sip {

struct EndpointOptions
{
    QString address = QStringLiteral("127.0.0.1");
    quint16 port = 5060;
    QStringList transports { QStringLiteral("udp") }; // udp, tcp
    quint16 rtpMinPort = 20000;
    quint16 rtpMaxPort = 20999;
    int maxCalls = 100;
    int rtpTimeoutSeconds = 60; // no RTP from a caller for this long ends the call; 0: never
    QString transferTarget; // the REFER's target for transfer_to_agent; empty: a BYE

    // "--listen 127.0.0.1:5060", "--transport udp,tcp", "--rtp-ports 20000-20999", "--max-calls N".
    bool setListen(const QString& value, QString* error);
    bool setTransports(const QString& value, QString* error);
    bool setRtpPorts(const QString& value, QString* error);
    bool setMaxCalls(const QString& value, QString* error);
    bool setRtpTimeout(const QString& value, QString* error); // "--rtp-timeout SECONDS"
    bool setTransferTarget(const QString& value, QString* error); // "--transfer-to sip:agents@pbx"
};

// The SIP endpoint: answers INVITEs on the address and transports given and runs each call as an IvrCall.
// It lives on libre's main loop (re_main), which the caller runs; a timer of its own services the calls'
// media and lets Qt deliver what it queued (a network gateway's replies, the store's signals).
class SipEndpoint
{
public:
    SipEndpoint(EndpointOptions options, IvrCallEnv env);
    ~SipEndpoint();
    SipEndpoint(const SipEndpoint&) = delete;
    SipEndpoint& operator=(const SipEndpoint&) = delete;

    bool start(QString* error); // after libre_init()
    // Ends every call as a hang-up (stored, BYE sent) and stops listening; then re_cancel() ends the loop.
    void stop();
    int callCount() const { return static_cast<int>(m_calls.size()); }
    int callsAnswered() const { return m_answered; }
    // Prompt frames of the calls that have ended, and how many of them were late (IvrCall::framesLate).
    quint64 framesSent() const { return m_framesSent; }
    quint64 framesLate() const { return m_framesLate; }

private:
    static void onConnect(const struct sip_msg* msg, void* arg);
    static void onTimer(void* arg);
    void connect(const struct sip_msg* msg);
    void reject(const struct sip_msg* msg, int code, const QString& reason);
    int accept(const struct sip_msg* msg, const CallContext& context, const SdpOffer& offer,
        const MediaChoice& media);
    void join(
        const struct sip_msg* msg, const QString& callId); // an agent's phone joins a call (agentbridge.h)
    struct sa localMediaAddress(const struct sip_msg* msg) const;
    void service();
    void count(const IvrCall& call);

    EndpointOptions m_options;
    IvrCallEnv m_env;
    struct sip* m_sip = nullptr;
    struct sipsess_sock* m_sock = nullptr;
    struct sip_lsnr* m_otherRequests = nullptr;
    struct sipevent_sock* m_events = nullptr;
    std::unique_ptr<struct tmr> m_timer;
    std::vector<std::unique_ptr<IvrCall>> m_calls;
    int m_answered = 0;
    quint64 m_framesSent = 0;
    quint64 m_framesLate = 0;
    bool m_stopping = false;
};

} // namespace voicepay::sip
