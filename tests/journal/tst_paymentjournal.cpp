#include "fakegateway.h"
#include "journal/journalinggateway.h"
#include "journal/paymentjournal.h"
#include "storetestdb.h"
#include "testcharge.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace voicepay;

// The journal as a decorator on the gateway seam: the row is committed before the request leaves, the
// answer moves it to its state, a charge without a row is never sent, and no card data is kept.
class TestPaymentJournal : public QObject
{
    Q_OBJECT

private slots:
    void backends_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void rowCommittedBeforeTheRequestLeaves_data() { backends_data(); }
    void rowCommittedBeforeTheRequestLeaves()
    {
        QFETCH(QString, backend);
        test::StoreTestDb db(backend);
        if (!db.isReady()) {
            QSKIP(qPrintable(db.skipReason()));
        }
        auto journal = std::make_shared<PaymentJournal>(db.url());
        QString error;
        QVERIFY2(journal->open(&error), qPrintable(error));
        auto fake = std::make_unique<FakeGateway>();
        FakeGateway* inner = fake.get();
        QString seenState;
        // Read from another connection, as another process would: only a committed row is visible there.
        inner->onSubmit = [&](const PaymentRequest& request) {
            PaymentJournal other(db.url());
            QString why;
            QVERIFY2(other.open(&why), qPrintable(why));
            const auto row = other.entry(request.invoiceNumber);
            seenState = row ? row->state : QStringLiteral("(none)");
        };
        JournalContext context { QStringLiteral("acme"), QStringLiteral("site-a"), QStringLiteral("ivr"),
            QStringLiteral("v1"), [] { return qint64(1'700'000'000'000); } };
        JournalingGateway gateway(std::move(fake), journal, context);
        TestCharge charge("4111111111111111", QStringLiteral("inv-1"), 1250);
        std::optional<GatewayResult> result;
        gateway.submit(charge.request, [&](const GatewayResult& r) { result = r; });
        QVERIFY(result);
        QCOMPARE(seenState, JournalState::submitted());
        const auto row = journal->entry(QStringLiteral("inv-1"));
        QVERIFY(row);
        QCOMPARE(row->state, JournalState::approved());
        QCOMPARE(row->transactionId, QStringLiteral("60000000001"));
        QCOMPARE(row->sessionId, QStringLiteral("inv-1"));
        QCOMPARE(row->amount, QStringLiteral("12.50"));
        QCOMPARE(row->currency, QStringLiteral("USD"));
        QCOMPARE(row->brand, QStringLiteral("visa"));
        QCOMPARE(row->last4, QStringLiteral("1111"));
        QCOMPARE(row->merchantLogin, QStringLiteral("acme"));
        QCOMPARE(row->site, QStringLiteral("site-a"));
        QCOMPARE(row->submittedAtMs, qint64(1'700'000'000'000));
    }

    void answerSetsTheState_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("state");
        QTest::newRow("approved") << 0 << JournalState::approved();
        QTest::newRow("declined") << 1 << JournalState::declined();
        QTest::newRow("refused, nothing charged") << 2 << JournalState::error();
        QTest::newRow("not found after a time-out") << 3 << JournalState::unknown();
        QTest::newRow("gateway unreachable") << 4 << JournalState::unknown();
        QTest::newRow("held for review") << 5 << JournalState::unknown();
    }
    void answerSetsTheState()
    {
        QFETCH(int, kind);
        QFETCH(QString, state);
        const GatewayResult answers[] = { GatewayResult::approved(QStringLiteral("7")),
            GatewayResult::declined(DeclineReason::Generic, QStringLiteral("2")),
            GatewayResult::error(QStringLiteral("E00007 refused")),
            GatewayResult::unconfirmed(GatewayResult::Confirmation::NotFound, QStringLiteral("not found")),
            GatewayResult::unconfirmed(GatewayResult::Confirmation::Unreachable, QStringLiteral("no answer")),
            GatewayResult::unconfirmed(
                GatewayResult::Confirmation::HeldForReview, QStringLiteral("review")) };
        test::StoreTestDb db(QStringLiteral("sqlite"));
        auto journal = std::make_shared<PaymentJournal>(db.url());
        QString error;
        QVERIFY2(journal->open(&error), qPrintable(error));
        auto fake = std::make_unique<FakeGateway>();
        fake->answer = answers[kind];
        JournalingGateway gateway(std::move(fake), journal, {});
        TestCharge charge("4111111111111111", QStringLiteral("inv-2"));
        gateway.submit(charge.request, [](const GatewayResult&) {});
        QCOMPARE(journal->entry(QStringLiteral("inv-2"))->state, state);
    }

    void journalUnwritable_chargeIsNotSent()
    {
        test::StoreTestDb db(QStringLiteral("sqlite"));
        auto journal = std::make_shared<PaymentJournal>(db.url()); // never opened
        auto fake = std::make_unique<FakeGateway>();
        FakeGateway* inner = fake.get();
        JournalingGateway gateway(std::move(fake), journal, {});
        TestCharge charge("4111111111111111", QStringLiteral("inv-3"));
        std::optional<GatewayResult> result;
        gateway.submit(charge.request, [&](const GatewayResult& r) { result = r; });
        QVERIFY(result);
        QCOMPARE(result->status, GatewayResult::Status::Error);
        QVERIFY(!result->isUnconfirmed()); // certain: nothing left
        QCOMPARE(inner->submitted, 0);
    }

    void sameInvoiceTwice_secondIsRefusedUnsent()
    {
        test::StoreTestDb db(QStringLiteral("sqlite"));
        auto journal = std::make_shared<PaymentJournal>(db.url());
        QString error;
        QVERIFY2(journal->open(&error), qPrintable(error));
        auto fake = std::make_unique<FakeGateway>();
        FakeGateway* inner = fake.get();
        JournalingGateway gateway(std::move(fake), journal, {});
        TestCharge charge("4111111111111111", QStringLiteral("inv-4"));
        gateway.submit(charge.request, [](const GatewayResult&) {});
        std::optional<GatewayResult> again;
        gateway.submit(charge.request, [&](const GatewayResult& r) { again = r; });
        QCOMPARE(inner->submitted, 1);
        QVERIFY(again && again->status == GatewayResult::Status::Error);
    }

    void noCardDataInTheDatabase()
    {
        test::StoreTestDb db(QStringLiteral("sqlite"));
        auto journal = std::make_shared<PaymentJournal>(db.url());
        QString error;
        QVERIFY2(journal->open(&error), qPrintable(error));
        auto fake = std::make_unique<FakeGateway>();
        // A gateway message that (wrongly) quotes the card number is scrubbed before it is journalled.
        fake->answer = GatewayResult::error(QStringLiteral("card 5555555555554444 refused"));
        JournalingGateway gateway(std::move(fake), journal, {});
        TestCharge charge("5555555555554444", QStringLiteral("inv-5"), 1250, "987");
        gateway.submit(charge.request, [](const GatewayResult&) {});
        const auto row = journal->entry(QStringLiteral("inv-5"));
        QVERIFY(row);
        QCOMPARE(row->last4, QStringLiteral("4444"));
        QVERIFY(!row->detail.contains(QStringLiteral("5555555555554444")));
        journal.reset();
        for (const QString& suffix : { QString(), QStringLiteral("-wal") }) {
            QFile file(db.sqlitePath() + suffix);
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains("5555555555554444"));
            QVERIFY(!bytes.contains("555555555555"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPaymentJournal)
#include "tst_paymentjournal.moc"
