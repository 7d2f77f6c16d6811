#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

// `voicepay-sim users` and `voicepay-sim audit` as an admin uses them.
class TestAdminCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void usersAndAuditChain();
    void emptyStore_allowsOnlyTheFirstAdmin();
    void listsNeedASignedInAdmin();
    void cutTailAndUnreadableTable_failVerify();
    void installation_isChangedOnlyByAnAdminOfItsStore();
    void auditProtect_leavesTheProgramsRoleOnlyReadAndAppend();
    void accountUpkeep_unlockResetAndOwnPassword();

private:
    // The installation record and the audit chain's head go to the configuration folder: each test its own.
    std::unique_ptr<QTemporaryDir> m_config;

    int sim(const QStringList& args, const QByteArray& input, QByteArray* output = nullptr) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
        p.setProcessEnvironment(env);
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
    QCOMPARE(sim({ "users", "list", "--as", "ada", "--db", db }, "admin-pass-2026\n", &output), 0);
    QCOMPARE(output, QByteArray("ada\tadmin\nsam\tsupervisor\n"));
    QCOMPARE(sim({ "audit", "verify", "--db", db }, "", &output), 0);
    // ada added; sam refused (no --as); ada's log-in, sam added; sam's log-in, removal refused; ada's log-in
    QVERIFY2(output.contains("intact: 7 record(s)"), output.constData());
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

void TestAdminCli::accountUpkeep_unlockResetAndOwnPassword()
{
    QTemporaryDir dir;
    const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("store.sqlite"));
    const QByteArray ada("admin-pass-2026\n");
    QByteArray output;
    QCOMPARE(sim({ "users", "add", "ada", "--role", "admin", "--db", db }, ada), 0);
    QCOMPARE(sim({ "users", "add", "bea", "--role", "admin", "--as", "ada", "--db", db },
                 ada + "bea-first-pw-1\n"),
        0);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(sim({ "users", "list", "--as", "bea", "--db", db }, "a-wrong-guess-1\n"), 1);
    }
    QCOMPARE(sim({ "users", "list", "--as", "ada", "--db", db }, ada, &output), 0);
    QVERIFY2(output.contains("bea\tadmin\tlocked"), output.constData());
    QCOMPARE(sim({ "users", "unlock", "bea", "--db", db }, ""), 2); // no --as
    QCOMPARE(sim({ "users", "unlock", "bea", "--as", "ada", "--db", db }, ada), 0);
    QCOMPARE(sim({ "users", "list", "--as", "bea", "--db", db }, "bea-first-pw-1\n", &output), 0);
    QVERIFY2(!output.contains("locked"), output.constData());

    QCOMPARE(
        sim({ "users", "reset-password", "bea", "--as", "ada", "--db", db }, ada + "temporary-pw-77\n"), 0);
    QCOMPARE(sim({ "users", "list", "--as", "ada", "--db", db }, ada, &output), 0);
    QVERIFY2(output.contains("bea\tadmin\tmust set a new password"), output.constData());
    QCOMPARE(sim({ "users", "list", "--as", "bea", "--db", db }, "temporary-pw-77\n", &output), 1);
    QVERIFY2(output.contains("users passwd bea"), output.constData());
    QCOMPARE(
        sim({ "users", "passwd", "bea", "--db", db }, "temporary-pw-77\nbeas-own-pw-2026\nanother-pw-2026\n"),
        1); // the two differ
    QCOMPARE(sim({ "users", "passwd", "bea", "--db", db },
                 "temporary-pw-77\nbeas-own-pw-2026\nbeas-own-pw-2026\n"),
        0);
    QCOMPARE(sim({ "users", "list", "--as", "bea", "--db", db }, "beas-own-pw-2026\n", &output), 0);
    QVERIFY2(!output.contains("must set"), output.constData());

    QCOMPARE(sim({ "audit", "list", "--as", "ada", "--db", db }, ada, &output), 0);
    for (const char* action : { "\"account_unlocked\"", "\"password_reset\"", "\"password_changed\"" }) {
        QVERIFY2(output.contains(action), action);
    }
    QVERIFY(!output.contains("temporary-pw-77") && !output.contains("beas-own-pw-2026"));
    QCOMPARE(sim({ "audit", "verify", "--db", db }, "", &output), 0);
}

void TestAdminCli::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
}

void TestAdminCli::installation_isChangedOnlyByAnAdminOfItsStore()
{
    QTemporaryDir dir;
    const QString home = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("home.sqlite"));
    const QString other = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("other.sqlite"));
    QByteArray output;
    QCOMPARE(
        sim({ "users", "add", "ada", "--role", "admin", "--db", home }, "admin-pass-2026\n", &output), 0);
    QVERIFY2(output.contains("holds the installation's accounts"), output.constData());
    // Anyone can make the first admin of a store of their own...
    QCOMPARE(
        sim({ "users", "add", "eve", "--role", "admin", "--db", other }, "evil-pass-2026\n", &output), 0);
    QVERIFY2(output.contains("does not hold"), output.constData());
    // ...but that admin changes nothing of the installation: no key set or cleared.
    for (const char* verb : { "set", "clear" }) {
        QCOMPARE(sim({ "credentials", verb, "--login", "acme", "--as", "eve", "--db", other },
                     "evil-pass-2026\nKey4Evil1\n", &output),
            2);
        QVERIFY2(output.contains("installation"), output.constData());
    }
    QCOMPARE(sim({ "audit", "export", "--out", dir.filePath(QStringLiteral("other.json")), "--as", "eve",
                     "--db", other },
                 "evil-pass-2026\n"),
        0);
    QFile file(dir.filePath(QStringLiteral("other.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("\"credential_set\"") && json.contains("\"refused\""));
    QVERIFY(!json.contains("Key4Evil1"));
    // The installation's own admin may (where a keychain is there to hold the key).
    const int set = sim({ "credentials", "set", "--login", "acme", "--as", "ada", "--db", home },
        "admin-pass-2026\nKey4Acme1\n", &output);
    QVERIFY2(set == 0 || (set == 2 && output.contains("keychain")), output.constData());
}

void TestAdminCli::emptyStore_allowsOnlyTheFirstAdmin()
{
    QTemporaryDir dir;
    const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("store.sqlite"));
    QByteArray output;
    // Nobody acts in the name of whoever is at the keyboard on a store without accounts.
    QCOMPARE(sim({ "credentials", "set", "--login", "acme", "--db", db }, "Key4Acme1\n", &output), 2);
    QVERIFY2(output.contains("first admin"), output.constData());
    QCOMPARE(sim({ "users", "list", "--db", db }, "", &output), 2);
    QCOMPARE(sim({ "users", "add", "ann", "--role", "analyst", "--db", db }, "analyst-pass-2026\n"), 1);
    QCOMPARE(sim({ "users", "add", "ada", "--role", "admin", "--db", db }, "short-pw\n"), 1);
    QCOMPARE(sim({ "users", "add", "ada", "--role", "admin", "--db", db }, "admin-pass-2026\n"), 0);
    // The second account needs the first admin.
    QCOMPARE(sim({ "users", "add", "eve", "--role", "admin", "--db", db }, "evil-pass-2026\n"), 2);
}

void TestAdminCli::listsNeedASignedInAdmin()
{
    QTemporaryDir dir;
    const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("store.sqlite"));
    QByteArray output;
    QCOMPARE(sim({ "users", "add", "ada", "--role", "admin", "--db", db }, "admin-pass-2026\n"), 0);
    QCOMPARE(sim({ "users", "add", "sam", "--role", "supervisor", "--as", "ada", "--db", db },
                 "admin-pass-2026\nsupervisor-pw-1\n"),
        0);
    QCOMPARE(sim({ "audit", "list", "--db", db }, "", &output), 2);
    QVERIFY(!output.contains("user_added"));
    QCOMPARE(sim({ "audit", "list", "--as", "sam", "--db", db }, "supervisor-pw-1\n", &output), 1);
    QVERIFY(!output.contains("user_added"));
    QCOMPARE(sim({ "audit", "list", "--as", "ada", "--db", db }, "wrong-password-1\n", &output), 1);
    QVERIFY(!output.contains("user_added"));
    QCOMPARE(sim({ "users", "list", "--as", "sam", "--db", db }, "supervisor-pw-1\n", &output), 1);
    QVERIFY(!output.contains("ada\tadmin"));
    QCOMPARE(sim({ "audit", "list", "--as", "ada", "--db", db }, "admin-pass-2026\n", &output), 0);
    QVERIFY(output.contains("user_added"));
}

void TestAdminCli::cutTailAndUnreadableTable_failVerify()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const QString db = QStringLiteral("sqlite:") + path;
    QByteArray output;
    QCOMPARE(sim({ "users", "add", "ada", "--role", "admin", "--db", db }, "admin-pass-2026\n"), 0);
    QCOMPARE(sim({ "users", "list", "--as", "ada", "--db", db }, "admin-pass-2026\n"), 0);
    QCOMPARE(sim({ "audit", "verify", "--db", db }, "", &output), 0);
    auto tamper = [&](const QStringList& statements) {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cut"));
        raw.setDatabaseName(path);
        bool ok = raw.open();
        for (const QString& sql : statements) {
            ok = ok && QSqlQuery(raw).exec(sql);
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("cut"));
        return ok;
    };
    // The last record goes: the chain alone cannot tell, the head outside the database does.
    QVERIFY(tamper({ QStringLiteral("DROP TRIGGER audit_log_no_delete"),
        QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)") }));
    QCOMPARE(sim({ "audit", "verify", "--db", db }, "", &output), 1);
    QVERIFY2(output.contains("BROKEN") && output.contains("missing"), output.constData());
    // A table that cannot be read is no intact chain.
    QVERIFY(tamper({ QStringLiteral("DROP TABLE audit_log") }));
    QCOMPARE(sim({ "audit", "verify", "--db", db }, "", &output), 1);
    QVERIFY2(output.contains("BROKEN") && output.contains("cannot be read"), output.constData());
}

namespace {

// A connection to the test server's database as the given role (the server trusts loopback).
QSqlDatabase pgConnection(const QString& name, const QString& database, const QString& role)
{
    const QUrl url(qEnvironmentVariable("VOICEPAY_TEST_PG_URL"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(database);
    db.setUserName(role);
    return db;
}

QString pgUrl(const QString& role, const QString& database)
{
    QUrl url(qEnvironmentVariable("VOICEPAY_TEST_PG_URL"));
    url.setUserName(role);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace

// The program's role made the tables (it owned them, so it could empty or drop the trail); after the
// administrator's `audit protect` it may read and append, and the server refuses everything else.
void TestAdminCli::auditProtect_leavesTheProgramsRoleOnlyReadAndAppend()
{
    if (qEnvironmentVariableIsEmpty("VOICEPAY_TEST_PG_URL")) {
        QVERIFY(qEnvironmentVariableIsEmpty("VOICEPAY_REQUIRE_PG"));
        QSKIP("VOICEPAY_TEST_PG_URL is not set (scripts/test.sh starts a PostgreSQL server)");
    }
    const QString database = QStringLiteral("voicepay_protect_test");
    const QString app = QStringLiteral("voicepay_protect_app");
    const QString owner = QStringLiteral("voicepay_protect_auditor");
    const QString superuser = QUrl(qEnvironmentVariable("VOICEPAY_TEST_PG_URL")).userName();
    const auto asSuperuser = [&](const QString& on, const QStringList& sql) {
        bool ok = true;
        {
            QSqlDatabase db = pgConnection(QStringLiteral("protect-admin"), on, superuser);
            ok = db.open();
            for (const QString& statement : sql) {
                QSqlQuery q(db);
                if (ok && !q.exec(statement)) {
                    qWarning() << statement << q.lastError().text();
                    ok = false;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("protect-admin"));
        return ok;
    };
    QVERIFY(asSuperuser(QStringLiteral("postgres"),
        { QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database),
            QStringLiteral("DROP ROLE IF EXISTS %1").arg(owner),
            QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                           "CREATE ROLE %1 LOGIN; END IF; END $$")
                .arg(app),
            QStringLiteral("CREATE DATABASE %1").arg(database) }));
    QVERIFY(asSuperuser(database, { QStringLiteral("GRANT USAGE, CREATE ON SCHEMA public TO %1").arg(app) }));

    // The program, as it runs every day, makes its tables.
    QByteArray output;
    QCOMPARE(sim({ "audit", "verify", "--db", pgUrl(app, database) }, "", &output), 0);
    QCOMPARE(
        sim({ "audit", "protect", "--owner", owner, "--db", pgUrl(superuser, database) }, "", &output), 2);
    QCOMPARE(
        sim({ "audit", "protect", "--owner", owner, "--app-role", app, "--db", pgUrl(superuser, database) },
            "", &output),
        0);
    // Again: the owner exists now, nothing changes.
    QCOMPARE(
        sim({ "audit", "protect", "--owner", owner, "--app-role", app, "--db", pgUrl(superuser, database) },
            "", &output),
        0);
    {
        QSqlDatabase db = pgConnection(QStringLiteral("protect-app"), database, app);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM admin_meta")));
        QVERIFY(db.transaction());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO audit_log (id, at_ms, actor, action, details, result, "
                                       "prev_hash, hash) VALUES (1, 0, 'a', 'b', '{}', 'ok', '', '')")),
            qPrintable(q.lastError().text()));
        QVERIFY(db.rollback());
        const QStringList refused {
            QStringLiteral("TRUNCATE audit_log"),
            QStringLiteral("DROP TABLE audit_log"),
            QStringLiteral("UPDATE audit_log SET result = 'x'"),
            QStringLiteral("DELETE FROM audit_log"),
            QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change"),
            QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log"),
            QStringLiteral("CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$ BEGIN "
                           "RETURN NEW; END $$ LANGUAGE plpgsql"),
            QStringLiteral("UPDATE admin_meta SET value = '1' WHERE name = 'audit_keyed_from'"),
            QStringLiteral("DELETE FROM admin_meta"),
            QStringLiteral("DROP TABLE admin_meta"),
            QStringLiteral("TRUNCATE admin_schema_version"),
        };
        for (const QString& sql : refused) {
            QVERIFY2(!q.exec(sql), qPrintable(sql));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("owner"))
                    || q.lastError().text().contains(QStringLiteral("permission denied")),
                qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("protect-app"));
    // The program still opens its store and checks the trail.
    QCOMPARE(sim({ "audit", "verify", "--db", pgUrl(app, database) }, "", &output), 0);
    QVERIFY(asSuperuser(QStringLiteral("postgres"),
        { QStringLiteral("DROP DATABASE %1").arg(database), QStringLiteral("DROP ROLE %1").arg(owner) }));
}

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admincli.moc"
