#pragma once

#include "config/flowconfig.h"
#include "gateway/paymentgateway.h"
#include "store/storeurl.h"

#include <memory>

namespace voicepay::ivr {

// The gateway a configuration names: null for the in-process sandbox (each call gets its own), the network
// gateway with its key from the keychain otherwise, journalled in the store at `url`. When it cannot be
// built, null and `unavailable` says why: calls then end at once as technical errors that say so.
std::unique_ptr<PaymentGateway> buildGateway(
    const FlowConfig& config, const StoreUrl& url, QString* unavailable);

} // namespace voicepay::ivr
