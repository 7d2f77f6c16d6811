#include "sim/scenario.h"
#include "sim/scenariorunner.h"
#include "store/kpiquery.h"
#include "store/kpistore.h"
#include "store/sessionspool.h"
#include "store/storeconnection.h"
#include "store/storerecorder.h"
#include "storetestdb.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;
using namespace voicepay::test;

namespace {
Scenario declinedThreeTimes()
{
    QString error;
    auto s = Scenario::fromFile(
        QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/scenarios/14_declined_max_transfer.json"), &error);
    if (!s) {
        qFatal("%s", qPrintable(error));
    }
    return *s;
}

// Records one run of the scenario into an open store.
CallResult recordScenario(KpiStore& store, const Scenario& scenario)
{
    StoreRecorder recorder(store);
    RunOptions options;
    options.observers << &recorder;
    const ScenarioRun run = ScenarioRunner::run(scenario, options);
    if (!run.ok) {
        qWarning() << run.error;
    }
    return run.result;
}

qint64 count(const StoreUrl& url, const QString& sql)
{
    StoreConnection c(url, QStringLiteral("count"));
    QString error;
    if (!c.open(&error)) {
        qWarning() << error;
        return -1;
    }
    QSqlQuery q(c.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

const QStringList kCards { QStringLiteral("4000000000000002"), QStringLiteral("4000000000000069"),
    QStringLiteral("4000000000000127") };
} // namespace

class TestSessionSpool : public QObject
{
    Q_OBJECT
    QTemporaryDir m_spoolDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_spoolDir.isValid());
        qputenv("VOICEPAY_SPOOL_DIR", QFile::encodeName(m_spoolDir.path()));
    }

    void replayKeepsPromptsAndTransferContext_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("embedded SQLite file") << QStringLiteral("sqlite");
        QTest::newRow("PostgreSQL server") << QStringLiteral("postgresql");
    }
    void replayKeepsPromptsAndTransferContext()
    {
        QFETCH(QString, backend);
        StoreTestDb db(backend);
        if (!db.isReady()) {
            QSKIP(qPrintable(db.skipReason()));
        }
        KpiStore store;
        QString error;
        QVERIFY2(store.open(db.url(), &error), qPrintable(error));
        const CallResult result = recordScenario(store, declinedThreeTimes());
        QCOMPARE(outcomeName(result.outcome), QStringLiteral("declined_max"));
        QVERIFY2(store.flush(&error), qPrintable(error));

        KpiQuery query(db.url());
        const auto replay = query.replay(result.sessionId);
        QVERIFY2(replay, qPrintable(query.lastError()));
        QCOMPARE(replay->steps.size(), result.steps.size());
        for (qsizetype i = 0; i < result.steps.size(); ++i) {
            QCOMPARE(replay->steps.at(i).step, result.steps.at(i).step);
            QCOMPARE(replay->steps.at(i).prompts, result.steps.at(i).prompts);
        }
        QCOMPARE(replay->closingPrompts, result.closingPrompts);
        QVERIFY(replay->transfer);
        QCOMPARE(replay->transfer->step, QStringLiteral("authorize"));
        QCOMPARE(replay->transfer->declineCodes, (QStringList { u"2"_qs, u"8"_qs, u"65"_qs }));
        QCOMPARE(replay->transfer->maskedCard, QStringLiteral("visa ending 0127"));
        QCOMPARE(replay->paymentReference, QStringLiteral("INV-1001"));
        const QByteArray stored = replay->toJson();
        for (const QString& card : kCards) {
            QVERIFY(!stored.contains(card.toLatin1()));
        }
        // A session without a replay (as the load generator's older rows) reads as an empty one.
        const auto none = query.replay(QStringLiteral("no-such-session"));
        QVERIFY(none && none->isEmpty());
        const auto sites = query.sites();
        QVERIFY2(sites, qPrintable(query.lastError()));
        QCOMPARE(sites->size(), 1);
    }

    void damagedReplayIsReportedNotTrusted()
    {
        StoreTestDb db(QStringLiteral("sqlite"));
        KpiStore store;
        QString error;
        QVERIFY2(store.open(db.url(), &error), qPrintable(error));
        const CallResult result = recordScenario(store, declinedThreeTimes());
        QVERIFY2(store.flush(&error), qPrintable(error));
        store.close();
        {
            StoreConnection c(db.url(), QStringLiteral("damage"));
            QVERIFY2(c.open(&error), qPrintable(error));
            QSqlQuery q(c.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE replays SET body = '{\"steps\": 7'")));
        }
        KpiQuery query(db.url());
        QVERIFY(!query.replay(result.sessionId));
        QVERIFY2(query.lastError().contains(QStringLiteral("unreadable")), qPrintable(query.lastError()));
        // The rest of the session still reads.
        const auto events = query.events(result.sessionId);
        QVERIFY(events && !events->isEmpty());
    }

    void recordJsonRefusesCardDataAndScrubsTexts_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("card number in the reason is masked")
            << u"reason"_qs << QJsonValue(u"card 4111111111111111"_qs) << true;
        QTest::newRow("more than four digits as last four")
            << u"last4"_qs << QJsonValue(u"41111"_qs) << false;
        QTest::newRow("no session id") << u"sessionId"_qs << QJsonValue(u""_qs) << false;
        QTest::newRow("an event that is not a tuple")
            << u"events"_qs << QJsonValue(QJsonArray { 1 }) << false;
        QTest::newRow("steps that are not a list")
            << u"replay"_qs << QJsonValue(QJsonObject { { u"steps"_qs, 3 } }) << false;
    }
    void recordJsonRefusesCardDataAndScrubsTexts()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(bool, accepted);
        SessionRecord r;
        r.sessionId = QStringLiteral("s-1");
        r.outcome = QStringLiteral("success");
        r.last4 = QStringLiteral("1111");
        QJsonObject o = r.toJson();
        o.insert(field, value);
        QString why;
        const auto back = SessionRecord::fromJson(o, &why);
        QCOMPARE(bool(back), accepted);
        if (back) {
            QVERIFY(!back->toJson().value(field).toString().contains(u"4111111111111111"_qs));
        } else {
            QVERIFY(!why.isEmpty());
        }
    }

    void lockedStoreSpoolsAndTheNextOpenStoresThem()
    {
        StoreTestDb db(QStringLiteral("sqlite"));
        QString error;
        {
            KpiStore first; // creates the database
            QVERIFY2(first.open(db.url(), &error), qPrintable(error));
        }
        SessionSpool spool(db.url());
        QVERIFY(!QFile::exists(spool.filePath()));
        CallResult result;
        {
            // Another writer holds the write lock for longer than the store waits.
            QSqlDatabase other
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
            other.setDatabaseName(db.sqlitePath());
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            KpiStore store;
            store.setBatchLimits(10, 0);
            QVERIFY2(store.open(db.url(), &error), qPrintable(error));
            result = recordScenario(store, declinedThreeTimes());
            QVERIFY(!store.flush(&error));
            QVERIFY2(error.contains(QStringLiteral("locked")) || error.contains(QStringLiteral("busy")),
                qPrintable(error));
            store.close();
            QCOMPARE(store.spooledCount(), 1);
            QVERIFY2(store.spoolNote().contains(spool.filePath()), qPrintable(store.spoolNote()));
            lock.exec(QStringLiteral("ROLLBACK"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
        QCOMPARE(count(db.url(), QStringLiteral("SELECT COUNT(*) FROM sessions")), 0);
        QFile file(spool.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
        const QByteArray spooled = file.readAll();
        file.close();
        QVERIFY(spooled.contains(result.sessionId.toLatin1()));
        for (const QString& card : kCards) {
            QVERIFY(!spooled.contains(card.toLatin1()));
        }

        // The next program that opens the store commits what was spooled, once.
        KpiStore next;
        QVERIFY2(next.open(db.url(), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(next.recoveredCount(), 1, 30000);
        QVERIFY(!QFile::exists(spool.filePath()));
        QCOMPARE(count(db.url(), QStringLiteral("SELECT COUNT(*) FROM sessions")), 1);
        QCOMPARE(count(db.url(), QStringLiteral("SELECT SUM(sessions) FROM rollup_day")), 1);
        // The queue kept only the stored body of the replay (nobody listened to sessionRecorded): the spool
        // wrote the whole replay back from it, prompts and transfer context.
        KpiQuery query(db.url());
        const auto replay = query.replay(result.sessionId);
        QVERIFY(replay && replay->transfer);
        QCOMPARE(replay->transfer->maskedCard, QStringLiteral("visa ending 0127"));
        QCOMPARE(replay->closingPrompts, result.closingPrompts);
        QCOMPARE(replay->steps.size(), result.steps.size());
        for (qsizetype i = 0; i < result.steps.size(); ++i) {
            QCOMPARE(replay->steps.at(i).prompts, result.steps.at(i).prompts);
        }
        QCOMPARE(replay->paymentReference, QStringLiteral("INV-1001"));
        QCOMPARE(count(db.url(),
                     QStringLiteral("SELECT COUNT(*) FROM session_refs WHERE kind = 'reference' AND "
                                    "ref = 'INV-1001'")),
            1);
    }

    void recordKeepingOnlyTheStoredReplayGivesTheWholeReplayBack()
    {
        const ScenarioRun run = ScenarioRunner::run(declinedThreeTimes(), {});
        QVERIFY(run.ok);
        SessionRecord r = SessionRecord::fromRun(run.result, {}, {}, QStringLiteral("local"), 0);
        QVERIFY(!r.storedReplay.isEmpty());
        const QJsonObject whole = r.toJson();
        const QList<QPair<QString, QString>> refs = SessionRecord::searchRefs(r);
        r.keepStoredReplayOnly();
        QVERIFY(r.replay.steps.isEmpty() && r.replay.closingPrompts.isEmpty() && !r.replay.transfer);
        QVERIFY(r.hasReplay());
        QCOMPARE(SessionRecord::searchRefs(r), refs);
        QCOMPARE(r.toJson(), whole);
    }

    void damagedSpoolLinesAreKeptAside()
    {
        StoreTestDb db(QStringLiteral("sqlite"));
        SessionSpool spool(db.url());
        SessionRecord good;
        good.sessionId = QStringLiteral("spooled-1");
        good.outcome = QStringLiteral("success");
        good.site = QStringLiteral("local");
        QString error;
        QVERIFY2(spool.append({ good }, &error), qPrintable(error));
        QFile file(spool.filePath());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"sessionId\": \"cut-short\", \"outc");
        file.close();

        KpiStore store;
        QVERIFY2(store.open(db.url(), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(store.recoveredCount(), 1, 30000);
        QCOMPARE(count(db.url(), QStringLiteral("SELECT COUNT(*) FROM sessions")), 1);
        QVERIFY(!QFile::exists(spool.filePath()));
        const QStringList aside
            = QDir(m_spoolDir.path()).entryList({ QFileInfo(spool.filePath()).fileName() + u".*.bad"_qs });
        QCOMPARE(aside.size(), 1);
        QFile kept(QDir(m_spoolDir.path()).filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().contains("cut-short"));
    }
};

QTEST_GUILESS_MAIN(TestSessionSpool)
#include "tst_sessionspool.moc"
