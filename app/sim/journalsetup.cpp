#include "journalsetup.h"

#include "gatewaysetup.h"
#include "journal/journalreconciler.h"
#include "simcommands.h"

namespace voicepay::sim {

namespace {

ReconcileOutput simOutput(bool toStdout)
{
    return { toStdout ? &out() : &err(), &err(), QStringLiteral("voicepay-sim") };
}

} // namespace

ReconcileReport reconcileAndReport(
    PaymentJournal& journal, PaymentGateway& gateway, const FlowConfig& config, bool toStdout)
{
    return voicepay::reconcileAndReport(journal, gateway, config, simOutput(toStdout));
}

std::unique_ptr<PaymentGateway> journalled(
    std::unique_ptr<PaymentGateway> inner, const StoreUrl& url, const FlowConfig& config)
{
    return journalledGateway(std::move(inner), url, config, simOutput(false));
}

} // namespace voicepay::sim
