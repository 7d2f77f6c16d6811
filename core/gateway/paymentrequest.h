#pragma once

#include "money/money.h"
#include "secure/sensitivedigits.h"

#include <QString>

namespace voicepay {

// One charge the flow asks for. The card fields are references into the session's own sensitive buffers:
// a request never owns or copies the card number or the security code, and it must not outlive the session.
struct PaymentRequest
{
    QString sessionId;
    QString invoiceNumber; // unique per submission, kept with the session before sending (no double charge)
    Money amount;
    QString brand; // identifier, e.g. "visa"
    const SensitiveDigits* cardNumber = nullptr;
    const SensitiveDigits* securityCode = nullptr; // null or empty where the brand has none
    int expiryMonth = 0; // 0 where the brand has no expiry
    int expiryYear = 0; // four digits
    QString customerId;
    QString merchantId;
    QString paymentReference;
    QString description;
};

} // namespace voicepay
