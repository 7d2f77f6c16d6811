// The in-process sandbox's ledger: a repeated invoice is answered with its first transaction, and the ledger
// remembers only the last SandboxGateway::kLedgerSize approvals, as a gateway's duplicate window does, so a
// long load does not hold every invoice it ever charged.

#include "gateway/sandboxgateway.h"
#include "secure/sensitivedigits.h"

#include <QTest>

using namespace voicepay;

class TestSandboxGateway : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void repeatedInvoice_getsItsFirstTransaction();
    void ledger_remembersTheLastApprovalsOnly();
};

namespace {
QString charge(SandboxGateway& gateway, const QString& invoice)
{
    static const SensitiveDigits card = SensitiveDigits::fromKeys("4111111111111111");
    PaymentRequest request;
    request.invoiceNumber = invoice;
    request.cardNumber = &card;
    QString transaction;
    gateway.submit(request, [&transaction](const GatewayResult& r) { transaction = r.transactionId; });
    return transaction;
}
} // namespace

void TestSandboxGateway::repeatedInvoice_getsItsFirstTransaction()
{
    SandboxGateway gateway;
    const QString first = charge(gateway, QStringLiteral("INV-1"));
    QVERIFY(!first.isEmpty());
    QVERIFY(charge(gateway, QStringLiteral("INV-2")) != first);
    QCOMPARE(charge(gateway, QStringLiteral("INV-1")), first);
    QCOMPARE(gateway.chargeCount(), 2);
}

void TestSandboxGateway::ledger_remembersTheLastApprovalsOnly()
{
    SandboxGateway gateway;
    const QString first = charge(gateway, QStringLiteral("INV-0"));
    for (qsizetype i = 1; i < SandboxGateway::kLedgerSize; ++i) {
        charge(gateway, QStringLiteral("INV-%1").arg(i));
    }
    QCOMPARE(charge(gateway, QStringLiteral("INV-0")), first); // still within the window
    const QString last = charge(gateway, QStringLiteral("INV-%1").arg(SandboxGateway::kLedgerSize));
    // INV-0 has left the window: charged again, with a new transaction; the newest is still known.
    QVERIFY(charge(gateway, QStringLiteral("INV-0")) != first);
    QCOMPARE(charge(gateway, QStringLiteral("INV-%1").arg(SandboxGateway::kLedgerSize)), last);
    QCOMPARE(gateway.chargeCount(), SandboxGateway::kLedgerSize + 2);
}

QTEST_GUILESS_MAIN(TestSandboxGateway)
#include "tst_sandboxgateway.moc"
