#include "shell/consolereconciliation.h"

#include "backgroundreconciler.h"
#include "widgets/uilog.h"

namespace voicepay::ui {

ConsoleReconciliation::ConsoleReconciliation(StoreUrl url, QObject* parent)
    : QObject(parent)
    , m_url(std::move(url))
{
}

ConsoleReconciliation::~ConsoleReconciliation() = default;

void ConsoleReconciliation::setConfig(const FlowConfig& config)
{
    const GatewaySettings& was = m_config.gateway;
    const GatewaySettings& now = config.gateway;
    const bool same = m_reconciler && was.mode == now.mode && was.url == now.url
        && was.merchantLogin == now.merchantLogin
        && was.reconcileIntervalSeconds == now.reconcileIntervalSeconds
        && was.duplicateWindowSeconds == now.duplicateWindowSeconds;
    m_config = config;
    if (!same) {
        restart();
    }
}

void ConsoleReconciliation::storeOpened()
{
    m_storeOpen = true;
    restart();
}

void ConsoleReconciliation::restart()
{
    m_reconciler.reset(); // stops the one before, abandoning a look-up in flight
    if (!m_storeOpen || !BackgroundReconciler::reconciles(m_config)) {
        return;
    }
    m_reconciler = std::make_unique<BackgroundReconciler>(m_url, m_config);
    connect(
        m_reconciler.get(), &BackgroundReconciler::reconciled, this, &ConsoleReconciliation::onReconciled);
    connect(m_reconciler.get(), &BackgroundReconciler::unavailable, this, [this](const QString& why) {
        qCWarning(lcUi) << "payments cannot be reconciled:" << why;
        emit message(tr("Unconfirmed payments cannot be reconciled: %1").arg(why));
    });
    m_reconciler->start();
}

void ConsoleReconciliation::onReconciled(
    const QList<QJsonObject>& changes, int stillOpen, const QStringList& problems)
{
    if (!changes.isEmpty()) {
        emit settled(changes);
    }
    if (!problems.isEmpty()) {
        emit message(tr("Reconciliation: %1 payments settled, %2 still unconfirmed: %3")
                         .arg(changes.size())
                         .arg(stillOpen)
                         .arg(problems.first()));
    } else if (!changes.isEmpty()) {
        emit message(tr("Reconciliation: %1 payments settled, %2 still unconfirmed")
                         .arg(changes.size())
                         .arg(stillOpen));
    }
}

} // namespace voicepay::ui
