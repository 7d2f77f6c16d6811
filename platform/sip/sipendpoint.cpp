#include "sipendpoint.h"

#include "agentbridge.h"
#include "invitecheck.h"
#include "sipglue.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <algorithm>
#include <cstring>

namespace voicepay::sip {

namespace {

Q_LOGGING_CATEGORY(lcEndpoint, "voicepay.sip.endpoint")

constexpr int kServiceIntervalMs = 5;

quint16 parsePort(const QString& text, bool* ok)
{
    const uint port = text.toUInt(ok);
    *ok = *ok && port > 0 && port <= 65535;
    return static_cast<quint16>(port);
}

// A re-INVITE: libre answers 200 with *descp, or 488 with the error's text ("Wrong medium type").
int onOffer(struct mbuf** descp, const struct sip_msg* msg, void* arg)
{
    QByteArray answer;
    const int err = static_cast<IvrCall*>(arg)->reoffer(bodyOf(msg), tmr_jiffies(), &answer);
    if (err) {
        return err;
    }
    *descp = toMbuf(answer);
    return *descp ? 0 : ENOMEM;
}

int onAnswer(const struct sip_msg* msg, void* arg)
{
    return static_cast<IvrCall*>(arg)->answerReceived(bodyOf(msg), tmr_jiffies());
}

void onEstablished(const struct sip_msg*, void* arg)
{
    static_cast<IvrCall*>(arg)->established(tmr_jiffies());
}

// Keys in SIP INFO (application/dtmf-relay or application/dtmf); an empty INFO is a keep-alive.
void onInfo(struct sip* sip, const struct sip_msg* msg, void* arg)
{
    const QByteArray type = fromPl(msg->ctyp.type).toLatin1() + '/' + fromPl(msg->ctyp.subtype).toLatin1();
    const QByteArray body = bodyOf(msg);
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

constexpr const char* kAllow = "Allow: INVITE, ACK, BYE, CANCEL, INFO, OPTIONS\r\n";

// Requests no session took: OPTIONS (a proxy's or a PBX's probe) is answered 200; the methods SIP defines
// that an IVR has no use for get 405 with what it allows; anything else 501. A CANCEL that matched no
// transaction is left to libre, which answers 481.
bool onOtherRequest(const struct sip_msg* msg, void* arg)
{
    auto* sip = static_cast<struct sip*>(arg);
    if (!pl_strcmp(&msg->met, "CANCEL") || !pl_strcmp(&msg->met, "ACK")) {
        return false;
    }
    const QString method = fromPl(msg->met);
    static const QStringList known { QStringLiteral("REGISTER"), QStringLiteral("SUBSCRIBE"),
        QStringLiteral("NOTIFY"), QStringLiteral("MESSAGE"), QStringLiteral("PUBLISH"),
        QStringLiteral("UPDATE"), QStringLiteral("PRACK"), QStringLiteral("REFER"), QStringLiteral("INFO"),
        QStringLiteral("BYE") };
    if (method == u"OPTIONS") {
        (void)sip_treplyf(nullptr, nullptr, sip, msg, false, 200, "OK",
            "%sAccept: application/sdp\r\nContent-Length: 0\r\n\r\n", kAllow);
    } else if (known.contains(method)) {
        (void)sip_treplyf(nullptr, nullptr, sip, msg, false, 405, "Method Not Allowed",
            "%sContent-Length: 0\r\n\r\n", kAllow);
    } else {
        (void)sip_treplyf(
            nullptr, nullptr, sip, msg, false, 501, "Not Implemented", "%sContent-Length: 0\r\n\r\n", kAllow);
    }
    return true;
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

bool EndpointOptions::setRtpTimeout(const QString& value, QString* error)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < 0 || n > 3600) {
        *error = QStringLiteral("\"%1\" is not a number of seconds from 0 (never) to 3600").arg(value);
        return false;
    }
    rtpTimeoutSeconds = n;
    return true;
}

bool EndpointOptions::setTransferTarget(const QString& value, QString* error)
{
    struct uri uri;
    struct pl text;
    const QByteArray bytes = value.toUtf8();
    pl_set_str(&text, bytes.constData());
    if ((!value.startsWith(u"sip:") && !value.startsWith(u"sips:")) || uri_decode(&uri, &text) != 0
        || value.contains(u'>') || value.contains(u'\r') || value.contains(u'\n')) {
        *error = QStringLiteral("\"%1\" is not a SIP URI such as sip:agents@pbx.example").arg(value);
        return false;
    }
    transferTarget = value;
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
    m_env.transferTarget = m_options.transferTarget;
    tmr_init(m_timer.get());
}

SipEndpoint::~SipEndpoint()
{
    tmr_cancel(m_timer.get());
    m_calls.clear();
    m_sock = static_cast<struct sipsess_sock*>(mem_deref(m_sock));
    m_otherRequests = static_cast<struct sip_lsnr*>(mem_deref(m_otherRequests));
    m_events = static_cast<struct sipevent_sock*>(mem_deref(m_events));
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
    // The REFER's NOTIFYs go to the event socket, which must listen before the catch-all for other requests.
    err = err ? err : sipevent_listen(&m_events, m_sip, 32, 32, nullptr, nullptr);
    err = err ? err : sip_listen(&m_otherRequests, m_sip, true, onOtherRequest, m_sip);
    m_env.events = m_events;
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
        count(*call);
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
    const QString joined = joinReference(msg);
    if (!joined.isEmpty()) {
        join(msg, joined);
        return;
    }
    const InviteCheck check = checkInvite([msg](const QString& name) { return headerOf(msg, name); },
        msg_ctype_cmp(&msg->ctyp, "application", "sdp"), bodyOf(msg));
    if (!check.accepted()) {
        reject(msg, check.status, check.reason);
        return;
    }
    const int err = accept(msg, *check.context, *check.offer, *check.media);
    if (err) {
        reject(msg, 503, QStringLiteral("Service Unavailable: ") + QString::fromLocal8Bit(strerror(err)));
    }
}

int SipEndpoint::accept(
    const struct sip_msg* msg, const CallContext& context, const SdpOffer& offer, const MediaChoice& media)
{
    auto call = std::make_unique<IvrCall>(m_env, context, offer, media, fromPl(msg->callid));
    struct sa local = localMediaAddress(msg);
    int err = call->openMedia(local, m_options.rtpMinPort, m_options.rtpMaxPort);
    if (err) {
        return err;
    }
    char host[64] = {};
    sa_ntop(&local, host, sizeof host);
    call->makeAnswer(QString::fromLatin1(host));
    call->setRtpTimeout(m_options.rtpTimeoutSeconds * 1000);
    struct mbuf* desc = toMbuf(call->answer());
    IvrCall* c = call.get();
    err = sipsess_accept(c->sessionSlot(), m_sock, msg, 200, "OK", "voicepay", "application/sdp", desc,
        nullptr, nullptr, false, onOffer, onAnswer, onEstablished, onInfo, nullptr, onClose, c, "%s", kAllow);
    mem_deref(desc);
    if (err) {
        return err;
    }
    qCInfo(lcEndpoint, "call %s answered", qPrintable(c->callId()));
    m_calls.push_back(std::move(call));
    ++m_answered;
    return 0;
}

// The media leave from the listening address, or from the one the INVITE reached when that is "any".
struct sa SipEndpoint::localMediaAddress(const struct sip_msg* msg) const
{
    struct sa local;
    sa_set_str(&local, m_options.address.toUtf8().constData(), 0);
    if (sa_is_any(&local)) {
        sa_cpy(&local, &msg->dst);
    }
    sa_set_port(&local, 0);
    return local;
}

// The agent's phone names the caller's call by its Call-ID: an unknown or ended call gets 404, a call with an
// agent already 486, an offer without G.711 488; else the agent is answered and bridged.
void SipEndpoint::join(const struct sip_msg* msg, const QString& callId)
{
    const auto it = std::find_if(m_calls.begin(), m_calls.end(),
        [&callId](const auto& c) { return !c->isGone() && c->callId() == callId; });
    if (it == m_calls.end()) {
        reject(
            msg, 404, QStringLiteral("Not Found: no call in progress has the Call-ID X-VoicePay-Join names"));
        return;
    }
    if ((*it)->hasAgent()) {
        reject(msg, 486, QStringLiteral("Busy Here: the call has an agent already"));
        return;
    }
    QString why;
    const auto offer
        = msg_ctype_cmp(&msg->ctyp, "application", "sdp") ? SdpOffer::parse(bodyOf(msg), &why) : std::nullopt;
    const auto media = offer ? chooseMedia(*offer) : std::nullopt;
    if (!media) {
        reject(msg, 488,
            QStringLiteral("Not Acceptable Here: ") + (offer ? QStringLiteral("no PCMU or PCMA") : why));
        return;
    }
    auto bridge = std::make_unique<AgentBridge>(callId, *offer, *media);
    const int err = bridge->accept(
        m_sock, msg, localMediaAddress(msg), m_options.rtpMinPort, m_options.rtpMaxPort, kAllow);
    if (err) {
        reject(msg, 503, QStringLiteral("Service Unavailable: ") + QString::fromLocal8Bit(strerror(err)));
        return;
    }
    (*it)->attachAgent(std::move(bridge));
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
    std::erase_if(m_calls, [this](const auto& c) {
        if (c->isGone()) {
            count(*c);
        }
        return c->isGone();
    });
}

void SipEndpoint::count(const IvrCall& call)
{
    m_framesSent += call.framesSent();
    m_framesLate += call.framesLate();
}

} // namespace voicepay::sip
