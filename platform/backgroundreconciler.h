#pragma once

#include "config/flowconfig.h"
#include "store/storeurl.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>

namespace voicepay {

class PaymentGateway;

// Reconciliation of a store's payment journal for a program with a window (the console): the same
// reconciliation voicepay-sim runs (reconcileJournal through a PeriodicReconciler, with the options and the
// audit trail of gatewaysetup.h), on a thread of its own, so that a slow or unreachable gateway never holds
// the window up. It runs once at start() and again every gateway.reconcileIntervalSeconds (0: only at the
// start). Its journal connection and gateway client live on that thread; the keychain (the transaction key,
// the audit trail's key) is read by start() on the calling thread, because QtKeychain is not thread-safe.
//
// Stopping (stop() or the destructor) abandons a look-up in flight: its row stays open for the next start.
class BackgroundReconciler : public QObject
{
    Q_OBJECT
public:
    // True for the gateway modes whose charges outlive the process and can be looked up again (server,
    // endpoint); the in-process sandbox forgets its charges when the program ends.
    static bool reconciles(const FlowConfig& config);

    BackgroundReconciler(StoreUrl url, FlowConfig config, QObject* parent = nullptr);
    ~BackgroundReconciler() override;

    // Reads the keys from the keychain (briefly blocking, as the console's other keychain reads do), then
    // starts the thread; without the transaction key, `unavailable` says why and nothing starts.
    void start();
    void stop();
    bool isRunning() const;
    // A run is under way (the gateway is being asked).
    bool isBusy() const { return m_state->busy; }
    int runs() const { return m_state->runs; }
    const FlowConfig& config() const { return m_config; }

Q_SIGNALS:
    // Emitted from the reconciliation thread; connect with the default (queued) connection.
    void runStarted();
    // One run ended: each change as `voicepay-sim reconcile` prints it, the rows still open, the problems.
    void reconciled(const QList<QJsonObject>& changes, int stillOpen, const QStringList& problems);
    // Nothing can be reconciled: the journal or the gateway cannot be opened (the reason, free of secrets).
    void unavailable(const QString& why);

private:
    class Worker;
    struct State
    {
        std::atomic<bool> busy { false };
        std::atomic<int> runs { 0 };
    };

    StoreUrl m_url;
    FlowConfig m_config;
    std::shared_ptr<State> m_state;
    Worker* m_worker = nullptr;
};

} // namespace voicepay
