#pragma once

#include "journalreconciler.h"

#include <functional>

namespace voicepay {

class PaymentGateway;
class PaymentJournal;

// Reconciliation again and again for the life of a long-running command (run, load, the wallboard, the
// console): runIfDue() reconciles once `intervalMs` has passed since the last run (the first call always
// runs). The caller picks the moment: between two calls, or from a timer, never while a charge of its own
// is on the wire (reconcileJournal() leaves rows touched recently alone, so another process's calls are
// safe). An interval of 0 reconciles only the first time.
class PeriodicReconciler
{
public:
    using Reporter = std::function<void(const ReconcileReport&)>;

    PeriodicReconciler(PaymentJournal& journal, PaymentGateway& gateway, ReconcileOptions options,
        qint64 intervalMs, Reporter report = {});

    qint64 intervalMs() const { return m_intervalMs; }
    bool isDue(qint64 nowMs) const;
    // Reconciles when due; true when it ran. The report goes to the reporter.
    bool runIfDue();
    // Runs now whatever the interval says.
    ReconcileReport runNow();
    int runs() const { return m_runs; }
    // Rows still open after the last run (-1 before the first).
    int stillOpen() const { return m_stillOpen; }

private:
    qint64 now() const;

    PaymentJournal& m_journal;
    PaymentGateway& m_gateway;
    ReconcileOptions m_options;
    qint64 m_intervalMs;
    Reporter m_report;
    qint64 m_lastMs = 0;
    int m_runs = 0;
    int m_stillOpen = -1;
};

} // namespace voicepay
