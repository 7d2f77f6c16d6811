// Brand detection and validation on any digit string, complete or partial.
#include "cards/carddetector.h"
#include "cards/luhn.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const voicepay::CardDetector detector;
    std::string digits;
    for (size_t i = 0; i < size && digits.size() < 24; ++i) {
        digits.push_back(static_cast<char>('0' + data[i] % 10));
    }
    const voicepay::BrandDetection d = detector.detect(digits);
    if (d.brand && !d.candidates.contains(d.brand->id)) {
        __builtin_trap(); // the detected brand is always among the candidates
    }
    const voicepay::CardCheck check = detector.check(digits, {});
    if (check.valid() && (!check.brand || !voicepay::luhnValid(digits) || !check.lengthOk)) {
        __builtin_trap();
    }
    const int max = detector.maxLengthFor(digits);
    if (max < 12 || max > 19) {
        __builtin_trap();
    }
    return 0;
}
