#include "store/storeconnection.h"
#include "store/storeschema.h"
#include "storetestdb.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace voicepay;
using namespace voicepay::test;

// A writer killed with SIGKILL in the middle of a load run: the database must open clean, with every session
// the writer reported committed, and rollups that agree with the sessions.
class TestStoreCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWriterLeavesACleanDatabase();
};

void TestStoreCrash::killedWriterLeavesACleanDatabase()
{
    StoreTestDb db(QStringLiteral("sqlite"));
    QProcess load;
    load.start(QStringLiteral(VOICEPAY_BINARY_DIR "/bin/voicepay-sim"),
        { u"load"_qs, u"--calls"_qs, u"1000000"_qs, u"--concurrency"_qs, u"2"_qs, u"--db"_qs, db.urlString(),
            u"--seed"_qs, u"9"_qs, u"--days"_qs, u"7"_qs, u"--batch"_qs, u"40"_qs, u"--report-commits"_qs });
    QVERIFY2(load.waitForStarted(10000), qPrintable(load.errorString()));

    qint64 reported = 0;
    QString lastId;
    int commits = 0;
    auto readReports = [&] {
        while (load.canReadLine()) {
            const QList<QByteArray> parts = load.readLine().trimmed().split(' ');
            if (parts.size() == 3 && parts.at(0) == "committed") {
                reported = parts.at(1).toLongLong();
                lastId = QString::fromLatin1(parts.at(2));
                ++commits;
            }
        }
    };
    while (commits < 8) {
        QVERIFY2(load.waitForReadyRead(30000), "the load run reported no commit");
        readReports();
    }
    load.kill(); // SIGKILL: no chance to flush
    QVERIFY(load.waitForFinished(10000));
    QCOMPARE(load.exitStatus(), QProcess::CrashExit);
    readReports(); // lines written before the kill count too
    QVERIFY(reported > 0);

    StoreConnection c(db.url(), QStringLiteral("check"));
    QString error;
    QVERIFY2(c.open(&error), qPrintable(error));
    QSqlQuery q(c.database());
    QVERIFY(q.exec(u"PRAGMA integrity_check"_qs));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_qs);
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM sessions"_qs) && q.next());
    const qint64 stored = q.value(0).toLongLong();
    QVERIFY2(
        stored >= reported, qPrintable(QStringLiteral("%1 stored, %2 reported").arg(stored).arg(reported)));
    QVERIFY(stored < 1000000);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE session_id = '%1'").arg(lastId))
        && q.next());
    QCOMPARE(q.value(0).toLongLong(), 1);
    // No half batch: every stored session has its rollups and its events.
    for (Granularity g : allGranularities()) {
        QVERIFY(q.exec(QStringLiteral("SELECT SUM(sessions) FROM %1").arg(StoreSchema::rollupTable(g)))
            && q.next());
        QCOMPARE(q.value(0).toLongLong(), stored);
    }
    QVERIFY(q.exec(u"SELECT COUNT(DISTINCT session_seq) FROM events"_qs) && q.next());
    QCOMPARE(q.value(0).toLongLong(), stored);
}

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_storecrash.moc"
