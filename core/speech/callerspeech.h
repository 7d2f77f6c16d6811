#pragma once

#include "flow/flowaction.h"
#include "sim/scenario.h"
#include "speech/recognizer.h"

namespace voicepay {

class CallDriver;

// Where a scenario's spoken inputs become audio and then words: an `audio:` file, or a `say:` text spoken by
// a synthesiser. Implemented beside the recogniser (speech/), so the engine needs neither.
class CallerSpeech
{
public:
    virtual ~CallerSpeech() = default;

    // True when this input goes through the recogniser: `audio:` always, `say:` when speech is synthesised.
    virtual bool handles(const ScenarioInput& input) const = 0;
    // Recognises the input's audio against the step's grammar; a Failed status when there is no audio.
    virtual Recognition hear(const ScenarioInput& input, const CollectSpec& spec, const FlowConfig& config)
        = 0;

    // Gives the call one spoken input at the driver's current time: recognised when the step takes voice
    // (DTMF-only and conference calls never run the recogniser: the flow refuses the utterance as it would a
    // typed one), a no-input as a time-out, a no-match as an utterance the flow cannot read. Returns false,
    // with an error, when the audio cannot be had. The recognised words are wiped once the flow has them.
    bool deliver(CallDriver& driver, const ScenarioInput& input, QString* error);

    // Gives the call what one utterance came to, at `nowMs` (the time the caller started speaking): a
    // no-input as a time-out, a no-match as an utterance the flow cannot read, a match as the words. The
    // console's push-to-talk hands its recognitions over here too. Returns false for a Failed recognition.
    static bool give(CallDriver& driver, Recognition& heard, qint64 nowMs, QString* error);
};

} // namespace voicepay
