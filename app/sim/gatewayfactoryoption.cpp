#include "gatewaysetup.h"
#include "runsetup.h"
#include "simcommands.h"

#include <QSslCertificate>

namespace voicepay::sim {

namespace {

QList<QSslCertificate>& extraCa()
{
    static QList<QSslCertificate> certificates;
    return certificates;
}
} // namespace

// gateway.mode "server" or "endpoint": the merchant login from the configuration, the key from the keychain.
std::unique_ptr<PaymentGateway> buildGateway(const FlowConfig& config, QString* error)
{
    return gatewayFromKeychain(config, extraCa(), error);
}

bool addCa(const QString& path, RunSetup&, QString* error)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = QStringLiteral("no PEM certificate in %1").arg(path);
        return false;
    }
    extraCa() << certificates;
    return true;
}

} // namespace voicepay::sim
