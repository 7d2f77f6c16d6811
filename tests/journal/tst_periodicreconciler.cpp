#include "fakegateway.h"
#include "journal/journalinggateway.h"
#include "journal/paymentjournal.h"
#include "journal/reconcilinggateway.h"
#include "storetestdb.h"
#include "testcharge.h"

#include <QTest>

using namespace voicepay;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000;

} // namespace

// Reconciliation for the life of a long-running command: before a charge, once the interval
// (gateway.reconcileIntervalSeconds) has passed; never more often; an interval of 0 only at the start.
class TestPeriodicReconciler : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        test::StoreTestDb db { QStringLiteral("sqlite") };
        std::shared_ptr<PaymentJournal> journal;
        FakeGateway* fake = nullptr;
        std::unique_ptr<ReconcilingGateway> gateway;
        qint64 now = kT0;
        int reports = 0;

        bool open(qint64 intervalMs, QString* error)
        {
            journal = std::make_shared<PaymentJournal>(db.url());
            if (!db.isReady() || !journal->open(error)) {
                return false;
            }
            auto inner = std::make_unique<FakeGateway>();
            fake = inner.get();
            JournalContext context { QStringLiteral("acme"), QStringLiteral("site-a"), QStringLiteral("ivr"),
                QStringLiteral("v1"), [this] { return now; } };
            auto journalling = std::make_unique<JournalingGateway>(std::move(inner), journal, context);
            ReconcileOptions o;
            o.nowMs = [this] { return now; };
            o.quietMs = 5000;
            o.notFoundAfterMs = 180000;
            gateway = std::make_unique<ReconcilingGateway>(std::move(journalling), journal, o, intervalMs,
                [this](const ReconcileReport&) { ++reports; });
            return true;
        }
        // A charge that ends unconfirmed: its row stays open for reconciliation.
        void unconfirmedCharge(const QString& invoice)
        {
            TestCharge c("4111111111111111", invoice);
            fake->answer = GatewayResult::unconfirmed(
                GatewayResult::Confirmation::NotFound, QStringLiteral("time-out"));
            gateway->submit(c.request, [](const GatewayResult&) {});
        }
    };

private slots:
    void openRows_areReconciledBetweenCallsOncePerInterval()
    {
        Fixture f;
        QString error;
        QVERIFY2(f.open(60000, &error), qPrintable(error));
        QCOMPARE(f.gateway->reconciler().runNow().changes.size(), 0); // at start: nothing to do
        QCOMPARE(f.reports, 1);

        f.unconfirmedCharge(QStringLiteral("inv-1"));
        QCOMPARE(f.journal->entry(QStringLiteral("inv-1"))->state, JournalState::unknown());
        QCOMPARE(f.reports, 1); // the interval has not passed: no run before that charge

        f.fake->lookUpAnswer = GatewayResult::approved(QStringLiteral("60000000007"));
        f.now += 30000;
        f.unconfirmedCharge(QStringLiteral("inv-2"));
        QCOMPARE(f.reports, 1);
        QCOMPARE(f.fake->lookedUp, 0);

        f.now += 30000; // a minute after the start: due
        f.unconfirmedCharge(QStringLiteral("inv-3"));
        QCOMPARE(f.reports, 2);
        QCOMPARE(f.journal->entry(QStringLiteral("inv-1"))->state, JournalState::reconciled());
        QCOMPARE(f.journal->entry(QStringLiteral("inv-1"))->transactionId, QStringLiteral("60000000007"));
        QCOMPARE(f.journal->entry(QStringLiteral("inv-2"))->state, JournalState::reconciled());
        // The run came before inv-3 was handed on: its row was not there to be asked about.
        QCOMPARE(f.journal->entry(QStringLiteral("inv-3"))->state, JournalState::unknown());
        QCOMPARE(f.fake->lookedUp, 2);
        QCOMPARE(f.gateway->reconciler().stillOpen(), 0);

        f.now += 59999;
        f.unconfirmedCharge(QStringLiteral("inv-4"));
        QCOMPARE(f.reports, 2);
        f.now += 1;
        f.unconfirmedCharge(QStringLiteral("inv-5"));
        QCOMPARE(f.reports, 3);
        QCOMPARE(f.journal->entry(QStringLiteral("inv-3"))->state, JournalState::reconciled());
    }

    void intervalOfZero_reconcilesOnlyAtTheStart()
    {
        Fixture f;
        QString error;
        QVERIFY2(f.open(0, &error), qPrintable(error));
        f.unconfirmedCharge(QStringLiteral("inv-1")); // the first charge finds no run yet: one now
        QCOMPARE(f.reports, 1);
        for (int i = 2; i < 5; ++i) {
            f.now += 3600000;
            f.unconfirmedCharge(QStringLiteral("inv-%1").arg(i));
        }
        QCOMPARE(f.reports, 1);
        QCOMPARE(f.fake->lookedUp, 0);
        QCOMPARE(f.journal->entry(QStringLiteral("inv-1"))->state, JournalState::unknown());
    }
};

QTEST_GUILESS_MAIN(TestPeriodicReconciler)
#include "tst_periodicreconciler.moc"
