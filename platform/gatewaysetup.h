#pragma once

#include "config/flowconfig.h"
#include "gateway/paymentgateway.h"
#include "store/storeurl.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <memory>
#include <optional>

class QTextStream;

namespace voicepay {
class AuditLog;
class PaymentJournal;
struct ReconcileOptions;
struct ReconcileReport;

// The gateway a configuration names for every program that charges cards (voicepay-sim, voicepay-ivr): the
// merchant login from the configuration, its transaction key from the system keychain, and every charge
// journalled in the store before it leaves.

// The transaction key of gateway.merchantLogin from the keychain; null and `error` says why (no login, no
// key).
std::optional<QString> transactionKeyFromKeychain(const FlowConfig& config, QString* error);

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

// How reconciliation treats the journal for this configuration: only its merchant login's rows; a charge
// the gateway does not know is taken as never made past the duplicate window and twice the exchange budget;
// rows touched within the exchange budget + 5 s belong to a call that may still be running.
ReconcileOptions reconcileOptionsFor(const FlowConfig& config);

// The store's keyed audit trail (its key from the keychain) for reconciliation's changes; `why` says what is
// wrong with it, if anything (the log is then still returned, and appending to it fails).
std::shared_ptr<AuditLog> reconcileAudit(PaymentJournal& journal, QString* why);
// The same in two halves for a journal on another thread than the keychain's: the key (on the keychain's
// thread, with a journal of its own), then the log on the journal's thread.
std::optional<QByteArray> reconcileAuditKey(PaymentJournal& journal, QString* why);
std::shared_ptr<AuditLog> reconcileAudit(PaymentJournal& journal, const std::optional<QByteArray>& key);

// Reconciles the journal against `gateway` once and reports it; returns the report.
ReconcileReport reconcileAndReport(PaymentJournal& journal, PaymentGateway& gateway, const FlowConfig& config,
    const ReconcileOutput& output);

// `inner` journalled in the store at `url`, its open rows reconciled before the first charge and again every
// gateway.reconcileIntervalSeconds. A journal that cannot be opened makes the gateway refuse every charge.
std::unique_ptr<PaymentGateway> journalledGateway(std::unique_ptr<PaymentGateway> inner, const StoreUrl& url,
    const FlowConfig& config, const ReconcileOutput& output);

} // namespace voicepay
