#include "storetestdb.h"

#include "store/kpistore.h"
#include "store/livekpifeed.h"

#include <QDateTime>
#include <QSignalSpy>
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

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<ScenarioRun> runs = runGeneratedCalls(&store, 20, 5, now, 0);
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

QTEST_GUILESS_MAIN(TestLiveKpiFeed)
#include "tst_livekpifeed.moc"
