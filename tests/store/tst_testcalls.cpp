// Simulated calls are stored as tests (schema 8) and kept out of the KPIs unless a query asks for them: the
// query, the live feed, `voicepay-sim kpi --include-tests`, and a store of schema 7 migrated with its calls
// counted as real.
#include "store/kpiquery.h"
#include "store/kpistore.h"
#include "store/livekpifeed.h"
#include "store/sqlitebackend.h"
#include "store/storeschema.h"
#include "storetestdb.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace voicepay;
using namespace voicepay::test;

namespace {
constexpr qint64 kDayMs = 24 * 3600 * 1000;

SessionRecord session(const QString& id, qint64 atMs, bool test)
{
    SessionRecord r;
    r.sessionId = id;
    r.site = u"local"_qs;
    r.callType = u"ivr"_qs;
    r.outcome = u"success"_qs;
    r.exit = u"return_to_ivr"_qs;
    r.lastStep = u"authorize"_qs;
    r.startedAtMs = atMs;
    r.endedAtMs = atMs + 60000;
    r.durationMs = 60000;
    r.isTest = test;
    return r;
}
} // namespace

class TestTestCalls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testCallsStayOutOfTheKpisUnlessAsked_data();
    void testCallsStayOutOfTheKpisUnlessAsked();
    void kpiCommandIncludesTestsWhenAsked();
    void aVersionSevenStoreKeepsItsCallsAsReal();
};

void TestTestCalls::testCallsStayOutOfTheKpisUnlessAsked_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("embedded SQLite file") << QStringLiteral("sqlite");
    QTest::newRow("PostgreSQL server") << QStringLiteral("postgresql");
}

void TestTestCalls::testCallsStayOutOfTheKpisUnlessAsked()
{
    QFETCH(QString, backend);
    StoreTestDb db(backend);
    if (!db.isReady()) {
        QSKIP(qPrintable(db.skipReason()));
    }
    KpiStore store;
    QString error;
    QVERIFY2(store.open(db.url(), &error), qPrintable(error));
    LiveKpiFeed feed;
    feed.setPollIntervalMs(50);
    feed.start(db.url(), &store);
    QTRY_VERIFY(feed.hasPolled());
    const qint64 now = QDateTime::currentMSecsSinceEpoch() - 120000;
    for (int i = 0; i < 3; ++i) {
        store.record(session(u"real-%1"_qs.arg(i), now, false));
    }
    for (int i = 0; i < 2; ++i) {
        store.record(session(u"test-%1"_qs.arg(i), now, true));
    }
    QCOMPARE(feed.counters().entered, 3); // the feed's own calls, before the commit
    QVERIFY2(store.flush(&error), qPrintable(error));

    KpiQuery query(db.url());
    const KpiRange range { now - kDayMs, now + kDayMs, Granularity::Hour };
    KpiFilter withTests;
    withTests.includeTests = true;
    QCOMPARE(query.totals(range)->entered, 3);
    QCOMPARE(query.totals(range, withTests)->entered, 5);
    QCOMPARE(query.sessions(now - kDayMs, now + kDayMs, {}, 100)->size(), 3);
    const auto all = query.sessions(now - kDayMs, now + kDayMs, withTests, 100);
    QCOMPARE(all->size(), 5);
    QCOMPARE(std::count_if(all->cbegin(), all->cend(), [](const SessionRecord& r) { return r.isTest; }), 2);

    // The feed reads the same from the store, and counts the tests once asked.
    QTRY_COMPARE(feed.counters().entered, 3);
    feed.changeFilter(withTests);
    QTRY_COMPARE(feed.counters().entered, 5);
    feed.stop();
}

void TestTestCalls::kpiCommandIncludesTestsWhenAsked()
{
    StoreTestDb db(QStringLiteral("sqlite"));
    {
        KpiStore store;
        QString error;
        QVERIFY2(store.open(db.url(), &error), qPrintable(error));
        store.record(session(u"real"_qs, 1717200000000, false));
        store.record(session(u"test"_qs, 1717200000000, true));
        QVERIFY2(store.flush(&error), qPrintable(error));
    }
    auto entered = [&db](const QStringList& extra) {
        QProcess kpi;
        kpi.start(QStringLiteral(VOICEPAY_BINARY_DIR "/bin/voicepay-sim"),
            QStringList { u"kpi"_qs, u"--db"_qs, db.urlString(), u"--format"_qs, u"json"_qs } + extra);
        if (!kpi.waitForFinished(30000) || kpi.exitCode() != 0) {
            return qint64(-1);
        }
        const QJsonObject report = QJsonDocument::fromJson(kpi.readAllStandardOutput()).object();
        return report.value(u"totals"_qs).toObject().value(u"entered"_qs).toInteger();
    };
    QCOMPARE(entered({}), 1);
    QCOMPARE(entered({ u"--include-tests"_qs }), 2);
}

// A store written before schema 8: its sessions and rollups become real calls, and new test calls keep apart.
void TestTestCalls::aVersionSevenStoreKeepsItsCallsAsReal()
{
    StoreTestDb db(QStringLiteral("sqlite"));
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"v7"_qs);
        old.setDatabaseName(db.sqlitePath());
        QVERIFY(old.open());
        QSqlQuery q(old);
        QVERIFY(
            q.exec(u"CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at BIGINT NOT NULL)"_qs));
        const SqliteBackend backend;
        for (int v = 1; v <= 7; ++v) {
            for (const QString& sql : StoreSchema::migration(v, backend)) {
                QVERIFY2(q.exec(sql), qPrintable(sql));
            }
            QVERIFY(q.exec(u"INSERT INTO schema_version VALUES (%1, 0)"_qs.arg(v)));
        }
        QVERIFY(
            q.exec(u"INSERT INTO rollup_hour (bucket, site, config_version, call_type, outcome, call_exit, "
                   "brand, sessions, duration_ms, attempts, declines) VALUES (1717200000, 'local', '', "
                   "'ivr', 'success', 'return_to_ivr', '', 4, 240000, 4, 0)"_qs));
        q.finish();
        old.close();
    }
    QSqlDatabase::removeDatabase(u"v7"_qs);
    KpiStore store;
    QString error;
    QVERIFY2(store.open(db.url(), &error), qPrintable(error));
    store.record(session(u"test"_qs, 1717200000000, true));
    QVERIFY2(store.flush(&error), qPrintable(error));
    store.close();
    KpiQuery query(db.url());
    const KpiRange range { 1717200000000 - kDayMs, 1717200000000 + kDayMs, Granularity::Hour };
    QCOMPARE(query.totals(range)->entered, 4);
    KpiFilter withTests;
    withTests.includeTests = true;
    QCOMPARE(query.totals(range, withTests)->entered, 5);
}

QTEST_GUILESS_MAIN(TestTestCalls)
#include "tst_testcalls.moc"
