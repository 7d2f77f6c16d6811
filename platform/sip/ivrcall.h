#pragma once

#include "agentbridge.h"
#include "call/calldriver.h"
#include "callheaders.h"
#include "keysin.h"
#include "promptstream.h"
#include "sdpoffer.h"
#include "speech/callrecognition.h"
#include "telephoneevent.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>

struct sipsess;
struct rtp_sock;
struct mbuf;
struct sa;
struct rtp_header;
struct sipevent_sock;
struct sipsub;
struct sip;
struct sip_msg;
struct sipevent_substate;

namespace voicepay {
class PromptSet;
}

namespace voicepay::sip {

// What every call of an endpoint shares; owned by the endpoint.
struct IvrCallEnv
{
    FlowConfig config;
    QString configVersion;
    QString serviceUnavailable;
    PaymentGateway* gateway = nullptr; // null: each call has an in-process sandbox of its own
    QList<CallObserver*> observers; // on the driver's clock, which is epoch milliseconds
    std::function<const PromptSet*(const QString& language)> promptSets; // null set: prompts are silence
    // Where a call whose flow exits to transfer_to_agent is sent with a REFER ("sip:agents@pbx.example");
    // empty: such a call ends with a BYE like any other.
    QString transferTarget;
    struct sipevent_sock* events = nullptr; // the endpoint's, for the REFER's subscription
    // Where the calls' recognisers run, off the endpoint's loop (the endpoint's owner keeps it past the
    // endpoint); null: each call runs its own on the loop, made by `recognizers`.
    RecognitionWorker* recognition = nullptr;
    // Makes a call's speech recogniser at its first spoken answer (8 kHz) when there is no worker; null too:
    // calls take keys only.
    CallRecognition::Factory recognizers;
};

// One answered call: its SIP session, its RTP socket and the CallDriver that runs the payment. The call's
// audio leaves in 20 ms frames from service(), which the endpoint calls every few milliseconds with the
// monotonic clock; keys come in as telephone-events. The driver's clock is epoch milliseconds, counted on the
// monotonic clock from the call's start, so that the store sees real times and a change of the wall clock
// mid-call changes nothing.
class IvrCall : public CallObserver
{
public:
    IvrCall(const IvrCallEnv& env, const CallContext& context, const SdpOffer& offer,
        const MediaChoice& media, const QString& callId);
    ~IvrCall() override;
    IvrCall(const IvrCall&) = delete;
    IvrCall& operator=(const IvrCall&) = delete;

    // Opens the RTP socket on a port of the range; errno-style code (0: done).
    int openMedia(const struct sa& localIp, quint16 minPort, quint16 maxPort);
    quint16 localPort() const;
    struct sipsess** sessionSlot() { return &m_session; }
    // The SDP answer to the INVITE's offer, from the address the media leave from.
    void makeAnswer(const QString& localAddress);
    const QByteArray& answer() const { return m_answer; }
    // A re-INVITE's offer (a hold, a resume, a codec or address change): the media follow it and *answer is
    // the new answer; errno-style code (EPROTO: not SDP, EMEDIUMTYPE: no common codec), and the media stay as
    // they were. An offerless re-INVITE gets the current description as an offer and its answer comes with
    // the ACK (answerReceived).
    int reoffer(const QByteArray& body, quint64 nowJiffies, QByteArray* answer);
    int answerReceived(const QByteArray& body, quint64 nowJiffies);
    // With no RTP from the caller for this long (while the caller's SDP says it sends), the call ends as a
    // hang-up with a BYE that gives the reason. 0: never.
    void setRtpTimeout(int ms) { m_rtpTimeoutMs = ms; }

    void established(quint64 nowJiffies); // the caller's ACK: the payment starts
    void service(quint64 nowJiffies);
    // A SIP INFO's body; false when it carries no key.
    bool infoReceived(const QByteArray& contentType, const QByteArray& body);
    void remoteClosed(quint64 nowJiffies); // BYE, CANCEL or a dead transport from the caller's side
    void shutDown(quint64 nowJiffies); // the endpoint stops: the call ends as a hang-up, BYE at once
    bool isGone() const { return m_gone; }
    // An agent's phone joined (X-VoicePay-Join): it hears the caller without the key tones and follows the
    // payment's masked progress; when the payment ends the IVR leaves the two talking (agentbridge.h).
    void attachAgent(std::unique_ptr<AgentBridge> bridge);
    bool hasAgent() const { return m_bridge != nullptr; }
    const QString& callId() const { return m_callId; }
    const CallDriver& driver() const { return m_driver; }
    // Prompt frames sent, and those sent more than a frame's time after they were due (or skipped).
    quint64 framesSent() const { return m_framesSent; }
    quint64 framesLate() const { return m_framesLate; }

    // CallObserver: prompts are queued as they are played, a key stops them, the end sends the BYE.
    void actionTaken(
        const PaymentFlow& flow, const FlowAction& action, qint64 startMs, qint64 endMs) override;
    void keyPressed(const PaymentFlow& flow, QChar key, qint64 atMs, int toneMs) override;
    void keyTaken(const PaymentFlow& flow, bool entryEnded, qint64 atMs) override;
    void transitionTaken(const PaymentFlow& flow, const QString& from, const QString& to) override;
    void callEnded(const PaymentFlow& flow, const FinishedCall& call) override;

private:
    static void onRtp(const struct sa* src, const struct rtp_header* hdr, struct mbuf* mb, void* arg);
    void receiveRtp(const struct sa* src, const struct rtp_header* hdr, struct mbuf* mb);
    void receiveAudio(uint8_t* payload, size_t size); // G.711: in-band keys and speech; wiped once heard
    void key(QChar key);
    void applyOffer(const SdpOffer& offer, const MediaChoice& media, quint64 nowJiffies);
    bool rtpTimedOut(quint64 nowJiffies);
    qint64 clockMs(quint64 jiffies) const;
    void sendFrames(quint64 nowJiffies);
    void sendBye();
    void finish(quint64 nowJiffies); // the closing prompts are over: REFER or BYE
    void sendRefer(quint64 nowJiffies);
    static void onReferNotify(struct sip* sip, const struct sip_msg* msg, void* arg);
    static void onReferClose(
        int err, const struct sip_msg* msg, const struct sipevent_substate* substate, void* arg);
    AudioBuffer render(const Prompt& prompt) const;
    void serviceBridge();

    const IvrCallEnv& m_env;
    QString m_callId;
    QString m_language;
    MediaChoice m_media;
    SdpOffer m_offer;
    CallDriver m_driver;
    std::unique_ptr<CallRecognition> m_speech; // the caller's voice at the steps that take it
    PromptStream m_stream;
    TelephoneEventReceiver m_events;
    std::unique_ptr<InbandKeys> m_inband; // when the caller offered no telephone-event
    std::unique_ptr<AgentBridge> m_bridge; // an agent's phone joined
    bool m_ivrLeft = false; // the payment is over: the caller and the agent talk on
    struct sipsess* m_session = nullptr;
    struct rtp_sock* m_rtp = nullptr;
    struct mbuf* m_frame = nullptr;
    struct sipsub* m_refer = nullptr;
    std::unique_ptr<struct sa> m_remote;
    quint64 m_startJiffies = 0;
    qint64 m_startEpochMs = 0;
    quint64 m_framesSent = 0;
    quint64 m_framesLate = 0;
    int m_packetsIn = 0; // RTP from the caller
    int m_keys = 0;
    quint32 m_timestamp = 0;
    QByteArray m_resultJson;
    QByteArray m_byeReason; // a Reason header's value (RFC 3326) when the endpoint ends the call early
    QByteArray m_answer;
    QString m_localAddress;
    AnswerOrigin m_origin;
    int m_rtpTimeoutMs = 0;
    quint64 m_lastRtpJiffies = 0; // the caller's last RTP packet, or the start of the time it should send
    bool m_started = false;
    bool m_transfer = false; // the flow exits to an agent and a target is set
    quint64 m_referSentJiffies = 0; // 0: no REFER sent
    int m_transferStatus = 0; // the final status the caller's NOTIFY reported; -1: the REFER failed
    bool m_ending = false; // the flow is over: the closing prompts play, then the BYE
    bool m_gone = false;
};

// The X-VoicePay-Result header's JSON: the outcome, the exit, the amount and currency, the brand and last
// four, the transaction id and the session id. Never a card number or a security code.
QByteArray resultHeaderJson(const CallResult& result);

} // namespace voicepay::sip
