#pragma once

#include "paymentgateway.h"

#include <QHash>

namespace voicepay {

// The in-process sandbox: answers at once from the published test-card outcomes, with a fresh transaction id
// for every approval. Deterministic for a given seed. Keeps a ledger of approved invoices so a repeated
// invoice is answered with the original transaction, never charged twice.
class SandboxGateway : public PaymentGateway
{
public:
    explicit SandboxGateway(quint64 firstTransactionId = 60000000001ULL);

    QString name() const override { return QStringLiteral("sandbox"); }
    void submit(const PaymentRequest& request, Completion done) override;

    int chargeCount() const { return m_ledger.size(); }

private:
    quint64 m_nextTransactionId;
    QHash<QString, QString> m_ledger; // invoice -> transaction id of approved charges
};

} // namespace voicepay
