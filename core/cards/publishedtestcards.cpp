#include "publishedtestcards.h"

#include "cards/testcards.h"

namespace voicepay {

// The numbers are those of the one test-card table: its cards and its network test numbers.
bool isPublishedTestCard(std::string_view digits)
{
    return TestCards::standard().isPublishedNumber(digits);
}

bool isPublishedTestCardPrefix(std::string_view digits)
{
    return TestCards::standard().isPublishedNumberPrefix(digits);
}

} // namespace voicepay
