#include "livekpipoller.h"

#include "kpiquery.h"
#include "postgresbackend.h"
#include "storeconnection.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QTimer>

namespace voicepay {

Q_LOGGING_CATEGORY(lcLive, "voicepay.store.live")

LiveKpiPoller::LiveKpiPoller(StoreUrl url, KpiFilter filter, int intervalMs, QString localWriter)
    : m_url(std::move(url))
    , m_filter(std::move(filter))
    , m_intervalMs(intervalMs)
    , m_localWriter(std::move(localWriter))
{
}

LiveKpiPoller::~LiveKpiPoller() = default;

void LiveKpiPoller::start()
{
    m_query = std::make_unique<KpiQuery>(m_url);
    m_timer = new QTimer(this);
    m_timer->setInterval(m_intervalMs);
    connect(m_timer, &QTimer::timeout, this, &LiveKpiPoller::poll);
    m_timer->start();
    // Commits come in bursts: one poll for a burst.
    m_soon = new QTimer(this);
    m_soon->setSingleShot(true);
    m_soon->setInterval(50);
    connect(m_soon, &QTimer::timeout, this, &LiveKpiPoller::poll);
    listen();
    poll();
}

void LiveKpiPoller::listen()
{
    if (m_url.backend != StoreUrl::Backend::Postgres) {
        return;
    }
    m_listener = std::make_unique<StoreConnection>(m_url, QStringLiteral("listen"));
    QString error;
    if (!m_listener->open(&error)) {
        qCWarning(lcLive).noquote() << "no notifications, polling only:" << error;
        m_listener.reset();
        return;
    }
    QSqlDriver* driver = m_listener->database().driver();
    if (!driver->subscribeToNotification(PostgresBackend::notificationChannel())) {
        qCWarning(lcLive) << "cannot LISTEN; polling only";
        m_listener.reset();
        return;
    }
    connect(driver, &QSqlDriver::notification, m_soon, qOverload<>(&QTimer::start));
}

void LiveKpiPoller::poll()
{
    if (!m_query) {
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 dayStart = bucketStart(now, Granularity::Day) * 1000;
    const auto snapshot = m_query->snapshot(dayStart, now + 60000, m_filter);
    const auto live = snapshot ? m_query->liveCalls(m_filter, m_localWriter, now) : std::nullopt;
    const auto unconfirmed = live ? m_query->unconfirmedPayments(m_filter) : std::nullopt;
    if (!snapshot || !live || !unconfirmed) {
        if (!m_failing) {
            Q_EMIT failed(m_query->lastError());
        }
        m_failing = true;
        // The next read starts on a new connection: a SQLite connection opened before another process created
        // the store's tables keeps failing on its stale view of the schema.
        m_query = std::make_unique<KpiQuery>(m_url);
        return;
    }
    m_failing = false;
    Q_EMIT unconfirmedPolled(*unconfirmed);
    Q_EMIT polled(snapshot->lastSeq, snapshot->minutes, *live);
}

void LiveKpiPoller::stop()
{
    if (m_timer) {
        m_timer->stop();
    }
    if (m_listener) {
        m_listener->database().driver()->unsubscribeFromNotification(PostgresBackend::notificationChannel());
    }
    m_listener.reset();
    m_query.reset();
}

} // namespace voicepay
