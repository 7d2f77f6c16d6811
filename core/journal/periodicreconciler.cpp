#include "periodicreconciler.h"

#include <QDateTime>

namespace voicepay {

PeriodicReconciler::PeriodicReconciler(PaymentJournal& journal, PaymentGateway& gateway,
    ReconcileOptions options, qint64 intervalMs, Reporter report)
    : m_journal(journal)
    , m_gateway(gateway)
    , m_options(std::move(options))
    , m_intervalMs(intervalMs)
    , m_report(std::move(report))
{
}

qint64 PeriodicReconciler::now() const
{
    return m_options.nowMs ? m_options.nowMs() : QDateTime::currentMSecsSinceEpoch();
}

bool PeriodicReconciler::isDue(qint64 nowMs) const
{
    if (m_runs == 0) {
        return true;
    }
    return m_intervalMs > 0 && nowMs - m_lastMs >= m_intervalMs;
}

bool PeriodicReconciler::runIfDue()
{
    if (!isDue(now())) {
        return false;
    }
    runNow();
    return true;
}

ReconcileReport PeriodicReconciler::runNow()
{
    const ReconcileReport report = reconcileJournal(m_journal, m_gateway, m_options);
    // The interval counts from the end of a run: a slow gateway never makes runs pile up.
    m_lastMs = now();
    ++m_runs;
    m_stillOpen = report.stillOpen;
    if (m_report) {
        m_report(report);
    }
    return report;
}

} // namespace voicepay
