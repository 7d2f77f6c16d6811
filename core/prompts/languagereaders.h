#pragma once

#include "numberreader.h"

// The readers of each language, each in its own file; PromptLanguage is the way in.
namespace voicepay::readers {

const NumberReader& english();
const NumberReader& french();
const NumberReader& spanish();
const NumberReader& german();

} // namespace voicepay::readers
