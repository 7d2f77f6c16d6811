#include "gatewaysetup.h"

#include "admin/adminschema.h"
#include "admin/auditlog.h"
#include "auditkey.h"
#include "credentialstore.h"
#include "gatewayfactory.h"
#include "journal/journalinggateway.h"
#include "journal/journalreconciler.h"
#include "journal/paymentjournal.h"
#include "journal/reconcilinggateway.h"

#include <QJsonDocument>
#include <QTextStream>

namespace voicepay {

namespace {

void print(const ReconcileReport& report, const ReconcileOutput& output)
{
    for (const ReconcileChange& c : report.changes) {
        *output.changes << QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact))
                        << "\n";
    }
    for (const QString& problem : report.problems) {
        *output.problems << output.program << ": reconcile: " << problem << "\n";
    }
    output.changes->flush();
    output.problems->flush();
}

std::shared_ptr<AuditLog> openAudit(PaymentJournal& journal, const ReconcileOutput& output)
{
    QString why;
    std::shared_ptr<AuditLog> audit = reconcileAudit(journal, &why);
    if (!why.isEmpty()) {
        *output.problems << output.program << ": reconcile: the audit trail: " << why << "\n";
    }
    return audit;
}

} // namespace

ReconcileOptions reconcileOptionsFor(const FlowConfig& config)
{
    ReconcileOptions options;
    options.merchantLogin = config.gateway.merchantLogin;
    // Past the duplicate window, nothing can be sent again under the invoice; twice the client's whole
    // exchange covers a gateway that is slow to show a charge.
    options.notFoundAfterMs
        = qint64(config.gateway.duplicateWindowSeconds) * 1000 + 2LL * config.gateway.exchangeBudgetMs();
    options.quietMs = config.gateway.exchangeBudgetMs() + 5000LL;
    return options;
}

std::shared_ptr<AuditLog> reconcileAudit(PaymentJournal& journal, QString* why)
{
    return reconcileAudit(journal, reconcileAuditKey(journal, why));
}

std::optional<QByteArray> reconcileAuditKey(PaymentJournal& journal, QString* why)
{
    // The trail's key is kept under the store's id, which the admin schema holds: a store no tool has opened
    // for its accounts yet gets it here, or the key could not be found.
    QSqlDatabase db = journal.connection().database();
    if (!AdminSchema::migrate(db, why)) {
        return std::nullopt;
    }
    return AuditKey::keyFor(db, why);
}

std::shared_ptr<AuditLog> reconcileAudit(PaymentJournal& journal, const std::optional<QByteArray>& key)
{
    return AuditKey::openLog(journal.connection().database(), key);
}

std::optional<QString> transactionKeyFromKeychain(const FlowConfig& config, QString* error)
{
    const QString login = config.gateway.merchantLogin;
    if (login.isEmpty()) {
        *error = QStringLiteral("gateway.merchantLogin is required for gateway mode %1")
                     .arg(config.gateway.mode);
        return std::nullopt;
    }
    bool notFound = false;
    QString why;
    const auto key = CredentialStore::readBlocking(login, &notFound, &why);
    if (!key) {
        *error = notFound ? QStringLiteral("no transaction key for %1 in the system keychain; store it with "
                                           "`voicepay-sim credentials set --login %1`")
                                .arg(login)
                          : why;
    }
    return key;
}

std::unique_ptr<PaymentGateway> gatewayFromKeychain(
    const FlowConfig& config, const QList<QSslCertificate>& extraCa, QString* error)
{
    const auto key = transactionKeyFromKeychain(config, error);
    return key ? makePaymentGateway(config, *key, error, extraCa) : nullptr;
}

ReconcileReport reconcileAndReport(
    PaymentJournal& journal, PaymentGateway& gateway, const FlowConfig& config, const ReconcileOutput& output)
{
    ReconcileOptions options = reconcileOptionsFor(config);
    const std::shared_ptr<AuditLog> audit = openAudit(journal, output);
    options.audit = audit.get();
    const ReconcileReport report = reconcileJournal(journal, gateway, options);
    print(report, output);
    return report;
}

std::unique_ptr<PaymentGateway> journalledGateway(std::unique_ptr<PaymentGateway> inner, const StoreUrl& url,
    const FlowConfig& config, const ReconcileOutput& output)
{
    auto journal = std::make_shared<PaymentJournal>(url);
    QString why;
    if (!journal->open(&why)) {
        // The journalling gateway then refuses every charge, saying why: nothing is charged without its row.
        *output.problems << output.program << ": the payment journal cannot be opened: " << why << "\n";
        output.problems->flush();
    }
    JournalContext context;
    context.merchantLogin = config.gateway.merchantLogin;
    context.site = config.site;
    context.configVersion = config.version();
    auto gateway = std::make_unique<JournalingGateway>(std::move(inner), journal, context);
    if (!journal->isOpen()) {
        return gateway;
    }
    // Reconciled before the first call, then again between calls every gateway.reconcileIntervalSeconds.
    ReconcileOptions options = reconcileOptionsFor(config);
    std::shared_ptr<AuditLog> audit = openAudit(*journal, output);
    options.audit = audit.get();
    auto reconciling = std::make_unique<ReconcilingGateway>(std::move(gateway), journal, options,
        qint64(config.gateway.reconcileIntervalSeconds) * 1000,
        [audit, output](const ReconcileReport& report) { print(report, output); });
    reconciling->reconciler().runNow();
    return reconciling;
}

} // namespace voicepay
