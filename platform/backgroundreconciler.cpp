#include "backgroundreconciler.h"

#include "admin/auditlog.h"
#include "gateway/paymentgateway.h"
#include "gatewayfactory.h"
#include "gatewaysetup.h"
#include "journal/journalreconciler.h"
#include "journal/paymentjournal.h"
#include "journal/periodicreconciler.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>
#include <chrono>
#include <optional>

Q_LOGGING_CATEGORY(lcBackgroundReconcile, "voicepay.platform.reconcile")

namespace voicepay {

class BackgroundReconciler::Worker : public QThread
{
public:
    Worker(BackgroundReconciler& owner, QString transactionKey, std::optional<QByteArray> auditKey,
        QString auditProblem)
        : m_owner(owner)
        , m_url(owner.m_url)
        , m_config(owner.m_config)
        , m_state(owner.m_state)
        , m_transactionKey(std::move(transactionKey))
        , m_auditKey(std::move(auditKey))
        , m_auditProblem(std::move(auditProblem))
    {
        setObjectName(QStringLiteral("journal-reconcile"));
    }

protected:
    void run() override;

private:
    bool stopping() const { return isInterruptionRequested(); }
    void runOnce(PeriodicReconciler& reconciler, QString* auditProblem);

    // Outlives the thread: its destructor stops and joins it.
    BackgroundReconciler& m_owner;
    const StoreUrl m_url;
    const FlowConfig m_config;
    const std::shared_ptr<State> m_state;
    const QString m_transactionKey;
    const std::optional<QByteArray> m_auditKey;
    QString m_auditProblem;
};

void BackgroundReconciler::Worker::run()
{
    PaymentJournal journal(m_url);
    QString why;
    if (!journal.open(&why)) {
        Q_EMIT m_owner.unavailable(QStringLiteral("the payment journal cannot be opened: ") + why);
        return;
    }
    const std::unique_ptr<PaymentGateway> gateway = makePaymentGateway(m_config, m_transactionKey, &why);
    if (!gateway) {
        Q_EMIT m_owner.unavailable(why);
        return;
    }
    ReconcileOptions options = reconcileOptionsFor(m_config);
    const std::shared_ptr<AuditLog> audit = reconcileAudit(journal, m_auditKey);
    options.audit = audit.get();
    const qint64 intervalMs = qint64(m_config.gateway.reconcileIntervalSeconds) * 1000;
    PeriodicReconciler reconciler(journal, *gateway, options, intervalMs);

    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        const qint64 before = reconciler.runs();
        runOnce(reconciler, &m_auditProblem);
        if (intervalMs > 0 && !stopping()) {
            // Counted from the end of a run; a timer that fired a little early looks again soon after.
            timer.start(std::chrono::milliseconds(
                reconciler.runs() > before ? intervalMs : qMin<qint64>(intervalMs, 1000)));
        }
    });
    timer.start(0);
    exec();
}

void BackgroundReconciler::Worker::runOnce(PeriodicReconciler& reconciler, QString* auditProblem)
{
    if (stopping() || !reconciler.isDue(QDateTime::currentMSecsSinceEpoch())) {
        return;
    }
    m_state->busy = true;
    Q_EMIT m_owner.runStarted();
    const ReconcileReport report = reconciler.runNow();
    QList<QJsonObject> changes;
    for (const ReconcileChange& c : report.changes) {
        changes << c.toJson();
    }
    QStringList problems = report.problems;
    if (!auditProblem->isEmpty()) {
        // Said once: each change is then reported as not audited.
        problems.prepend(QStringLiteral("the audit trail: ") + *auditProblem);
        auditProblem->clear();
    }
    qCInfo(lcBackgroundReconcile) << "reconciled" << changes.size() << "payments," << report.stillOpen
                                  << "still open," << problems.size() << "problems";
    ++m_state->runs;
    m_state->busy = false;
    Q_EMIT m_owner.reconciled(changes, report.stillOpen, problems);
}

bool BackgroundReconciler::reconciles(const FlowConfig& config)
{
    return config.gateway.mode == u"server" || config.gateway.mode == u"endpoint";
}

BackgroundReconciler::BackgroundReconciler(StoreUrl url, FlowConfig config, QObject* parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_config(std::move(config))
    , m_state(std::make_shared<State>())
{
}

BackgroundReconciler::~BackgroundReconciler()
{
    stop();
}

void BackgroundReconciler::start()
{
    if (m_worker) {
        return;
    }
    QString why;
    const std::optional<QString> key = transactionKeyFromKeychain(m_config, &why);
    if (!key) {
        Q_EMIT unavailable(why);
        return;
    }
    std::optional<QByteArray> auditKey;
    QString auditProblem;
    {
        // A connection of this thread's own, only to find the trail's store id.
        PaymentJournal journal(m_url);
        if (journal.open(&auditProblem)) {
            auditKey = reconcileAuditKey(journal, &auditProblem);
        }
    }
    m_worker = new Worker(*this, *key, auditKey, auditProblem);
    m_worker->start();
}

void BackgroundReconciler::stop()
{
    if (!m_worker) {
        return;
    }
    // Interrupted, a run abandons its look-up in flight and leaves the rows it has not reached open.
    m_worker->requestInterruption();
    m_worker->quit();
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_state->busy = false;
}

bool BackgroundReconciler::isRunning() const
{
    return m_worker && m_worker->isRunning();
}

} // namespace voicepay
