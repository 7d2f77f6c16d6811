#include "sandboxhttpserver.h"
#include "testpki.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace voicepay;

namespace {

const MerchantCredentials merchant { QStringLiteral("loopback-test"), QStringLiteral("LoopKey123456") };

// A request head as an attacker would send it: the rest of the body is announced, never sent.
QByteArray head(const QByteArray& path, const QByteArray& header)
{
    return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/xml\r\n" + header
        + "\r\n\r\n";
}

} // namespace

// The sandbox server's limits on what a client sends, over plain HTTP and over HTTPS alike (the TLS listener
// of QtHttpServer reads a whole body before anyone can look at its size).
class TestSandboxHttpServer : public QObject
{
    Q_OBJECT

private:
    TestPki m_pki;

    bool listen(SandboxHttpServer& server, bool tls)
    {
        QString error;
        const quint16 port = tls ? server.listen(QHostAddress::LocalHost, 0, m_pki.serverCertificateFile(),
                                 m_pki.serverKeyFile(), &error)
                                 : server.listen(QHostAddress::LocalHost, 0, {}, {}, &error);
        if (port == 0) {
            qWarning("%s", qPrintable(error));
        }
        return port != 0;
    }

    // A connected client, encrypted with the test authority's trust when `tls`; null when it cannot connect.
    std::unique_ptr<QTcpSocket> connectTo(const SandboxHttpServer& server, bool tls)
    {
        const quint16 port = quint16(server.endpoint().port());
        if (!tls) {
            auto plain = std::make_unique<QTcpSocket>();
            plain->connectToHost(QHostAddress::LocalHost, port);
            if (!plain->waitForConnected(5000)) {
                return nullptr;
            }
            return plain;
        }
        auto secure = std::make_unique<QSslSocket>();
        QSslConfiguration config = secure->sslConfiguration();
        config.addCaCertificates(m_pki.caCertificates());
        secure->setSslConfiguration(config);
        secure->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port, QStringLiteral("localhost"));
        // The server runs on this thread: wait with its events running, never with waitForEncrypted().
        if (!QTest::qWaitFor([&secure] { return secure->isEncrypted(); }, 5000)) {
            qWarning("no TLS session: %s", qPrintable(secure->errorString()));
            return nullptr;
        }
        return secure;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pki.create(&error), qPrintable(error));
    }

    void oversizedBody_isRefusedFromItsHead_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("status");
        const QByteArray huge("Content-Length: 900000000");
        const QByteArray chunked("Transfer-Encoding: chunked");
        QTest::newRow("http, a length over the cap") << false << huge << QByteArray("413");
        QTest::newRow("http, chunked") << false << chunked << QByteArray("411");
        QTest::newRow("https, a length over the cap") << true << huge << QByteArray("413");
        QTest::newRow("https, chunked") << true << chunked << QByteArray("411");
    }

    // The head announces 900 MB and only a few bytes follow: the answer can only come from the head, and it
    // comes at once, with the connection closed after it. Nothing reaches the protocol.
    void oversizedBody_isRefusedFromItsHead()
    {
        QFETCH(bool, tls);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, status);
        SandboxHttpServer server(merchant);
        QVERIFY(listen(server, tls));
        const std::unique_ptr<QTcpSocket> client = connectTo(server, tls);
        QVERIFY(client);
        const QByteArray sent = head("/xml/v1/request.api", header) + "<createTransactionRequest>";
        client->write(sent);

        QByteArray answer;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         answer += client->readAll();
                         return answer.contains("\r\n\r\n");
                     },
                     5000),
            answer.constData());
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 ").append(status)), answer.constData());
        QVERIFY(answer.contains("Connection: close"));
        // The server ends the connection by itself: it does not wait for the 900 MB it was promised.
        QVERIFY2(
            QTest::qWaitFor(
                [&] {
                    answer += client->readAll();
                    return client->state() == QAbstractSocket::UnconnectedState
                        || (client->atEnd() && client->error() == QAbstractSocket::RemoteHostClosedError);
                },
                5000),
            qPrintable(client->errorString()));
        QCOMPARE(server.protocol().requestCount(), 0);
    }

    void bodyWithinTheCap_isHandedOn_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("http") << false;
        QTest::newRow("https") << true;
    }

    // What passes the check reaches QtHttpServer with its body: a small POST to another path is answered 404
    // there, not by the guard.
    void bodyWithinTheCap_isHandedOn()
    {
        QFETCH(bool, tls);
        SandboxHttpServer server(merchant);
        QVERIFY(listen(server, tls));
        const std::unique_ptr<QTcpSocket> client = connectTo(server, tls);
        QVERIFY(client);
        client->write(head("/other", "Content-Length: 4") + "<x/>");
        QByteArray answer;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         answer += client->readAll();
                         return answer.contains("Not Found\n");
                     },
                     5000),
            answer.constData());
        QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.constData());
    }

    // A client that speaks no TLS to the HTTPS port is dropped; the server stays up for the next one.
    void https_dropsAClientWithoutTls()
    {
        SandboxHttpServer server(merchant);
        QVERIFY(listen(server, true));
        QTcpSocket plain;
        plain.connectToHost(QHostAddress::LocalHost, quint16(server.endpoint().port()));
        QVERIFY(plain.waitForConnected(5000));
        plain.write(head("/xml/v1/request.api", "Content-Length: 900000000"));
        QTRY_COMPARE_WITH_TIMEOUT(plain.state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(!plain.readAll().contains("HTTP/1.1"));
        const std::unique_ptr<QTcpSocket> client = connectTo(server, true);
        QVERIFY(client);
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttpServer)
#include "tst_sandboxhttpserver.moc"
