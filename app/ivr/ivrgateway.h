#pragma once

#include "config/flowconfig.h"
#include "gateway/paymentgateway.h"

#include <memory>

namespace voicepay::ivr {

// The gateway a configuration names: null for the in-process sandbox (each call gets its own), the network
// gateway with its key from the keychain otherwise. When it cannot be built, null and `unavailable` says why:
// calls then end at once as technical errors that say so.
std::unique_ptr<PaymentGateway> buildGateway(const FlowConfig& config, QString* unavailable);

} // namespace voicepay::ivr
