#include "journalsetup.h"

#include "admin/auditlog.h"
#include "auditkey.h"
#include "journal/journalinggateway.h"
#include "journal/journalreconciler.h"
#include "journal/paymentjournal.h"
#include "journal/reconcilinggateway.h"
#include "simcommands.h"

#include <QJsonDocument>

namespace voicepay::sim {

namespace {

ReconcileOptions optionsFor(const FlowConfig& config)
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

void print(const ReconcileReport& report, bool toStdout)
{
    QTextStream& stream = toStdout ? out() : err();
    for (const ReconcileChange& c : report.changes) {
        stream << QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact)) << "\n";
    }
    for (const QString& problem : report.problems) {
        err() << "voicepay-sim: reconcile: " << problem << "\n";
    }
    stream.flush();
    err().flush();
}

std::shared_ptr<AuditLog> openAudit(PaymentJournal& journal)
{
    QString why;
    std::shared_ptr<AuditLog> audit = AuditKey::openLog(journal.connection().database(), &why);
    if (!why.isEmpty()) {
        err() << "voicepay-sim: reconcile: the audit trail: " << why << "\n";
    }
    return audit;
}

} // namespace

ReconcileReport reconcileAndReport(
    PaymentJournal& journal, PaymentGateway& gateway, const FlowConfig& config, bool toStdout)
{
    ReconcileOptions options = optionsFor(config);
    const std::shared_ptr<AuditLog> audit = openAudit(journal);
    options.audit = audit.get();
    const ReconcileReport report = reconcileJournal(journal, gateway, options);
    print(report, toStdout);
    return report;
}

std::unique_ptr<PaymentGateway> journalled(
    std::unique_ptr<PaymentGateway> inner, const StoreUrl& url, const FlowConfig& config)
{
    auto journal = std::make_shared<PaymentJournal>(url);
    QString why;
    if (!journal->open(&why)) {
        // The journalling gateway then refuses every charge, saying why: nothing is charged without its row.
        err() << "voicepay-sim: the payment journal cannot be opened: " << why << "\n";
        err().flush();
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
    ReconcileOptions options = optionsFor(config);
    std::shared_ptr<AuditLog> audit = openAudit(*journal);
    options.audit = audit.get();
    auto reconciling = std::make_unique<ReconcilingGateway>(std::move(gateway), journal, options,
        qint64(config.gateway.reconcileIntervalSeconds) * 1000,
        [audit](const ReconcileReport& report) { print(report, false); });
    reconciling->reconciler().runNow();
    return reconciling;
}

} // namespace voicepay::sim
