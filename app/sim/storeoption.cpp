#include "journalsetup.h"
#include "runsetup.h"
#include "simcommands.h"
#include "store/kpistore.h"
#include "store/storerecorder.h"

#include <memory>

namespace voicepay::sim {

bool applyDb(const QString& value, RunSetup& setup, QString* error)
{
    const auto url = StoreUrl::parse(value, error);
    if (!url) {
        return false;
    }
    auto store = std::make_shared<KpiStore>();
    if (!store->open(*url, error)) {
        return false;
    }
    // A scenario run is a simulated call: stored as a test, out of the KPIs unless they ask for tests.
    auto recorder = std::make_unique<StoreRecorder>(*store);
    recorder->setTestCalls(true);
    setup.observers.push_back(std::move(recorder));
    // Every charge is journalled in the same database before it leaves, and what earlier runs left
    // unconfirmed is reconciled first.
    setup.gatewayWrappers.push_back(
        [url = *url](std::unique_ptr<PaymentGateway> inner, const FlowConfig& config) {
            return journalled(std::move(inner), url, config);
        });
    setup.afterRun.push_back([store](const ScenarioRun&, const QString&, QString* why) {
        const QString last = store->lastError();
        if (!last.isEmpty()) {
            *why = last;
            return false;
        }
        return true;
    });
    setup.atEnd.push_back([store](QString* why) {
        const bool flushed = store->flush(why);
        store->close();
        const QString spool = store->spoolNote();
        if (!flushed && !spool.isEmpty()) {
            *why += QStringLiteral("; ") + spool;
        }
        return flushed;
    });
    return true;
}

} // namespace voicepay::sim
