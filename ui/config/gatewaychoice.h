#pragma once

#include "config/flowconfig.h"
#include "store/storeurl.h"

#include <QString>
#include <memory>

namespace voicepay {
class PaymentGateway;
}

namespace voicepay::ui {

// The gateway the configuration names, built by the platform library's gateway factory with the key from the
// keychain. Null when the named gateway cannot be built (no key in the keychain, no keychain, a bad
// endpoint), with the reason in `why`: the console then takes no payments — each call ends as a technical
// error before any card data is asked for, as `voicepay-sim` does — instead of letting a sandbox pretend to
// charge. A gateway that charges for real (server, endpoint) journals every charge in `store` before it
// leaves, as voicepay-sim does; when that journal cannot be opened it is not built at all.
class GatewayChoice
{
public:
    static std::unique_ptr<PaymentGateway> make(
        const FlowConfig& config, const StoreUrl& store, QString* why);
    static bool keychainAvailable();
    static QString keychainDescription();
    // Stores the transaction key for a merchant login in the system keychain; false with the reason.
    static bool storeKey(const QString& merchantLogin, const QString& key, QString* error);
    // Removes it again; true also when none was stored.
    static bool clearKey(const QString& merchantLogin, QString* error);
};

} // namespace voicepay::ui
