#include "scenariospeech.h"

#include "audio/wavfile.h"
#include "audioconvert.h"

namespace voicepay {

ScenarioSpeech::ScenarioSpeech(Recognizer& recognizer)
    : m_recognizer(recognizer)
{
}

void ScenarioSpeech::synthesise(FliteVoice voice, int sampleRate)
{
    m_voice = std::move(voice);
    m_rate = sampleRate;
}

bool ScenarioSpeech::handles(const ScenarioInput& input) const
{
    return input.kind == ScenarioInput::Kind::Audio || (input.kind == ScenarioInput::Kind::Say && m_voice);
}

Recognition ScenarioSpeech::hear(
    const ScenarioInput& input, const CollectSpec& spec, const FlowConfig& config)
{
    Recognition failed;
    failed.status = Recognition::Status::Failed;
    std::optional<AudioBuffer> audio;
    if (input.kind == ScenarioInput::Kind::Audio) {
        audio = WavFile::read(input.text, &failed.error);
        if (!audio) {
            failed.error = input.text + QStringLiteral(": ") + failed.error;
        }
    } else if (m_voice) {
        audio = m_voice->speak(input.text, m_rate, &failed.error);
    } else {
        failed.error = QStringLiteral("no audio for this input");
    }
    if (!audio) {
        return failed;
    }
    // A caller finishes speaking into the line's silence: the end of speech needs some after the words.
    audio->appendSilence(1000);
    const SpeechGrammar grammar
        = SpeechGrammar::forStep(spec.step, SpeechGrammar::currencyWordsFor(config.currency));
    Recognition heard = m_recognizer.recognise(grammar, audio->samples.data(),
        static_cast<qsizetype>(audio->samples.size()), audio->sampleRate, spec.noInputTimeoutMs);
    AudioConvert::wipe(audio->samples);
    return heard;
}

} // namespace voicepay
