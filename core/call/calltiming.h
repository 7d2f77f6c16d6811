#pragma once

#include "prompts/promptsegment.h"

#include <functional>

namespace voicepay {

// How long the caller's and the flow's own actions take on the driver's clock. The defaults suit a driver
// fed the real time, where every input carries its own time; a simulated call sets them so that the clock
// moves as a caller's would.
struct CallTiming
{
    int keyToneMs = 0;
    int keyGapMs = 0; // after each tone, before the flow takes the key
    int utteranceMs = 0;
    bool timeoutsTakeTheirTime = false; // a "timeout" answer moves the clock to the time-out's deadline
    std::function<qint64(const Prompt&)> promptMs; // empty: prompts take no time on this clock

    // How long a prompt plays when nothing better is known: about 14 characters a second of speech, with a
    // short lead-in.
    static qint64 estimatedPromptMs(const Prompt& prompt);
};

} // namespace voicepay
