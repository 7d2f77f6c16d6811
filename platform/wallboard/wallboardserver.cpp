#include "wallboardserver.h"

#include "store/livekpifeed.h"
#include "wallboardaccess.h"
#include "wallboardpage.h"
#include "wallboardsnapshot.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <algorithm>

Q_LOGGING_CATEGORY(lcWallboard, "voicepay.platform.wallboard")

namespace voicepay {

namespace {

// The page says it is there every 10 s; one that has spoken and then says nothing for this long has gone (a
// screen switched off without closing its connection). The server sends no pings: Qt 6.4's server-side ping
// makes its own client drop the connection.
constexpr qint64 silentClientMs = 30000;
constexpr qint64 neverSpoke = -1;

using Status = QHttpServerResponder::StatusCode;

void writeText(QHttpServerResponder&& responder, const QByteArray& text, Status status)
{
    responder.write(text,
        { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8") },
            { QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store") } },
        status);
}

} // namespace

class WallboardServer::Engine : public QAbstractHttpServer
{
public:
    Engine(WallboardServer* owner, const QByteArray& token)
        : m_owner(owner)
        , m_access(token)
    {
    }

    bool allows(const QUrl& url, const QByteArray& authorization) const
    {
        return m_access.allows(url, authorization);
    }

protected:
    static bool isUpgrade(const QHttpServerRequest& request)
    {
        return request.value(QByteArrayLiteral("upgrade")).compare("websocket", Qt::CaseInsensitive) == 0;
    }

    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        const QString path = request.url().path();
        if (path == u"/favicon.ico") { // browsers ask for it without the token: not a refusal
            writeText(makeResponder(request, socket), QByteArrayLiteral("Not Found\n"), Status::NotFound);
            return true;
        }
        if (request.method() != QHttpServerRequest::Method::Get) {
            writeText(makeResponder(request, socket), QByteArrayLiteral("Read-only: use GET\n"),
                Status::MethodNotAllowed);
            return true;
        }
        // A WebSocket handshake comes here first: true lets it become a WebSocket, false refuses it (and
        // missingHandler follows, then the connection is closed).
        const bool upgrade = isUpgrade(request);
        if (!m_access.allows(request.url(), request.value(QByteArrayLiteral("authorization")))) {
            m_owner->countRefusal(socket->peerAddress().toString(), path);
            makeResponder(request, socket)
                .write(QByteArrayLiteral("Unauthorized: the wallboard needs its token\n"),
                    { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8") },
                        { QByteArrayLiteral("WWW-Authenticate"),
                            QByteArrayLiteral("Bearer realm=\"wallboard\"") },
                        { QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store") } },
                    Status::Unauthorized);
            return !upgrade;
        }
        if (upgrade) {
            return path == u"/ws";
        }
        if (path == u"/" || path == u"/index.html") {
            const QString lang = QUrlQuery(request.url()).queryItemValue(QStringLiteral("lang"));
            const QByteArray page = WallboardPage::render(lang, m_owner->m_options.site, m_owner->snapshot());
            makeResponder(request, socket)
                .write(page,
                    { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8") },
                        { QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store") },
                        { QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer") },
                        { QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff") },
                        { QByteArrayLiteral("Content-Security-Policy"),
                            WallboardPage::contentSecurityPolicy() } },
                    Status::Ok);
            return true;
        }
        if (path == u"/snapshot.json") {
            makeResponder(request, socket)
                .write(QJsonDocument(m_owner->snapshot()).toJson(QJsonDocument::Compact),
                    { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") },
                        { QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store") } },
                    Status::Ok);
            return true;
        }
        writeText(makeResponder(request, socket), QByteArrayLiteral("Not Found\n"), Status::NotFound);
        return true;
    }

    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        if (isUpgrade(request)
            && !m_access.allows(request.url(), request.value(QByteArrayLiteral("authorization")))) {
            return; // refused with 401 already
        }
        writeText(makeResponder(request, socket), QByteArrayLiteral("Not Found\n"), Status::NotFound);
    }

private:
    WallboardServer* m_owner;
    WallboardAccess m_access;
};

WallboardServer::WallboardServer(LiveKpiFeed* feed, WallboardOptions options, QObject* parent)
    : QObject(parent)
    , m_feed(feed)
    , m_options(std::move(options))
    , m_engine(std::make_unique<Engine>(this, m_options.token))
    , m_pushTimer(new QTimer(this))
{
    m_clock.start();
    connect(
        m_engine.get(), &QAbstractHttpServer::newWebSocketConnection, this, &WallboardServer::acceptSockets);
    m_pushTimer->setInterval(std::clamp(m_options.pushIntervalMs, 50, 1000));
    connect(m_pushTimer, &QTimer::timeout, this, &WallboardServer::push);
    // A store that goes or comes back is on every screen at once, not at the next tick.
    connect(m_feed, &LiveKpiFeed::storeReachableChanged, this, &WallboardServer::push);
}

WallboardServer::~WallboardServer()
{
    m_pushTimer->stop();
    const auto clients = m_clients.keys();
    m_clients.clear();
    for (QWebSocket* s : clients) {
        s->disconnect(this);
        s->abort();
        delete s;
    }
}

quint16 WallboardServer::listen(const QHostAddress& address, quint16 port, const QString& certificateFile,
    const QString& keyFile, QString* error)
{
    QString ignored;
    QString& why = error ? *error : ignored;
    if (m_options.token.size() < WallboardAccess::minimumTokenLength) {
        why = tr("the wallboard needs a token of at least %1 characters")
                  .arg(WallboardAccess::minimumTokenLength);
        return 0;
    }
    if (certificateFile.isEmpty() != keyFile.isEmpty()) {
        why = tr("TLS needs both a certificate and a key");
        return 0;
    }
    if (!certificateFile.isEmpty()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
        QFile keyIn(keyFile);
        if (chain.isEmpty() || !keyIn.open(QIODevice::ReadOnly)) {
            why = tr("cannot read the PEM certificate %1 and key %2").arg(certificateFile, keyFile);
            return 0;
        }
        const QByteArray pem = keyIn.readAll();
        QSslKey key(pem, QSsl::Ec, QSsl::Pem);
        if (key.isNull()) {
            key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
        }
        if (key.isNull()) {
            why = tr("no unencrypted PEM EC or RSA key in %1").arg(keyFile);
            return 0;
        }
        m_engine->sslSetup(chain.first(), key);
        m_tls = true;
    }
    m_port = m_engine->listen(address, port);
    if (m_port == 0) {
        why = tr("cannot listen on %1:%2").arg(address.toString()).arg(port);
        return 0;
    }
    m_address = address;
    m_pushTimer->start();
    qCInfo(lcWallboard).noquote() << "wallboard on" << pageUrl().toString();
    return m_port;
}

QUrl WallboardServer::pageUrl(bool withToken) const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    const bool any = m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4
        || m_address == QHostAddress::AnyIPv6;
    url.setHost(any ? QStringLiteral("127.0.0.1") : m_address.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    if (withToken) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("token"), QString::fromUtf8(m_options.token));
        url.setQuery(q);
    }
    return url;
}

QJsonObject WallboardServer::snapshot() const
{
    return WallboardSnapshot::fromFeed(*m_feed, m_options.site, QDateTime::currentMSecsSinceEpoch())
        .toJson(m_options.thresholds);
}

void WallboardServer::countRefusal(const QString& peer, const QString& path)
{
    ++m_refused;
    qCWarning(lcWallboard).noquote() << "refused" << peer << path << "(" << m_refused << "so far)";
    Q_EMIT refused(peer, path);
}

void WallboardServer::acceptSockets()
{
    while (m_engine->hasPendingWebSocketConnections()) {
        QWebSocket* socket = m_engine->nextPendingWebSocketConnection().release();
        socket->setParent(this);
        const QNetworkRequest request = socket->request();
        const QUrl url = socket->requestUrl();
        const bool allowed = m_engine->allows(url, request.rawHeader(QByteArrayLiteral("Authorization")));
        if (!allowed || url.path() != u"/ws" || m_clients.size() >= m_options.maxClients) {
            if (!allowed) {
                countRefusal(socket->peerAddress().toString(), url.path());
            }
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(5000, socket, &QWebSocket::abort); // a peer that never answers the close
            socket->close(allowed ? QWebSocketProtocol::CloseCodeGoingAway
                                  : QWebSocketProtocol::CloseCodePolicyViolated,
                allowed ? QStringLiteral("not available") : QStringLiteral("unauthorized"));
            continue;
        }
        admit(socket);
    }
}

void WallboardServer::admit(QWebSocket* socket)
{
    m_clients.insert(socket, neverSpoke);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
    // Viewers have nothing to say; what they send only shows that they are there. Tools that never speak are
    // dropped when their connection closes or when they stop reading.
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket] {
        if (m_clients.contains(socket)) {
            m_clients[socket] = m_clock.elapsed();
        }
    });
    socket->setReadBufferSize(4096);
    socket->setMaxAllowedIncomingMessageSize(4096);
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(snapshot()).toJson(QJsonDocument::Compact)));
    Q_EMIT clientsChanged(clientCount());
}

void WallboardServer::drop(QWebSocket* socket)
{
    if (!m_clients.remove(socket)) {
        return;
    }
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    Q_EMIT clientsChanged(clientCount());
}

void WallboardServer::push()
{
    if (m_clients.isEmpty()) {
        return;
    }
    const qint64 now = m_clock.elapsed();
    const QString message = QString::fromUtf8(QJsonDocument(snapshot()).toJson(QJsonDocument::Compact));
    QList<QWebSocket*> gone;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        QWebSocket* s = it.key();
        const bool silent = it.value() != neverSpoke && now - it.value() > silentClientMs;
        if (s->bytesToWrite() > m_options.maxBufferedBytes || silent) {
            gone << s;
            continue;
        }
        s->sendTextMessage(message);
    }
    for (QWebSocket* s : std::as_const(gone)) {
        qCInfo(lcWallboard).noquote()
            << "dropping a viewer that stopped reading:" << s->peerAddress().toString();
        drop(s);
    }
}

} // namespace voicepay
