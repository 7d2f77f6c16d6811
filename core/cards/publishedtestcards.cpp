#include "publishedtestcards.h"

#include <algorithm>
#include <array>

namespace voicepay {

namespace {
// The sandbox's outcome cards, the test-card kit's, and the networks' widely published test numbers.
constexpr std::array<std::string_view, 33> published {
    "4111111111111111",
    "4111111111111112",
    "4242424242424242",
    "4012888888881881",
    "4222222222222",
    "4000000000000002",
    "4000000000009995",
    "4000000000000069",
    "4000000000000127",
    "4000000000000119",
    "4000056655665556",
    "4917610000000000003",
    "5555555555554444",
    "5105105105105100",
    "5424000000000015",
    "5200828282828210",
    "2223003122003222",
    "2223000048400011",
    "378282246310005",
    "371449635398431",
    "370000000000002",
    "378734493671000",
    "6011111111111117",
    "6011000990139424",
    "6011000000000012",
    "6011000400000000",
    "3530111333300000",
    "3566002020360505",
    "3566111111111113",
    "30569309025904",
    "38520000023237",
    "36227206271667",
    "6200000000000005",
};
} // namespace

bool isPublishedTestCard(std::string_view digits)
{
    return std::find(published.begin(), published.end(), digits) != published.end();
}

bool isPublishedTestCardPrefix(std::string_view digits)
{
    return std::any_of(published.begin(), published.end(),
        [digits](std::string_view card) { return card.substr(0, digits.size()) == digits; });
}

} // namespace voicepay
