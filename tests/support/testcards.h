#pragma once

// The test cards and the helpers that make test numbers are the core's (cards/testcards.h); the tests name
// them here as they always have.
#include "cards/testcards.h"

namespace voicepay::test {
using voicepay::testcards::breakLuhn;
using voicepay::testcards::luhnComplete;
} // namespace voicepay::test
