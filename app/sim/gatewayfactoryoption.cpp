#include "credentialstore.h"
#include "gatewayfactory.h"
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
    const QString login = config.gateway.merchantLogin;
    if (login.isEmpty()) {
        *error = QStringLiteral("gateway.merchantLogin is required for gateway mode %1")
                     .arg(config.gateway.mode);
        return nullptr;
    }
    bool notFound = false;
    QString why;
    const auto key = CredentialStore::readBlocking(login, &notFound, &why);
    if (!key) {
        *error = notFound ? QStringLiteral("no transaction key for %1 in the system keychain; store it with "
                                           "`voicepay-sim credentials set --login %1`")
                                .arg(login)
                          : why;
        return nullptr;
    }
    return makePaymentGateway(config, *key, error, extraCa());
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
