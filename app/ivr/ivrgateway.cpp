#include "ivrgateway.h"

#include "credentialstore.h"
#include "gatewayfactory.h"

#include <cstdio>

namespace voicepay::ivr {

std::unique_ptr<PaymentGateway> buildGateway(const FlowConfig& config, QString* unavailable)
{
    if (config.gateway.mode == u"sandbox") {
        return nullptr;
    }
    QString why;
    std::unique_ptr<PaymentGateway> gateway;
    const QString login = config.gateway.merchantLogin;
    if (login.isEmpty()) {
        why = QStringLiteral("gateway.merchantLogin is required for gateway mode %1")
                  .arg(config.gateway.mode);
    } else {
        bool notFound = false;
        const auto key = CredentialStore::readBlocking(login, &notFound, &why);
        if (key) {
            gateway = makePaymentGateway(config, *key, &why);
        } else if (notFound) {
            why = QStringLiteral("no transaction key for %1 in the system keychain").arg(login);
        }
    }
    if (!gateway) {
        *unavailable = why;
        std::fprintf(stderr, "voicepay-ivr: payments unavailable: %s\n", qPrintable(why));
    }
    return gateway;
}

} // namespace voicepay::ivr
