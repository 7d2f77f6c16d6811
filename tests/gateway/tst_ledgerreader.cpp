#include "gateway/anet/anetreplyreader.h"
#include "gateway/anet/anetrequestwriter.h"
#include "gateway/anet/anetsandboxprotocol.h"
#include "ledgerreader.h"
#include "testcharge.h"

#include <QTest>

using namespace voicepay;

namespace {

const MerchantCredentials merchant { QStringLiteral("chaos"), QStringLiteral("ChaosKey12345") };
const QDateTime t0 = QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
constexpr int kProcessingMs = 300;

} // namespace

// The chaos run's check reads the gateway's ledger through the API. A gateway lists a charge only once it has
// processed it: read too soon after the last calls, the newest charges, answered "approved" to their calls,
// are missing, and their sessions look paid without a charge (the run's intermittent failure). On the
// in-process sandbox and a test clock: no sleeps, the same every time.
class TestLedgerReader : public QObject
{
    Q_OBJECT

private:
    static SandboxFaultSpec faults()
    {
        QString error;
        const auto spec = SandboxFaultSpec::parse(
            QStringLiteral("settle=3,page=50,processing=%1").arg(kProcessingMs), &error);
        if (!spec) {
            qFatal("%s", qPrintable(error));
        }
        return *spec;
    }

    struct Gateway
    {
        AnetSandboxProtocol protocol { merchant, faults() };
        QDateTime now = t0;
        QStringList approved; // invoices whose charge was answered approved, in order
        QList<QDateTime> at;

        void charge(const QString& invoice)
        {
            TestCharge c("4111111111111111", invoice);
            QString error;
            const auto reply = AnetReplyReader::read(
                protocol.handle(AnetRequestWriter::createTransaction(merchant, c.request, 4, &error), now)
                    .body,
                &error);
            if (reply && reply->toGatewayResult().status == GatewayResult::Status::Approved) {
                approved << invoice;
                at << now;
            }
        }
        // Each request takes `stepMs` of the gateway's time: a real read is not instantaneous.
        LedgerReader reader(int stepMs = 0)
        {
            return LedgerReader(
                merchant,
                [this, stepMs](const QByteArray& body, QString* error) {
                    auto reply = AnetReplyReader::read(protocol.handle(body, now).body, error);
                    now = now.addMSecs(stepMs);
                    return reply;
                },
                [this] { return now; });
        }
    };

private slots:
    void readTooSoon_missesTheNewestCharges_readAfterProcessing_findsEachOnce()
    {
        Gateway g;
        for (int i = 0; i < 120; ++i) { // six seconds of calls: earlier ones settle, pages of 50
            g.charge(QStringLiteral("inv-%1").arg(i));
            g.now = g.now.addMSecs(50);
        }
        QCOMPARE(g.approved.size(), 120);
        const QDateTime last = g.at.last();
        g.now = last.addMSecs(50); // the calls are over; the check reads at once

        LedgerReader soon = g.reader();
        QString error;
        const auto early = soon.charges(&error);
        QVERIFY2(early, qPrintable(error));
        QStringList missing;
        for (qsizetype i = 0; i < g.approved.size(); ++i) {
            const int count = early->value(g.approved.at(i));
            QVERIFY2(count <= 1, qPrintable(g.approved.at(i)));
            if (count == 0) {
                missing << g.approved.at(i);
                // Only charges younger than the processing time are missing.
                QVERIFY(g.at.at(i).msecsTo(g.now) < kProcessingMs);
            }
        }
        QCOMPARE(missing,
            (QStringList { QStringLiteral("inv-115"), QStringLiteral("inv-116"), QStringLiteral("inv-117"),
                QStringLiteral("inv-118"), QStringLiteral("inv-119") }));

        const qint64 wait = LedgerReader::waitBeforeReadingMs(
            last.toMSecsSinceEpoch(), g.now.toMSecsSinceEpoch(), kProcessingMs);
        QVERIFY(wait >= kProcessingMs - 50);
        g.now = g.now.addMSecs(wait);
        LedgerReader later = g.reader();
        const auto full = later.charges(&error);
        QVERIFY2(full, qPrintable(error));
        for (const QString& invoice : g.approved) {
            QCOMPARE(full->value(invoice), 1);
        }
        QCOMPARE(full->size(), g.approved.size());
        QCOMPARE(LedgerReader::waitBeforeReadingMs(0, kProcessingMs + 1000, kProcessingMs), qint64(0));
    }

    // A charge that settles while the ledger is read is listed twice: unsettled on the first page read, then
    // in the batch the next request settled it into. It is one charge, counted once (the chaos run once
    // counted it as a duplicate). A second charge of the same invoice, a real duplicate, is counted twice.
    void chargeSettlingDuringTheRead_isCountedOnce_aSecondChargeIsNot()
    {
        Gateway g;
        g.charge(QStringLiteral("inv-a"));
        g.now = g.now.addMSecs(2990); // three seconds settle it: after the unsettled list's first page
        LedgerReader reader = g.reader(20);
        QString error;
        const auto charges = reader.charges(&error);
        QVERIFY2(charges, qPrintable(error));
        QCOMPARE(reader.seen.value(QStringLiteral("inv-a")).size(), 2); // listed unsettled, then settled
        QCOMPARE(charges->value(QStringLiteral("inv-a")), 1);

        g.now = g.now.addSecs(10); // past the duplicate window: the gateway charges the invoice again
        g.charge(QStringLiteral("inv-a"));
        QCOMPARE(g.approved.size(), 2);
        g.now = g.now.addSecs(1);
        LedgerReader again = g.reader(20);
        const auto twice = again.charges(&error);
        QVERIFY2(twice, qPrintable(error));
        QCOMPARE(twice->value(QStringLiteral("inv-a")), 2);
    }
};

QTEST_GUILESS_MAIN(TestLedgerReader)
#include "tst_ledgerreader.moc"
