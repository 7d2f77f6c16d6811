#include "store/kpiquery.h"
#include "store/kpistore.h"
#include "store/replaycodec.h"
#include "store/storeconnection.h"
#include "store/storeschema.h"
#include "storetestdb.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace voicepay;
using namespace voicepay::test;

namespace {
constexpr quint64 kSeed = 20240601;
constexpr qint64 kFromMs = 1717200000000; // 2024-06-01 00:00 UTC
constexpr qint64 kTwoDaysMs = 2 * 86400000;

qint64 scalar(StoreConnection& c, const QString& sql)
{
    QSqlQuery q(c.database());
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("embedded SQLite file") << QStringLiteral("sqlite");
    QTest::newRow("PostgreSQL server") << QStringLiteral("postgresql");
}
} // namespace

class TestKpiStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordsEverySessionWithItsEventsAndRollups_data() { addBackendRows(); }
    void recordsEverySessionWithItsEventsAndRollups();
    void aSessionRecordedTwiceCountsOnce_data() { addBackendRows(); }
    void aSessionRecordedTwiceCountsOnce();
    void neverStoresACardNumber();
    void theQueueStaysWithinItsLimit();
    void generatedCallsNeverListCallsInProgress();
    void migratesOnceAndRecordsTheVersion();
    void upgradesAVersionOneDatabase();
    void readsReplaysStoredAsTextBeforeVersionSeven();
    void refusesADatabaseNewerThanTheProgram();
    void refusesAFileThatIsNotADatabase();
    void runCommandRecordsTheCall();
};

void TestKpiStore::recordsEverySessionWithItsEventsAndRollups()
{
    QFETCH(QString, backend);
    StoreTestDb db(backend);
    if (!db.isReady()) {
        QSKIP(qPrintable(db.skipReason()));
    }
    KpiStore store;
    store.setBatchLimits(50, 100);
    QString error;
    QVERIFY2(store.open(db.url(), &error), qPrintable(error));
    const QList<ScenarioRun> runs = runGeneratedCalls(&store, 150, kSeed, kFromMs, kTwoDaysMs);
    QVERIFY2(store.flush(&error), qPrintable(error));
    QCOMPARE(store.committedCount(), 150);

    qint64 events = 0;
    QMap<QString, qint64> byOutcome;
    qint64 attempts = 0;
    for (const ScenarioRun& run : runs) {
        QVERIFY(run.ok);
        events += run.events.size();
        ++byOutcome[outcomeName(run.result.outcome)];
        attempts += run.result.attempts;
    }
    StoreConnection c(db.url(), QStringLiteral("check"));
    QVERIFY2(c.open(&error), qPrintable(error));
    QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM sessions")), 150);
    QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM events")), events);
    for (Granularity g : allGranularities()) {
        QCOMPARE(
            scalar(c, QStringLiteral("SELECT SUM(sessions) FROM %1").arg(StoreSchema::rollupTable(g))), 150);
        QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(attempts) FROM %1").arg(StoreSchema::rollupTable(g))),
            attempts);
        QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(n) FROM %1").arg(StoreSchema::durationsTable(g))), 150);
        for (auto it = byOutcome.begin(); it != byOutcome.end(); ++it) {
            QCOMPARE(scalar(c,
                         QStringLiteral("SELECT SUM(sessions) FROM %1 WHERE outcome = '%2'")
                             .arg(StoreSchema::rollupTable(g), it.key())),
                it.value());
        }
    }
    // Several outcomes, or the check above proves little.
    QVERIFY(byOutcome.size() >= 4);
    const ScenarioRun& first = runs.first();
    QSqlQuery q(c.database());
    QVERIFY(q.exec(QStringLiteral("SELECT outcome, started_at, duration_ms, config_version FROM sessions "
                                  "WHERE session_id = '%1'")
                       .arg(first.result.sessionId)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), outcomeName(first.result.outcome));
    QCOMPARE(q.value(2).toLongLong(), first.result.durationMs);
    QCOMPARE(q.value(3).toString(), first.result.configVersion);
    QVERIFY(q.value(1).toLongLong() >= kFromMs && q.value(1).toLongLong() < kFromMs + kTwoDaysMs);
}

void TestKpiStore::aSessionRecordedTwiceCountsOnce()
{
    QFETCH(QString, backend);
    StoreTestDb db(backend);
    if (!db.isReady()) {
        QSKIP(qPrintable(db.skipReason()));
    }
    KpiStore store;
    QString error;
    QVERIFY2(store.open(db.url(), &error), qPrintable(error));
    const QList<ScenarioRun> runs = runGeneratedCalls(nullptr, 1, kSeed, kFromMs, 0);
    const SessionRecord record = SessionRecord::fromRun(
        runs.first().result, runs.first().events, runs.first().transitions, u"a"_qs, 0);
    store.record(record);
    QVERIFY(store.flush(&error));
    store.record(record);
    QVERIFY(store.flush(&error));
    QCOMPARE(store.committedCount(), 1);
    StoreConnection c(db.url(), QStringLiteral("check"));
    QVERIFY2(c.open(&error), qPrintable(error));
    QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(sessions) FROM rollup_day")), 1);
}

void TestKpiStore::neverStoresACardNumber()
{
    StoreTestDb db(QStringLiteral("sqlite"));
    KpiStore store;
    QString error;
    QVERIFY2(store.open(db.url(), &error), qPrintable(error));
    runGeneratedCalls(&store, 200, kSeed, kFromMs, kTwoDaysMs);
    QVERIFY(store.flush(&error));
    const QStringList cards = cardNumbersKeyed(kSeed, 200, kFromMs, kTwoDaysMs);
    QVERIFY(cards.size() >= 5);

    auto readAll = [&db](const QString& suffix) {
        QFile f(db.sqlitePath() + suffix);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    // While the writer is open the newest pages are in the write-ahead log; after close, in the main file.
    const QByteArray wal = readAll(QStringLiteral("-wal"));
    QVERIFY(!wal.isEmpty());
    store.close();
    const QByteArray main = readAll(QString());
    QVERIFY(!main.isEmpty());
    int lastFoursFound = 0;
    for (const QString& card : cards) {
        QVERIFY2(!wal.contains(card.toLatin1()), "a card number is in the write-ahead log");
        QVERIFY2(!main.contains(card.toLatin1()), "a card number is in the database file");
        QVERIFY2(!main.contains(card.left(12).toLatin1()), "a card number's first twelve digits are stored");
        lastFoursFound += main.contains((QStringLiteral(" ") + card.right(4)).toLatin1()) ? 1 : 0;
    }
    // The scan reads what is really there: the last four digits, which may be stored, are found.
    QVERIFY(lastFoursFound > 0);
}

void TestKpiStore::theQueueStaysWithinItsLimit()
{
    StoreTestDb db(QStringLiteral("sqlite"));
    KpiStore store;
    store.setBatchLimits(5, 100);
    store.setQueueLimit(2);
    QCOMPARE(store.queueLimit(), 5); // never less than a batch
    store.setQueueLimit(8);
    QCOMPARE(store.queueLimit(), 8);
    QString error;
    QVERIFY2(store.open(db.url(), &error), qPrintable(error));
    // The engine outruns a writer that commits five sessions a transaction: record() waits for it.
    runGeneratedCalls(&store, 300, kSeed, kFromMs, kTwoDaysMs);
    QVERIFY2(store.flush(&error), qPrintable(error));
    QCOMPARE(store.committedCount(), 300);
    QVERIFY2(store.queuePeak() <= 8, qPrintable(QString::number(store.queuePeak())));
    QVERIFY(store.queuePeak() >= 1);
}

void TestKpiStore::generatedCallsNeverListCallsInProgress()
{
    StoreTestDb db(QStringLiteral("sqlite"));
    QString error;
    {
        // Count every row ever written to live_calls, not only those left at the end.
        StoreConnection c(db.url(), QStringLiteral("trigger"));
        QVERIFY2(c.open(&error), qPrintable(error));
        QSqlQuery q(c.database());
        QVERIFY(q.exec(u"CREATE TABLE live_inserts (session_id TEXT NOT NULL)"_qs));
        QVERIFY(q.exec(u"CREATE TRIGGER live_inserted AFTER INSERT ON live_calls BEGIN "
                       "INSERT INTO live_inserts VALUES (new.session_id); END"_qs));
    }
    KpiStore store;
    // A second of batch delay: even on a busy machine a generated call lasts far less.
    store.setBatchLimits(20, 1000);
    QVERIFY2(store.open(db.url(), &error), qPrintable(error));
    // Calls that start and end within the batch delay (all generated calls do) are never in progress for
    // another console; a call that lasts longer is.
    runGeneratedCalls(&store, 400, kSeed, kFromMs, kTwoDaysMs);
    QVERIFY2(store.flush(&error), qPrintable(error));
    StoreConnection c(db.url(), QStringLiteral("check"));
    QVERIFY2(c.open(&error), qPrintable(error));
    QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM live_inserts")), 0);
    store.noteStarted(u"long-call"_qs, u"local"_qs, u"ivr"_qs, QDateTime::currentMSecsSinceEpoch());
    QTRY_COMPARE_WITH_TIMEOUT(scalar(c, QStringLiteral("SELECT COUNT(*) FROM live_calls")), 1, 15000);
    QCOMPARE(
        scalar(c, QStringLiteral("SELECT COUNT(*) FROM live_inserts WHERE session_id = 'long-call'")), 1);
}

void TestKpiStore::migratesOnceAndRecordsTheVersion()
{
    StoreTestDb db(QStringLiteral("sqlite"));
    QString error;
    for (int i = 0; i < 2; ++i) {
        StoreConnection c(db.url(), QStringLiteral("check"));
        QVERIFY2(c.open(&error), qPrintable(error));
        QCOMPARE(
            scalar(c, QStringLiteral("SELECT COUNT(*) FROM schema_version")), StoreSchema::latestVersion());
        QCOMPARE(scalar(c, QStringLiteral("SELECT MAX(version) FROM schema_version")),
            StoreSchema::latestVersion());
    }
}

void TestKpiStore::upgradesAVersionOneDatabase()
{
    StoreTestDb db(QStringLiteral("sqlite"));
    QString error;
    {
        KpiStore store;
        QVERIFY2(store.open(db.url(), &error), qPrintable(error));
        runGeneratedCalls(&store, 60, kSeed, kFromMs, 40LL * 86400000);
        QVERIFY(store.flush(&error));
    }
    {
        // Back to version 1: no month rollups, no replays, no calls in progress.
        StoreConnection c(db.url(), QStringLiteral("downgrade"));
        QVERIFY2(c.open(&error), qPrintable(error));
        QSqlQuery q(c.database());
        QVERIFY(q.exec(u"DROP TABLE replays"_qs));
        QVERIFY(q.exec(u"DROP TABLE live_calls"_qs));
        QVERIFY(q.exec(u"DROP TABLE live_writers"_qs));
        for (const QString& table :
            { StoreSchema::rollupTable(Granularity::Month), StoreSchema::countsTable(Granularity::Month),
                StoreSchema::durationsTable(Granularity::Month) }) {
            QVERIFY(q.exec(QStringLiteral("DROP TABLE ") + table));
        }
        // Version 1 keyed events by session id.
        QVERIFY(q.exec(
            u"CREATE TABLE events_v1 (session_id TEXT NOT NULL, idx INTEGER NOT NULL, at_ms BIGINT NOT NULL, "
            "kind TEXT NOT NULL, step TEXT NOT NULL, detail TEXT NOT NULL, PRIMARY KEY (session_id, idx))"_qs));
        QVERIFY(q.exec(u"INSERT INTO events_v1 SELECT s.session_id, e.idx, e.at_ms, e.kind, e.step, e.detail "
                       "FROM events e JOIN sessions s ON s.seq = e.session_seq"_qs));
        QVERIFY(q.exec(u"DROP TABLE events"_qs));
        QVERIFY(q.exec(u"ALTER TABLE events_v1 RENAME TO events"_qs));
        QVERIFY(q.exec(u"DROP TABLE payment_journal"_qs)); // version 6
        QVERIFY(q.exec(u"DELETE FROM schema_version WHERE version > 1"_qs));
    }
    qint64 events = 0;
    QString someSession;
    {
        QSqlDatabase plain = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"plain"_qs);
        plain.setDatabaseName(db.sqlitePath());
        QVERIFY(plain.open());
        QSqlQuery q(plain);
        QVERIFY(q.exec(u"SELECT COUNT(*), MIN(session_id) FROM events"_qs) && q.next());
        events = q.value(0).toLongLong();
        someSession = q.value(1).toString();
    }
    QSqlDatabase::removeDatabase(u"plain"_qs);
    QVERIFY(events > 60);
    StoreConnection c(db.url(), QStringLiteral("check"));
    QVERIFY2(c.open(&error), qPrintable(error));
    QCOMPARE(StoreSchema::currentVersion(*std::make_unique<QSqlDatabase>(c.database())),
        StoreSchema::latestVersion());
    // The month rollups are filled from the day rollups: two months of calls, every one counted.
    QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(sessions) FROM rollup_month")), 60);
    QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(DISTINCT bucket) FROM rollup_month")), 2);
    QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(n) FROM durations_month")), 60);
    QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(n) FROM counts_month WHERE family = 'ended'")), 60);
    QCOMPARE(
        scalar(c, QStringLiteral("SELECT COUNT(*) FROM replays")), 0); // sessions stored before keep none
    // Events keyed by sequence number now, none lost.
    QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM events")), events);
    QCOMPARE(scalar(c,
                 QStringLiteral("SELECT COUNT(*) FROM events e JOIN sessions s ON s.seq = e.session_seq "
                                "WHERE s.session_id = '%1'")
                     .arg(someSession))
            > 3,
        true);
}

void TestKpiStore::readsReplaysStoredAsTextBeforeVersionSeven()
{
    StoreTestDb db(QStringLiteral("sqlite"));
    QString error;
    {
        KpiStore store;
        QVERIFY2(store.open(db.url(), &error), qPrintable(error));
        runGeneratedCalls(&store, 20, kSeed, kFromMs, kTwoDaysMs);
        QVERIFY(store.flush(&error));
    }
    QString sessionId;
    QByteArray json;
    {
        StoreConnection c(db.url(), QStringLiteral("downgrade"));
        QVERIFY2(c.open(&error), qPrintable(error));
        QSqlQuery q(c.database());
        QVERIFY(q.exec(u"SELECT s.session_id, r.body, typeof(r.body) FROM replays r "
                       "JOIN sessions s ON s.seq = r.session_seq ORDER BY s.seq LIMIT 1"_qs));
        QVERIFY(q.next());
        sessionId = q.value(0).toString();
        const QByteArray stored = q.value(1).toByteArray();
        QCOMPARE(q.value(2).toString(), u"blob"_qs);
        json = replaycodec::unpack(stored);
        QVERIFY(json.startsWith('{'));
        QVERIFY2(stored.size() * 2 < json.size(), "the replay is stored compressed");
        q.finish();
        // Back to version 5: the replay as JSON text in a WITHOUT ROWID table.
        QVERIFY(q.exec(u"DROP TABLE replays"_qs));
        QVERIFY(q.exec(u"CREATE TABLE replays (session_seq BIGINT NOT NULL PRIMARY KEY, body TEXT NOT NULL) "
                       "WITHOUT ROWID"_qs));
        QVERIFY(q.prepare(u"INSERT INTO replays SELECT seq, ? FROM sessions WHERE session_id = ?"_qs));
        q.addBindValue(QString::fromUtf8(json));
        q.addBindValue(sessionId);
        QVERIFY(q.exec());
        QVERIFY(q.exec(u"DROP TABLE payment_journal"_qs)); // version 6
        QVERIFY(q.exec(u"DELETE FROM schema_version WHERE version > 5"_qs));
    }
    KpiQuery query(db.url()); // migrates to the latest version
    const auto replay = query.replay(sessionId);
    QVERIFY2(replay, qPrintable(query.lastError()));
    QVERIFY(!replay->steps.isEmpty());
    QCOMPARE(replay->toJson(), json);
}

void TestKpiStore::refusesADatabaseNewerThanTheProgram()
{
    StoreTestDb db(QStringLiteral("sqlite"));
    QString error;
    {
        StoreConnection c(db.url(), QStringLiteral("check"));
        QVERIFY2(c.open(&error), qPrintable(error));
        QVERIFY(QSqlQuery(c.database()).exec(QStringLiteral("INSERT INTO schema_version VALUES (99, 0)")));
    }
    KpiStore store;
    QVERIFY(!store.open(db.url(), &error));
    QVERIFY2(error.contains(u"newer"), qPrintable(error));
}

void TestKpiStore::refusesAFileThatIsNotADatabase()
{
    StoreTestDb db(QStringLiteral("sqlite"));
    QFile f(db.sqlitePath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    KpiStore store;
    QString error;
    QVERIFY(!store.open(db.url(), &error));
    QVERIFY2(error.contains(db.sqlitePath()), qPrintable(error));
    QVERIFY2(error.contains(u"not a database"), qPrintable(error));
}

void TestKpiStore::runCommandRecordsTheCall()
{
    StoreTestDb db(QStringLiteral("sqlite"));
    QTemporaryDir dir;
    const QString scenarioPath = dir.filePath(QStringLiteral("call.json"));
    {
        QFile f(scenarioPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"name": "pays", "call": {"accountId": "10001", "amountDue": "25.00", "identified": true},
            "inputs": ["1", "5555555555554444#", "1230", "123#", "1"], "expect": {"outcome": "success"}})");
    }
    QProcess sim;
    sim.start(QStringLiteral(VOICEPAY_BINARY_DIR "/bin/voicepay-sim"),
        { QStringLiteral("run"), scenarioPath, QStringLiteral("--date"), QStringLiteral("2025-03-01"),
            QStringLiteral("--db"), db.urlString() });
    QVERIFY(sim.waitForFinished(30000));
    QVERIFY2(sim.exitCode() == 0, sim.readAllStandardError().constData());
    StoreConnection c(db.url(), QStringLiteral("check"));
    QString error;
    QVERIFY2(c.open(&error), qPrintable(error));
    QCOMPARE(scalar(c,
                 QStringLiteral("SELECT COUNT(*) FROM sessions WHERE outcome = 'success' AND last4 = '4444' "
                                "AND brand = 'mastercard'")),
        1);
}

QTEST_GUILESS_MAIN(TestKpiStore)
#include "tst_kpistore.moc"
