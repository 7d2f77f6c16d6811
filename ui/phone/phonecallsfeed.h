#pragma once

#include "store/livestart.h"
#include "store/storeurl.h"

#include <QList>
#include <QObject>

class QThread;

namespace voicepay::ui {

class PhoneCallsReader;

// The phone line's calls in progress, as the KPI store lists them (live_calls, channel "phone"): read on a
// worker thread of the feed's own every interval while it runs, and handed to the GUI thread by `calls`.
class PhoneCallsFeed : public QObject
{
    Q_OBJECT
public:
    explicit PhoneCallsFeed(StoreUrl url, QObject* parent = nullptr);
    ~PhoneCallsFeed() override;

    void setIntervalMs(int ms) { m_intervalMs = ms; } // 1000 by default; before start()
    void start();
    void stop();
    bool isRunning() const { return m_thread != nullptr; }
    void readNow(); // one read at once (the line just started or stopped)

Q_SIGNALS:
    void calls(const QList<voicepay::LiveStart>& calls, qint64 readAtMs);
    void failed(const QString& message);

private:
    StoreUrl m_url;
    int m_intervalMs = 1000;
    QThread* m_thread = nullptr;
    PhoneCallsReader* m_reader = nullptr;
};

} // namespace voicepay::ui

Q_DECLARE_METATYPE(voicepay::LiveStart)
