#pragma once

#include "promptstream.h"
#include "sdpoffer.h"
#include "tonegate.h"

#include <QByteArray>
#include <QString>
#include <deque>
#include <memory>

struct sip;
struct sipsess;
struct sipsess_sock;
struct sip_msg;
struct rtp_sock;
struct rtp_header;
struct mbuf;
struct sa;

namespace voicepay::sip {

// The X-VoicePay-Join header's value: the Call-ID of the caller's call an agent's phone joins. A phone that
// cannot add headers (Debian 12's baresip 1.0) may give it as the Request-URI's parameter
// `x-voicepay-join`, percent-encoded. Empty: an ordinary call.
QString joinReference(const struct sip_msg* msg);

// The agent's leg of an agent-assisted call: its SIP session, its RTP socket and the audio between it and
// the caller's leg. The agent hears the caller, with every key tone cut out (ToneGate) and no
// telephone-event, and the prompts; the caller hears the agent mixed into the prompts. The agent's phone gets
// the payment's masked progress and its outcome in SIP INFO (kProgressContentType), one at a time.
class AgentBridge
{
public:
    AgentBridge(QString callerCallId, const SdpOffer& offer, const MediaChoice& media);
    ~AgentBridge(); // a BYE to the agent when its session is up, with the result set by setCloseResult()
    AgentBridge(const AgentBridge&) = delete;
    AgentBridge& operator=(const AgentBridge&) = delete;

    // Opens the agent's RTP socket and answers its INVITE with 200 and SDP; errno-style code.
    int accept(struct sipsess_sock* sock, const struct sip_msg* msg, const struct sa& localIp,
        quint16 minPort, quint16 maxPort, const char* allowHeader);
    bool isGone() const { return m_gone; } // the agent hung up (or its session failed)

    void callerAudio(const qint16* pcm, qsizetype count); // 8 kHz, as the caller's RTP arrives
    // One 20 ms frame: `prompt` is what the IVR plays now. The agent is sent the prompt and the caller's
    // gated voice; the result is the caller's frame, the prompt with the agent's voice.
    AudioFrame exchange(const AudioFrame& prompt);

    void progress(const QByteArray& json); // the latest is sent once the INFO before it is answered
    void outcome(const QByteArray& json); // sent after the progress
    void setCloseResult(const QByteArray& resultJson) { m_closeResult = resultJson; }

    int tonesCut() const { return m_gate.tonesCut(); }
    int infosAnswered() const { return m_infosAnswered; }

private:
    struct Mailbox; // outlives the bridge while an INFO is out: its reply finds no bridge then
    static void onRtp(const struct sa* src, const struct rtp_header* hdr, struct mbuf* mb, void* arg);
    static int onOffer(struct mbuf** descp, const struct sip_msg* msg, void* arg);
    static int onAnswer(const struct sip_msg* msg, void* arg);
    static void onEstablished(const struct sip_msg* msg, void* arg);
    static void onInfo(struct sip* sip, const struct sip_msg* msg, void* arg);
    static void onClose(int err, const struct sip_msg* msg, void* arg);
    static void onInfoReply(int err, const struct sip_msg* msg, void* arg);
    void receiveRtp(const struct sa* src, const struct rtp_header* hdr, struct mbuf* mb);
    void applyOffer(const SdpOffer& offer, const MediaChoice& media);
    void sendNext();

    QString m_callerCallId;
    SdpOffer m_offer;
    MediaChoice m_media;
    ToneGate m_gate;
    std::deque<qint16> m_fromAgent; // the agent's voice, decoded, until the caller's frames take it
    struct sipsess* m_session = nullptr;
    struct rtp_sock* m_rtp = nullptr;
    struct mbuf* m_frame = nullptr;
    std::unique_ptr<struct sa> m_remote;
    Mailbox* m_mailbox = nullptr;
    QString m_localAddress;
    AnswerOrigin m_origin;
    QByteArray m_answer;
    QByteArray m_pendingProgress;
    QByteArray m_pendingOutcome;
    QByteArray m_closeResult;
    quint32 m_timestamp = 0;
    int m_infosAnswered = 0;
    bool m_infoOut = false;
    bool m_talking = false; // the last frame sent to the agent carried sound (the next silence ends it)
    bool m_established = false;
    bool m_gone = false;
};

} // namespace voicepay::sip
