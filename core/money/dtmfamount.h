#pragma once

#include "money.h"

#include <QString>
#include <optional>

namespace voicepay {

// Amount entry on a phone keypad: digits, '*' as the decimal point, '#' to finish.
// "12*5#" is 12.50 in USD; "1500#" is 1500 in JPY, where '*' is refused.
struct DtmfAmountResult
{
    std::optional<Money> amount;
    QString error; // why the keys do not make an amount
};

DtmfAmountResult parseDtmfAmount(const QString& keys, const Currency& currency);

} // namespace voicepay
