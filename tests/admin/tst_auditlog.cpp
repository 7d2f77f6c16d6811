#include "admin/auditlog.h"
#include "admindatabase.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

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
    void configChange_listsOldAndNewValues();
    void timestamps_areUtc();

private:
    bool open(AdminDatabase& d);
    static void fill(AuditLog& log, int n);
    // Someone with direct database access lifts the append-only protection (and puts it back).
    static bool liftProtection(QSqlQuery& q, const QString& backend);
    static bool restoreProtection(QSqlQuery& q, const QString& backend);
};

bool TestAuditLog::open(AdminDatabase& d)
{
    QFETCH(QString, backend);
    QString skip;
    if (!d.open(backend, &skip)) {
        if (backend == u"sqlite") {
            qFatal("SQLite must always work: %s", qPrintable(skip));
        }
        qWarning("%s", qPrintable(skip));
        return false;
    }
    return true;
}

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
    AdminDatabase d;
    if (!open(d)) {
        QSKIP("back-end not available");
    }
    AuditLog log(d.db());
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
    AdminDatabase d;
    if (!open(d)) {
        QSKIP("back-end not available");
    }
    AuditLog log(d.db());
    fill(log, 3);
    QSqlQuery q(d.db());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 2")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
    QCOMPARE(log.count(), 3);
    QVERIFY(log.verify().ok);
}

void TestAuditLog::editedRecord_isDetected()
{
    QFETCH(QString, backend);
    AdminDatabase d;
    if (!open(d)) {
        QSKIP("back-end not available");
    }
    AuditLog log(d.db());
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
    QFETCH(QString, backend);
    AdminDatabase d;
    if (!open(d)) {
        QSKIP("back-end not available");
    }
    AuditLog log(d.db());
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
