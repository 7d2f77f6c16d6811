#include "../gateway/testpki.h"
#include "store/livekpifeed.h"
#include "wallboardaccess.h"
#include "wallboardserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace voicepay;

namespace {

const QByteArray token = QByteArrayLiteral("floor-screen-7c1f0e9a2b");

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

Reply get(QNetworkAccessManager& nam, const QUrl& url, const QByteArray& authorization = {},
    const QByteArray& verb = QByteArrayLiteral("GET"), const QSslConfiguration& tls = {})
{
    QNetworkRequest request(url);
    if (!authorization.isEmpty()) {
        request.setRawHeader("Authorization", authorization);
    }
    if (!tls.isNull()) {
        request.setSslConfiguration(tls);
    }
    QNetworkReply* reply = nam.sendCustomRequest(request, verb);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto& h : reply->rawHeaderPairs()) {
        r.headers.insert(h.first.toLower(), h.second);
    }
    reply->deleteLater();
    return r;
}

QUrl withQuery(QUrl url, const QString& path, const QByteArray& query)
{
    url.setPath(path);
    url.setQuery(QString::fromUtf8(query));
    return url;
}

} // namespace

class TestWallboardAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void constantTimeEquals_data();
    void constantTimeEquals();
    void presentedToken_data();
    void presentedToken();
    void tokenFile_shortOrMissing_isRefused();
    void missingOrWrongToken_gets401AndIsCounted();
    void rightToken_servesPageAndSnapshot();
    void pageIsReadOnly();
    void webSocketWithWrongToken_isClosedAndCounted();
    void tls_servesPageAndWebSocket();
};

void TestWallboardAccess::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("the same token") << token << QByteArray(token) << true;
    QTest::newRow("the last character differs") << token << token.left(token.size() - 1) + 'x' << false;
    QTest::newRow("the first character differs") << token << 'g' + token.mid(1) << false;
    QTest::newRow("a prefix of the token") << token << token.left(8) << false;
    QTest::newRow("the token and more") << token << token + 'x' << false;
    QTest::newRow("nothing against the token") << token << QByteArray() << false;
    QTest::newRow("case matters") << token << token.toUpper() << false;
    QTest::newRow("nothing against nothing") << QByteArray() << QByteArray() << true;
}

void TestWallboardAccess::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(WallboardAccess::constantTimeEquals(a, b), equal);
    QCOMPARE(WallboardAccess::constantTimeEquals(b, a), equal);
}

void TestWallboardAccess::presentedToken_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("presented");
    QTest::newRow("in the address") << QUrl("http://h/?token=abc&lang=de") << QByteArray()
                                    << QByteArray("abc");
    QTest::newRow("as a bearer token") << QUrl("http://h/") << QByteArray("Bearer xyz") << QByteArray("xyz");
    QTest::newRow("bearer in lower case")
        << QUrl("http://h/") << QByteArray("bearer  xyz ") << QByteArray("xyz");
    QTest::newRow("the header wins") << QUrl("http://h/?token=abc") << QByteArray("Bearer xyz")
                                     << QByteArray("xyz");
    QTest::newRow("basic is not bearer") << QUrl("http://h/") << QByteArray("Basic eHl6") << QByteArray();
    QTest::newRow("percent-encoded") << QUrl("http://h/?token=a%2Bb") << QByteArray() << QByteArray("a+b");
    QTest::newRow("none") << QUrl("http://h/") << QByteArray() << QByteArray();
}

void TestWallboardAccess::presentedToken()
{
    QFETCH(QUrl, url);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, presented);
    QCOMPARE(WallboardAccess::presentedToken(url, authorization), presented);
}

void TestWallboardAccess::tokenFile_shortOrMissing_isRefused()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!WallboardAccess::readTokenFile(dir.filePath("none"), &error));
    QVERIFY(!error.isEmpty());
    QFile shortFile(dir.filePath("short"));
    QVERIFY(shortFile.open(QIODevice::WriteOnly));
    shortFile.write("tiny\n");
    shortFile.close();
    QVERIFY(!WallboardAccess::readTokenFile(shortFile.fileName(), &error));
    QVERIFY(error.contains("16"));
    QFile good(dir.filePath("good"));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("  " + token + "  \nsecond line\n");
    good.close();
    QCOMPARE(WallboardAccess::readTokenFile(good.fileName(), &error).value_or(QByteArray()), token);
    QVERIFY(WallboardAccess::generateToken().size() >= WallboardAccess::minimumTokenLength);
    QVERIFY(WallboardAccess::generateToken() != WallboardAccess::generateToken());

    LiveKpiFeed feed;
    WallboardServer server(&feed, WallboardOptions { QByteArray("tiny"), {}, {}, 1000, 10, 1 << 20 });
    QCOMPARE(server.listen(QHostAddress::LocalHost, 0, {}, {}, &error), quint16(0));
    QVERIFY(error.contains("token"));
}

void TestWallboardAccess::missingOrWrongToken_gets401AndIsCounted()
{
    LiveKpiFeed feed;
    WallboardServer server(&feed, WallboardOptions { token, {}, {}, 1000, 10, 1 << 20 });
    QString error;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, {}, {}, &error) > 0, qPrintable(error));
    QSignalSpy refusals(&server, &WallboardServer::refused);
    QNetworkAccessManager nam;
    const QUrl base = server.pageUrl();

    Reply r = get(nam, base);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer realm=\"wallboard\""));
    QVERIFY(!r.body.contains("wallboard-data"));
    QCOMPARE(get(nam, withQuery(base, "/", "token=wrong-token-of-some-length")).status, 401);
    QCOMPARE(get(nam, withQuery(base, "/snapshot.json", {}), "Bearer " + token.left(token.size() - 1)).status,
        401);
    QCOMPARE(get(nam, withQuery(base, "/snapshot.json", "token=" + token.left(4))).status, 401);
    QCOMPARE(get(nam, withQuery(base, "/no-such-page", {})).status, 401); // nothing is told without the token
    QCOMPARE(server.refusedCount(), 5);
    QCOMPARE(refusals.size(), 5);
    QCOMPARE(refusals.first().at(0).toString(), QStringLiteral("127.0.0.1"));
}

void TestWallboardAccess::rightToken_servesPageAndSnapshot()
{
    LiveKpiFeed feed;
    WallboardServer server(&feed, WallboardOptions { token, "lyon", {}, 1000, 10, 1 << 20 });
    QString error;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, {}, {}, &error) > 0, qPrintable(error));
    QNetworkAccessManager nam;

    const Reply page = get(nam, withQuery(server.pageUrl(), "/", "token=" + token + "&lang=de"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.header("Content-Security-Policy").contains("default-src 'none'"));
    QCOMPARE(page.header("Referrer-Policy"), QByteArray("no-referrer"));
    QVERIFY(page.body.contains("<html lang=\"de\">"));
    QVERIFY(page.body.contains("<title>Zahlungen am Telefon · lyon</title>"));
    QVERIFY(page.body.contains("id=\"wallboard-data\""));
    QVERIFY(!page.body.contains("{{")); // every placeholder filled in
    // Nothing from elsewhere: no links, no sources, no address but the SVG namespace.
    QVERIFY(!page.body.contains("<link") && !page.body.contains(" src="));
    QVERIFY(!page.body.contains("https://"));
    QCOMPARE(page.body.count("http://"), page.body.count("http://www.w3.org/2000/svg"));

    const Reply fr = get(nam, withQuery(server.pageUrl(), "/", "lang=fr"), "Bearer " + token);
    QVERIFY(fr.body.contains("<html lang=\"fr\">"));
    QVERIFY(fr.body.contains("Reconnexion"));
    const Reply unknown = get(nam, withQuery(server.pageUrl(), "/", "lang=xx"), "Bearer " + token);
    QVERIFY(unknown.body.contains("<html lang=\"en\">"));

    const Reply snapshot = get(nam, withQuery(server.pageUrl(), "/snapshot.json", {}), "Bearer " + token);
    QCOMPARE(snapshot.status, 200);
    const QJsonObject json = QJsonDocument::fromJson(snapshot.body).object();
    QCOMPARE(json.value("site").toString(), QStringLiteral("lyon"));
    QCOMPARE(json.value("totals").toObject().value("entered").toInt(-1), 0);
    QVERIFY(json.value("successRate").isNull());
    QCOMPARE(json.value("minutes").toArray().size(), 60);
    QCOMPARE(get(nam, withQuery(server.pageUrl(), "/nothing-here", {}), "Bearer " + token).status, 404);
    QCOMPARE(server.refusedCount(), 0);
}

void TestWallboardAccess::pageIsReadOnly()
{
    LiveKpiFeed feed;
    WallboardServer server(&feed, WallboardOptions { token, {}, {}, 1000, 10, 1 << 20 });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0) > 0);
    QNetworkAccessManager nam;
    for (const QByteArray& verb : { QByteArray("POST"), QByteArray("PUT"), QByteArray("DELETE") }) {
        QCOMPARE(get(nam, withQuery(server.pageUrl(), "/", {}), "Bearer " + token, verb).status, 405);
    }
}

void TestWallboardAccess::webSocketWithWrongToken_isClosedAndCounted()
{
    LiveKpiFeed feed;
    WallboardServer server(&feed, WallboardOptions { token, {}, {}, 100, 10, 1 << 20 });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0) > 0);
    QUrl ws = server.pageUrl();
    ws.setScheme("ws");
    ws.setPath("/ws");

    QWebSocket wrong;
    QSignalSpy wrongMessages(&wrong, &QWebSocket::textMessageReceived);
    QSignalSpy wrongClosed(&wrong, &QWebSocket::disconnected);
    ws.setQuery("token=not-the-token-at-all");
    wrong.open(ws);
    QVERIFY(wrongClosed.wait(10000));
    QCOMPARE(wrongMessages.size(), 0);
    QCOMPARE(server.refusedCount(), 1);

    QWebSocket header; // as a tool would: the token as a bearer token
    QSignalSpy headerMessages(&header, &QWebSocket::textMessageReceived);
    QNetworkRequest request(QUrl(ws.toString(QUrl::RemoveQuery)));
    request.setRawHeader("Authorization", "Bearer " + token);
    header.open(request);
    QVERIFY(headerMessages.wait(10000));

    QWebSocket right; // as the page does: browsers send no headers with a WebSocket
    QSignalSpy messages(&right, &QWebSocket::textMessageReceived);
    ws.setQuery("token=" + QString::fromUtf8(token));
    right.open(ws);
    QVERIFY(messages.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 3, 5000); // pushed again and again
    QVERIFY(QJsonDocument::fromJson(messages.last().at(0).toString().toUtf8()).object().contains("totals"));
    QCOMPARE(server.clientCount(), 2);
    QCOMPARE(server.refusedCount(), 1);
    ws.setPath("/elsewhere"); // the right token, but no WebSocket there
    QWebSocket elsewhere;
    QSignalSpy elsewhereClosed(&elsewhere, &QWebSocket::disconnected);
    elsewhere.open(ws);
    QVERIFY(elsewhereClosed.wait(10000));
    QCOMPARE(server.clientCount(), 2);
    QCOMPARE(server.refusedCount(), 1);
}

void TestWallboardAccess::tls_servesPageAndWebSocket()
{
    TestPki pki;
    QString error;
    if (!pki.create(&error)) {
        QFAIL(qPrintable(error));
    }
    LiveKpiFeed feed;
    WallboardServer server(&feed, WallboardOptions { token, {}, {}, 100, 10, 1 << 20 });
    QVERIFY2(
        server.listen(QHostAddress::LocalHost, 0, pki.serverCertificateFile(), pki.serverKeyFile(), &error)
            > 0,
        qPrintable(error));
    QCOMPARE(server.pageUrl().scheme(), QStringLiteral("https"));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(pki.caCertificates());
    // The test certificate names "localhost".
    QUrl page = server.pageUrl(true);
    page.setHost("localhost");
    QUrl bare = server.pageUrl();
    bare.setHost("localhost");
    QNetworkAccessManager nam;
    QCOMPARE(get(nam, page, {}, "GET", tls).status, 200);
    QCOMPARE(get(nam, bare, {}, "GET", tls).status, 401);

    QUrl wss = page;
    wss.setScheme("wss");
    wss.setPath("/ws");
    QWebSocket socket;
    socket.setSslConfiguration(tls);
    QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
    socket.open(wss);
    QVERIFY(messages.wait(10000));
}

QTEST_GUILESS_MAIN(TestWallboardAccess)
#include "tst_wallboardaccess.moc"
