#include "sipendpoint.h"

#include "sipglue.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>

namespace voicepay::sip {

namespace {

constexpr int kServiceIntervalMs = 5;

quint16 parsePort(const QString& text, bool* ok)
{
    const uint port = text.toUInt(ok);
    *ok = *ok && port > 0 && port <= 65535;
    return static_cast<quint16>(port);
}

// A reason phrase is one line of printable text.
QByteArray reasonPhrase(const QString& reason)
{
    QString r = reason.left(200);
    for (QChar& c : r) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            c = u' ';
        }
    }
    return r.toLatin1();
}

struct mbuf* toMbuf(const QByteArray& bytes)
{
    struct mbuf* mb = mbuf_alloc(static_cast<size_t>(bytes.size()));
    if (mb) {
        mbuf_write_mem(
            mb, reinterpret_cast<const uint8_t*>(bytes.constData()), static_cast<size_t>(bytes.size()));
        mb->pos = 0;
    }
    return mb;
}

int onOffer(struct mbuf** descp, const struct sip_msg*, void* arg)
{
    // A re-INVITE (a hold, a refresh): the media stays as answered.
    *descp = toMbuf(static_cast<IvrCall*>(arg)->answer());
    return *descp ? 0 : ENOMEM;
}

int onAnswer(const struct sip_msg*, void*)
{
    return 0;
}

void onEstablished(const struct sip_msg*, void* arg)
{
    static_cast<IvrCall*>(arg)->established(tmr_jiffies());
}

// Keys in SIP INFO (application/dtmf-relay or application/dtmf); an empty INFO is a keep-alive.
void onInfo(struct sip* sip, const struct sip_msg* msg, void* arg)
{
    const QByteArray type = fromPl(msg->ctyp.type).toLatin1() + '/' + fromPl(msg->ctyp.subtype).toLatin1();
    const QByteArray body(
        reinterpret_cast<const char*>(mbuf_buf(msg->mb)), static_cast<qsizetype>(mbuf_get_left(msg->mb)));
    if (body.isEmpty() || static_cast<IvrCall*>(arg)->infoReceived(type, body)) {
        (void)sip_treply(nullptr, sip, msg, 200, "OK");
    } else {
        (void)sip_treply(nullptr, sip, msg, 415, "Unsupported Media Type");
    }
}

void onClose(int, const struct sip_msg*, void* arg)
{
    static_cast<IvrCall*>(arg)->remoteClosed(tmr_jiffies());
}
} // namespace

bool EndpointOptions::setListen(const QString& value, QString* error)
{
    const qsizetype colon = value.lastIndexOf(u':');
    bool ok = false;
    const quint16 p = colon > 0 ? parsePort(value.mid(colon + 1), &ok) : 0;
    QString host = value.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']')) {
        host = host.mid(1, host.size() - 2);
    }
    struct sa probe;
    if (!ok || sa_set_str(&probe, host.toUtf8().constData(), p) != 0) {
        *error = QStringLiteral("\"%1\" is not ADDRESS:PORT (such as 127.0.0.1:5060)").arg(value);
        return false;
    }
    address = host;
    port = p;
    return true;
}

bool EndpointOptions::setTransports(const QString& value, QString* error)
{
    QStringList list = value.toLower().split(u',', Qt::SkipEmptyParts);
    for (QString& t : list) {
        t = t.trimmed();
        if (t != u"udp" && t != u"tcp") {
            *error = QStringLiteral("unknown transport \"%1\" (udp or tcp)").arg(t);
            return false;
        }
    }
    if (list.isEmpty()) {
        *error = QStringLiteral("needs udp, tcp or both");
        return false;
    }
    list.removeDuplicates();
    transports = list;
    return true;
}

bool EndpointOptions::setRtpPorts(const QString& value, QString* error)
{
    bool ok1 = false;
    bool ok2 = false;
    const quint16 lo = parsePort(value.section(u'-', 0, 0), &ok1);
    const quint16 hi = parsePort(value.section(u'-', 1, 1), &ok2);
    if (!ok1 || !ok2 || hi < lo + 2) {
        *error = QStringLiteral("\"%1\" is not a port range such as 20000-20999").arg(value);
        return false;
    }
    rtpMinPort = lo;
    rtpMaxPort = hi;
    return true;
}

bool EndpointOptions::setMaxCalls(const QString& value, QString* error)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < 1 || n > 10000) {
        *error = QStringLiteral("\"%1\" is not a number of calls from 1 to 10000").arg(value);
        return false;
    }
    maxCalls = n;
    return true;
}

SipEndpoint::SipEndpoint(EndpointOptions options, IvrCallEnv env)
    : m_options(std::move(options))
    , m_env(std::move(env))
    , m_timer(std::make_unique<struct tmr>())
{
    tmr_init(m_timer.get());
}

SipEndpoint::~SipEndpoint()
{
    tmr_cancel(m_timer.get());
    m_calls.clear();
    m_sock = static_cast<struct sipsess_sock*>(mem_deref(m_sock));
    if (m_sip) {
        sip_close(m_sip, true);
    }
    m_sip = static_cast<struct sip*>(mem_deref(m_sip));
}

bool SipEndpoint::start(QString* error)
{
    struct sa laddr;
    int err = sa_set_str(&laddr, m_options.address.toUtf8().constData(), m_options.port);
    err = err ? err : sip_alloc(&m_sip, nullptr, 32, 32, 32, "VoicePay", nullptr, nullptr);
    for (const QString& t : m_options.transports) {
        if (!err) {
            err = sip_transp_add(m_sip, t == u"tcp" ? SIP_TRANSP_TCP : SIP_TRANSP_UDP, &laddr);
        }
    }
    err = err ? err : sipsess_listen(&m_sock, m_sip, 32, &SipEndpoint::onConnect, this);
    if (err) {
        *error = QStringLiteral("cannot listen on %1:%2 (%3)")
                     .arg(m_options.address)
                     .arg(m_options.port)
                     .arg(QString::fromLocal8Bit(strerror(err)));
        return false;
    }
    tmr_start(m_timer.get(), kServiceIntervalMs, &SipEndpoint::onTimer, this);
    return true;
}

void SipEndpoint::stop()
{
    m_stopping = true;
    const quint64 now = tmr_jiffies();
    for (const auto& call : m_calls) {
        call->shutDown(now);
    }
    m_calls.clear();
    tmr_cancel(m_timer.get());
}

void SipEndpoint::onConnect(const struct sip_msg* msg, void* arg)
{
    static_cast<SipEndpoint*>(arg)->connect(msg);
}

void SipEndpoint::reject(const struct sip_msg* msg, int code, const QString& reason)
{
    (void)sip_treply(nullptr, m_sip, msg, static_cast<uint16_t>(code), reasonPhrase(reason).constData());
}

void SipEndpoint::connect(const struct sip_msg* msg)
{
    const auto active
        = std::count_if(m_calls.begin(), m_calls.end(), [](const auto& c) { return !c->isGone(); });
    if (m_stopping || active >= m_options.maxCalls) {
        reject(msg, 486, QStringLiteral("Busy Here"));
        return;
    }
    const HeaderContext headers = contextFromHeaders([msg](const QString& name) {
        const struct sip_hdr* h = sip_msg_xhdr(msg, name.toLatin1().constData());
        return h ? fromPl(h->val) : QString();
    });
    if (!headers.context) {
        reject(msg, 400, headers.refusal());
        return;
    }
    if (!msg_ctype_cmp(&msg->ctyp, "application", "sdp") || mbuf_get_left(msg->mb) == 0) {
        reject(msg, 488, QStringLiteral("Not Acceptable Here: no SDP offer"));
        return;
    }
    QString why;
    const QByteArray body(
        reinterpret_cast<const char*>(mbuf_buf(msg->mb)), static_cast<qsizetype>(mbuf_get_left(msg->mb)));
    const auto offer = SdpOffer::parse(body, &why);
    const auto media = offer ? chooseMedia(*offer) : std::nullopt;
    if (!media) {
        reject(msg, 488,
            QStringLiteral("Not Acceptable Here: ")
                + (offer ? QStringLiteral("no common codec (PCMU or PCMA)") : why));
        return;
    }
    const int err = accept(msg, *headers.context, *offer, *media);
    if (err) {
        reject(msg, 503, QStringLiteral("Service Unavailable: ") + QString::fromLocal8Bit(strerror(err)));
    }
}

int SipEndpoint::accept(
    const struct sip_msg* msg, const CallContext& context, const SdpOffer& offer, const MediaChoice& media)
{
    auto call = std::make_unique<IvrCall>(m_env, context, offer, media, fromPl(msg->callid));
    // The media leave from the listening address, or from the one the INVITE reached when that is "any".
    struct sa local;
    sa_set_str(&local, m_options.address.toUtf8().constData(), 0);
    if (sa_is_any(&local)) {
        sa_cpy(&local, &msg->dst);
    }
    sa_set_port(&local, 0);
    int err = call->openMedia(local, m_options.rtpMinPort, m_options.rtpMaxPort);
    if (err) {
        return err;
    }
    char host[64] = {};
    sa_ntop(&local, host, sizeof host);
    call->setAnswer(buildAnswer(media, QString::fromLatin1(host), call->localPort(), tmr_jiffies()));
    struct mbuf* desc = toMbuf(call->answer());
    IvrCall* c = call.get();
    err = sipsess_accept(c->sessionSlot(), m_sock, msg, 200, "OK", "voicepay", "application/sdp", desc,
        nullptr, nullptr, false, onOffer, onAnswer, onEstablished, onInfo, nullptr, onClose, c,
        "Allow: INVITE, ACK, BYE, CANCEL, INFO, OPTIONS\r\n");
    mem_deref(desc);
    if (err) {
        return err;
    }
    m_calls.push_back(std::move(call));
    ++m_answered;
    return 0;
}

void SipEndpoint::onTimer(void* arg)
{
    auto* self = static_cast<SipEndpoint*>(arg);
    tmr_start(self->m_timer.get(), kServiceIntervalMs, &SipEndpoint::onTimer, self);
    self->service();
}

void SipEndpoint::service()
{
    if (QCoreApplication::instance()) {
        QCoreApplication::processEvents(); // a network gateway's replies, the store's queued signals
    }
    const quint64 now = tmr_jiffies();
    for (const auto& call : m_calls) {
        call->service(now);
    }
    std::erase_if(m_calls, [](const auto& c) { return c->isGone(); });
}

} // namespace voicepay::sip
