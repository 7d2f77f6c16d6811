#pragma once

#include <QString>

namespace voicepay::test {

// Completes a prefix padded with zeros to `length` digits into a Luhn-valid number.
QString luhnComplete(const QString& prefix, int length);
// The same number with its last digit changed, so that it fails the Luhn check.
QString breakLuhn(const QString& number);

} // namespace voicepay::test
