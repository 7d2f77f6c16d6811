#pragma once

#include "gatewayresult.h"
#include "paymentrequest.h"

#include <QString>
#include <functional>

namespace voicepay {

// The engine's seam to whatever charges cards: the in-process sandbox, the project's sandbox server, or a
// real endpoint. submit() may call `done` before it returns (in-process) or later from the event loop
// (network); it calls it exactly once, unless cancel() was called first. The request's card buffers are read
// during submit() only.
class PaymentGateway
{
public:
    using Completion = std::function<void(const GatewayResult&)>;

    virtual ~PaymentGateway() = default;
    virtual QString name() const = 0; // "sandbox", "server http://127.0.0.1:8089", ...
    virtual void submit(const PaymentRequest& request, Completion done) = 0;
    virtual void cancel(const QString& /*invoiceNumber*/) { }
};

} // namespace voicepay
