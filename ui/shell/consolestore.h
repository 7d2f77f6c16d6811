#pragma once

#include "call/callobserver.h"
#include "store/kpistore.h"
#include "store/storerecorder.h"
#include "store/storeurl.h"

#include <QObject>
#include <memory>

namespace voicepay::ui {

// The KPI store the console writes its simulated calls to and reads its dashboards from: the embedded SQLite
// file by default, or the URL given on the command line. It watches the simulator's calls (they run on epoch
// milliseconds) and records them once the store is open.
class ConsoleStore : public QObject, public CallObserver
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

    void callStarted(const PaymentFlow& flow, qint64 atMs) override;
    void callEnded(const PaymentFlow& flow, const FinishedCall& call) override;

    // True from a write the database refused (a full disk, a read-only file, another writer's lock) until the
    // next commit; the store keeps the calls meanwhile and tries again.
    bool isFailing() const { return m_failing; }
    // What a store error means for the operator, when it is one of the known causes; empty otherwise.
    static QString explain(const QString& storeError);

signals:
    // The store refused to save calls: the message says why, for the status bar.
    void problem(const QString& message);
    // The store saves calls again after a problem.
    void recovered();

private:
    void onWriteFailed(const QString& error);
    void onCommitted();

    StoreUrl m_url;
    KpiStore m_store;
    std::unique_ptr<StoreRecorder> m_recorder;
    bool m_failing = false;
    QString m_problem;
};

} // namespace voicepay::ui
