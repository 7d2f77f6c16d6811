#include "config/gatewaychoice.h"

#include "credentialstore.h"
#include "gatewayfactory.h"
#include "journal/journalinggateway.h"
#include "journal/paymentjournal.h"
#include "widgets/uilog.h"

#include <QCoreApplication>

namespace voicepay::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("voicepay::ui::GatewayChoice", text);
}

// Every charge's row is committed in the store's journal before the request leaves (see JournalingGateway);
// the console's reconciliation (ConsoleReconciliation) settles the rows an answer never reached.
std::unique_ptr<PaymentGateway> journalled(
    std::unique_ptr<PaymentGateway> inner, const FlowConfig& config, const StoreUrl& store, QString* why)
{
    auto journal = std::make_shared<PaymentJournal>(store);
    if (!journal->open(why)) {
        *why = tr("the payment journal cannot be opened: %1").arg(*why);
        return nullptr;
    }
    JournalContext context;
    context.merchantLogin = config.gateway.merchantLogin;
    context.site = config.site;
    context.configVersion = config.version();
    return std::make_unique<JournalingGateway>(std::move(inner), std::move(journal), context);
}
} // namespace

std::unique_ptr<PaymentGateway> GatewayChoice::make(
    const FlowConfig& config, const StoreUrl& store, QString* reason)
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
            gateway = journalled(std::move(gateway), config, store, &why);
        }
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
