#include "admin/auditlog.h"
#include "admindatabase.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace voicepay;

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void appendAndVerify_data() { addBackendRows(); }
    void appendAndVerify();
    void updatesAndDeletes_areRefused_data() { addBackendRows(); }
    void updatesAndDeletes_areRefused();
    void editedRecord_isDetected_data() { addBackendRows(); }
    void editedRecord_isDetected();
    void deletedRecord_isDetected_data() { addBackendRows(); }
    void deletedRecord_isDetected();
    void rehashedEdit_isDetected_data() { addBackendRows(); }
    void rehashedEdit_isDetected();
    void missingTail_isDetectedAndStopsAppends_data() { addBackendRows(); }
    void missingTail_isDetectedAndStopsAppends();
    void droppedTable_failsVerify();
    void withoutKey_nothingIsAppended();
    void postgres_roleThatDoesNotOwnTheTable_cannotTruncateOrDrop();
    void configChange_listsOldAndNewValues();
    void timestamps_areUtc();

private:
    static void fill(AuditLog& log, int n);
    // Someone with direct database access lifts the append-only protection (and puts it back).
    static bool liftProtection(QSqlQuery& q, const QString& backend);
    static bool restoreProtection(QSqlQuery& q, const QString& backend);
};

bool TestAuditLog::liftProtection(QSqlQuery& q, const QString& backend)
{
    if (backend == u"sqlite") {
        return q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"))
            && q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    }
    return q.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change"));
}

bool TestAuditLog::restoreProtection(QSqlQuery& q, const QString& backend)
{
    // The SQLite file is thrown away with the test; the shared PostgreSQL table gets its trigger back.
    return backend == u"sqlite"
        || q.exec(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change"));
}

void TestAuditLog::fill(AuditLog& log, int n)
{
    for (int i = 0; i < n; ++i) {
        QString error;
        QVERIFY2(log.append(QStringLiteral("admin"), QStringLiteral("config_changed"),
                     { { QStringLiteral("n"), i } }, QStringLiteral("ok"), 1'700'000'000'000 + i, &error),
            qPrintable(error));
    }
}

void TestAuditLog::appendAndVerify()
{
    ADMIN_DATABASE_FOR_ROW(d)
    AuditLog log = d.auditLog();
    QVERIFY(log.verify().ok); // empty is a valid chain
    fill(log, 25);
    const AuditVerification v = log.verify();
    QVERIFY2(v.ok, qPrintable(v.reason));
    QCOMPARE(v.checked, 25);
    const QList<AuditRecord> records = log.records();
    QCOMPARE(records.size(), 25);
    QCOMPARE(records.first().prevHash, AuditLog::genesisHash());
    QCOMPARE(records.at(1).prevHash, records.at(0).hash);
    QCOMPARE(records.last().details.value(QStringLiteral("n")).toInt(), 24);
}

void TestAuditLog::updatesAndDeletes_areRefused()
{
    ADMIN_DATABASE_FOR_ROW(d)
    AuditLog log = d.auditLog();
    fill(log, 3);
    QSqlQuery q(d.db());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 2")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
    QCOMPARE(log.count(), 3);
    QVERIFY(log.verify().ok);
}

void TestAuditLog::editedRecord_isDetected()
{
    ADMIN_DATABASE_FOR_ROW(d)
    AuditLog log = d.auditLog();
    fill(log, 6);
    QSqlQuery q(d.db());
    QVERIFY(liftProtection(q, backend));
    QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 4")));
    const AuditVerification v = log.verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadId, 4);
    QVERIFY2(v.reason.contains(QStringLiteral("changed")), qPrintable(v.reason));
    QCOMPARE(v.checked, 3);
    QVERIFY(restoreProtection(q, backend));
}

void TestAuditLog::deletedRecord_isDetected()
{
    ADMIN_DATABASE_FOR_ROW(d)
    AuditLog log = d.auditLog();
    fill(log, 6);
    QSqlQuery q(d.db());
    QVERIFY(liftProtection(q, backend));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
    AuditVerification v = log.verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadId, 4);
    QVERIFY2(v.reason.contains(QStringLiteral("missing")), qPrintable(v.reason));
    // Deleting the last record cannot be told from the chain alone, but the count shrinks: also renumbering
    // the rest breaks every hash after the gap.
    QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET id = id - 1 WHERE id > 3")));
    v = log.verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadId, 3);
    QVERIFY(restoreProtection(q, backend));
}

void TestAuditLog::rehashedEdit_isDetected()
{
    ADMIN_DATABASE_FOR_ROW(d)
    AuditLog log = d.auditLog();
    fill(log, 5);
    // Someone with the database but not the key edits the last record and hashes it again, with the plain
    // SHA-256 or with a key of their own.
    AuditRecord r = log.records().last();
    r.actor = QStringLiteral("mallory");
    const AuditLog theirs(d.db(), QByteArray(32, 'm'));
    QSqlQuery q(d.db());
    QVERIFY(liftProtection(q, backend));
    for (const QString& hash : { AuditLog::plainHashOf(r), theirs.hashOf(r) }) {
        q.prepare(QStringLiteral("UPDATE audit_log SET actor = ?, hash = ? WHERE id = 5"));
        q.addBindValue(r.actor);
        q.addBindValue(hash);
        QVERIFY(q.exec());
        const AuditVerification v = log.verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadId, 5);
    }
    QVERIFY(restoreProtection(q, backend));
}

void TestAuditLog::missingTail_isDetectedAndStopsAppends()
{
    ADMIN_DATABASE_FOR_ROW(d)
    AuditLog log = d.auditLog();
    fill(log, 6);
    QSqlQuery q(d.db());
    QVERIFY(liftProtection(q, backend));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id > 4")));
    QVERIFY(restoreProtection(q, backend));
    const AuditVerification v = log.verify();
    QVERIFY(!v.ok);
    QVERIFY2(v.reason.contains(QStringLiteral("missing")), qPrintable(v.reason));
    // Appending would hide the cut: refused.
    QString error;
    QVERIFY(
        !log.append(QStringLiteral("admin"), QStringLiteral("login"), {}, QStringLiteral("ok"), 1, &error));
    QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
    QCOMPARE(log.count(), 4);
}

void TestAuditLog::droppedTable_failsVerify()
{
    ADMIN_DATABASE_ON_SQLITE(d)
    AuditLog log = d.auditLog();
    fill(log, 3);
    QSqlQuery q(d.db());
    QVERIFY(q.exec(QStringLiteral("DROP TABLE audit_log")));
    AuditVerification v = log.verify();
    QVERIFY(!v.ok); // a table that cannot be read is no intact chain
    QVERIFY2(v.reason.contains(QStringLiteral("cannot be read")), qPrintable(v.reason));
    // Recreated empty, it is still short of the head kept outside the database.
    QVERIFY(q.exec(QStringLiteral(
        "CREATE TABLE audit_log (id BIGINT PRIMARY KEY, at_ms BIGINT NOT NULL, actor TEXT NOT NULL, "
        "action TEXT NOT NULL, details TEXT NOT NULL, result TEXT NOT NULL, prev_hash TEXT NOT NULL, "
        "hash TEXT NOT NULL)")));
    v = log.verify();
    QVERIFY(!v.ok);
    QVERIFY2(v.reason.contains(QStringLiteral("missing")), qPrintable(v.reason));
}

void TestAuditLog::withoutKey_nothingIsAppended()
{
    ADMIN_DATABASE_ON_SQLITE(d)
    AuditLog keyless(d.db(), QByteArray(), d.head());
    QString error;
    QVERIFY(
        !keyless.append(QStringLiteral("a"), QStringLiteral("login"), {}, QStringLiteral("ok"), 1, &error));
    QCOMPARE(keyless.count(), 0);
    AuditLog log = d.auditLog();
    fill(log, 2);
    const AuditVerification v = keyless.verify();
    QVERIFY(!v.ok);
    QVERIFY2(v.reason.contains(QStringLiteral("key")), qPrintable(v.reason));
}

// The deployment docs/security.md describes: the table belongs to another role, the program's role may only
// read and insert. TRUNCATE and DROP, which pass the row triggers, are then refused by the server.
void TestAuditLog::postgres_roleThatDoesNotOwnTheTable_cannotTruncateOrDrop()
{
    AdminDatabase d;
    QString skip;
    if (!d.open(QStringLiteral("postgresql"), &skip)) {
        QVERIFY2(qEnvironmentVariableIsEmpty("VOICEPAY_REQUIRE_PG"), qPrintable(skip));
        QSKIP(qPrintable(skip));
    }
    QSqlQuery admin(d.db());
    QVERIFY(
        admin.exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                                  "'voicepay_app') THEN CREATE ROLE voicepay_app LOGIN; END IF; END $$")));
    QVERIFY(admin.exec(QStringLiteral("GRANT SELECT, INSERT ON audit_log TO voicepay_app")));
    QVERIFY(admin.exec(QStringLiteral("GRANT SELECT ON admin_meta TO voicepay_app")));
    const QUrl url(qEnvironmentVariable("VOICEPAY_TEST_PG_URL"));
    {
        QSqlDatabase app = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("app-role"));
        app.setHostName(url.host());
        app.setPort(url.port(5432));
        app.setDatabaseName(url.path().mid(1));
        app.setUserName(QStringLiteral("voicepay_app"));
        QVERIFY2(app.open(), qPrintable(app.lastError().text()));
        AuditLog log(app, AdminDatabase::key(), d.head());
        fill(log, 3);
        QSqlQuery q(app);
        QVERIFY(!q.exec(QStringLiteral("TRUNCATE audit_log")));
        QVERIFY(!q.exec(QStringLiteral("DROP TABLE audit_log")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(!q.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")));
        QCOMPARE(log.count(), 3);
        QVERIFY(log.verify().ok);
        app.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("app-role"));
}

void TestAuditLog::configChange_listsOldAndNewValues()
{
    FlowConfig before;
    FlowConfig after = before;
    after.maxDeclines = 1;
    after.allowedBrands << QStringLiteral("jcb");
    const QJsonObject change = AuditLog::configChange(before, after);
    const QJsonArray changes = change.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(
        changes.at(0).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("allowedBrands"));
    QCOMPARE(changes.at(1).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("maxDeclines"));
    QCOMPARE(changes.at(1).toObject().value(QStringLiteral("old")).toInt(), 3);
    QCOMPARE(changes.at(1).toObject().value(QStringLiteral("new")).toInt(), 1);
    QCOMPARE(change.value(QStringLiteral("newVersion")).toString(), after.version());
    QVERIFY(AuditLog::configChange(before, before).value(QStringLiteral("changes")).toArray().isEmpty());
}

void TestAuditLog::timestamps_areUtc()
{
    AuditRecord r;
    r.atMs = 0;
    QCOMPARE(r.atUtc(), QStringLiteral("1970-01-01T00:00:00.000Z"));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
