#pragma once

#include "config/flowconfig.h"
#include "gateway/paymentgateway.h"

#include <QSslCertificate>
#include <memory>

namespace voicepay {

// Builds the gateway a configuration names (gateway.mode):
//   "sandbox"   the in-process SandboxGateway (no key needed)
//   "server"    the project's sandbox gateway server at gateway.url: https, or http to a loopback address
//   "endpoint"  a real gateway speaking the same XML API at gateway.url: https only
// For "server" and "endpoint" the merchant login comes from gateway.merchantLogin and the transaction key is
// passed in (read it from CredentialStore). Extra CA certificates are trusted besides the system's.
// Returns null with the reason in `error`.
std::unique_ptr<PaymentGateway> makePaymentGateway(const FlowConfig& config, const QString& transactionKey,
    QString* error, const QList<QSslCertificate>& extraCaCertificates = {});

} // namespace voicepay
