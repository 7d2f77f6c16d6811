#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <grp.h>
#include <pwd.h>
#include <sys/resource.h>
#include <unistd.h>

// What a caller and an operator get when the world around the engine fails: a clear message from the tool,
// and a call that ends with a defined outcome. Never a crash, never a hang, never a silent loss.
class TestFaultSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gatewayDown_endsAsTechnicalError();
    void missingKeychain_endsAsTechnicalErrorBeforeCardData();
    void fullDisk_saysSoAndKeepsTheDatabaseSound();
    void readOnlyDatabase_saysSo();
    void lockedDatabase_saysSoAndTheCallStillEnds();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Result sim(const QStringList& args, const QByteArray& input = {},
        const std::function<void()>& inChild = {},
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
        const QString& program = QStringLiteral(VOICEPAY_SIM));
    static int integrityCheck(const QString& path, QString* verdict);

    QTemporaryDir m_dir;
    QString m_scenario;
};

void TestFaultSafety::initTestCase()
{
    m_scenario = QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/scenarios/01_full_amount_visa.json");
    QVERIFY(QFile::exists(m_scenario));
    QVERIFY(m_dir.isValid());
    // Sessions a store refuses at the end are spooled here (not in the user's data folder).
    qputenv("VOICEPAY_SPOOL_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("spool"))));
    // The installation (its record, the audit head) of the test's own, not the user's.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
}

TestFaultSafety::Result TestFaultSafety::sim(const QStringList& args, const QByteArray& input,
    const std::function<void()>& inChild, const QProcessEnvironment& env, const QString& program)
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (inChild) {
        p.setChildProcessModifier(inChild);
    }
    p.start(program, args);
    Result r;
    if (!p.waitForStarted(30000)) {
        r.err = "did not start: " + p.errorString().toUtf8();
        return r;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = "did not finish: a hang";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2; // -2: it crashed
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

int TestFaultSafety::integrityCheck(const QString& path, QString* verdict)
{
    int sessions = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()) {
                *verdict = q.value(0).toString();
            }
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM sessions")) && q.next()) {
                sessions = q.value(0).toInt();
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return sessions;
}

void TestFaultSafety::gatewayDown_endsAsTechnicalError()
{
    // A port nothing listens on: bind one, learn its number, close it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const QString login = QStringLiteral("faultdemo%1").arg(::getpid());
    const QString adminDb = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("admin.sqlite"));
    // Keys are an admin's to set: the installation's first admin, then the key.
    const Result admin
        = sim({ QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("faultadmin"),
                  QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--db"), adminDb },
            "fault-admin-2026\n");
    const Result set
        = sim({ QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--login"), login,
                  QStringLiteral("--as"), QStringLiteral("faultadmin"), QStringLiteral("--db"), adminDb },
            "fault-admin-2026\nfault-test-key-1\n");
    QVERIFY2(admin.exitCode == 0 || admin.err.contains("keychain"), admin.err.constData());
    if (set.exitCode != 0) {
        QSKIP(qPrintable(QStringLiteral("no Secret Service here (scripts/test.sh provides one): ")
            + QString::fromUtf8(set.err)));
    }
    const QString config = m_dir.filePath(QStringLiteral("gateway-down.json"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(
        QJsonObject { { QStringLiteral("gateway"),
            QJsonObject { { QStringLiteral("mode"), QStringLiteral("server") },
                { QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/xml/v1/request.api").arg(port) },
                { QStringLiteral("merchantLogin"), login }, { QStringLiteral("connectTimeoutMs"), 1000 },
                { QStringLiteral("transferTimeoutMs"), 2000 } } } })
                   .toJson());
    file.close();
    const Result r = sim({ QStringLiteral("run"), m_scenario, QStringLiteral("--config"), config });
    sim({ QStringLiteral("credentials"), QStringLiteral("clear"), QStringLiteral("--login"), login,
            QStringLiteral("--as"), QStringLiteral("faultadmin"), QStringLiteral("--db"), adminDb },
        "fault-admin-2026\n");
    QCOMPARE(r.exitCode, 1); // the scenario expected a success
    QCOMPARE(r.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("technical_error"));
    QCOMPARE(r.json().value(QStringLiteral("exit")).toString(), QStringLiteral("transfer_to_agent"));
    QVERIFY2(
        r.json().value(QStringLiteral("reason")).toString().contains(QStringLiteral("could not be reached")),
        r.out.constData());
}

void TestFaultSafety::missingKeychain_endsAsTechnicalErrorBeforeCardData()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    env.remove(QStringLiteral("DISPLAY"));
    const QString config = m_dir.filePath(QStringLiteral("endpoint.json"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"gateway":{"mode":"endpoint","url":"https://gateway.invalid/xml/v1/request.api","merchantLogin":"acme"}})");
    file.close();
    const Result r
        = sim({ QStringLiteral("run"), m_scenario, QStringLiteral("--config"), config }, {}, {}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("payments unavailable"), r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("technical_error"));
    QVERIFY(r.json().value(QStringLiteral("steps")).toArray().isEmpty()); // no card data was asked for
    QVERIFY2(r.json()
                 .value(QStringLiteral("reason"))
                 .toString()
                 .startsWith(QStringLiteral("payments unavailable")),
        r.out.constData());
}

void TestFaultSafety::fullDisk_saysSoAndKeepsTheDatabaseSound()
{
    const QString db = m_dir.filePath(QStringLiteral("full.sqlite"));
    // The store's files may not grow past 1 MiB: a full disk as the process sees it (EFBIG on write).
    const Result r = sim({ QStringLiteral("load"), QStringLiteral("--calls"), QStringLiteral("20000"),
                             QStringLiteral("--concurrency"), QStringLiteral("1"), QStringLiteral("--db"),
                             QStringLiteral("sqlite:") + db, QStringLiteral("--seed"), QStringLiteral("5") },
        {}, [] {
            const rlimit limit { 1 << 20, 1 << 20 };
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    QVERIFY2(r.exitCode != 0 && r.exitCode != -2, r.err.constData());
    QVERIFY2(r.err.contains("full") || r.err.contains("too large") || r.err.contains("No space"),
        r.err.constData());
    QString verdict;
    const int sessions = integrityCheck(db, &verdict);
    QCOMPARE(verdict, QStringLiteral("ok"));
    QVERIFY(sessions >= 0);
}

void TestFaultSafety::readOnlyDatabase_saysSo()
{
    if (::geteuid() != 0) {
        QSKIP("runs the tool as another user to make the file read-only for it; needs root");
    }
    const passwd* nobody = ::getpwnam("nobody");
    QVERIFY(nobody);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("ro.sqlite"));
    // A store that exists, then becomes read-only for the program's user.
    QCOMPARE(
        sim({ QStringLiteral("run"), m_scenario, QStringLiteral("--db"), QStringLiteral("sqlite:") + db })
            .exitCode,
        0);
    QFile::setPermissions(dir.path(),
        QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther
            | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    for (const QString& f : QDir(dir.path()).entryList(QDir::Files)) {
        QFile::setPermissions(
            dir.filePath(f), QFileDevice::ReadOwner | QFileDevice::ReadOther | QFileDevice::ReadGroup);
    }
    // The other user must reach the tool and the scenario, wherever the build folder lives (a private one,
    // say).
    QTemporaryDir reachable(QStringLiteral("/tmp/voicepay-ro-XXXXXX"));
    QVERIFY(reachable.isValid());
    const auto open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QFile::setPermissions(reachable.path(), open);
    const QString tool = reachable.filePath(QStringLiteral("voicepay-sim"));
    const QString scenario = reachable.filePath(QStringLiteral("call.json"));
    QVERIFY(QFile::copy(QStringLiteral(VOICEPAY_SIM), tool) && QFile::copy(m_scenario, scenario));
    QFile::setPermissions(tool, open);
    QFile::setPermissions(scenario, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const uid_t uid = nobody->pw_uid;
    const gid_t gid = nobody->pw_gid;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    const Result r = sim(
        { QStringLiteral("run"), scenario, QStringLiteral("--db"), QStringLiteral("sqlite:") + db }, {},
        [uid, gid] {
            ::setgroups(0, nullptr);
            if (::setgid(gid) != 0 || ::setuid(uid) != 0) {
                ::_exit(99);
            }
        },
        env, tool);
    QVERIFY2(r.exitCode == 2, r.err.constData());
    QVERIFY2(
        r.err.contains("read") || r.err.contains("permission") || r.err.contains("open"), r.err.constData());
}

void TestFaultSafety::lockedDatabase_saysSoAndTheCallStillEnds()
{
    const QString db = m_dir.filePath(QStringLiteral("locked.sqlite"));
    const QString spool = m_dir.filePath(QStringLiteral("locked-spool"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VOICEPAY_SPOOL_DIR"), spool);
    QCOMPARE(
        sim({ QStringLiteral("run"), m_scenario, QStringLiteral("--db"), QStringLiteral("sqlite:") + db })
            .exitCode,
        0);
    Result r;
    {
        // Another writer holds the database's write lock for longer than the store waits.
        QSqlDatabase other
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
        other.setDatabaseName(db);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        r = sim({ QStringLiteral("run"), m_scenario, QStringLiteral("--db"), QStringLiteral("sqlite:") + db },
            {}, {}, env);
        q.exec(QStringLiteral("ROLLBACK"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
    QVERIFY2(r.exitCode == 2, r.err.constData());
    QVERIFY2(r.err.contains("lock") || r.err.contains("busy"), r.err.constData());
    // The call itself ended as it would have, and its result was still given.
    QCOMPARE(r.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("success"));
    QVERIFY2(r.err.contains("kept in") && r.err.contains("next opens"), r.err.constData());
    QString verdict;
    QCOMPARE(integrityCheck(db, &verdict), 1);
    QCOMPARE(verdict, QStringLiteral("ok"));
    // Its session was spooled, not lost: the next run stores it with its own.
    QCOMPARE(QDir(spool).entryList({ QStringLiteral("*.jsonl") }, QDir::Files).size(), 1);
    const Result next
        = sim({ QStringLiteral("run"), m_scenario, QStringLiteral("--db"), QStringLiteral("sqlite:") + db },
            {}, {}, env);
    QVERIFY2(next.exitCode == 0, next.err.constData());
    QCOMPARE(integrityCheck(db, &verdict), 3);
    QCOMPARE(verdict, QStringLiteral("ok"));
    QVERIFY(QDir(spool).entryList({ QStringLiteral("*.jsonl") }, QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TestFaultSafety)
#include "tst_faultsafety.moc"
