#pragma once

#include "gateway/paymentgateway.h"
#include "periodicreconciler.h"

#include <memory>

namespace voicepay {

// Reconciliation on the gateway seam for commands that make call after call (run, load): before a charge is
// handed on, the journal is reconciled if the interval has passed. Between two charges no charge of this
// gateway is on the wire, so only rows of finished calls (and of other processes, past their quiet time)
// are settled.
class ReconcilingGateway : public PaymentGateway
{
public:
    // `inner` is the journalling gateway; the reconciler asks `inner` (its look-ups) about `journal`'s rows.
    ReconcilingGateway(std::unique_ptr<PaymentGateway> inner, std::shared_ptr<PaymentJournal> journal,
        ReconcileOptions options, qint64 intervalMs, PeriodicReconciler::Reporter report = {});

    QString name() const override { return m_inner->name(); }
    void submit(const PaymentRequest& request, Completion done) override;
    void cancel(const QString& invoiceNumber) override { m_inner->cancel(invoiceNumber); }
    void lookUp(const Lookup& lookup, Completion done) override { m_inner->lookUp(lookup, std::move(done)); }

    PeriodicReconciler& reconciler() { return m_reconciler; }

private:
    std::unique_ptr<PaymentGateway> m_inner;
    std::shared_ptr<PaymentJournal> m_journal;
    PeriodicReconciler m_reconciler;
};

} // namespace voicepay
