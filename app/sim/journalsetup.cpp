#include "journalsetup.h"

#include "auditkey.h"
#include "journal/journalinggateway.h"
#include "journal/journalreconciler.h"
#include "journal/paymentjournal.h"
#include "simcommands.h"

#include <QJsonDocument>

namespace voicepay::sim {

ReconcileReport reconcileAndReport(
    PaymentJournal& journal, PaymentGateway& gateway, const FlowConfig& config, bool toStdout)
{
    ReconcileOptions options;
    options.merchantLogin = config.gateway.merchantLogin;
    // Past the duplicate window, nothing can be sent again under the invoice; twice the client's whole
    // exchange covers a gateway that is slow to show a charge.
    options.notFoundAfterMs
        = qint64(config.gateway.duplicateWindowSeconds) * 1000 + 2LL * config.gateway.exchangeBudgetMs();
    options.quietMs = config.gateway.exchangeBudgetMs() + 5000LL;
    QString why;
    const std::unique_ptr<AuditLog> audit = AuditKey::openLog(journal.connection().database(), &why);
    if (!why.isEmpty()) {
        err() << "voicepay-sim: reconcile: the audit trail: " << why << "\n";
    }
    options.audit = audit.get();
    const ReconcileReport report = reconcileJournal(journal, gateway, options);
    QTextStream& stream = toStdout ? out() : err();
    for (const ReconcileChange& c : report.changes) {
        stream << QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact)) << "\n";
    }
    for (const QString& problem : report.problems) {
        err() << "voicepay-sim: reconcile: " << problem << "\n";
    }
    stream.flush();
    err().flush();
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
    if (journal->isOpen()) {
        reconcileAndReport(*journal, *gateway, config, false);
    }
    return gateway;
}

} // namespace voicepay::sim
