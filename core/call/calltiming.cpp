#include "calltiming.h"

namespace voicepay {

qint64 CallTiming::estimatedPromptMs(const Prompt& prompt)
{
    return 300 + prompt.text().size() * 70;
}

} // namespace voicepay
