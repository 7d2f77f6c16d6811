#include "config/gatewaychoice.h"

#include "credentialstore.h"
#include "gatewayfactory.h"
#include "widgets/uilog.h"

#include <QCoreApplication>

namespace voicepay::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("voicepay::ui::GatewayChoice", text);
}
} // namespace

std::unique_ptr<PaymentGateway> GatewayChoice::make(const FlowConfig& config, QString* reason)
{
    QString why;
    // The in-process sandbox needs no key: the keychain is only asked for the gateways that do.
    if (config.gateway.mode == u"sandbox") {
        return makePaymentGateway(config, QString(), &why);
    }
    bool notFound = false;
    const auto key = CredentialStore::readBlocking(config.gateway.merchantLogin, &notFound, &why);
    if (key) {
        auto gateway = makePaymentGateway(config, *key, &why);
        if (gateway) {
            return gateway;
        }
    } else if (notFound) {
        why = tr("no transaction key for %1 in the keychain").arg(config.gateway.merchantLogin);
    }
    qCWarning(lcUi) << "gateway" << config.gateway.mode << "not available:" << why;
    if (reason) {
        *reason = why;
    }
    return nullptr;
}

bool GatewayChoice::keychainAvailable()
{
    return true;
}

QString GatewayChoice::keychainDescription()
{
    return tr(
        "Stored in the system keychain under the service \"voicepay\", never in the configuration file.");
}

bool GatewayChoice::storeKey(const QString& merchantLogin, const QString& key, QString* error)
{
    if (merchantLogin.isEmpty()) {
        if (error) {
            *error = tr("Enter the merchant login first: the key is stored for it.");
        }
        return false;
    }
    return CredentialStore::storeBlocking(merchantLogin, key, error);
}

bool GatewayChoice::clearKey(const QString& merchantLogin, QString* error)
{
    if (merchantLogin.isEmpty()) {
        if (error) {
            *error = tr("Enter the merchant login first: the key is stored for it.");
        }
        return false;
    }
    return CredentialStore::clearBlocking(merchantLogin, error);
}

} // namespace voicepay::ui
