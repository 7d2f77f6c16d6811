#include "ivrgateway.h"

#include "gatewaysetup.h"

#include <QTextStream>
#include <cstdio>

namespace voicepay::ivr {

namespace {

ReconcileOutput ivrOutput()
{
    // Reconciliation's changes and problems both go to standard error: standard output stays free.
    static QTextStream errors(stderr);
    return { &errors, &errors, QStringLiteral("voicepay-ivr") };
}

} // namespace

std::unique_ptr<PaymentGateway> buildGateway(
    const FlowConfig& config, const StoreUrl& url, QString* unavailable)
{
    if (config.gateway.mode == u"sandbox") {
        return nullptr;
    }
    QString why;
    std::unique_ptr<PaymentGateway> gateway = gatewayFromKeychain(config, {}, &why);
    if (!gateway) {
        *unavailable = why;
        std::fprintf(stderr, "voicepay-ivr: payments unavailable: %s\n", qPrintable(why));
        return nullptr;
    }
    // Every charge is journalled in the store before it leaves, and what is left unknown is reconciled.
    return journalledGateway(std::move(gateway), url, config, ivrOutput());
}

} // namespace voicepay::ivr
