#include "ivrcall.h"

#include "audio/promptrenderer.h"
#include "audio/promptset.h"
#include "flow/paymentflow.h"
#include "sipglue.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUuid>
#include <array>

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
    , m_remote(std::make_unique<struct sa>())
    , m_timestamp(QRandomGenerator::global()->generate())
{
    m_driver.addObserver(this);
    for (CallObserver* o : env.observers) {
        m_driver.addObserver(o);
    }
    sa_set_str(m_remote.get(), offer.address.toUtf8().constData(), offer.port);
    m_frame = mbuf_alloc(RTP_HEADER_SIZE + AudioFrame::samples);
    if (media.telephoneEventPayloadType < 0) {
        m_inband = std::make_unique<InbandKeys>();
    }
}

IvrCall::~IvrCall()
{
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
    m_driver.tick(now);
    sendFrames(nowJiffies);
    if (m_ending && m_stream.isIdle()) {
        sendBye();
    }
}

void IvrCall::sendFrames(quint64 nowJiffies)
{
    const quint64 due = (nowJiffies - m_startJiffies) / AudioFrame::durationMs + 1;
    if (due > m_framesSent + kMaxCatchUpFrames) {
        const quint64 skipped = due - kMaxCatchUpFrames - m_framesSent;
        m_framesSent += skipped;
        m_timestamp += static_cast<quint32>(skipped * AudioFrame::samples);
    }
    for (; m_framesSent < due; ++m_framesSent) {
        const AudioFrame frame = m_stream.nextFrame();
        m_frame->pos = RTP_HEADER_SIZE;
        m_frame->end = RTP_HEADER_SIZE;
        for (qint16 s : frame.pcm) {
            const qint16 l
                = std::max<qint16>(s, -32767); // -32768 has no positive twin in the encoder's table
            mbuf_write_u8(m_frame, m_media.alaw ? g711_pcm2alaw(l) : g711_pcm2ulaw(l));
        }
        m_frame->pos = RTP_HEADER_SIZE;
        if (m_rtp && sa_isset(m_remote.get(), SA_ALL)) {
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
    if (hdr->pt == m_media.telephoneEventPayloadType) {
        const auto k = m_events.receive(mbuf_buf(mb), static_cast<qsizetype>(mbuf_get_left(mb)), hdr->ts);
        if (k) {
            key(*k);
        }
    } else if (m_inband && hdr->pt == m_media.codecPayloadType) {
        const size_t n = std::min<size_t>(mbuf_get_left(mb), 1024);
        const uint8_t* in = mbuf_buf(mb);
        std::array<qint16, 1024> pcm;
        for (size_t i = 0; i < n; ++i) {
            pcm[i] = m_media.alaw ? g711_alaw2pcm(in[i]) : g711_ulaw2pcm(in[i]);
        }
        for (QChar k : m_inband->receive(pcm.data(), static_cast<qsizetype>(n))) {
            key(k);
        }
    }
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

void IvrCall::sendBye()
{
    if (m_gone) {
        return;
    }
    m_gone = true;
    if (m_session && !m_resultJson.isEmpty()) {
        sipsess_set_close_headers(m_session, "X-VoicePay-Result: %s\r\n", m_resultJson.constData());
    }
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

void IvrCall::callEnded(const PaymentFlow&, const FinishedCall& call)
{
    m_resultJson = resultHeaderJson(call.result);
    m_ending = true;
    // What an operator needs to follow a call: counts only, never a key.
    qCInfo(lcCall, "call %s ended %s after %lld ms: %d keys, %d RTP packets in", qPrintable(m_callId),
        qPrintable(outcomeName(call.result.outcome)), call.endMs - call.startMs, m_keys, m_packetsIn);
}

} // namespace voicepay::sip
