#pragma once

#include "config/flowconfig.h"

#include <QString>

#include <memory>

namespace voicepay {
class PaymentGateway;
}

namespace voicepay::ui {

// The gateway the configuration names, built through the platform library (gateway factory and keychain) when
// the build has it. Never null: when the named gateway cannot be built, the in-process sandbox stands in and
// `note` says why, so the status bar can show that calls are not going where the configuration says.
class GatewayChoice
{
public:
    static std::unique_ptr<PaymentGateway> make(const FlowConfig& config, QString* note);
    static bool keychainAvailable();
    static QString keychainDescription();
    // Stores the transaction key for a merchant login in the system keychain; false with the reason.
    static bool storeKey(const QString& merchantLogin, const QString& key, QString* error);
    // Removes it again; true also when none was stored.
    static bool clearKey(const QString& merchantLogin, QString* error);
};

} // namespace voicepay::ui
