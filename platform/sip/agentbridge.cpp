#include "agentbridge.h"

#include "agentprogress.h"
#include "sipglue.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <algorithm>
#include <array>
#include <cstring>

namespace voicepay::sip {

namespace {

Q_LOGGING_CATEGORY(lcBridge, "voicepay.sip.bridge")

constexpr size_t kMaxAgentBacklog = 8000 / 5; // 200 ms of the agent's voice waiting for the caller's frames

qint16 mixed(int a, int b)
{
    return static_cast<qint16>(std::clamp(a + b, -32767, 32767));
}

} // namespace

struct AgentBridge::Mailbox
{
    AgentBridge* bridge = nullptr;
};

QString joinReference(const struct sip_msg* msg)
{
    const QString header = headerOf(msg, QStringLiteral("X-VoicePay-Join")).trimmed();
    if (!header.isEmpty()) {
        return header;
    }
    struct pl value;
    if (msg_param_decode(&msg->uri.params, "x-voicepay-join", &value) != 0) {
        return QString();
    }
    return QString::fromUtf8(QByteArray::fromPercentEncoding(fromPl(value).toLatin1())).trimmed();
}

AgentBridge::AgentBridge(QString callerCallId, const SdpOffer& offer, const MediaChoice& media)
    : m_callerCallId(std::move(callerCallId))
    , m_remote(std::make_unique<struct sa>())
    , m_timestamp(QRandomGenerator::global()->generate())
{
    m_frame = mbuf_alloc(RTP_HEADER_SIZE + AudioFrame::samples);
    m_mailbox = static_cast<Mailbox*>(mem_zalloc(sizeof(Mailbox), nullptr));
    if (m_mailbox) {
        m_mailbox->bridge = this;
    }
    m_origin.sessionId = QRandomGenerator::global()->bounded(Q_UINT64_C(1) << 40);
    applyOffer(offer, media);
}

AgentBridge::~AgentBridge()
{
    if (m_mailbox) {
        m_mailbox->bridge = nullptr;
    }
    m_mailbox = static_cast<Mailbox*>(mem_deref(m_mailbox));
    if (m_session && !m_gone && !m_closeResult.isEmpty()) {
        sipsess_set_close_headers(m_session, "X-VoicePay-Result: %s\r\n", m_closeResult.constData());
    }
    // Releasing an established session sends its BYE.
    m_session = static_cast<struct sipsess*>(mem_deref(m_session));
    m_rtp = static_cast<struct rtp_sock*>(mem_deref(m_rtp));
    m_frame = static_cast<struct mbuf*>(mem_deref(m_frame));
}

void AgentBridge::applyOffer(const SdpOffer& offer, const MediaChoice& media)
{
    m_offer = offer;
    m_media = media;
    sa_init(m_remote.get(), AF_UNSPEC);
    sa_set_str(m_remote.get(), offer.address.toUtf8().constData(), offer.port);
}

int AgentBridge::accept(struct sipsess_sock* sock, const struct sip_msg* msg, const struct sa& localIp,
    quint16 minPort, quint16 maxPort, const char* allowHeader)
{
    int err = rtp_listen(
        &m_rtp, IPPROTO_UDP, &localIp, minPort, maxPort, false, &AgentBridge::onRtp, nullptr, this);
    if (err) {
        return err;
    }
    char host[64] = {};
    sa_ntop(&localIp, host, sizeof host);
    m_localAddress = QString::fromLatin1(host);
    ++m_origin.version;
    m_answer = buildAnswer(
        m_media, m_localAddress, sa_port(rtp_local(m_rtp)), m_origin, m_offer.answerDirection());
    struct mbuf* desc = toMbuf(m_answer);
    err = sipsess_accept(&m_session, sock, msg, 200, "OK", "voicepay", "application/sdp", desc, nullptr,
        nullptr, false, &AgentBridge::onOffer, &AgentBridge::onAnswer, &AgentBridge::onEstablished,
        &AgentBridge::onInfo, nullptr, &AgentBridge::onClose, this, "%s", allowHeader);
    mem_deref(desc);
    return err;
}

void AgentBridge::onRtp(const struct sa* src, const struct rtp_header* hdr, struct mbuf* mb, void* arg)
{
    static_cast<AgentBridge*>(arg)->receiveRtp(src, hdr, mb);
}

void AgentBridge::receiveRtp(const struct sa* src, const struct rtp_header* hdr, struct mbuf* mb)
{
    // Only the agent's voice: its telephone-events and anyone else's packets stay off the caller's line.
    if (m_gone || !sa_cmp(src, m_remote.get(), SA_ADDR) || hdr->pt != m_media.codecPayloadType) {
        return;
    }
    const size_t n = std::min<size_t>(mbuf_get_left(mb), 1024);
    const uint8_t* in = mbuf_buf(mb);
    for (size_t i = 0; i < n; ++i) {
        m_fromAgent.push_back(m_media.alaw ? g711_alaw2pcm(in[i]) : g711_ulaw2pcm(in[i]));
    }
    while (m_fromAgent.size() > kMaxAgentBacklog) {
        m_fromAgent.pop_front();
    }
}

void AgentBridge::callerAudio(const qint16* pcm, qsizetype count)
{
    m_gate.push(pcm, count);
}

AudioFrame AgentBridge::exchange(const AudioFrame& prompt)
{
    std::array<qint16, AudioFrame::samples> caller {};
    m_gate.pull(caller.data(), AudioFrame::samples); // silence until the window holds the caller's voice
    AudioFrame toCaller = prompt;
    const bool agentSpeaks = m_fromAgent.size() >= AudioFrame::samples;
    m_frame->pos = RTP_HEADER_SIZE;
    m_frame->end = RTP_HEADER_SIZE;
    for (int i = 0; i < AudioFrame::samples; ++i) {
        const qint16 toAgent = mixed(prompt.pcm[i], caller[i]);
        mbuf_write_u8(m_frame, m_media.alaw ? g711_pcm2alaw(toAgent) : g711_pcm2ulaw(toAgent));
        if (agentSpeaks) {
            toCaller.pcm[i] = mixed(prompt.pcm[i], m_fromAgent.front());
            m_fromAgent.pop_front();
        }
    }
    toCaller.silence = prompt.silence && !agentSpeaks;
    m_frame->pos = RTP_HEADER_SIZE;
    if (m_established && m_rtp && !m_gone && m_offer.offererReceives() && sa_isset(m_remote.get(), SA_ALL)) {
        const bool first = !m_talking;
        m_talking = true;
        rtp_send(m_rtp, m_remote.get(), false, first, static_cast<uint8_t>(m_media.codecPayloadType),
            m_timestamp, m_frame);
    }
    m_timestamp += AudioFrame::samples;
    return toCaller;
}

void AgentBridge::progress(const QByteArray& json)
{
    m_pendingProgress = json;
    sendNext();
}

void AgentBridge::outcome(const QByteArray& json)
{
    m_pendingOutcome = json;
    sendNext();
}

void AgentBridge::sendNext()
{
    if (m_infoOut || !m_established || m_gone || !m_mailbox) {
        return;
    }
    QByteArray& next = m_pendingProgress.isEmpty() ? m_pendingOutcome : m_pendingProgress;
    if (next.isEmpty()) {
        return;
    }
    struct mbuf* body = toMbuf(next);
    const int err = body
        ? sipsess_info(m_session, kProgressContentType, body, &AgentBridge::onInfoReply, mem_ref(m_mailbox))
        : ENOMEM;
    mem_deref(body);
    if (err) {
        if (body) {
            mem_deref(m_mailbox); // the reference the request would have held
        }
        qCWarning(lcBridge, "call %s: cannot send the agent's progress (%s)", qPrintable(m_callerCallId),
            strerror(err));
    }
    next.clear();
    m_infoOut = err == 0;
}

void AgentBridge::onInfoReply(int, const struct sip_msg*, void* arg)
{
    auto* box = static_cast<Mailbox*>(arg);
    if (AgentBridge* self = box->bridge) {
        self->m_infoOut = false;
        ++self->m_infosAnswered;
        self->sendNext();
    }
    mem_deref(box);
}

// A re-INVITE from the agent's phone (a hold, a codec change): the bridge follows it, as the caller's leg
// does.
int AgentBridge::onOffer(struct mbuf** descp, const struct sip_msg* msg, void* arg)
{
    auto* self = static_cast<AgentBridge*>(arg);
    const QByteArray body = bodyOf(msg);
    if (!body.isEmpty()) {
        QString why;
        const auto offer = SdpOffer::parse(body, &why);
        const auto media = offer ? chooseMedia(*offer) : std::nullopt;
        if (!media) {
            return offer ? EMEDIUMTYPE : EPROTO;
        }
        self->applyOffer(*offer, *media);
        ++self->m_origin.version;
        self->m_answer = buildAnswer(self->m_media, self->m_localAddress, sa_port(rtp_local(self->m_rtp)),
            self->m_origin, self->m_offer.answerDirection());
    }
    *descp = toMbuf(self->m_answer);
    return *descp ? 0 : ENOMEM;
}

int AgentBridge::onAnswer(const struct sip_msg*, void*)
{
    return 0;
}

void AgentBridge::onEstablished(const struct sip_msg*, void* arg)
{
    auto* self = static_cast<AgentBridge*>(arg);
    self->m_established = true;
    qCInfo(lcBridge, "call %s: the agent joined", qPrintable(self->m_callerCallId));
    self->sendNext();
}

// The agent's own keys are not the caller's input: answered, and left out of the flow.
void AgentBridge::onInfo(struct sip* sip, const struct sip_msg* msg, void*)
{
    (void)sip_treply(nullptr, sip, msg, 200, "OK");
}

void AgentBridge::onClose(int, const struct sip_msg*, void* arg)
{
    auto* self = static_cast<AgentBridge*>(arg);
    self->m_gone = true;
    qCInfo(lcBridge, "call %s: the agent left (%d tones kept from the agent)",
        qPrintable(self->m_callerCallId), self->m_gate.tonesCut());
}

} // namespace voicepay::sip
