#pragma once

#include "kpireport.h"
#include "sessionrecord.h"
#include "storeurl.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QThread;

namespace voicepay {

class KpiStore;
class LiveKpiPoller;

// The live KPIs a console shows: today's counters (UTC day) and the per-minute series of the last hour.
//
// Sessions recorded by a local KpiStore count at once (before they are committed); the database is read every
// second on a worker thread of the feed's own (and at once on a PostgreSQL NOTIFY), which brings in the other
// sites and processes. A local session is counted from the store until a read includes it (by its sequence
// number), so nothing counts twice. Signals are emitted in the thread that owns the feed (the GUI thread).
class LiveKpiFeed : public QObject
{
    Q_OBJECT
public:
    explicit LiveKpiFeed(QObject* parent = nullptr);
    ~LiveKpiFeed() override;

    void setWindowMinutes(int minutes); // the series' length; 60 by default
    void setPollIntervalMs(int ms); // 1000 by default
    void setFilter(const KpiFilter& filter);
    // Narrows a running feed to another filter (a site, say): starts again on the same store and local
    // writer.
    void changeFilter(const KpiFilter& filter);
    KpiFilter filter() const { return m_filter; }
    StoreUrl url() const { return m_url; }

    // Watches `url` and, when given, the sessions `local` records (it must outlive the feed or be stopped
    // first).
    void start(const StoreUrl& url, KpiStore* local = nullptr);
    void stop();

    KpiCounters counters() const;
    QList<KpiPoint> minutes() const; // oldest first, one point per minute of the window (empty minutes too)
    // This console's calls in progress and those the store lists for other processes and sites.
    int inProgress() const;
    bool hasPolled() const { return m_polled; }
    // Payments of the filter's site not yet confirmed either way (the payment journal's `submitted` and
    // `unknown` rows, whatever their date), as last read.
    qint64 unconfirmedPayments() const { return m_unconfirmed; }
    // False from a failed read of the store until the next read succeeds (the counts stay as last read).
    bool storeReachable() const { return m_reachable; }

Q_SIGNALS:
    void countersChanged(const voicepay::KpiCounters& counters);
    void minutesChanged(const QList<voicepay::KpiPoint>& minutes);
    void inProgressChanged(int calls);
    void unconfirmedPaymentsChanged(qint64 payments); // after every read of the store
    void errorOccurred(const QString& message);
    void storeReachableChanged(bool reachable);

private:
    void onStarted(
        const QString& sessionId, const QString& site, const QString& callType, qint64 atMs, bool isTest);
    void onRecorded(const SessionRecord& record);
    void onCommitted(const QStringList& ids, const QList<qint64>& seqs);
    void onFailed(const QString& message);
    void onPolled(qint64 lastSeq, const QList<KpiPoint>& minutes, qint64 liveElsewhere);
    bool matches(const SessionRecord& record) const;
    void publish();

    struct Pending
    {
        SessionRecord record;
        qint64 seq = 0; // 0 until committed
    };

    int m_windowMinutes = 60;
    int m_pollIntervalMs = 1000;
    KpiFilter m_filter;
    StoreUrl m_url;
    KpiStore* m_local = nullptr;
    bool m_running = false;
    QThread* m_thread = nullptr;
    LiveKpiPoller* m_poller = nullptr;
    QList<QMetaObject::Connection> m_localConnections;

    qint64 m_lastSeq = 0;
    QList<KpiPoint> m_polledMinutes;
    QHash<QString, Pending> m_pending;
    QHash<QString, QString> m_inProgress; // this console's calls in progress: session id to site
    qint64 m_liveElsewhere = 0;
    qint64 m_unconfirmed = 0;
    bool m_polled = false;
    bool m_reachable = true;
};

} // namespace voicepay
