#pragma once

#include "config/flowconfig.h"
#include "store/storeurl.h"

#include <QString>
#include <memory>

namespace voicepay {
class PaymentGateway;
class PaymentJournal;
struct ReconcileReport;
} // namespace voicepay

namespace voicepay::sim {

// The payment journal for the commands that open a store: the gateway a configuration names, journalled in
// that store, and its open rows reconciled before any call is made.
std::unique_ptr<PaymentGateway> journalled(
    std::unique_ptr<PaymentGateway> inner, const StoreUrl& url, const FlowConfig& config);

// Reconciles the journal against `gateway` and prints each change as one JSON line on `toStdout` (or
// standard error); returns the report.
ReconcileReport reconcileAndReport(
    PaymentJournal& journal, PaymentGateway& gateway, const FlowConfig& config, bool toStdout);

} // namespace voicepay::sim
