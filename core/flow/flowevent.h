#pragma once

#include <QString>

namespace voicepay {

// A timestamped fact about a session, for the KPI store and the session browser. Never carries card data
// beyond brand and last four.
struct FlowEvent
{
    enum class Kind {
        SessionStarted, // detail: call type
        StepEntered, // step; detail: attempt number
        InputError, // step; detail: no_input, no_match, luhn_failed, brand_not_allowed, wrong_length,
                    // unknown_brand, gateway_unsupported, expired, amount_too_low, amount_too_high,
                    // unknown_account, wrong_pin
        InputAccepted, // step; detail: a masked summary ("visa 1111", "12.50", "1")
        Correction, // detail: the item chosen (amount, card_number, expiry, security_code)
        GatewaySubmitted, // detail: invoice number
        GatewayApproved, // detail: transaction id
        GatewayDeclined, // detail: decline reason
        GatewayError, // detail: reason
        HangUp, // step (or "authorize")
        SessionEnded, // detail: outcome
    };

    qint64 atMs = 0;
    Kind kind = Kind::SessionStarted;
    QString step;
    QString detail;

    static QString kindName(Kind kind);
};

} // namespace voicepay

Q_DECLARE_TYPEINFO(voicepay::FlowEvent, Q_RELOCATABLE_TYPE);
