#pragma once

#include "paymentgateway.h"

#include <QHash>
#include <deque>

namespace voicepay {

// The in-process sandbox: answers at once from the published test-card outcomes, with a fresh transaction id
// for every approval. Deterministic for a given seed. Keeps a ledger of approved invoices so a repeated
// invoice is answered with the original transaction, never charged twice. Like a gateway's duplicate window
// (two minutes), the ledger remembers recent approvals only: the last kLedgerSize of them. A load of millions
// of calls, one sandbox a thread, would otherwise hold every invoice it ever charged (about 170 bytes
// each: 1.4 GB of a year of 10 million calls).
class SandboxGateway : public PaymentGateway
{
public:
    explicit SandboxGateway(quint64 firstTransactionId = 60000000001ULL);

    QString name() const override { return QStringLiteral("sandbox"); }
    void submit(const PaymentRequest& request, Completion done) override;

    static constexpr qsizetype kLedgerSize = 1024;
    qint64 chargeCount() const { return m_charges; }

private:
    quint64 m_nextTransactionId;
    qint64 m_charges = 0;
    QHash<QString, QString> m_ledger; // invoice -> transaction id of the last approved charges
    std::deque<QString> m_ledgerOrder; // the ledger's invoices, the oldest first
};

} // namespace voicepay
