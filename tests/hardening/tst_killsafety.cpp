#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// `voicepay-sim load` killed with SIGKILL at random moments, many times over, on the same database: after
// every kill the database passes PRAGMA integrity_check, no session is half-written (each stored session has
// its events and is counted once in every rollup), and every session the writer reported committed is there.
// VOICEPAY_KILL_ROUNDS sets the number of kills (the soak run uses many more).
class TestKillSafety : public QObject
{
    Q_OBJECT

private slots:
    void randomKills_neverCorruptOrLose();

private:
    struct Check
    {
        QString integrity;
        qint64 sessions = -1;
        qint64 sessionsWithEvents = -1;
        QList<qint64> rollupSums;
        QSet<QString> ids;
    };
    static Check check(const QString& path);
};

TestKillSafety::Check TestKillSafety::check(const QString& path)
{
    Check c;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kill-check"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()) {
                c.integrity = q.value(0).toString();
            }
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM sessions")) && q.next()) {
                c.sessions = q.value(0).toLongLong();
            }
            if (q.exec(QStringLiteral("SELECT COUNT(DISTINCT session_seq) FROM events")) && q.next()) {
                c.sessionsWithEvents = q.value(0).toLongLong();
            }
            QStringList rollups;
            if (q.exec(QStringLiteral(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rollup%'"))) {
                while (q.next()) {
                    rollups << q.value(0).toString();
                }
            }
            for (const QString& table : std::as_const(rollups)) {
                if (q.exec(QStringLiteral("SELECT COALESCE(SUM(sessions), 0) FROM %1").arg(table))
                    && q.next()) {
                    c.rollupSums << q.value(0).toLongLong();
                }
            }
            if (q.exec(QStringLiteral("SELECT session_id FROM sessions"))) {
                while (q.next()) {
                    c.ids.insert(q.value(0).toString());
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("kill-check"));
    return c;
}

void TestKillSafety::randomKills_neverCorruptOrLose()
{
    const int rounds = qEnvironmentVariableIntValue("VOICEPAY_KILL_ROUNDS") > 0
        ? qEnvironmentVariableIntValue("VOICEPAY_KILL_ROUNDS")
        : 12;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QRandomGenerator rng(0x5eed);
    QSet<QString> reportedIds;
    qint64 reportedSessions = 0;
    int killedBeforeAnyCommit = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess load;
        load.start(QStringLiteral(VOICEPAY_SIM),
            { QStringLiteral("load"), QStringLiteral("--calls"), QStringLiteral("1000000"),
                QStringLiteral("--concurrency"), QString::number(1 + rng.bounded(2)), QStringLiteral("--db"),
                QStringLiteral("sqlite:") + path, QStringLiteral("--seed"), QString::number(1000 + round),
                QStringLiteral("--batch"), QString::number(1 + rng.bounded(300)),
                QStringLiteral("--report-commits") });
        QVERIFY(load.waitForStarted(10000));
        // A random moment: one round in four during start-up (opening, migrating), the others after a random
        // number of commits plus a random part of a batch.
        const bool atStartUp = rng.bounded(4) == 0;
        const int killAfterCommits = atStartUp ? 0 : 1 + rng.bounded(12);
        const int killAfterMs = rng.bounded(atStartUp ? 300 : 150);
        int commits = 0;
        qint64 roundReported = 0;
        auto readReports = [&] {
            while (load.canReadLine()) {
                const QList<QByteArray> parts = load.readLine().trimmed().split(' ');
                if (parts.size() == 3 && parts.at(0) == "committed") {
                    roundReported = parts.at(1).toLongLong();
                    reportedIds.insert(QString::fromLatin1(parts.at(2)));
                    ++commits;
                }
            }
        };
        while (commits < killAfterCommits) {
            QVERIFY2(load.waitForReadyRead(60000), "the load run reported no commit");
            readReports();
        }
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < killAfterMs && load.state() == QProcess::Running) {
            load.waitForReadyRead(int(killAfterMs - clock.elapsed()) + 1);
            readReports();
        }
        load.kill();
        QVERIFY(load.waitForFinished(10000));
        readReports();
        if (roundReported == 0) {
            ++killedBeforeAnyCommit;
        }
        reportedSessions += roundReported;

        const Check c = check(path);
        if (c.sessions < 0) {
            // Killed before the database had its tables: nothing was reported, nothing can be missing.
            QCOMPARE(roundReported, 0);
            QVERIFY(c.integrity.isEmpty() || c.integrity == u"ok");
            continue;
        }
        QCOMPARE(c.integrity, QStringLiteral("ok"));
        QVERIFY2(c.sessions >= reportedSessions,
            qPrintable(QStringLiteral("round %1: %2 stored, %3 reported")
                           .arg(round)
                           .arg(c.sessions)
                           .arg(reportedSessions)));
        QCOMPARE(c.sessionsWithEvents, c.sessions);
        for (qint64 sum : c.rollupSums) {
            QCOMPARE(sum, c.sessions);
        }
        for (const QString& id : std::as_const(reportedIds)) {
            QVERIFY2(c.ids.contains(id),
                qPrintable(QStringLiteral("round %1: reported session %2 is missing").arg(round).arg(id)));
        }
        // Sessions reported by earlier rounds are counted again here: the stored total only grows.
        reportedSessions = c.sessions;
    }
    QVERIFY2(
        killedBeforeAnyCommit < rounds / 2, "most kills must come after commits, or the test proves little");
    QVERIFY(reportedSessions > 0);
    qInfo("%d kills, %d before any commit, %lld sessions stored", rounds, killedBeforeAnyCommit,
        static_cast<long long>(reportedSessions));
}

QTEST_GUILESS_MAIN(TestKillSafety)
#include "tst_killsafety.moc"
