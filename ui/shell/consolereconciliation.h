#pragma once

#include "config/flowconfig.h"
#include "store/storeurl.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <memory>

namespace voicepay {
class BackgroundReconciler;
}

namespace voicepay::ui {

// The console's reconciliation of unconfirmed payments: once the store is open, and for as long as the
// configured gateway keeps its charges (server or endpoint), a BackgroundReconciler settles the journal's
// `submitted` and `unknown` rows at start and every gateway.reconcileIntervalSeconds, off the GUI thread.
// A change of gateway starts it again on the new one. What it settled and what it could not are reported
// as status messages; every change is audited by the reconciliation itself.
class ConsoleReconciliation : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleReconciliation(StoreUrl url, QObject* parent = nullptr);
    ~ConsoleReconciliation() override;

    void setConfig(const FlowConfig& config);
    void storeOpened();
    // The running reconciler; null while none runs (no store yet, or a gateway that forgets its charges).
    BackgroundReconciler* reconciler() const { return m_reconciler.get(); }

signals:
    void message(const QString& text);
    // Sessions changed: a payment was settled.
    void settled(const QList<QJsonObject>& changes);

private:
    void restart();
    void onReconciled(const QList<QJsonObject>& changes, int stillOpen, const QStringList& problems);

    StoreUrl m_url;
    FlowConfig m_config;
    bool m_storeOpen = false;
    std::unique_ptr<BackgroundReconciler> m_reconciler;
};

} // namespace voicepay::ui
