#include "config/gatewaychoice.h"

#include "gateway/sandboxgateway.h"
#include "widgets/uilog.h"

#include <QCoreApplication>

#ifdef VOICEPAY_HAVE_PLATFORM
#include "credentialstore.h"
#include "gatewayfactory.h"
#endif

namespace voicepay::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("voicepay::ui::GatewayChoice", text);
}
} // namespace

std::unique_ptr<PaymentGateway> GatewayChoice::make(const FlowConfig& config, QString* reason)
{
    if (config.gateway.mode == u"sandbox") {
        return std::make_unique<SandboxGateway>();
    }
    QString why;
#ifdef VOICEPAY_HAVE_PLATFORM
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
#else
    why = tr("this build has no network gateway");
#endif
    qCWarning(lcUi) << "gateway" << config.gateway.mode << "not available:" << why;
    if (reason) {
        *reason = why;
    }
    return nullptr;
}

bool GatewayChoice::keychainAvailable()
{
#ifdef VOICEPAY_HAVE_PLATFORM
    return true;
#else
    return false;
#endif
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
#ifdef VOICEPAY_HAVE_PLATFORM
    return CredentialStore::storeBlocking(merchantLogin, key, error);
#else
    Q_UNUSED(key)
    if (error) {
        *error = tr("this build has no keychain support");
    }
    return false;
#endif
}

bool GatewayChoice::clearKey(const QString& merchantLogin, QString* error)
{
    if (merchantLogin.isEmpty()) {
        if (error) {
            *error = tr("Enter the merchant login first: the key is stored for it.");
        }
        return false;
    }
#ifdef VOICEPAY_HAVE_PLATFORM
    return CredentialStore::clearBlocking(merchantLogin, error);
#else
    if (error) {
        *error = tr("this build has no keychain support");
    }
    return false;
#endif
}

} // namespace voicepay::ui
