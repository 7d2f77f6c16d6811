#pragma once

#include <string_view>

namespace voicepay {

// The mod-10 check of ISO/IEC 7812. False for empty input or any non-digit.
bool luhnValid(std::string_view digits);
// The digit that completes `partial` into a Luhn-valid number ('0'..'9'), or 0 for bad input.
char luhnCheckDigit(std::string_view partial);

} // namespace voicepay
