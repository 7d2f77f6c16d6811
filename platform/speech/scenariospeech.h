#pragma once

#include "flitevoice.h"
#include "speech/callerspeech.h"

#include <optional>

namespace voicepay {

// A scenario's caller speaking for real: `audio:` WAV files, and with a synthesiser every `say:` text spoken
// by flite, both recognised against the step's grammar. The caller's audio is wiped once recognised.
class ScenarioSpeech : public CallerSpeech
{
public:
    explicit ScenarioSpeech(Recognizer& recognizer);

    // `say:` inputs are spoken by this voice at this rate and recognised, instead of going to the flow as
    // text.
    void synthesise(FliteVoice voice, int sampleRate = 16000);
    bool synthesising() const { return m_voice.has_value(); }

    bool handles(const ScenarioInput& input) const override;
    Recognition hear(const ScenarioInput& input, const CollectSpec& spec, const FlowConfig& config) override;

private:
    Recognizer& m_recognizer;
    std::optional<FliteVoice> m_voice;
    int m_rate = 16000;
};

} // namespace voicepay
