#include "sandboxhttpserver.h"

#include "secure/securewipe.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <optional>
#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcSandboxHttp, "voicepay.platform.sandboxhttp")

namespace voicepay {

namespace {

QByteArray rawResponse(int status, const QByteArray& body)
{
    const QByteArray reason
        = status == 200 ? QByteArrayLiteral("OK") : QByteArrayLiteral("Internal Server Error");
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

QByteArray methodOf(const QByteArray& body)
{
    // For the log line only: the root element's name, read without parsing the whole request.
    const qsizetype lt = body.indexOf("<", body.startsWith("<?") ? body.indexOf("?>") : 0);
    if (lt < 0) {
        return QByteArrayLiteral("(not xml)");
    }
    qsizetype end = lt + 1;
    while (end < body.size() && end - lt < 60
        && (std::isalnum(static_cast<unsigned char>(body.at(end))) || body.at(end) == '_')) {
        ++end;
    }
    return end > lt + 1 ? body.mid(lt + 1, end - lt - 1) : QByteArrayLiteral("(not xml)");
}

// Reads a request's head before QtHttpServer sees the connection, and answers a body over the cap (by its
// Content-Length, or one without a length) at once, without reading it. Only what passes is handed on, with
// its bytes still unread in the socket. With a TLS configuration it makes the TLS sockets itself, so that the
// same check runs on the decrypted head: QtHttpServer's own TLS listener reads the whole body first.
class GuardedTcpServer : public QTcpServer
{
public:
    explicit GuardedTcpServer(std::optional<QSslConfiguration> tls, QObject* parent)
        : QTcpServer(parent)
        , m_tls(std::move(tls))
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket* socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        // Over TLS readyRead comes with decrypted bytes only, after the handshake; a failed handshake ends in
        // a disconnect.
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (auto* tls = qobject_cast<QSslSocket*>(socket)) {
            tls->setSslConfiguration(*m_tls);
            connect(tls, &QSslSocket::errorOccurred, tls, [tls](QAbstractSocket::SocketError) {
                if (!tls->isEncrypted()) {
                    tls->abort();
                    tls->deleteLater();
                }
            });
            tls->startServerEncryption();
        }
    }

private:
    static constexpr qsizetype maxHeadBytes = 16 * 1024;

    // Whether the answer has left (over TLS: encrypted and handed to the system).
    static bool flushed(QTcpSocket* socket)
    {
        const auto* tls = qobject_cast<QSslSocket*>(socket);
        return socket->bytesToWrite() == 0 && (!tls || tls->encryptedBytesToWrite() == 0);
    }

    // Answers, then discards whatever the client still sends (nothing is kept) until it closes: closing with
    // unread bytes would reset the connection and lose the answer. Once the answer has left, the sending side
    // is shut, so the client sees the end of the connection at once.
    void refuse(QTcpSocket* socket, const QByteArray& status)
    {
        socket->disconnect(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->skip(socket->bytesAvailable()); });
        auto shutWhenFlushed = [socket] {
            if (flushed(socket)) {
                ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
            }
        };
        // Over TLS bytesWritten comes once the answer is encrypted, before it reaches the system: only the
        // encrypted bytes' own signal says it has left.
        if (auto* tls = qobject_cast<QSslSocket*>(socket)) {
            connect(tls, &QSslSocket::encryptedBytesWritten, tls, shutWhenFlushed);
        } else {
            connect(socket, &QTcpSocket::bytesWritten, socket, shutWhenFlushed);
        }
        QTimer::singleShot(10000, socket, [socket] { socket->abort(); });
        socket->write("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->skip(socket->bytesAvailable());
    }

    void inspect(QTcpSocket* socket)
    {
        const QByteArray head = socket->peek(maxHeadBytes);
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (head.size() >= maxHeadBytes) {
                refuse(socket, QByteArrayLiteral("431 Request Header Fields Too Large"));
            }
            return;
        }
        qint64 length = 0;
        bool chunked = false;
        bool haveLength = false;
        for (const QByteArray& line : head.left(end).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (colon > 0 && name == "content-length") {
                bool ok = false;
                length = line.mid(colon + 1).trimmed().toLongLong(&ok);
                length = ok ? length : -1;
                haveLength = true;
            } else if (colon > 0 && name == "transfer-encoding") {
                chunked = true;
            }
        }
        const bool withBody
            = head.startsWith("POST ") || head.startsWith("PUT ") || head.startsWith("PATCH ");
        if (chunked || length < 0 || (withBody && !haveLength)) {
            refuse(socket, QByteArrayLiteral("411 Length Required"));
            return;
        }
        if (length > SandboxHttpServer::maxRequestBytes) {
            refuse(socket, QByteArrayLiteral("413 Payload Too Large"));
            return;
        }
        socket->disconnect(this);
        addPendingConnection(socket);
        emit newConnection();
        // The server listens for readyRead from now on; what arrived already is announced again.
        QMetaObject::invokeMethod(
            socket, [socket] { emit socket->readyRead(); }, Qt::QueuedConnection);
    }

    std::optional<QSslConfiguration> m_tls;
};

} // namespace

class SandboxHttpServer::Engine : public QAbstractHttpServer
{
public:
    Engine(SandboxHttpServer* owner, MerchantCredentials accepted, SandboxFaultSpec faults)
        : m_protocol(std::move(accepted), faults)
        , m_owner(owner)
    {
    }

    AnetSandboxProtocol m_protocol;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        if (request.url().path() != apiPath()) {
            makeResponder(request, socket)
                .write(QByteArrayLiteral("Not Found\n"), "text/plain",
                    QHttpServerResponder::StatusCode::NotFound);
            return true;
        }
        if (request.method() != QHttpServerRequest::Method::Post) {
            makeResponder(request, socket)
                .write(QByteArrayLiteral("Use POST\n"), "text/plain",
                    QHttpServerResponder::StatusCode::MethodNotAllowed);
            return true;
        }
        const QByteArray body = request.body();
        if (body.size() > maxRequestBytes) {
            makeResponder(request, socket)
                .write(QByteArrayLiteral("Request Too Large\n"), "text/plain",
                    QHttpServerResponder::StatusCode::PayloadTooLarge);
            return true;
        }
        const SandboxReply reply = m_protocol.handle(body, QDateTime::currentDateTimeUtc());
        const QByteArray method = methodOf(body);
        // The body held the card number: wipe the request's own buffer in place (fill() would detach and wipe
        // a copy). Nothing reads the request after this.
        secureWipe(const_cast<char*>(body.constData()), static_cast<std::size_t>(body.size()));
        emit m_owner->requestHandled(QStringLiteral("%1 -> %2 (%3)")
                                         .arg(QString::fromLatin1(method))
                                         .arg(reply.httpStatus)
                                         .arg(sandboxFaultName(reply.fault)));
        QPointer<QTcpSocket> guard(socket);
        switch (reply.fault) {
        case SandboxFault::Drop:
            QTimer::singleShot(reply.delayMs, socket, [guard] {
                if (guard) {
                    guard->abort();
                }
            });
            return true;
        case SandboxFault::Timeout:
            QTimer::singleShot(reply.holdMs, socket, [guard] {
                if (guard) {
                    guard->abort();
                }
            });
            return true;
        default:
            break;
        }
        if (reply.delayMs > 0) {
            // Written by hand later: the connection ends with this reply.
            const QByteArray raw = rawResponse(reply.httpStatus, reply.body);
            QTimer::singleShot(reply.delayMs, socket, [guard, raw] {
                if (guard && guard->state() == QAbstractSocket::ConnectedState) {
                    guard->write(raw);
                    guard->disconnectFromHost();
                }
            });
            return true;
        }
        makeResponder(request, socket)
            .write(reply.body, "text/xml; charset=utf-8",
                static_cast<QHttpServerResponder::StatusCode>(reply.httpStatus));
        return true;
    }

    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    SandboxHttpServer* m_owner;
};

SandboxHttpServer::SandboxHttpServer(MerchantCredentials accepted, SandboxFaultSpec faults, QObject* parent)
    : QObject(parent)
    , m_engine(std::make_unique<Engine>(this, std::move(accepted), faults))
{
}

SandboxHttpServer::~SandboxHttpServer() = default;

quint16 SandboxHttpServer::listen(const QHostAddress& address, quint16 port, const QString& certificateFile,
    const QString& keyFile, QString* error)
{
    QString ignored;
    QString& why = error ? *error : ignored;
    if (certificateFile.isEmpty() != keyFile.isEmpty()) {
        why = tr("HTTPS needs both a certificate and a key");
        return 0;
    }
    std::optional<QSslConfiguration> tls;
    if (!certificateFile.isEmpty()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
        if (chain.isEmpty()) {
            why = tr("no PEM certificate in %1").arg(certificateFile);
            return 0;
        }
        QFile keyIn(keyFile);
        if (!keyIn.open(QIODevice::ReadOnly)) {
            why = tr("cannot read the key %1: %2").arg(keyFile, keyIn.errorString());
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
        tls = QSslConfiguration::defaultConfiguration();
        tls->setLocalCertificateChain(chain);
        tls->setPrivateKey(key);
    }
    m_tls = tls.has_value();
    // Both go through the guard that refuses an oversized body before it is read.
    auto* guard = new GuardedTcpServer(std::move(tls), m_engine.get());
    m_port = guard->listen(address, port) ? guard->serverPort() : 0;
    if (m_port == 0) {
        delete guard;
        why = tr("cannot listen on %1:%2").arg(address.toString()).arg(port);
        return 0;
    }
    m_engine->bind(guard);
    m_address = address;
    qCInfo(lcSandboxHttp).noquote() << "sandbox gateway listening on" << endpoint().toString();
    return m_port;
}

QUrl SandboxHttpServer::endpoint() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    url.setPath(apiPath());
    return url;
}

AnetSandboxProtocol& SandboxHttpServer::protocol()
{
    return m_engine->m_protocol;
}

const AnetSandboxProtocol& SandboxHttpServer::protocol() const
{
    return m_engine->m_protocol;
}

} // namespace voicepay
