#include "sandboxrules.h"

namespace voicepay {

SandboxOutcome sandboxOutcomeFor(const SensitiveDigits& cardNumber)
{
    struct Rule
    {
        std::string_view number;
        GatewayResult::Status status;
        DeclineReason reason;
        const char* code;
        const char* text;
    };
    // Reason codes follow the gateway's response-reason table.
    static constexpr Rule rules[] = {
        { "4000000000000002", GatewayResult::Status::Declined, DeclineReason::Generic, "2",
            "This transaction has been declined." },
        { "4000000000009995", GatewayResult::Status::Declined, DeclineReason::InsufficientFunds, "45",
            "This transaction has been declined: insufficient funds." },
        { "4000000000000069", GatewayResult::Status::Declined, DeclineReason::ExpiredCard, "8",
            "The credit card has expired." },
        { "4000000000000127", GatewayResult::Status::Declined, DeclineReason::SecurityCodeMismatch, "65",
            "This transaction has been declined: the card code does not match." },
        { "4000000000000119", GatewayResult::Status::Error, DeclineReason::None, "19",
            "An error occurred during processing. Please try again." },
    };
    for (const Rule& rule : rules) {
        if (cardNumber.view() == rule.number) {
            return { rule.status, rule.reason, QString::fromLatin1(rule.code),
                QString::fromLatin1(rule.text) };
        }
    }
    return { GatewayResult::Status::Approved, DeclineReason::None, QStringLiteral("1"),
        QStringLiteral("This transaction has been approved.") };
}

} // namespace voicepay
