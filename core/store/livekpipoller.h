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
    LiveKpiPoller(StoreUrl url, KpiFilter filter, int intervalMs);
    ~LiveKpiPoller() override;

public Q_SLOTS:
    void start();
    void poll();
    void stop();

Q_SIGNALS:
    // The minutes from the start of the UTC day to now and the last session sequence number they include.
    void polled(qint64 lastSeq, const QList<voicepay::KpiPoint>& minutes);
    void failed(const QString& message);

private:
    void listen();

    StoreUrl m_url;
    KpiFilter m_filter;
    int m_intervalMs;
    std::unique_ptr<KpiQuery> m_query;
    std::unique_ptr<StoreConnection> m_listener;
    QTimer* m_timer = nullptr;
    QTimer* m_soon = nullptr;
    bool m_failing = false;
};

} // namespace voicepay
