#include "gateway/anet/anetgateway.h"
#include "sandboxhttpserver.h"
#include "testcharge.h"
#include "testpki.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <optional>

using namespace voicepay;

namespace {

const MerchantCredentials merchant { QStringLiteral("loopback-test"), QStringLiteral("LoopKey123456") };

GatewaySettings settingsFor(const QUrl& url, int transferMs = 3000)
{
    GatewaySettings s;
    s.mode = QStringLiteral("server");
    s.url = url.toString();
    s.merchantLogin = merchant.login;
    s.connectTimeoutMs = 3000;
    s.transferTimeoutMs = transferMs;
    s.duplicateWindowSeconds = 120;
    return s;
}

std::optional<GatewayResult> charge(AnetGateway& gateway, TestCharge& c, int waitMs = 15000)
{
    std::optional<GatewayResult> result;
    int calls = 0;
    gateway.submit(c.request, [&result, &calls](const GatewayResult& r) {
        result = r;
        ++calls;
    });
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&result] { return result.has_value(); }, waitMs);
    if (calls > 1) {
        qWarning("the completion was called %d times", calls);
        return std::nullopt;
    }
    return result;
}

QUrl withHost(QUrl url, const QString& host)
{
    url.setHost(host);
    return url;
}

} // namespace

class TestAnetGateway : public QObject
{
    Q_OBJECT

private:
    TestPki m_pki;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pki.create(&error), qPrintable(error));
    }

    void outcome_overHttp_data()
    {
        QTest::addColumn<QByteArray>("card");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("reason");

        QTest::newRow("approved") << QByteArray("4111111111111111") << int(GatewayResult::Status::Approved)
                                  << int(DeclineReason::None);
        QTest::newRow("declined") << QByteArray("4000000000000002") << int(GatewayResult::Status::Declined)
                                  << int(DeclineReason::Generic);
        QTest::newRow("insufficient funds")
            << QByteArray("4000000000009995") << int(GatewayResult::Status::Declined)
            << int(DeclineReason::InsufficientFunds);
        QTest::newRow("expired card")
            << QByteArray("4000000000000069") << int(GatewayResult::Status::Declined)
            << int(DeclineReason::ExpiredCard);
        QTest::newRow("incorrect security code")
            << QByteArray("4000000000000127") << int(GatewayResult::Status::Declined)
            << int(DeclineReason::SecurityCodeMismatch);
        QTest::newRow("processing error") << QByteArray("4000000000000119")
                                          << int(GatewayResult::Status::Error) << int(DeclineReason::None);
    }

    void outcome_overHttp()
    {
        QFETCH(QByteArray, card);
        QFETCH(int, status);
        QFETCH(int, reason);
        SandboxHttpServer server(merchant);
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, {}, {}, &error), qPrintable(error));
        AnetGateway gateway(settingsFor(server.endpoint()), merchant);
        TestCharge c(card, QStringLiteral("http-outcome"));
        const auto r = charge(gateway, c);
        QVERIFY(r);
        QCOMPARE(int(r->status), status);
        QCOMPARE(int(r->declineReason), reason);
        QCOMPARE(server.protocol().chargeCount(), status == int(GatewayResult::Status::Approved) ? 1 : 0);
        if (r->status == GatewayResult::Status::Approved) {
            QCOMPARE(r->transactionId, server.protocol().ledger().first().transactionId);
            QCOMPARE(r->accountNumber, QStringLiteral("XXXX1111"));
        }
        QCOMPARE(gateway.pendingCount(), 0);
    }

    void outcome_overHttps_withTheTestCa_data()
    {
        QTest::addColumn<QByteArray>("card");
        QTest::addColumn<int>("status");
        QTest::newRow("approved") << QByteArray("4111111111111111") << int(GatewayResult::Status::Approved);
        QTest::newRow("insufficient funds")
            << QByteArray("4000000000009995") << int(GatewayResult::Status::Declined);
    }

    void outcome_overHttps_withTheTestCa()
    {
        QFETCH(QByteArray, card);
        QFETCH(int, status);
        SandboxHttpServer server(merchant);
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, m_pki.serverCertificateFile(),
                     m_pki.serverKeyFile(), &error),
            qPrintable(error));
        QCOMPARE(server.endpoint().scheme(), QStringLiteral("https"));
        AnetGateway gateway(settingsFor(withHost(server.endpoint(), QStringLiteral("localhost"))), merchant);
        gateway.addCaCertificates(m_pki.caCertificates());
        TestCharge c(card, QStringLiteral("https-outcome"));
        const auto r = charge(gateway, c);
        QVERIFY(r);
        QVERIFY2(int(r->status) == status, qPrintable(r->message));
        QCOMPARE(server.protocol().requestCount(), 1);
    }

    void https_refusesAnUnknownCaOrAWrongHostName_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("trustCa");
        QTest::newRow("unknown certificate authority") << QStringLiteral("localhost") << false;
        QTest::newRow("certificate for another host name") << QStringLiteral("127.0.0.1") << true;
    }

    void https_refusesAnUnknownCaOrAWrongHostName()
    {
        QFETCH(QString, host);
        QFETCH(bool, trustCa);
        SandboxHttpServer server(merchant);
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, m_pki.serverCertificateFile(),
                     m_pki.serverKeyFile(), &error),
            qPrintable(error));
        AnetGateway gateway(settingsFor(withHost(server.endpoint(), host)), merchant);
        if (trustCa) {
            gateway.addCaCertificates(m_pki.caCertificates());
        }
        TestCharge c("4111111111111111", QStringLiteral("tls-refused"));
        const auto r = charge(gateway, c);
        QVERIFY(r);
        QCOMPARE(r->status, GatewayResult::Status::Error);
        QVERIFY2(r->message.contains(QStringLiteral("nothing was charged")), qPrintable(r->message));
        QCOMPARE(server.protocol().requestCount(), 0);
    }

    void plainHttp_isRefusedExceptToLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("http to a public address")
            << QStringLiteral("http://192.0.2.10/xml/v1/request.api") << false;
        QTest::newRow("http to a host name")
            << QStringLiteral("http://gateway.example.com/xml/v1/request.api") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/x") << false;
        QTest::newRow("not a url") << QStringLiteral("::") << false;
        QTest::newRow("http to 127.0.0.1")
            << QStringLiteral("http://127.0.0.1:8089/xml/v1/request.api") << true;
        QTest::newRow("http to ::1") << QStringLiteral("http://[::1]:8089/xml/v1/request.api") << true;
        QTest::newRow("http to localhost")
            << QStringLiteral("http://localhost:8089/xml/v1/request.api") << true;
        QTest::newRow("https anywhere")
            << QStringLiteral("https://api.example.com/xml/v1/request.api") << true;
    }

    void plainHttp_isRefusedExceptToLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QString error;
        QCOMPARE(AnetGateway::checkEndpoint(QUrl(url), &error), allowed);
        if (!allowed) {
            AnetGateway gateway(settingsFor(QUrl(url)), merchant);
            TestCharge c("4111111111111111", QStringLiteral("plain-http"));
            const auto r = charge(gateway, c, 100);
            QVERIFY(r);
            QCOMPARE(r->status, GatewayResult::Status::Error);
        }
    }

    void otherCredentials_areATechnicalError()
    {
        SandboxHttpServer server(merchant);
        QString error;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, {}, {}, &error));
        AnetGateway gateway(settingsFor(server.endpoint()), { merchant.login, QStringLiteral("WrongKey") });
        TestCharge c("4111111111111111", QStringLiteral("bad-key"));
        const auto r = charge(gateway, c);
        QVERIFY(r);
        QCOMPARE(r->status, GatewayResult::Status::Error);
        QCOMPARE(r->reasonCode, QStringLiteral("E00007"));
    }

    void unreachableGateway_chargesNothing()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        AnetGateway gateway(
            settingsFor(QUrl(QStringLiteral("http://127.0.0.1:%1/xml/v1/request.api").arg(port))), merchant);
        TestCharge c("4111111111111111", QStringLiteral("refused"));
        const auto r = charge(gateway, c);
        QVERIFY(r);
        QCOMPARE(r->status, GatewayResult::Status::Error);
        QVERIFY2(r->message.contains(QStringLiteral("nothing was charged")), qPrintable(r->message));
    }

    void longCard_isRefusedBeforeSending()
    {
        SandboxHttpServer server(merchant);
        QString error;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, {}, {}, &error));
        AnetGateway gateway(settingsFor(server.endpoint()), merchant);
        TestCharge c("6200000000000000005", QStringLiteral("long-card"));
        const auto r = charge(gateway, c, 100);
        QVERIFY(r);
        QCOMPARE(r->status, GatewayResult::Status::Error);
        QVERIFY2(r->message.contains(QStringLiteral("16 digits")), qPrintable(r->message));
        QCOMPARE(server.protocol().requestCount(), 0);
    }

    void repeatedInvoice_isAnsweredWithTheOriginal()
    {
        SandboxHttpServer server(merchant);
        QString error;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, {}, {}, &error));
        AnetGateway gateway(settingsFor(server.endpoint()), merchant);
        TestCharge c("4111111111111111", QStringLiteral("repeat-1"));
        const auto first = charge(gateway, c);
        const auto again = charge(gateway, c);
        QVERIFY(first && again);
        QCOMPARE(first->status, GatewayResult::Status::Approved);
        QCOMPARE(again->status, GatewayResult::Status::Approved);
        QCOMPARE(again->transactionId, first->transactionId);
        QCOMPARE(server.protocol().chargeCount(), 1);
    }

    void fault_isReconciled_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<QByteArray>("card");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("charges");
        QTest::addColumn<QString>("message");

        const int ok = int(GatewayResult::Status::Approved);
        const int no = int(GatewayResult::Status::Declined);
        const int err = int(GatewayResult::Status::Error);
        const QByteArray visa("4111111111111111");
        QTest::newRow("added latency") << QStringLiteral("latency=150") << visa << ok << 1 << QString();
        QTest::newRow("dropped connection after the charge")
            << QStringLiteral("drop") << visa << ok << 1 << QStringLiteral("confirmed");
        QTest::newRow("dropped connection after a decline")
            << QStringLiteral("drop") << QByteArray("4000000000000069") << no << 0 << QString();
        QTest::newRow("http 500 every time: unconfirmed, never \"not charged\"")
            << QStringLiteral("http500") << visa << err << 0 << QStringLiteral("do not charge again");
        QTest::newRow("reply held past the client's time-out")
            << QStringLiteral("timeout,hold=5000") << visa << ok << 1 << QStringLiteral("confirmed");
        QTest::newRow("malformed reply")
            << QStringLiteral("malformed") << visa << ok << 1 << QStringLiteral("confirmed");
        QTest::newRow("malformed reply to a decline")
            << QStringLiteral("malformed") << QByteArray("4000000000000127") << no << 0 << QString();
        QTest::newRow("truncated reply")
            << QStringLiteral("truncated") << visa << ok << 1 << QStringLiteral("confirmed");
        QTest::newRow("reply after the client gave up")
            << QStringLiteral("late,late-after=1500") << visa << ok << 1 << QStringLiteral("confirmed");
    }

    void fault_isReconciled()
    {
        QFETCH(QString, faults);
        QFETCH(QByteArray, card);
        QFETCH(int, status);
        QFETCH(int, charges);
        QFETCH(QString, message);
        QString error;
        const auto spec = SandboxFaultSpec::parse(faults, &error);
        QVERIFY2(spec, qPrintable(error));
        SandboxHttpServer server(merchant, *spec);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, {}, {}, &error));
        // Long enough for a loaded machine to answer the inquiries, short enough to give up on the held
        // reply.
        AnetGateway gateway(settingsFor(server.endpoint(), 1000), merchant);
        TestCharge c(card, QStringLiteral("fault-1"));
        const auto r = charge(gateway, c);
        QVERIFY(r);
        QVERIFY2(int(r->status) == status, qPrintable(r->message));
        QVERIFY2(r->message.contains(message), qPrintable(r->message));
        QCOMPARE(server.protocol().chargeCount(), charges);
        QCOMPARE(server.protocol().chargesFor(QStringLiteral("fault-1")), charges);
    }

    void droppedConnection_qtNeverSendsTheChargeAgainByItself()
    {
        // Qt's HTTP channel resends a request whose connection closes while it waits for the reply. For a
        // charge the client forbids that: the server sees the first send and the client's one knowing resend
        // (same invoice, answered as a duplicate), never more.
        QString error;
        SandboxHttpServer server(merchant, *SandboxFaultSpec::parse(QStringLiteral("drop"), &error));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, {}, {}, &error));
        int chargeRequests = 0;
        connect(&server, &SandboxHttpServer::requestHandled, this, [&](const QString& line) {
            chargeRequests += line.startsWith(QStringLiteral("createTransactionRequest"));
        });
        AnetGateway gateway(settingsFor(server.endpoint(), 1000), merchant);
        TestCharge c("4111111111111111", QStringLiteral("drop-once"));
        const auto r = charge(gateway, c);
        QVERIFY(r);
        QCOMPARE(r->status, GatewayResult::Status::Approved);
        QCOMPARE(chargeRequests, 1 + AnetGateway::maxResends);
        QCOMPARE(server.protocol().chargesFor(QStringLiteral("drop-once")), 1);
    }

    void notFoundAfterTheWholeSearch_isUnconfirmed_neverNotCharged()
    {
        // Every charge request fails with HTTP 500: the gateway holds nothing, but the client cannot know
        // that it never will; it says so, and the call must not charge again.
        QString error;
        SandboxHttpServer server(merchant, *SandboxFaultSpec::parse(QStringLiteral("http500"), &error));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, {}, {}, &error));
        AnetGateway gateway(settingsFor(server.endpoint(), 1000), merchant);
        TestCharge c("4111111111111111", QStringLiteral("nowhere"));
        const auto r = charge(gateway, c);
        QVERIFY(r);
        QCOMPARE(r->status, GatewayResult::Status::Error);
        QVERIFY(r->isUnconfirmed());
        QCOMPARE(r->confirmation, GatewayResult::Confirmation::NotFound);
        QVERIFY2(!r->message.contains(QStringLiteral("nothing was charged")), qPrintable(r->message));
    }

    void chargeBehindPages_isStillFound()
    {
        // Lists answer two transactions a page: the look-up goes through the pages, newest first.
        QString error;
        SandboxHttpServer server(merchant, *SandboxFaultSpec::parse(QStringLiteral("page=2"), &error));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, {}, {}, &error));
        AnetGateway gateway(settingsFor(server.endpoint(), 2000), merchant);
        for (int i = 0; i < 7; ++i) {
            TestCharge other("5555555555554444", QStringLiteral("other-%1").arg(i));
            QVERIFY(charge(gateway, other));
        }
        PaymentGateway::Lookup lookup { QStringLiteral("other-2"), QString(),
            QDateTime::currentDateTimeUtc() };
        std::optional<GatewayResult> found;
        gateway.lookUp(lookup, [&](const GatewayResult& r) { found = r; });
        QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 10000);
        QCOMPARE(found->status, GatewayResult::Status::Approved);
        QCOMPARE(found->transactionId, server.protocol().ledger().at(2).transactionId);
    }

    void heldForReview_isPending_thenLookedUpApproved()
    {
        QString error;
        SandboxHttpServer server(merchant, *SandboxFaultSpec::parse(QStringLiteral("review"), &error));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, {}, {}, &error));
        AnetGateway gateway(settingsFor(server.endpoint(), 1000), merchant);
        TestCharge c("4111111111111111", QStringLiteral("review-1"));
        const auto r = charge(gateway, c);
        QVERIFY(r);
        QVERIFY(r->isHeldForReview());
        QVERIFY(!r->transactionId.isEmpty());
    }

    void gatewayGoneAfterTheCharge_isAnUnknownOutcome()
    {
        QString error;
        auto* server = new SandboxHttpServer(
            merchant, *SandboxFaultSpec::parse(QStringLiteral("timeout,hold=5000"), &error));
        QVERIFY(server->listen(QHostAddress::LocalHost, 0, {}, {}, &error));
        // The gateway takes the charge, then disappears before it can be asked what became of it.
        connect(server, &SandboxHttpServer::requestHandled, server, &QObject::deleteLater);
        AnetGateway gateway(settingsFor(server->endpoint(), 2000), merchant);
        TestCharge c("4111111111111111", QStringLiteral("gone"));
        const auto r = charge(gateway, c);
        QVERIFY(r);
        QCOMPARE(r->status, GatewayResult::Status::Error);
        QVERIFY2(r->message.contains(QStringLiteral("unknown")), qPrintable(r->message));
        QVERIFY2(
            r->message.contains(QStringLiteral("check it before charging again")), qPrintable(r->message));
    }

    void server_refusesOtherPathsMethodsAndGarbage()
    {
        SandboxHttpServer server(merchant);
        QString error;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, {}, {}, &error));
        QNetworkAccessManager network;
        QUrl other = server.endpoint();
        other.setPath(QStringLiteral("/other"));
        std::unique_ptr<QNetworkReply> notFound(
            network.post(QNetworkRequest(other), QByteArrayLiteral("<x/>")));
        std::unique_ptr<QNetworkReply> wrongMethod(network.get(QNetworkRequest(server.endpoint())));
        std::unique_ptr<QNetworkReply> tooLarge(network.post(
            QNetworkRequest(server.endpoint()), QByteArray(SandboxHttpServer::maxRequestBytes + 1, 'x')));
        QTRY_VERIFY(notFound->isFinished() && wrongMethod->isFinished() && tooLarge->isFinished());
        QCOMPARE(notFound->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QCOMPARE(wrongMethod->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
        QCOMPARE(tooLarge->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);

        // Bytes that are not HTTP at all: the server stays up.
        QTcpSocket garbage;
        garbage.connectToHost(QHostAddress::LocalHost, server.endpoint().port());
        QVERIFY(garbage.waitForConnected(5000));
        garbage.write(QByteArray("\x16\x03\x01 not http at all\r\n\r\n").repeated(50));
        QVERIFY(garbage.waitForBytesWritten(5000));

        AnetGateway gateway(settingsFor(server.endpoint()), merchant);
        TestCharge c("4111111111111111", QStringLiteral("after-garbage"));
        const auto r = charge(gateway, c);
        QVERIFY(r);
        QCOMPARE(r->status, GatewayResult::Status::Approved);
    }

    // The head alone is enough to refuse a body over the cap: the server answers before the body comes.
    void server_refusesAnOversizedBodyFromItsLength()
    {
        SandboxHttpServer server(merchant);
        QString error;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, {}, {}, &error));
        for (const QByteArray& header :
            { QByteArray("Content-Length: 900000000"), QByteArray("Transfer-Encoding: chunked") }) {
            QTcpSocket client;
            client.connectToHost(QHostAddress::LocalHost, server.endpoint().port());
            QVERIFY(client.waitForConnected(5000));
            client.write("POST /xml/v1/request.api HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/xml\r\n"
                + header + "\r\n\r\n<createTransactionRequest>");
            QByteArray answer;
            QTRY_VERIFY_WITH_TIMEOUT((answer += client.readAll()).contains("\r\n\r\n"), 5000);
            QVERIFY2(
                answer.startsWith("HTTP/1.1 413") || answer.startsWith("HTTP/1.1 411"), answer.constData());
        }
        QCOMPARE(server.protocol().requestCount(), 0);
    }

    void cancel_dropsTheCompletion()
    {
        QString error;
        SandboxHttpServer server(
            merchant, *SandboxFaultSpec::parse(QStringLiteral("timeout,hold=3000"), &error));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, {}, {}, &error));
        AnetGateway gateway(settingsFor(server.endpoint(), 5000), merchant);
        TestCharge c("4111111111111111", QStringLiteral("cancelled"));
        int calls = 0;
        gateway.submit(c.request, [&calls](const GatewayResult&) { ++calls; });
        QTRY_COMPARE(server.protocol().requestCount(), 1);
        gateway.cancel(c.request.invoiceNumber);
        QCOMPARE(gateway.pendingCount(), 0);
        QTest::qWait(200);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestAnetGateway)
#include "tst_anetgateway.moc"
