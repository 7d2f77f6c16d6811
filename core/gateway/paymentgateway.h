#pragma once

#include "gatewayresult.h"
#include "paymentrequest.h"

#include <QDateTime>
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

    // What became of a charge submitted earlier (reconciliation after a crash or an unconfirmed reply):
    // approved, declined, held for review, or unconfirmed (NotFound when the gateway holds nothing for the
    // invoice yet, Unreachable when it could not be asked). `transactionId` may be empty. A gateway that
    // cannot be asked answers Unreachable.
    struct Lookup
    {
        QString invoiceNumber;
        QString transactionId;
        QDateTime submittedUtc;
    };
    virtual void lookUp(const Lookup& lookup, Completion done)
    {
        done(GatewayResult::unconfirmed(GatewayResult::Confirmation::Unreachable,
            QStringLiteral("the %1 gateway cannot be asked about invoice %2")
                .arg(name(), lookup.invoiceNumber)));
    }
};

} // namespace voicepay
