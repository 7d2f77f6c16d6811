#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// `voicepay-sim users` and `voicepay-sim audit` as an admin uses them.
class TestAdminCli : public QObject
{
    Q_OBJECT

private slots:
    void usersAndAuditChain();

private:
    static int sim(const QStringList& args, const QByteArray& input, QByteArray* output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(VOICEPAY_SIM), args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            return -1;
        }
        if (output) {
            *output = p.readAll();
        }
        return p.exitCode();
    }
};

void TestAdminCli::usersAndAuditChain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const QString db = QStringLiteral("sqlite:") + path;
    QByteArray output;
    QCOMPARE(sim({ "users", "add", "ada", "--role", "admin", "--db", db }, "admin-pass-2026\n"), 0);
    QCOMPARE(sim({ "users", "add", "sam", "--role", "supervisor", "--db", db }, "admin-pass-2026\n"),
        2); // no --as
    QCOMPARE(sim({ "users", "add", "sam", "--role", "supervisor", "--as", "ada", "--db", db },
                 "admin-pass-2026\nsupervisor-pw-1\n"),
        0);
    QCOMPARE(
        sim({ "users", "remove", "ada", "--as", "sam", "--db", db }, "supervisor-pw-1\n"), 1); // not an admin
    QCOMPARE(sim({ "users", "list", "--db", db }, "", &output), 0);
    QCOMPARE(output, QByteArray("ada\tadmin\nsam\tsupervisor\n"));
    QCOMPARE(sim({ "audit", "verify", "--db", db }, "", &output), 0);
    QVERIFY2(output.contains("intact: 5 record(s)"), output.constData());
    const qsizetype before = output.size();
    Q_UNUSED(before);
    // Gateway credentials are an admin's to change, and every attempt is audited (with or without a keychain
    // here).
    QCOMPARE(sim({ "credentials", "set", "--login", "acme", "--as", "sam", "--db", db },
                 "supervisor-pw-1\nKey4Acme1\n"),
        2);
    const int set = sim({ "credentials", "set", "--login", "acme", "--as", "ada", "--db", db },
        "admin-pass-2026\nKey4Acme1\n");
    QVERIFY(set == 0 || set == 2);
    if (set == 0) {
        QCOMPARE(sim({ "credentials", "clear", "--login", "acme", "--as", "ada", "--db", db },
                     "admin-pass-2026\n"),
            0);
    }
    const QString exported = dir.filePath(QStringLiteral("audit.json"));
    QCOMPARE(
        sim({ "audit", "export", "--out", exported, "--as", "ada", "--db", db }, "admin-pass-2026\n"), 0);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("\"user_removed\"") && json.contains("\"refused\""));
    QVERIFY(json.contains("\"credential_set\""));
    QCOMPARE(json.count("\"credential_cleared\""), set == 0 ? 1 : 0);
    QVERIFY(!json.contains("admin-pass-2026") && !json.contains("supervisor-pw-1")
        && !json.contains("Key4Acme1"));

    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET result = 'ok' WHERE action = 'user_removed'")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    QCOMPARE(sim({ "audit", "verify", "--db", db }, "", &output), 1);
    QVERIFY2(output.contains("BROKEN at record"), output.constData());
}

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admincli.moc"
