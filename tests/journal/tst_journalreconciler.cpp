#include "admin/adminschema.h"
#include "admin/auditlog.h"
#include "fakegateway.h"
#include "journal/journalinggateway.h"
#include "journal/journalreconciler.h"
#include "journal/paymentjournal.h"
#include "store/kpistore.h"
#include "storetestdb.h"
#include "testcharge.h"

#include <QSqlQuery>
#include <QTest>

using namespace voicepay;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000;

SessionRecord endedSession(const QString& id, const QString& outcome)
{
    SessionRecord r;
    r.sessionId = id;
    r.site = QStringLiteral("site-a");
    r.callType = QStringLiteral("ivr");
    r.configVersion = QStringLiteral("v1");
    r.startedAtMs = kT0;
    r.endedAtMs = kT0 + 60000;
    r.outcome = outcome;
    r.exit = QStringLiteral("transfer_to_agent");
    r.amount = QStringLiteral("12.50");
    r.currency = QStringLiteral("USD");
    r.brand = QStringLiteral("visa");
    r.last4 = QStringLiteral("1111");
    r.attempts = 1;
    r.durationMs = 60000;
    r.lastStep = QStringLiteral("authorize");
    r.path = QStringList { QStringLiteral("authorize"), outcome };
    r.events << StoredEvent { kT0 + 50000, QStringLiteral("gateway_submitted"), QStringLiteral("authorize"),
        id };
    return r;
}

qint64 scalar(const StoreConnection& c, const QString& sql)
{
    QSqlQuery q(c.database());
    if (!q.exec(sql) || !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace

// Reconciliation: a charge found approved makes its session `success` (stored from the journal when the
// call's process died), the rollups move with it, each change is audited, and what cannot be settled yet
// stays open.
class TestJournalReconciler : public QObject
{
    Q_OBJECT

private:
    static QByteArray auditKey() { return QByteArray(32, 'k'); }

    struct Fixture
    {
        explicit Fixture(const QString& backend)
            : db(backend)
        {
        }
        test::StoreTestDb db;
        std::shared_ptr<PaymentJournal> journal;
        FakeGateway* fake = nullptr;
        std::unique_ptr<JournalingGateway> gateway;
        qint64 now = kT0 + 60000;

        bool open(QString* error)
        {
            if (!db.isReady()) {
                *error = db.skipReason();
                return false;
            }
            journal = std::make_shared<PaymentJournal>(db.url());
            if (!journal->open(error)) {
                return false;
            }
            auto inner = std::make_unique<FakeGateway>();
            fake = inner.get();
            JournalContext context { QStringLiteral("acme"), QStringLiteral("site-a"), QStringLiteral("ivr"),
                QStringLiteral("v1"), [this] { return now; } };
            gateway = std::make_unique<JournalingGateway>(std::move(inner), journal, context);
            return true;
        }
        void charge(const QString& invoice, const GatewayResult& answer)
        {
            TestCharge c("4111111111111111", invoice);
            fake->answer = answer;
            gateway->submit(c.request, [](const GatewayResult&) {});
        }
        ReconcileReport reconcile(qint64 at)
        {
            now = at;
            ReconcileOptions o;
            o.nowMs = [this] { return now; };
            o.quietMs = 5000;
            o.notFoundAfterMs = 180000;
            QString why;
            QSqlDatabase adminDb = journal->connection().database();
            AdminSchema::migrate(adminDb, &why);
            AuditLog audit(adminDb, auditKey());
            o.audit = &audit;
            return reconcileJournal(*journal, *gateway, o);
        }
    };

private slots:
    void backends_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void unconfirmedChargeFoundApproved_sessionBecomesSuccess_data() { backends_data(); }
    void unconfirmedChargeFoundApproved_sessionBecomesSuccess()
    {
        QFETCH(QString, backend);
        Fixture f(backend);
        QString error;
        if (!f.open(&error)) {
            QSKIP(qPrintable(error));
        }
        f.charge(QStringLiteral("call-1"),
            GatewayResult::unconfirmed(GatewayResult::Confirmation::NotFound, QStringLiteral("time-out")));
        {
            KpiStore store;
            QVERIFY2(store.open(f.db.url(), &error), qPrintable(error));
            store.record(endedSession(QStringLiteral("call-1"), QStringLiteral("technical_error")));
            QVERIFY2(store.flush(&error), qPrintable(error));
        }
        StoreConnection& c = f.journal->connection();
        QCOMPARE(
            scalar(
                c, QStringLiteral("SELECT SUM(sessions) FROM rollup_day WHERE outcome = 'technical_error'")),
            qint64(1));

        // Too soon: the call may still be running somewhere; nothing is asked.
        QCOMPARE(f.reconcile(f.now + 1000).changes.size(), 0);
        QCOMPARE(f.fake->lookedUp, 0);

        f.fake->lookUpAnswer = GatewayResult::approved(QStringLiteral("60000000042"));
        const ReconcileReport report = f.reconcile(f.now + 10000);
        QCOMPARE(report.changes.size(), 1);
        const ReconcileChange& change = report.changes.first();
        QCOMPARE(change.invoice, QStringLiteral("call-1"));
        QCOMPARE(change.before, JournalState::unknown());
        QCOMPARE(change.after, JournalState::reconciled());
        QCOMPARE(change.transactionId, QStringLiteral("60000000042"));
        QCOMPARE(change.sessionBefore, QStringLiteral("technical_error"));
        QCOMPARE(change.sessionAfter, QStringLiteral("success"));
        const QJsonObject json = change.toJson();
        for (const char* key : { "invoice", "sessionId", "before", "after", "transactionId" }) {
            QVERIFY2(json.contains(QLatin1String(key)), key);
        }
        QCOMPARE(f.journal->entry(QStringLiteral("call-1"))->state, JournalState::reconciled());
        QCOMPARE(f.journal->entry(QStringLiteral("call-1"))->resolution, QStringLiteral("charged"));
        QCOMPARE(
            scalar(c, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE outcome = 'success'")), qint64(1));
        for (const char* table : { "rollup_minute", "rollup_hour", "rollup_day", "rollup_month" }) {
            QCOMPARE(scalar(c,
                         QStringLiteral("SELECT SUM(sessions) FROM %1 WHERE outcome = 'technical_error'")
                             .arg(QLatin1String(table))),
                qint64(0));
            QCOMPARE(scalar(c,
                         QStringLiteral("SELECT SUM(sessions) FROM %1 WHERE outcome = 'success'")
                             .arg(QLatin1String(table))),
                qint64(1));
        }
        QCOMPARE(scalar(c,
                     QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'gateway_approved' AND "
                                    "detail = '60000000042'")),
            qint64(1));
        AuditLog audit(c.database(), auditKey());
        QVERIFY(audit.verify().ok);
        const QList<AuditRecord> records = audit.records();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().action, QStringLiteral("payment_reconciled"));
        QCOMPARE(
            records.first().details.value(QStringLiteral("invoice")).toString(), QStringLiteral("call-1"));

        // A second run finds nothing left to do.
        QCOMPARE(f.reconcile(f.now + 20000).changes.size(), 0);
    }

    void processDiedWhileAuthorising_sessionStoredFromTheJournal_data() { backends_data(); }
    void processDiedWhileAuthorising_sessionStoredFromTheJournal()
    {
        QFETCH(QString, backend);
        Fixture f(backend);
        QString error;
        if (!f.open(&error)) {
            QSKIP(qPrintable(error));
        }
        // The row as a killed process leaves it: submitted, no answer, no session.
        JournalEntry e;
        e.invoice = QStringLiteral("call-2-1");
        e.sessionId = QStringLiteral("call-2");
        e.amount = QStringLiteral("40.00");
        e.currency = QStringLiteral("USD");
        e.brand = QStringLiteral("mastercard");
        e.last4 = QStringLiteral("4444");
        e.merchantLogin = QStringLiteral("acme");
        e.site = QStringLiteral("site-a");
        e.callType = QStringLiteral("ivr");
        e.submittedAtMs = kT0;
        QVERIFY2(f.journal->submitted(e, &error), qPrintable(error));
        f.fake->lookUpAnswer = GatewayResult::approved(QStringLiteral("60000000077"));
        const ReconcileReport report = f.reconcile(kT0 + 60000);
        QCOMPARE(report.changes.size(), 1);
        QCOMPARE(report.changes.first().before, JournalState::submitted());
        QCOMPARE(report.changes.first().sessionBefore, QString());
        QCOMPARE(report.changes.first().sessionAfter, QStringLiteral("success"));
        StoreConnection& c = f.journal->connection();
        QCOMPARE(scalar(c,
                     QStringLiteral("SELECT COUNT(*) FROM sessions WHERE session_id = 'call-2' AND "
                                    "outcome = 'success' AND last4 = '4444'")),
            qint64(1));
        QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(sessions) FROM rollup_day WHERE outcome = 'success'")),
            qint64(1));
    }

    void approvedButSessionNeverStored_sessionStored()
    {
        Fixture f(QStringLiteral("sqlite"));
        QString error;
        QVERIFY2(f.open(&error), qPrintable(error));
        f.charge(QStringLiteral("call-3"), GatewayResult::approved(QStringLiteral("60000000003")));
        const ReconcileReport report = f.reconcile(f.now + 60000);
        QCOMPARE(report.changes.size(), 1);
        QCOMPARE(report.changes.first().before, JournalState::approved());
        QCOMPARE(f.fake->lookedUp, 0); // the answer was known: nothing to ask
        QCOMPARE(scalar(f.journal->connection(),
                     QStringLiteral("SELECT COUNT(*) FROM sessions WHERE outcome = 'success'")),
            qint64(1));
    }

    void notFound_staysOpenUntilPastTheWindow_thenNotCharged()
    {
        Fixture f(QStringLiteral("sqlite"));
        QString error;
        QVERIFY2(f.open(&error), qPrintable(error));
        f.charge(QStringLiteral("call-4"),
            GatewayResult::unconfirmed(GatewayResult::Confirmation::Unreachable, QStringLiteral("reset")));
        f.fake->lookUpAnswer
            = GatewayResult::unconfirmed(GatewayResult::Confirmation::NotFound, QStringLiteral("not listed"));
        ReconcileReport report = f.reconcile(f.now + 10000);
        QCOMPARE(report.changes.size(), 0);
        QCOMPARE(report.stillOpen, 1);
        QCOMPARE(f.journal->entry(QStringLiteral("call-4"))->state, JournalState::unknown());
        report = f.reconcile(f.now + 200000);
        QCOMPARE(report.changes.size(), 1);
        QCOMPARE(report.changes.first().resolution, QStringLiteral("not_charged"));
        QCOMPARE(f.journal->count(JournalState::unknown()), qint64(0));
    }

    void unreachable_staysOpenAndSaysWhy()
    {
        Fixture f(QStringLiteral("sqlite"));
        QString error;
        QVERIFY2(f.open(&error), qPrintable(error));
        f.charge(QStringLiteral("call-5"),
            GatewayResult::unconfirmed(GatewayResult::Confirmation::Unreachable, QStringLiteral("reset")));
        f.fake->lookUpAnswer
            = GatewayResult::unconfirmed(GatewayResult::Confirmation::Unreachable, QStringLiteral("refused"));
        const ReconcileReport report = f.reconcile(f.now + 500000);
        QCOMPARE(report.changes.size(), 0);
        QCOMPARE(report.stillOpen, 1);
        QCOMPARE(report.problems.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestJournalReconciler)
#include "tst_journalreconciler.moc"
