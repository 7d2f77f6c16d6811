#include "gateway/paymentgateway.h"
#include "journal/journalreconciler.h"
#include "journal/paymentjournal.h"
#include "journalsetup.h"
#include "runsetup.h"
#include "simcommands.h"

namespace voicepay::sim {

namespace {

// voicepay-sim reconcile [--db URL] [--config CONFIG.json]
int runReconcileCommand(const QStringList& args)
{
    QString db;
    QString configPath;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (i + 1 < args.size() && a == u"--db") {
            db = args.at(++i);
        } else if (i + 1 < args.size() && a == u"--config") {
            configPath = args.at(++i);
        } else {
            return usageError(
                QStringLiteral("usage: voicepay-sim reconcile [--db URL] [--config CONFIG.json]"));
        }
    }
    QString error;
    StoreUrl url = StoreUrl::defaultUrl();
    if (!db.isEmpty()) {
        const auto parsed = StoreUrl::parse(db, &error);
        if (!parsed) {
            return usageError(QStringLiteral("--db: ") + error);
        }
        url = *parsed;
    }
    FlowConfig config;
    if (!configPath.isEmpty()) {
        const auto read = ConfigReader::fromFile(configPath, &error);
        if (!read) {
            return usageError(QStringLiteral("--config: ") + error);
        }
        config = *read;
    }
    if (config.gateway.mode == u"sandbox") {
        return usageError(QStringLiteral("reconciliation asks the gateway: --config must name gateway.mode "
                                         "server or endpoint (the in-process sandbox keeps no ledger)"));
    }
    const std::unique_ptr<PaymentGateway> gateway = buildGateway(config, &error);
    if (!gateway) {
        err() << "voicepay-sim reconcile: the gateway cannot be asked: " << error << "\n";
        return 2;
    }
    PaymentJournal journal(url);
    if (!journal.open(&error)) {
        err() << "voicepay-sim reconcile: " << error << "\n";
        return 2;
    }
    const ReconcileReport report = reconcileAndReport(journal, *gateway, config, true);
    err() << "voicepay-sim reconcile: " << report.changes.size() << " settled, " << report.stillOpen
          << " still open\n";
    err().flush();
    return report.problems.isEmpty() ? 0 : 1;
}

} // namespace

int reconcileCommand(const QStringList& args)
{
    return runReconcileCommand(args);
}

} // namespace voicepay::sim
