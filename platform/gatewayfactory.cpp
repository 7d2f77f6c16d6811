#include "gatewayfactory.h"

#include "gateway/anet/anetgateway.h"
#include "gateway/anet/anetrequestwriter.h"
#include "gateway/sandboxgateway.h"

namespace voicepay {

std::unique_ptr<PaymentGateway> makePaymentGateway(const FlowConfig& config, const QString& transactionKey,
    QString* error, const QList<QSslCertificate>& extraCaCertificates)
{
    const GatewaySettings& g = config.gateway;
    if (g.mode == u"sandbox") {
        return std::make_unique<SandboxGateway>();
    }
    if (g.mode != u"server" && g.mode != u"endpoint") {
        *error = QStringLiteral("gateway.mode \"%1\" is not one of sandbox, server, endpoint").arg(g.mode);
        return nullptr;
    }
    const QUrl url(g.url);
    if (!AnetGateway::checkEndpoint(url, error)) {
        return nullptr;
    }
    if (g.mode == u"endpoint" && url.scheme() != u"https") {
        *error = QStringLiteral("gateway mode endpoint needs an https URL");
        return nullptr;
    }
    if (g.merchantLogin.isEmpty()) {
        *error = QStringLiteral("gateway.merchantLogin is required for gateway mode %1").arg(g.mode);
        return nullptr;
    }
    if (transactionKey.isEmpty() || transactionKey.size() > AnetRequestWriter::maxKeyChars) {
        *error = QStringLiteral("the transaction key for %1 must have 1 to %2 characters")
                     .arg(g.merchantLogin)
                     .arg(AnetRequestWriter::maxKeyChars);
        return nullptr;
    }
    auto gateway = std::make_unique<AnetGateway>(g, MerchantCredentials { g.merchantLogin, transactionKey });
    gateway->addCaCertificates(extraCaCertificates);
    return gateway;
}

} // namespace voicepay
