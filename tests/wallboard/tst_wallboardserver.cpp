#include "flow/step.h"
#include "store/kpiquery.h"
#include "store/kpistore.h"
#include "store/livekpifeed.h"
#include "store/storeconnection.h"
#include "storetestdb.h"
#include "wallboardclient.h"
#include "wallboardserver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <cmath>

using namespace voicepay;
using namespace voicepay::test;

namespace {

const QByteArray token = QByteArrayLiteral("wallboard-test-token-0042");

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("embedded SQLite file") << QStringLiteral("sqlite");
    QTest::newRow("PostgreSQL server") << QStringLiteral("postgresql");
}

WallboardOptions options(int pushMs = 200)
{
    WallboardOptions o;
    o.token = token;
    o.pushIntervalMs = pushMs;
    return o;
}

QJsonObject fetchSnapshot(const WallboardServer& server)
{
    QNetworkAccessManager nam;
    QUrl url = server.pageUrl();
    url.setPath(QStringLiteral("/snapshot.json"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply* reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return json;
}

QUrl socketUrl(const WallboardServer& server)
{
    QUrl url = server.pageUrl(true);
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/ws"));
    return url;
}

// The start of today (UTC) and a span of the last half hour that stays inside today.
QPair<qint64, qint64> todaysLastHalfHour()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 dayStart = bucketStart(now, Granularity::Day) * 1000;
    const qint64 span = std::min<qint64>(30 * 60000, now - dayStart);
    return { now - span, span };
}

qint64 writeCalls(const StoreUrl& url, int count, quint64 seed, qint64 fromMs, qint64 spanMs)
{
    KpiStore store;
    QString error;
    if (!store.open(url, &error)) {
        qWarning() << error;
        return -1;
    }
    runGeneratedCalls(&store, count, seed, fromMs, spanMs);
    const bool ok = store.flush(&error);
    store.close();
    return ok ? count : -1;
}

} // namespace

class TestWallboardServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void snapshotEqualsTheStoresNumbers_data() { addBackendRows(); }
    void snapshotEqualsTheStoresNumbers();
    void twoHundredViewersStayWhileNumbersMove();
    void storeThatIsNotThereYet_saysReconnectingThenCatchesUp();
    void storeThatGoesAwayAndComesBack_saysReconnectingThenCatchesUp();
};

void TestWallboardServer::snapshotEqualsTheStoresNumbers()
{
    QFETCH(QString, backend);
    StoreTestDb db(backend);
    if (!db.isReady()) {
        QSKIP(qPrintable(db.skipReason()));
    }
    const auto [from, span] = todaysLastHalfHour();
    QCOMPARE(writeCalls(db.url(), 80, 19, from, span), 80);

    LiveKpiFeed feed;
    feed.setPollIntervalMs(100);
    feed.start(db.url());
    WallboardServer server(&feed, options());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(feed.hasPolled(), 10000);

    const QJsonObject snapshot = fetchSnapshot(server);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    KpiQuery query(db.url());
    const auto report = query.report(
        KpiRange { bucketStart(now, Granularity::Day) * 1000, now + 60000, Granularity::Minute });
    QVERIFY2(report, qPrintable(query.lastError()));
    const KpiCounters& t = report->totals;
    QCOMPARE(t.entered, 80);
    const QJsonObject expected = KpiReport::countersJson(t);
    const QJsonObject totals = snapshot.value("totals").toObject();
    for (const char* key : { "entered", "successful", "unsuccessful", "attempted", "hangUps", "declines" }) {
        QCOMPARE(totals.value(key).toInteger(-1), expected.value(key).toInteger(-2));
    }
    const QJsonObject byOutcome = totals.value("byOutcome").toObject();
    for (Outcome o : allOutcomes()) {
        const QString name = outcomeName(o);
        const QJsonObject want = expected.value("byOutcome").toObject().value(name).toObject();
        QCOMPARE(byOutcome.value(name).toObject().value("sessions").toInteger(-1),
            want.value("sessions").toInteger(0));
        QCOMPARE(byOutcome.value(name).toObject().value("averageDurationMs").toInteger(-1),
            want.value("averageDurationMs").toInteger(0));
    }
    QCOMPARE(snapshot.value("successRate").toDouble(),
        std::round(1000.0 * double(t.successful) / double(t.entered)) / 10.0);
    QCOMPARE(snapshot.value("store").toString(), QStringLiteral("live"));
    QCOMPARE(snapshot.value("inProgress").toInt(-1), 0);
    qint64 inChart = 0;
    for (const QJsonValue& m : snapshot.value("minutes").toArray()) {
        inChart += m.toObject().value("entered").toInteger();
    }
    QCOMPARE(inChart, t.entered); // the last half hour is inside the chart's hour
}

void TestWallboardServer::twoHundredViewersStayWhileNumbersMove()
{
    StoreTestDb db(QStringLiteral("sqlite"));
    QVERIFY(db.isReady());
    LiveKpiFeed feed;
    feed.setPollIntervalMs(200);
    feed.start(db.url());
    auto server = std::make_unique<WallboardServer>(&feed, options(250));
    QVERIFY(server->listen(QHostAddress::LocalHost, 0) > 0);

    WallboardViewers viewers;
    viewers.open(socketUrl(*server), 200);
    QTRY_COMPARE_WITH_TIMEOUT(viewers.connected(), 200, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(server->clientCount(), 200, 10000);

    qint64 written = 0;
    for (int round = 0; round < 4; ++round) {
        QCOMPARE(writeCalls(db.url(), 15, 100 + quint64(round), QDateTime::currentMSecsSinceEpoch(), 0), 15);
        written += 15;
        // Every viewer sees the new count, pushed without asking.
        QTRY_COMPARE_WITH_TIMEOUT(viewers.leastEntered(), written, 20000);
    }
    QCOMPARE(viewers.connected(), 200);
    QCOMPARE(viewers.disconnections(), 0);
    QCOMPARE(server->clientCount(), 200);

    // Screens switched off without a word: the server lets them go.
    viewers.vanish(60);
    QTRY_COMPARE_WITH_TIMEOUT(server->clientCount(), 140, 20000);
    QCOMPARE(viewers.connected(), 140);
    QCOMPARE(server->refusedCount(), 0);
    // Stopping with viewers still there closes them.
    server.reset();
    QTRY_COMPARE_WITH_TIMEOUT(viewers.connected(), 0, 20000);
}

void TestWallboardServer::storeThatIsNotThereYet_saysReconnectingThenCatchesUp()
{
    QTemporaryDir dir;
    // A file where the store's folder should be: the store cannot be opened until it goes.
    const QString blocker = dir.filePath("mounted-share");
    QFile block(blocker);
    QVERIFY(block.open(QIODevice::WriteOnly));
    block.close();
    QString error;
    const auto url = StoreUrl::parse("sqlite:" + blocker + "/store.db", &error);
    QVERIFY2(url, qPrintable(error));

    LiveKpiFeed feed;
    feed.setPollIntervalMs(100);
    feed.start(*url);
    WallboardServer server(&feed, options(200));
    QVERIFY(server.listen(QHostAddress::LocalHost, 0) > 0);
    WallboardViewers viewers;
    viewers.open(socketUrl(server), 3);
    QTRY_COMPARE_WITH_TIMEOUT(viewers.inState("reconnecting"), 3, 10000);
    QCOMPARE(fetchSnapshot(server).value("store").toString(), QStringLiteral("reconnecting"));

    QVERIFY(QFile::remove(blocker));
    QCOMPARE(writeCalls(*url, 12, 7, QDateTime::currentMSecsSinceEpoch(), 0), 12);
    QTRY_COMPARE_WITH_TIMEOUT(viewers.inState("live"), 3, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(viewers.leastEntered(), 12, 10000);
    QCOMPARE(viewers.connected(), 3);
}

void TestWallboardServer::storeThatGoesAwayAndComesBack_saysReconnectingThenCatchesUp()
{
    StoreTestDb db(QStringLiteral("postgresql"));
    if (!db.isReady()) {
        QSKIP(qPrintable(db.skipReason()));
    }
    QCOMPARE(writeCalls(db.url(), 10, 3, QDateTime::currentMSecsSinceEpoch(), 0), 10);
    LiveKpiFeed feed;
    feed.setPollIntervalMs(100);
    feed.start(db.url());
    WallboardServer server(&feed, options(200));
    QVERIFY(server.listen(QHostAddress::LocalHost, 0) > 0);
    WallboardViewers viewers;
    viewers.open(socketUrl(server), 3);
    QTRY_COMPARE_WITH_TIMEOUT(viewers.leastEntered(), 10, 10000);
    QCOMPARE(viewers.inState("live"), 3);

    // The database refuses new connections and drops the ones it has, as a restarting server does (from the
    // server's own database: a database cannot shut itself).
    QString error;
    const auto adminUrl = StoreUrl::parse(qEnvironmentVariable("VOICEPAY_TEST_PG_URL"), &error);
    QVERIFY2(adminUrl, qPrintable(error));
    StoreConnection admin(*adminUrl, QStringLiteral("wallboard-test-admin"));
    QVERIFY2(admin.open(&error), qPrintable(error));
    QSqlQuery q(admin.database());
    const QString name = db.url().database;
    QVERIFY2(
        q.exec("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS false"), qPrintable(q.lastError().text()));
    QVERIFY2(q.exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'"),
        qPrintable(q.lastError().text()));
    QTRY_COMPARE_WITH_TIMEOUT(viewers.inState("reconnecting"), 3, 15000);
    QCOMPARE(viewers.connected(), 3); // the viewers stay; only the store is gone

    QVERIFY2(
        q.exec("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS true"), qPrintable(q.lastError().text()));
    QCOMPARE(writeCalls(db.url(), 15, 4, QDateTime::currentMSecsSinceEpoch(), 0), 15);
    QTRY_COMPARE_WITH_TIMEOUT(viewers.inState("live"), 3, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(viewers.leastEntered(), 25, 20000);
}

QTEST_GUILESS_MAIN(TestWallboardServer)
#include "tst_wallboardserver.moc"
