#pragma once

#include "gateway/paymentrequest.h"
#include "secure/sensitivedigits.h"

#include <QByteArray>
#include <QString>

// One charge for the gateway tests: the card buffers and the request that points at them.
struct TestCharge
{
    voicepay::SensitiveDigits card;
    voicepay::SensitiveDigits code;
    voicepay::PaymentRequest request;

    TestCharge(const QByteArray& cardNumber, const QString& invoice, qint64 cents = 1250,
        const QByteArray& securityCode = "123");
    TestCharge(const TestCharge&) = delete;
    TestCharge& operator=(const TestCharge&) = delete;
};
