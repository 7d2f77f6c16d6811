#pragma once

#include "gateway/paymentgateway.h"

#include <functional>

// A gateway whose answers a test decides: submit() calls `onSubmit` (which may look at the journal while the
// request is "on the wire") and answers `answer`; lookUp() answers `lookUpAnswer`.
class FakeGateway : public voicepay::PaymentGateway
{
public:
    std::function<void(const voicepay::PaymentRequest&)> onSubmit;
    voicepay::GatewayResult answer = voicepay::GatewayResult::approved(QStringLiteral("60000000001"));
    voicepay::GatewayResult lookUpAnswer = voicepay::GatewayResult::approved(QStringLiteral("60000000001"));
    int submitted = 0;
    int lookedUp = 0;

    QString name() const override { return QStringLiteral("fake"); }
    void submit(const voicepay::PaymentRequest& request, Completion done) override
    {
        ++submitted;
        if (onSubmit) {
            onSubmit(request);
        }
        done(answer);
    }
    void lookUp(const Lookup&, Completion done) override
    {
        ++lookedUp;
        done(lookUpAnswer);
    }
};
