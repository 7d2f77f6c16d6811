#include "livekpifeed.h"

#include "kpistore.h"
#include "livekpipoller.h"

#include <QDateTime>
#include <QThread>
#include <map>

namespace voicepay {

LiveKpiFeed::LiveKpiFeed(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<voicepay::KpiCounters>();
    qRegisterMetaType<voicepay::KpiPoint>();
    qRegisterMetaType<QList<voicepay::KpiPoint>>();
    qRegisterMetaType<voicepay::SessionRecord>();
}

LiveKpiFeed::~LiveKpiFeed()
{
    stop();
}

void LiveKpiFeed::setWindowMinutes(int minutes)
{
    m_windowMinutes = std::clamp(minutes, 1, 1440);
}

void LiveKpiFeed::setPollIntervalMs(int ms)
{
    m_pollIntervalMs = std::clamp(ms, 50, 1000);
}

void LiveKpiFeed::setFilter(const KpiFilter& filter)
{
    m_filter = filter;
}

void LiveKpiFeed::changeFilter(const KpiFilter& filter)
{
    m_filter = filter;
    if (m_running) {
        const StoreUrl url = m_url;
        KpiStore* local = m_local;
        const auto inProgress = m_inProgress; // the console's own calls go on across the change
        start(url, local);
        m_inProgress = inProgress;
    }
    // The counts start again from the store for the new filter; say so at once.
    Q_EMIT inProgressChanged(inProgress());
    publish();
}

void LiveKpiFeed::start(const StoreUrl& url, KpiStore* local)
{
    stop();
    m_url = url;
    m_local = local;
    m_running = true;
    if (local) {
        m_localConnections << connect(local, &KpiStore::sessionStarted, this, &LiveKpiFeed::onStarted)
                           << connect(local, &KpiStore::sessionRecorded, this, &LiveKpiFeed::onRecorded)
                           << connect(local, &KpiStore::sessionAbandoned, this,
                                  [this](const QString& id) {
                                      if (m_inProgress.remove(id)) {
                                          Q_EMIT inProgressChanged(inProgress());
                                      }
                                  })
                           << connect(local, &KpiStore::batchCommitted, this,
                                  [this](const QStringList& ids, const QList<qint64>& seqs, qint64) {
                                      onCommitted(ids, seqs);
                                  });
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("kpi-live-feed"));
    m_poller = new LiveKpiPoller(url, m_filter, m_pollIntervalMs, local ? local->writerId() : QString());
    m_poller->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_poller, &LiveKpiPoller::start);
    connect(m_thread, &QThread::finished, m_poller, &QObject::deleteLater);
    connect(m_poller, &LiveKpiPoller::polled, this, &LiveKpiFeed::onPolled);
    connect(m_poller, &LiveKpiPoller::unconfirmedPolled, this, [this](qint64 payments) {
        m_unconfirmed = payments;
        Q_EMIT unconfirmedPaymentsChanged(payments);
    });
    connect(m_poller, &LiveKpiPoller::failed, this, &LiveKpiFeed::onFailed);
    m_thread->start();
}

void LiveKpiFeed::stop()
{
    for (const auto& c : std::as_const(m_localConnections)) {
        disconnect(c);
    }
    m_localConnections.clear();
    if (m_thread) {
        QMetaObject::invokeMethod(m_poller, &LiveKpiPoller::stop, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_poller = nullptr;
    }
    m_pending.clear();
    m_inProgress.clear();
    m_liveElsewhere = 0;
    m_unconfirmed = 0;
    m_polledMinutes.clear();
    m_lastSeq = 0;
    m_polled = false;
    m_reachable = true;
    m_running = false;
    m_local = nullptr;
}

bool LiveKpiFeed::matches(const SessionRecord& r) const
{
    return (m_filter.site.isEmpty() || r.site == m_filter.site)
        && (m_filter.configVersion.isEmpty() || r.configVersion == m_filter.configVersion)
        && (m_filter.includeTests || !r.isTest);
}

int LiveKpiFeed::inProgress() const
{
    qint64 n = m_liveElsewhere;
    for (auto it = m_inProgress.cbegin(); it != m_inProgress.cend(); ++it) {
        n += m_filter.site.isEmpty() || it.value() == m_filter.site ? 1 : 0;
    }
    return int(n);
}

void LiveKpiFeed::onStarted(
    const QString& sessionId, const QString& site, const QString&, qint64, bool isTest)
{
    if (isTest && !m_filter.includeTests) {
        return;
    }
    m_inProgress.insert(sessionId, site);
    Q_EMIT inProgressChanged(inProgress());
}

void LiveKpiFeed::onRecorded(const SessionRecord& record)
{
    if (m_inProgress.remove(record.sessionId)) {
        Q_EMIT inProgressChanged(inProgress());
    }
    if (!matches(record)) {
        return;
    }
    m_pending.insert(record.sessionId, Pending { record, 0 });
    publish();
}

void LiveKpiFeed::onCommitted(const QStringList& ids, const QList<qint64>& seqs)
{
    bool changed = false;
    for (qsizetype i = 0; i < ids.size() && i < seqs.size(); ++i) {
        auto it = m_pending.find(ids.at(i));
        if (it == m_pending.end()) {
            continue;
        }
        if (seqs.at(i) <= m_lastSeq) {
            m_pending.erase(it); // the last read already counted it
            changed = true;
        } else {
            it->seq = seqs.at(i);
        }
    }
    if (changed) {
        publish();
    }
}

void LiveKpiFeed::onFailed(const QString& message)
{
    if (m_reachable) {
        m_reachable = false;
        Q_EMIT storeReachableChanged(false);
    }
    Q_EMIT errorOccurred(message);
}

void LiveKpiFeed::onPolled(qint64 lastSeq, const QList<KpiPoint>& minutes, qint64 liveElsewhere)
{
    if (!m_reachable) {
        m_reachable = true;
        Q_EMIT storeReachableChanged(true);
    }
    if (liveElsewhere != m_liveElsewhere) {
        m_liveElsewhere = liveElsewhere;
        Q_EMIT inProgressChanged(inProgress());
    }
    m_lastSeq = lastSeq;
    m_polledMinutes = minutes;
    m_polled = true;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->seq > 0 && it->seq <= lastSeq) {
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    publish();
}

KpiCounters LiveKpiFeed::counters() const
{
    const qint64 dayStart = bucketStart(QDateTime::currentMSecsSinceEpoch(), Granularity::Day) * 1000;
    KpiCounters c;
    for (const KpiPoint& p : m_polledMinutes) {
        if (p.bucketMs >= dayStart) {
            c.merge(p.counters);
        }
    }
    for (const Pending& p : m_pending) {
        if (p.record.startedAtMs >= dayStart) {
            c.add(p.record.outcome, 1, p.record.durationMs, p.record.attempts, p.record.declines);
        }
    }
    return c;
}

QList<KpiPoint> LiveKpiFeed::minutes() const
{
    const qint64 nowMinute = bucketStart(QDateTime::currentMSecsSinceEpoch(), Granularity::Minute) * 1000;
    const qint64 first = nowMinute - qint64(m_windowMinutes - 1) * 60000;
    std::map<qint64, KpiCounters> byMinute;
    for (const KpiPoint& p : m_polledMinutes) {
        if (p.bucketMs >= first) {
            byMinute[p.bucketMs].merge(p.counters);
        }
    }
    for (const Pending& p : m_pending) {
        const qint64 minute = bucketStart(p.record.startedAtMs, Granularity::Minute) * 1000;
        if (minute >= first) {
            byMinute[minute].add(
                p.record.outcome, 1, p.record.durationMs, p.record.attempts, p.record.declines);
        }
    }
    QList<KpiPoint> out;
    for (qint64 m = first; m <= nowMinute; m += 60000) {
        const KpiCounters c = byMinute.count(m) ? byMinute.at(m) : KpiCounters();
        out << KpiPoint { m, c, double(c.entered) };
    }
    return out;
}

void LiveKpiFeed::publish()
{
    Q_EMIT countersChanged(counters());
    Q_EMIT minutesChanged(minutes());
}

} // namespace voicepay
