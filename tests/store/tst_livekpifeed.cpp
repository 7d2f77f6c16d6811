#include "store/kpistore.h"
#include "store/livekpifeed.h"
#include "storetestdb.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace voicepay;
using namespace voicepay::test;

namespace {
void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("embedded SQLite file") << QStringLiteral("sqlite");
    QTest::newRow("PostgreSQL server") << QStringLiteral("postgresql");
}
} // namespace

class TestLiveKpiFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void localSessionsCountAtOnceAndNeverTwice_data() { addBackendRows(); }
    void localSessionsCountAtOnceAndNeverTwice();
    void otherWritersAppearWithinASecond_data() { addBackendRows(); }
    void otherWritersAppearWithinASecond();
    void callsInProgressAreCounted();
    void callsInProgressElsewhereAreCountedOnce_data() { addBackendRows(); }
    void callsInProgressElsewhereAreCountedOnce();
};

void TestLiveKpiFeed::localSessionsCountAtOnceAndNeverTwice()
{
    QFETCH(QString, backend);
    StoreTestDb db(backend);
    if (!db.isReady()) {
        QSKIP(qPrintable(db.skipReason()));
    }
    KpiStore store;
    store.setBatchLimits(1000, 600000); // nothing commits until the flush below
    QString error;
    QVERIFY2(store.open(db.url(), &error), qPrintable(error));
    LiveKpiFeed feed;
    feed.setPollIntervalMs(100);
    feed.start(db.url(), &store);
    QTRY_VERIFY(feed.hasPolled());
    QCOMPARE(feed.counters().entered, 0);

    // The calls start 100 ms apart, all before now: started at now, the later ones could fall into the next
    // minute, which the window (up to the current minute) does not hold yet.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<ScenarioRun> runs = runGeneratedCalls(&store, 20, 5, now - 5000, 0);
    qint64 successes = 0;
    for (const ScenarioRun& r : runs) {
        successes += r.result.outcome == Outcome::Success ? 1 : 0;
    }
    // Counted as they are recorded, before any commit.
    QCOMPARE(feed.counters().entered, 20);
    QCOMPARE(feed.counters().successful, successes);
    const QList<KpiPoint> minutes = feed.minutes();
    QCOMPARE(minutes.size(), 60);
    qint64 inWindow = 0;
    for (const KpiPoint& p : minutes) {
        inWindow += p.counters.entered;
    }
    QCOMPARE(inWindow, 20);

    QSignalSpy changes(&feed, &LiveKpiFeed::countersChanged);
    QVERIFY(store.flush(&error));
    // Several reads after the commit: the sessions now come from the database, and still count once.
    QTRY_VERIFY(changes.size() >= 4);
    for (const QList<QVariant>& args : std::as_const(changes)) {
        QCOMPARE(args.at(0).value<KpiCounters>().entered, 20);
    }
    QCOMPARE(feed.counters().entered, 20);
}

void TestLiveKpiFeed::otherWritersAppearWithinASecond()
{
    QFETCH(QString, backend);
    StoreTestDb db(backend);
    if (!db.isReady()) {
        QSKIP(qPrintable(db.skipReason()));
    }
    LiveKpiFeed feed; // reads only: the sessions come from another writer, as from another site
    feed.start(db.url());
    QTRY_VERIFY(feed.hasPolled());
    KpiStore other;
    QString error;
    QVERIFY2(other.open(db.url(), &error), qPrintable(error));
    runGeneratedCalls(&other, 10, 6, QDateTime::currentMSecsSinceEpoch(), 0);
    QVERIFY(other.flush(&error));
    QTRY_COMPARE_WITH_TIMEOUT(feed.counters().entered, 10, 2500);
}

void TestLiveKpiFeed::callsInProgressAreCounted()
{
    StoreTestDb db(QStringLiteral("sqlite"));
    KpiStore store;
    QString error;
    QVERIFY2(store.open(db.url(), &error), qPrintable(error));
    LiveKpiFeed feed;
    feed.start(db.url(), &store);
    QSignalSpy spy(&feed, &LiveKpiFeed::inProgressChanged);
    store.noteStarted(u"s1"_qs, u"local"_qs, u"ivr"_qs, QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(feed.inProgress(), 1);
    SessionRecord done;
    done.sessionId = u"s1"_qs;
    done.site = u"local"_qs;
    done.outcome = u"hangup"_qs;
    done.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    store.record(done);
    QCOMPARE(feed.inProgress(), 0);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(feed.counters().hangUps, 1);
}

// Two writers on one store, as two sites or a console and `voicepay-sim load`: each console counts the
// other's calls in progress from the store and its own at once, never twice; a writer that stops beating
// stops counting.
void TestLiveKpiFeed::callsInProgressElsewhereAreCountedOnce()
{
    QFETCH(QString, backend);
    StoreTestDb db(backend);
    if (!db.isReady()) {
        QSKIP(qPrintable(db.skipReason()));
    }
    QString error;
    KpiStore here;
    here.setBatchLimits(100, 20);
    QVERIFY2(here.open(db.url(), &error), qPrintable(error));
    KpiStore there;
    there.setBatchLimits(100, 20);
    QVERIFY2(there.open(db.url(), &error), qPrintable(error));
    QVERIFY(here.writerId() != there.writerId());
    LiveKpiFeed feed;
    feed.setPollIntervalMs(50);
    feed.start(db.url(), &here);
    QTRY_VERIFY(feed.hasPolled());
    QCOMPARE(feed.inProgress(), 0);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    there.noteStarted(u"north-1"_qs, u"north"_qs, u"ivr"_qs, now);
    there.noteStarted(u"north-2"_qs, u"north"_qs, u"conference"_qs, now);
    here.noteStarted(u"south-1"_qs, u"south"_qs, u"ivr"_qs, now);
    QCOMPARE(feed.inProgress(), 1); // its own at once
    QTRY_COMPARE_WITH_TIMEOUT(feed.inProgress(), 3, 10000);
    // Its own call is listed in the store too by now; after more reads it still counts once.
    QSignalSpy polls(&feed, &LiveKpiFeed::countersChanged);
    QTRY_VERIFY_WITH_TIMEOUT(polls.size() >= 4, 10000);
    QCOMPARE(feed.inProgress(), 3);
    {
        KpiFilter north;
        north.site = u"north"_qs;
        feed.changeFilter(north);
        QTRY_COMPARE_WITH_TIMEOUT(feed.inProgress(), 2, 10000);
        feed.changeFilter({});
        QTRY_COMPARE_WITH_TIMEOUT(feed.inProgress(), 3, 10000);
    }

    SessionRecord ended;
    ended.sessionId = u"north-1"_qs;
    ended.site = u"north"_qs;
    ended.outcome = u"success"_qs;
    ended.startedAtMs = now;
    there.record(ended);
    QVERIFY2(there.flush(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(feed.inProgress(), 2, 10000);

    // The other writer ends without withdrawing its call (a killed process): once its heartbeat is older than
    // the limit, its call no longer counts.
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(
            backend == u"sqlite" ? u"QSQLITE"_qs : u"QPSQL"_qs, u"age-heartbeat"_qs);
        const StoreUrl& url = db.url();
        if (backend == u"sqlite") {
            admin.setDatabaseName(url.path);
        } else {
            admin.setHostName(url.host);
            admin.setPort(url.port);
            admin.setUserName(url.user);
            admin.setPassword(url.password);
            admin.setDatabaseName(url.database);
        }
        QVERIFY(admin.open());
        QSqlQuery q(admin);
        there.close(); // withdraws its calls; put one back as a killed writer would have left it
        QCOMPARE(feed.inProgress(), 2); // not read yet
        QTRY_COMPARE_WITH_TIMEOUT(feed.inProgress(), 1, 10000);
        QVERIFY(
            q.exec(u"INSERT INTO live_writers (writer, seen_at) VALUES ('killed', %1)"_qs.arg(now - 60000)));
        QVERIFY(q.exec(u"INSERT INTO live_calls (session_id, writer, site, call_type, started_at) "
                       "VALUES ('lost-1', 'killed', 'north', 'ivr', %1)"_qs.arg(now - 60000)));
        QVERIFY(
            q.exec(u"INSERT INTO live_writers (writer, seen_at) VALUES ('alive', %1)"_qs.arg(now + 60000)));
        QVERIFY(q.exec(u"INSERT INTO live_calls (session_id, writer, site, call_type, started_at) "
                       "VALUES ('fresh-1', 'alive', 'north', 'ivr', %1)"_qs.arg(now)));
        QTRY_COMPARE_WITH_TIMEOUT(feed.inProgress(), 2, 10000); // south-1 and fresh-1; not lost-1
        q.finish();
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"age-heartbeat"_qs);
    feed.stop();
}

QTEST_GUILESS_MAIN(TestLiveKpiFeed)
#include "tst_livekpifeed.moc"
