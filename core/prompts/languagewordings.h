#pragma once

#include "promptlanguage.h"

// The wording of each language, each in its own file; PromptLanguage is the way in.
namespace voicepay::wordings {

PromptWording english();
PromptWording french();
PromptWording spanish();
PromptWording german();

} // namespace voicepay::wordings
