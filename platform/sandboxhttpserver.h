#pragma once

#include "gateway/anet/anetsandboxprotocol.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>
#include <memory>

namespace voicepay {

// The sandbox gateway on the network: the gateway API's XML protocol (AnetSandboxProtocol) behind
// QtHttpServer, POST to /xml/v1/request.api, over HTTP or (with a certificate and key) HTTPS. It also carries
// out the faults the protocol picks: it drops connections, holds them without answering, and answers late.
// A request whose Content-Length is over maxRequestBytes (or that has none) is answered 413 (411) from its
// head, before its body is read, over HTTP and HTTPS alike, and its connection is closed.
//
//   SandboxHttpServer server({ "login", "key" }, faults);
//   const quint16 port = server.listen(QHostAddress::LocalHost, 0, {}, {}, &error); // 0: failed, see error
//   server.endpoint();   // http://127.0.0.1:PORT/xml/v1/request.api
//   server.protocol().ledger();
class SandboxHttpServer : public QObject
{
    Q_OBJECT

public:
    static QString apiPath() { return QStringLiteral("/xml/v1/request.api"); }
    static constexpr qsizetype maxRequestBytes = 256 * 1024;

    explicit SandboxHttpServer(
        MerchantCredentials accepted = {}, SandboxFaultSpec faults = {}, QObject* parent = nullptr);
    ~SandboxHttpServer() override;

    // Port 0 picks a free port. With PEM certificate and key files it speaks HTTPS only.
    // Returns the bound port, or 0 with the reason in `error`.
    quint16 listen(const QHostAddress& address, quint16 port, const QString& certificateFile = QString(),
        const QString& keyFile = QString(), QString* error = nullptr);
    QUrl endpoint() const;

    AnetSandboxProtocol& protocol();
    const AnetSandboxProtocol& protocol() const;

signals:
    // One line per request, free of card data: "createTransactionRequest -> 200 (drop)".
    void requestHandled(const QString& summary);

private:
    class Engine;
    std::unique_ptr<Engine> m_engine;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_tls = false;
};

} // namespace voicepay
