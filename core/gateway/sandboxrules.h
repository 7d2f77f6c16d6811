#pragma once

#include "gatewayresult.h"
#include "secure/sensitivedigits.h"

namespace voicepay {

// The published sandbox test-card outcomes, shared by the in-process sandbox and the sandbox server. The
// cards are those of the test-card table (cards/testcards.h: 4000000000000002 declined, 4000000000009995
// insufficient funds, 4000000000000069 expired card, 4000000000000127 incorrect security code,
// 4000000000000119 processing error); any other card approves.
struct SandboxOutcome
{
    GatewayResult::Status status = GatewayResult::Status::Approved;
    DeclineReason reason = DeclineReason::None;
    QString reasonCode; // the gateway API's response reason code for that outcome
    QString text;
    bool heldForReview = false; // responseCode 4: neither charged for sure nor declined (outcome `pending`)
};

SandboxOutcome sandboxOutcomeFor(const SensitiveDigits& cardNumber);

} // namespace voicepay
