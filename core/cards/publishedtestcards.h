#pragma once

#include <string_view>

namespace voicepay {

// Card numbers the card networks and gateways publish for testing, as the test-card table (TestCards) lists
// them: no cardholder has them. Only a call whose every card number is one of these may be recorded with its
// keypad tones (`--keep-tones`).
bool isPublishedTestCard(std::string_view digits);
// An entry cut short (a hang-up, a time-out) that is the start of a published test card.
bool isPublishedTestCardPrefix(std::string_view digits);

} // namespace voicepay
