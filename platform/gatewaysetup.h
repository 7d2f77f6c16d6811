#pragma once

#include "config/flowconfig.h"
#include "gateway/paymentgateway.h"
#include "store/storeurl.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <memory>

class QTextStream;

namespace voicepay {
class PaymentJournal;
struct ReconcileReport;

// The gateway a configuration names for every program that charges cards (voicepay-sim, voicepay-ivr): the
// merchant login from the configuration, its transaction key from the system keychain, and every charge
// journalled in the store before it leaves.

// gateway.mode "server" or "endpoint": null and `error` says why when the login or its key is missing.
std::unique_ptr<PaymentGateway> gatewayFromKeychain(
    const FlowConfig& config, const QList<QSslCertificate>& extraCa, QString* error);

// Where reconciliation reports: each change as one JSON line on `changes`, each problem on `problems` after
// "`program`: reconcile: ". The streams must outlive the gateway journalledGateway returns.
struct ReconcileOutput
{
    QTextStream* changes = nullptr;
    QTextStream* problems = nullptr;
    QString program;
};

// Reconciles the journal against `gateway` once and reports it; returns the report.
ReconcileReport reconcileAndReport(PaymentJournal& journal, PaymentGateway& gateway, const FlowConfig& config,
    const ReconcileOutput& output);

// `inner` journalled in the store at `url`, its open rows reconciled before the first charge and again every
// gateway.reconcileIntervalSeconds. A journal that cannot be opened makes the gateway refuse every charge.
std::unique_ptr<PaymentGateway> journalledGateway(std::unique_ptr<PaymentGateway> inner, const StoreUrl& url,
    const FlowConfig& config, const ReconcileOutput& output);

} // namespace voicepay
