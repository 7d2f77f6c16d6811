#include "reconcilinggateway.h"

#include "paymentjournal.h"

namespace voicepay {

ReconcilingGateway::ReconcilingGateway(std::unique_ptr<PaymentGateway> inner,
    std::shared_ptr<PaymentJournal> journal, ReconcileOptions options, qint64 intervalMs,
    PeriodicReconciler::Reporter report)
    : m_inner(std::move(inner))
    , m_journal(std::move(journal))
    , m_reconciler(*m_journal, *m_inner, std::move(options), intervalMs, std::move(report))
{
}

void ReconcilingGateway::submit(const PaymentRequest& request, Completion done)
{
    if (m_journal->isOpen()) {
        m_reconciler.runIfDue();
    }
    m_inner->submit(request, std::move(done));
}

} // namespace voicepay
