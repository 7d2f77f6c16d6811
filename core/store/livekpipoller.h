#pragma once

#include "kpireport.h"
#include "storeurl.h"

#include <QObject>
#include <memory>

class QTimer;

namespace voicepay {

class KpiQuery;
class StoreConnection;

// Lives on the live feed's worker thread: reads a consistent snapshot of the day's per-minute rollups every
// interval, and at once when PostgreSQL NOTIFYs a commit from any site.
class LiveKpiPoller : public QObject
{
    Q_OBJECT
public:
    // `localWriter`: the writer id of the console's own store, whose calls in progress it counts itself.
    LiveKpiPoller(StoreUrl url, KpiFilter filter, int intervalMs, QString localWriter = QString());
    ~LiveKpiPoller() override;

public Q_SLOTS:
    void start();
    void poll();
    void stop();

Q_SIGNALS:
    // The minutes from the start of the UTC day to now and the last session sequence number they include.
    // `liveElsewhere`: the calls in progress at the other writers (other processes and sites).
    void polled(qint64 lastSeq, const QList<voicepay::KpiPoint>& minutes, qint64 liveElsewhere);
    // Before each `polled`: the payments of the filter's site still unconfirmed (journal rows `submitted` or
    // `unknown`, at any date).
    void unconfirmedPolled(qint64 payments);
    void failed(const QString& message);

private:
    void listen();

    StoreUrl m_url;
    KpiFilter m_filter;
    int m_intervalMs;
    QString m_localWriter;
    std::unique_ptr<KpiQuery> m_query;
    std::unique_ptr<StoreConnection> m_listener;
    QTimer* m_timer = nullptr;
    QTimer* m_soon = nullptr;
    bool m_failing = false;
};

} // namespace voicepay
