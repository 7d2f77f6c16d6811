#include "ivrcall.h"

#include "agentprogress.h"
#include "audio/promptrenderer.h"
#include "audio/promptset.h"
#include "flow/paymentflow.h"
#include "secure/securewipe.h"
#include "sipglue.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUuid>
#include <array>
#include <cerrno>
#include <cstring>

namespace voicepay::sip {

namespace {

Q_LOGGING_CATEGORY(lcCall, "voicepay.sip")

CallSetup setupFor(const IvrCallEnv& env, const CallContext& context)
{
    CallSetup s;
    s.config = env.config;
    s.context = context;
    s.date = QDate::currentDate();
    s.sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.configVersion = env.configVersion;
    s.serviceUnavailable = env.serviceUnavailable;
    return s;
}

// At most this many frames are sent at once to catch up after a stall; beyond it the stream skips ahead, as
// a late frame is worth less than the timing of the next.
constexpr quint64 kMaxCatchUpFrames = 5;

// How long the endpoint waits for the caller's phone to report a transfer before it hangs up anyway: the
// time a SIP transaction may take (64 T1).
constexpr quint64 kReferWaitMs = 32000;
} // namespace

QByteArray resultHeaderJson(const CallResult& result)
{
    const QJsonObject all = result.toJson();
    QJsonObject o;
    for (const char16_t* key : { u"sessionId", u"outcome", u"exit", u"amount", u"currency", u"cardBrand",
             u"cardLast4", u"transactionId", u"paymentReference" }) {
        const QString k = QString::fromUtf16(key);
        o.insert(k, all.value(k));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

IvrCall::IvrCall(const IvrCallEnv& env, const CallContext& context, const SdpOffer& offer,
    const MediaChoice& media, const QString& callId)
    : m_env(env)
    , m_callId(callId)
    , m_language(context.language.isEmpty() ? env.config.language : context.language)
    , m_media(media)
    , m_offer(offer)
    , m_driver(setupFor(env, context), env.gateway,
          CallTiming { 0, 0, 0, false, [this](const Prompt& p) { return render(p).durationMs(); } })
    , m_speech(env.recognition ? std::make_unique<CallRecognition>(m_driver, 8000, *env.recognition)
                               : std::make_unique<CallRecognition>(m_driver, 8000, env.recognizers))
    , m_remote(std::make_unique<struct sa>())
    , m_timestamp(QRandomGenerator::global()->generate())
{
    m_driver.addObserver(this);
    m_driver.addObserver(m_speech.get());
    for (CallObserver* o : env.observers) {
        m_driver.addObserver(o);
    }
    m_frame = mbuf_alloc(RTP_HEADER_SIZE + AudioFrame::samples);
    m_origin.sessionId = QRandomGenerator::global()->bounded(Q_UINT64_C(1) << 40);
    applyOffer(offer, media, 0);
}

void IvrCall::applyOffer(const SdpOffer& offer, const MediaChoice& media, quint64 nowJiffies)
{
    if (!m_offer.offererSends() && offer.offererSends()) {
        m_lastRtpJiffies = nowJiffies; // back from a hold: the time-out counts from now
    }
    m_offer = offer;
    m_media = media;
    sa_init(m_remote.get(), AF_UNSPEC);
    sa_set_str(m_remote.get(), offer.address.toUtf8().constData(), offer.port);
    if (media.telephoneEventPayloadType < 0 && !m_inband) {
        m_inband = std::make_unique<InbandKeys>();
    } else if (media.telephoneEventPayloadType >= 0) {
        m_inband.reset();
    }
}

void IvrCall::makeAnswer(const QString& localAddress)
{
    m_localAddress = localAddress;
    ++m_origin.version;
    m_answer = buildAnswer(m_media, m_localAddress, localPort(), m_origin, m_offer.answerDirection());
}

int IvrCall::reoffer(const QByteArray& body, quint64 nowJiffies, QByteArray* answer)
{
    if (!body.isEmpty()) {
        QString why;
        const auto offer = SdpOffer::parse(body, &why);
        if (!offer) {
            return EPROTO;
        }
        const auto media = chooseMedia(*offer);
        if (!media) {
            return EMEDIUMTYPE;
        }
        applyOffer(*offer, *media, nowJiffies);
        makeAnswer(m_localAddress);
        qCInfo(lcCall, "call %s re-offered: %s, caller %s", qPrintable(m_callId),
            m_media.alaw ? "PCMA" : "PCMU", qPrintable(m_offer.direction));
    }
    *answer = m_answer;
    return 0;
}

int IvrCall::answerReceived(const QByteArray& body, quint64 nowJiffies)
{
    if (body.isEmpty()) {
        return 0; // the ACK of an answered offer
    }
    QString why;
    const auto offer = SdpOffer::parse(body, &why);
    const auto media = offer ? chooseMedia(*offer) : std::nullopt;
    if (!media) {
        return offer ? EMEDIUMTYPE : EPROTO;
    }
    applyOffer(*offer, *media, nowJiffies);
    return 0;
}

IvrCall::~IvrCall()
{
    m_refer = static_cast<struct sipsub*>(mem_deref(m_refer));
    m_session = static_cast<struct sipsess*>(mem_deref(m_session));
    m_rtp = static_cast<struct rtp_sock*>(mem_deref(m_rtp));
    m_frame = static_cast<struct mbuf*>(mem_deref(m_frame));
}

int IvrCall::openMedia(const struct sa& localIp, quint16 minPort, quint16 maxPort)
{
    return rtp_listen(&m_rtp, IPPROTO_UDP, &localIp, minPort, maxPort, false, &IvrCall::onRtp, nullptr, this);
}

quint16 IvrCall::localPort() const
{
    return m_rtp ? sa_port(rtp_local(m_rtp)) : 0;
}

qint64 IvrCall::clockMs(quint64 jiffies) const
{
    return m_startEpochMs + static_cast<qint64>(jiffies - m_startJiffies);
}

AudioBuffer IvrCall::render(const Prompt& prompt) const
{
    const PromptSet* set = m_env.promptSets ? m_env.promptSets(m_language) : nullptr;
    if (set) {
        const RenderedPrompt r = PromptRenderer(set, 8000).render(prompt);
        if (r.ok()) {
            return r.audio;
        }
    }
    // No recording: the prompt's time passes in silence, so that the flow's timing stays that of a caller.
    AudioBuffer silence;
    silence.appendSilence(CallTiming::estimatedPromptMs(prompt));
    return silence;
}

void IvrCall::established(quint64 nowJiffies)
{
    if (m_started) {
        return;
    }
    m_started = true;
    m_startJiffies = nowJiffies;
    m_startEpochMs = QDateTime::currentMSecsSinceEpoch();
    m_lastRtpJiffies = nowJiffies;
    m_driver.setGatewayReplyHandler([] {}); // handed in from service(), outside the driver's own call stack
    m_driver.start(clockMs(nowJiffies));
}

void IvrCall::service(quint64 nowJiffies)
{
    if (m_gone || !m_started) {
        return;
    }
    const qint64 now = clockMs(nowJiffies);
    if (m_driver.hasGatewayReply()) {
        m_driver.deliverGatewayReply(now);
    }
    m_speech->tick(now); // the step's time-out waits while the caller speaks
    serviceBridge();
    if (m_gone || rtpTimedOut(nowJiffies)) {
        return;
    }
    sendFrames(nowJiffies);
    if (m_ending && m_stream.isIdle()) {
        finish(nowJiffies);
    }
}

bool IvrCall::rtpTimedOut(quint64 nowJiffies)
{
    if (m_ending || m_rtpTimeoutMs <= 0 || !m_offer.offererSends()
        || nowJiffies - m_lastRtpJiffies < static_cast<quint64>(m_rtpTimeoutMs)) {
        return false;
    }
    // The caller is gone without a BYE (a dead phone, a lost network): the call ends as a hang-up, and the
    // BYE says why to whatever is still listening.
    m_byeReason = QStringLiteral("SIP;cause=408;text=\"No RTP for %1 ms\"").arg(m_rtpTimeoutMs).toLatin1();
    qCInfo(lcCall, "call %s: no RTP for %d ms", qPrintable(m_callId), m_rtpTimeoutMs);
    m_driver.hangUp(clockMs(nowJiffies));
    m_stream.bargeIn();
    sendBye();
    return true;
}

void IvrCall::sendFrames(quint64 nowJiffies)
{
    const quint64 due = (nowJiffies - m_startJiffies) / AudioFrame::durationMs + 1;
    if (due > m_framesSent + kMaxCatchUpFrames) {
        const quint64 skipped = due - kMaxCatchUpFrames - m_framesSent;
        m_framesSent += skipped;
        m_framesLate += skipped;
        m_timestamp += static_cast<quint32>(skipped * AudioFrame::samples);
    }
    for (; m_framesSent < due; ++m_framesSent) {
        constexpr quint64 period = AudioFrame::durationMs;
        if (nowJiffies - (m_startJiffies + m_framesSent * period) > period) {
            ++m_framesLate;
        }
        AudioFrame frame = m_stream.nextFrame();
        if (m_bridge) {
            frame = m_bridge->exchange(frame);
        }
        m_frame->pos = RTP_HEADER_SIZE;
        m_frame->end = RTP_HEADER_SIZE;
        for (qint16 s : frame.pcm) {
            const qint16 l
                = std::max<qint16>(s, -32767); // -32768 has no positive twin in the encoder's table
            mbuf_write_u8(m_frame, m_media.alaw ? g711_pcm2alaw(l) : g711_pcm2ulaw(l));
        }
        m_frame->pos = RTP_HEADER_SIZE;
        // On hold the prompts run on unheard, so that the flow's timing stays that of the call.
        if (m_rtp && m_offer.offererReceives() && sa_isset(m_remote.get(), SA_ALL)) {
            rtp_send(m_rtp, m_remote.get(), false, frame.marker,
                static_cast<uint8_t>(m_media.codecPayloadType), m_timestamp, m_frame);
        }
        m_timestamp += AudioFrame::samples;
    }
}

void IvrCall::onRtp(const struct sa* src, const struct rtp_header* hdr, struct mbuf* mb, void* arg)
{
    static_cast<IvrCall*>(arg)->receiveRtp(src, hdr, mb);
}

void IvrCall::receiveRtp(const struct sa* src, const struct rtp_header* hdr, struct mbuf* mb)
{
    if (m_gone || !m_started || !sa_cmp(src, m_remote.get(), SA_ADDR)) {
        return; // media from anyone but the caller is dropped
    }
    ++m_packetsIn;
    m_lastRtpJiffies = tmr_jiffies();
    if (hdr->pt == m_media.telephoneEventPayloadType) {
        const auto k = m_events.receive(mbuf_buf(mb), static_cast<qsizetype>(mbuf_get_left(mb)), hdr->ts);
        if (k) {
            key(*k);
        }
    } else if (hdr->pt == m_media.codecPayloadType) {
        receiveAudio(mbuf_buf(mb), mbuf_get_left(mb));
    }
}

void IvrCall::receiveAudio(uint8_t* payload, size_t size)
{
    const size_t n = std::min<size_t>(size, 1024);
    std::array<qint16, 1024> pcm;
    for (size_t i = 0; i < n; ++i) {
        pcm[i] = m_media.alaw ? g711_alaw2pcm(payload[i]) : g711_ulaw2pcm(payload[i]);
    }
    if (m_bridge) {
        m_bridge->callerAudio(pcm.data(), static_cast<qsizetype>(n));
    }
    if (m_inband) {
        for (QChar k : m_inband->receive(pcm.data(), static_cast<qsizetype>(n))) {
            key(k); // a key stops recognition at its step
        }
    }
    if (!m_ending) {
        m_speech->hear(pcm.data(), static_cast<qsizetype>(n), clockMs(tmr_jiffies()));
    }
    // It may have been a card number, spoken: neither the decoded copy nor the packet outlives this.
    secureWipe(pcm.data(), n * sizeof(qint16));
    secureWipe(payload, size);
}

bool IvrCall::infoReceived(const QByteArray& contentType, const QByteArray& body)
{
    const auto k = infoKey(contentType, body);
    if (k && m_started && !m_gone) {
        key(*k);
    }
    return k.has_value();
}

void IvrCall::key(QChar k)
{
    if (m_ending) {
        return;
    }
    ++m_keys;
    m_driver.pressKey(k, clockMs(tmr_jiffies()));
}

void IvrCall::remoteClosed(quint64 nowJiffies)
{
    if (m_gone) {
        return;
    }
    if (m_started) {
        m_driver.hangUp(clockMs(nowJiffies));
    }
    m_gone = true; // the session is over on the caller's side: no BYE
}

void IvrCall::shutDown(quint64 nowJiffies)
{
    if (m_gone) {
        return;
    }
    if (m_started) {
        m_driver.hangUp(clockMs(nowJiffies));
        m_stream.bargeIn();
    }
    sendBye();
}

void IvrCall::finish(quint64 nowJiffies)
{
    if (m_bridge) {
        m_ivrLeft = true; // the agent is on the line: no BYE, no REFER; the two talk on
    } else if (!m_transfer) {
        sendBye();
    } else if (m_referSentJiffies == 0) {
        sendRefer(nowJiffies);
    } else if (m_transferStatus != 0 || nowJiffies - m_referSentJiffies > kReferWaitMs) {
        // The caller's phone has said how the transfer went (or never did): the endpoint leaves the call.
        sendBye();
    }
}

void IvrCall::sendRefer(quint64 nowJiffies)
{
    m_referSentJiffies = std::max<quint64>(nowJiffies, 1);
    const QByteArray headers
        = "Refer-To: <" + m_env.transferTarget.toUtf8() + ">\r\nX-VoicePay-Result: " + m_resultJson + "\r\n";
    const int err = sipevent_drefer(&m_refer, m_env.events, sipsess_dialog(m_session), "voicepay", nullptr,
        nullptr, false, &IvrCall::onReferNotify, &IvrCall::onReferClose, this, "%s", headers.constData());
    if (err) {
        qCWarning(lcCall, "call %s: cannot send the REFER (%s)", qPrintable(m_callId), strerror(err));
        m_transferStatus = -1;
    }
}

// The caller's phone reports the transfer's progress as message/sipfrag ("SIP/2.0 200 OK"); a final status
// ends the endpoint's part. The BYE itself leaves from service(), outside libre's handler.
void IvrCall::onReferNotify(struct sip* sip, const struct sip_msg* msg, void* arg)
{
    (void)sip_treply(nullptr, sip, msg, 200, "OK");
    auto* self = static_cast<IvrCall*>(arg);
    const QByteArray frag = bodyOf(msg).trimmed();
    const int status = frag.startsWith("SIP/2.0 ") ? frag.mid(8, 3).toInt() : 0;
    if (status >= 200 && self->m_transferStatus == 0) {
        self->m_transferStatus = status;
        qCInfo(lcCall, "call %s: transfer %s (%d)", qPrintable(self->m_callId),
            status < 300 ? "accepted" : "failed", status);
    }
}

void IvrCall::onReferClose(int err, const struct sip_msg* msg, const struct sipevent_substate*, void* arg)
{
    auto* self = static_cast<IvrCall*>(arg);
    if (self->m_transferStatus == 0) {
        self->m_transferStatus = msg && msg->scode >= 300 ? msg->scode : (err ? -1 : 200);
    }
}

void IvrCall::sendBye()
{
    if (m_gone) {
        return;
    }
    m_gone = true;
    QByteArray headers;
    if (!m_byeReason.isEmpty()) {
        headers += "Reason: " + m_byeReason + "\r\n";
    }
    if (!m_resultJson.isEmpty()) {
        headers += "X-VoicePay-Result: " + m_resultJson + "\r\n";
    }
    if (m_session && !headers.isEmpty()) {
        sipsess_set_close_headers(m_session, "%s", headers.constData());
    }
    m_refer = static_cast<struct sipsub*>(mem_deref(m_refer));
    // Releasing an established session sends its BYE, with the close headers.
    m_session = static_cast<struct sipsess*>(mem_deref(m_session));
    m_rtp = static_cast<struct rtp_sock*>(mem_deref(m_rtp));
}

void IvrCall::actionTaken(const PaymentFlow&, const FlowAction& action, qint64, qint64)
{
    if (action.kind == FlowAction::Kind::Play && !m_gone) {
        m_stream.enqueue(render(action.prompt));
    }
}

void IvrCall::keyPressed(const PaymentFlow&, QChar, qint64, int)
{
    m_stream.bargeIn(); // before the flow takes the key, so that what it plays next is heard whole
}

void IvrCall::keyTaken(const PaymentFlow& flow, bool, qint64)
{
    if (m_bridge) {
        m_bridge->progress(progressJson(flow, m_callId));
    }
}

void IvrCall::transitionTaken(const PaymentFlow& flow, const QString&, const QString&)
{
    if (m_bridge) {
        m_bridge->progress(progressJson(flow, m_callId));
    }
}

void IvrCall::attachAgent(std::unique_ptr<AgentBridge> bridge)
{
    m_bridge = std::move(bridge);
    if (!m_resultJson.isEmpty()) {
        m_bridge->setCloseResult(m_resultJson);
    }
    m_bridge->progress(progressJson(m_driver.flow(), m_callId));
    qCInfo(lcCall, "call %s: an agent joins", qPrintable(m_callId));
}

// The agent hung up: after the payment the call is over for the caller too (a BYE with the result); during it
// the IVR goes on with the caller alone.
void IvrCall::serviceBridge()
{
    if (!m_bridge || !m_bridge->isGone()) {
        return;
    }
    m_bridge.reset();
    if (m_ivrLeft) {
        sendBye();
    }
}

void IvrCall::callEnded(const PaymentFlow& flow, const FinishedCall& call)
{
    m_resultJson = resultHeaderJson(call.result);
    m_ending = true;
    if (m_bridge) {
        m_bridge->progress(progressJson(flow, m_callId));
        m_bridge->outcome(outcomeJson(m_resultJson, m_callId));
        m_bridge->setCloseResult(m_resultJson);
    }
    m_transfer = call.result.exit == CallExit::TransferToAgent && call.result.outcome != Outcome::Hangup
        && !m_env.transferTarget.isEmpty() && m_env.events;
    // What an operator needs to follow a call: counts only, never a key.
    qCInfo(lcCall, "call %s ended %s after %lld ms: %d keys, %d RTP packets in", qPrintable(m_callId),
        qPrintable(outcomeName(call.result.outcome)), call.endMs - call.startMs, m_keys, m_packetsIn);
}

} // namespace voicepay::sip
