#pragma once

#include <QString>

namespace voicepay {

// How a card number may appear anywhere outside SensitiveDigits (screens, logs, results, the store, the
// gateway's replies): its brand and its last four digits, never more (PCI DSS).
QString lastFourOf(const QString& digitsOrLastFour); // at most the last four characters
QString maskedCard(const QString& brand, const QString& lastFour); // "visa ending 1111" (transfer context)
// The same for a person to read, in the user's language ("Visa ending 1111", "Visa, endet auf 1111"); the
// stored and logged forms above stay in English.
QString maskedCardForDisplay(const QString& brand, const QString& lastFour);
QString brandAndLastFour(const QString& brand, const QString& lastFour); // "visa 1111" (flow events)
QString maskedAccountNumber(const QString& lastFour); // "XXXX1111" (the gateway's account number)

} // namespace voicepay
