#include "luhn.h"

namespace voicepay {

namespace {
int luhnSum(std::string_view digits, bool doubleFirstFromRight)
{
    int sum = 0;
    bool doubleIt = doubleFirstFromRight;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (*it < '0' || *it > '9') {
            return -1;
        }
        int d = *it - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9) {
                d -= 9;
            }
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum;
}
} // namespace

bool luhnValid(std::string_view digits)
{
    if (digits.empty()) {
        return false;
    }
    const int sum = luhnSum(digits, false);
    return sum >= 0 && sum % 10 == 0;
}

char luhnCheckDigit(std::string_view partial)
{
    const int sum = luhnSum(partial, true);
    if (sum < 0) {
        return 0;
    }
    return static_cast<char>('0' + (10 - sum % 10) % 10);
}

} // namespace voicepay
