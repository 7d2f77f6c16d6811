#pragma once

#include "store/kpistore.h"
#include "store/storerecorder.h"
#include "store/storeurl.h"

#include <QObject>

#include <memory>

namespace voicepay {
class PaymentFlow;
}

namespace voicepay::ui {

// The KPI store the console writes its simulated calls to and reads its dashboards from: the embedded SQLite
// file by default, or the URL given on the command line.
class ConsoleStore : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleStore(StoreUrl url, QObject* parent = nullptr);
    ~ConsoleStore() override;

    bool open(QString* error);
    bool isOpen() const { return m_store.isOpen(); }
    const StoreUrl& url() const { return m_url; }
    QString displayName() const { return m_url.displayString(); }
    KpiStore& store() { return m_store; }

    void callStarted(const PaymentFlow& flow);
    void callEnded(const PaymentFlow& flow, qint64 atMs);

private:
    StoreUrl m_url;
    KpiStore m_store;
    std::unique_ptr<StoreRecorder> m_recorder;
};

} // namespace voicepay::ui
