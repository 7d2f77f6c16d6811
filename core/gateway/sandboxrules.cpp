#include "sandboxrules.h"

#include "cards/testcards.h"

namespace voicepay {

SandboxOutcome sandboxOutcomeFor(const SensitiveDigits& cardNumber)
{
    // Which card gives which outcome is the test-card table's (cards/testcards.h); what the gateway answers
    // for each outcome is here. Reason codes follow the gateway's response-reason table.
    struct Answer
    {
        const char* outcome;
        GatewayResult::Status status;
        DeclineReason reason;
        const char* code;
        const char* text;
    };
    static constexpr Answer answers[] = {
        { "declined", GatewayResult::Status::Declined, DeclineReason::Generic, "2",
            "This transaction has been declined." },
        { "insufficient_funds", GatewayResult::Status::Declined, DeclineReason::InsufficientFunds, "45",
            "This transaction has been declined: insufficient funds." },
        { "expired_card", GatewayResult::Status::Declined, DeclineReason::ExpiredCard, "8",
            "The credit card has expired." },
        { "security_code_mismatch", GatewayResult::Status::Declined, DeclineReason::SecurityCodeMismatch,
            "65", "This transaction has been declined: the card code does not match." },
        { "processing_error", GatewayResult::Status::Error, DeclineReason::None, "19",
            "An error occurred during processing. Please try again." },
        { "held_for_review", GatewayResult::Status::Error, DeclineReason::None, "252",
            "Your order has been received and is held for review." },
    };
    const QString outcome = TestCards::standard().sandboxOutcome(cardNumber.view());
    for (const Answer& a : answers) {
        if (outcome == QLatin1String(a.outcome)) {
            return { a.status, a.reason, QString::fromLatin1(a.code), QString::fromLatin1(a.text),
                outcome == u"held_for_review" };
        }
    }
    return { GatewayResult::Status::Approved, DeclineReason::None, QStringLiteral("1"),
        QStringLiteral("This transaction has been approved.") };
}

} // namespace voicepay
