// "In progress" across writers: several KpiStore writers (as several processes or sites would be) on one
// store, a `voicepay-sim load` process beside them, and what a killed writer left behind. The count read from
// the store must equal the calls really running: never calls that ended, were given up or belong to a dead
// process.
#include "call/calldriver.h"
#include "flow/paymentflow.h"
#include "store/kpiquery.h"
#include "store/kpistore.h"
#include "store/livekpifeed.h"
#include "store/livestart.h"
#include "store/storerecorder.h"
#include "storetestdb.h"

#include <QDateTime>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace voicepay;
using namespace voicepay::test;

namespace {

// One site's writer with the engine's calls on it, driven as the console drives them.
struct Site
{
    QString name;
    std::unique_ptr<KpiStore> store = std::make_unique<KpiStore>();
    std::unique_ptr<StoreRecorder> recorder;
    std::vector<std::unique_ptr<CallDriver>> calls;

    CallDriver& startCall(int n, qint64 nowMs)
    {
        CallSetup setup;
        setup.config.site = name;
        setup.context.accountId = QStringLiteral("10001");
        setup.context.amountDue = QStringLiteral("125.00");
        setup.context.identified = true;
        setup.date = QDate(2026, 11, 29);
        setup.sessionId = QStringLiteral("%1-%2").arg(name).arg(n);
        calls.push_back(std::make_unique<CallDriver>(setup, nullptr));
        calls.back()->addObserver(recorder.get());
        calls.back()->start(nowMs);
        return *calls.back();
    }
};

// The count every reader shows (-1: the store could not be read).
qint64 liveCalls(const StoreUrl& url, const QString& site = QString())
{
    KpiQuery query(url);
    KpiFilter filter;
    filter.site = site;
    return query.liveCalls(filter, QString(), QDateTime::currentMSecsSinceEpoch()).value_or(-1);
}

QSqlDatabase openDirect(const StoreUrl& url, const QString& name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(
        url.backend == StoreUrl::Backend::Sqlite ? u"QSQLITE"_qs : u"QPSQL"_qs, name);
    if (url.backend == StoreUrl::Backend::Sqlite) {
        db.setDatabaseName(url.path);
    } else {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.database);
    }
    db.open();
    return db;
}

} // namespace

class TestLiveCalls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countEqualsTheCallsRunning_data();
    void countEqualsTheCallsRunning();
    void phoneCallsAreListedWithTheirStep();
};

// Schema 10: a recorder with a channel lists its calls with the flow node each is at, and the step follows
// the flow once the call is listed; the channel's list leaves out the calls of other writers and channels.
void TestLiveCalls::phoneCallsAreListedWithTheirStep()
{
    StoreTestDb db(QStringLiteral("sqlite"));
    QString error;
    Site phone;
    Site console;
    phone.name = console.name = u"north"_qs;
    for (Site* s : { &phone, &console }) {
        s->store->setBatchLimits(100, 20);
        QVERIFY2(s->store->open(db.url(), &error), qPrintable(error));
        s->recorder = std::make_unique<StoreRecorder>(*s->store, StoreRecorder::Clock::Epoch);
    }
    phone.recorder->setChannel(phoneChannel());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    CallDriver& call = phone.startCall(1, now);
    console.startCall(2, now);
    auto listed = [&db] {
        KpiQuery query(db.url());
        return query.liveCallList(phoneChannel(), QDateTime::currentMSecsSinceEpoch())
            .value_or(QList<LiveStart> {});
    };
    const QString first = call.flow().transitions().last().second;
    QVERIFY(!first.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(listed().size(), 1, 5000);
    QCOMPARE(listed().first().sessionId, u"north-1"_qs);
    QCOMPARE(listed().first().channel, phoneChannel());
    QCOMPARE(listed().first().step, first);
    QCOMPARE(liveCalls(db.url()), 2); // both count as in progress, whatever their channel

    // Once listed, the step follows the flow.
    call.pressKey(u'1', now + 100);
    const QString next = call.flow().transitions().last().second;
    QVERIFY2(next != first, qPrintable(next));
    QTRY_COMPARE_WITH_TIMEOUT(listed().value(0).step, next, 5000);

    call.hangUp(now + 200);
    QTRY_COMPARE_WITH_TIMEOUT(listed().size(), 0, 5000);
}

void TestLiveCalls::countEqualsTheCallsRunning_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("embedded SQLite file") << QStringLiteral("sqlite");
    QTest::newRow("PostgreSQL server") << QStringLiteral("postgresql");
}

void TestLiveCalls::countEqualsTheCallsRunning()
{
    QFETCH(QString, backend);
    StoreTestDb db(backend);
    if (!db.isReady()) {
        QSKIP(qPrintable(db.skipReason()));
    }
    QString error;
    std::vector<Site> sites(3);
    const QStringList names { u"north"_qs, u"south"_qs, u"east"_qs };
    for (int i = 0; i < 3; ++i) {
        sites[i].name = names.at(i);
        sites[i].store->setBatchLimits(100, 20);
        QVERIFY2(sites[i].store->open(db.url(), &error), qPrintable(error));
        sites[i].recorder = std::make_unique<StoreRecorder>(*sites[i].store, StoreRecorder::Clock::Epoch);
    }
    // A killed writer's calls: its heartbeat stopped long ago.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        QSqlDatabase direct = openDirect(db.url(), u"killed-writer"_qs);
        QVERIFY(direct.isOpen());
        QSqlQuery q(direct);
        QVERIFY(q.exec(u"INSERT INTO live_writers (writer, seen_at) VALUES ('killed', %1)"_qs.arg(
            now - kLiveHeartbeatAgeMs - 60000)));
        for (int i = 0; i < 40; ++i) {
            QVERIFY(q.exec(u"INSERT INTO live_calls (session_id, writer, site, call_type, started_at) "
                           "VALUES ('lost-%1', 'killed', 'north', 'ivr', %2)"_qs.arg(i)
                               .arg(now - 90000)));
        }
        q.finish();
        direct.close();
    }
    QSqlDatabase::removeDatabase(u"killed-writer"_qs);
    QCOMPARE(liveCalls(db.url()), 0);

    // Every site starts 6 calls; all of them last long enough to be listed.
    for (Site& s : sites) {
        for (int n = 0; n < 6; ++n) {
            s.startCall(n, now);
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(liveCalls(db.url()), 18, 10000);
    // The killed writer's rows were removed by the living writers' heartbeat, not only left uncounted.
    {
        QSqlDatabase direct = openDirect(db.url(), u"rows"_qs);
        QSqlQuery q(direct);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM live_calls"_qs) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 18);
        q.finish();
        direct.close();
    }
    QSqlDatabase::removeDatabase(u"rows"_qs);

    // Per site: two callers hang up (a session is recorded), one call is given up by the driver without a
    // session; three go on.
    for (Site& s : sites) {
        s.calls.at(0)->hangUp(now + 1000);
        s.calls.at(1)->hangUp(now + 1000);
        FinishedCall givenUp; // what the driver reports when it gives a call up before the flow ended
        s.recorder->callEnded(s.calls.at(2)->flow(), givenUp);
    }
    QTRY_COMPARE_WITH_TIMEOUT(liveCalls(db.url()), 9, 10000);
    for (const QString& name : names) {
        QCOMPARE(liveCalls(db.url(), name), 3);
    }

    // A console's feed (one that records no calls itself) counts the same calls.
    LiveKpiFeed feed;
    feed.setPollIntervalMs(50);
    feed.start(db.url());
    QTRY_VERIFY(feed.hasPolled());

    // A load run in another process, at the same time: its calls end at once and must not add to the count,
    // even while its threads wait for room in its queue.
    QProcess load;
    load.start(QStringLiteral(VOICEPAY_BINARY_DIR "/bin/voicepay-sim"),
        { u"load"_qs, u"--calls"_qs, u"3000"_qs, u"--concurrency"_qs, u"16"_qs, u"--days"_qs, u"0"_qs,
            u"--batch"_qs, u"50"_qs, u"--seed"_qs, u"7"_qs, u"--db"_qs, db.urlString() });
    QVERIFY(load.waitForStarted());
    qint64 most = 0;
    for (int i = 0; i < 600 && load.state() != QProcess::NotRunning; ++i) {
        most = std::max(most, liveCalls(db.url()));
        load.waitForFinished(50);
    }
    QVERIFY(load.state() == QProcess::NotRunning || load.waitForFinished(60000));
    QVERIFY2(load.exitCode() == 0, load.readAllStandardError().constData());
    // A generated call could only count if it outlasted the batch delay on a starved machine: at most one per
    // thread, never the thousands that ended.
    QVERIFY2(most <= 9 + 16, qPrintable(QString::number(most)));
    QCOMPARE(liveCalls(db.url()), 9);
    QTRY_COMPARE_WITH_TIMEOUT(feed.inProgress(), 9, 10000);

    // A writer that closes withdraws its calls.
    for (auto& c : sites[2].calls) {
        c.reset();
    }
    sites[2].store->close();
    QCOMPARE(liveCalls(db.url()), 6);
    QCOMPARE(liveCalls(db.url(), u"east"_qs), 0);
    feed.stop();
}

QTEST_GUILESS_MAIN(TestLiveCalls)
#include "tst_livecalls.moc"
