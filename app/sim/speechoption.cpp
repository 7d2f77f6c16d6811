#include "flitevoice.h"
#include "pocketsphinxrecognizer.h"
#include "runsetup.h"
#include "scenariospeech.h"
#include "simcommands.h"

#include <memory>

namespace voicepay::sim {

namespace {

// The recogniser loads its model at the first spoken input, so that keyed scenarios pay nothing for it.
struct SpeechRun
{
    PocketSphinxRecognizer recognizer;
    ScenarioSpeech speech { recognizer };
};

SpeechRun& state()
{
    static SpeechRun run;
    return run;
}

} // namespace

bool applySpeech(const QString& value, RunSetup& setup, QString* error)
{
    // synth, synth:VOICE or synth:VOICE:8000
    const QStringList parts = value.split(QLatin1Char(':'));
    const QString voice = parts.value(1, QStringLiteral("slt"));
    const int rate = parts.value(2, QStringLiteral("16000")).toInt();
    if (parts.first() != u"synth" || parts.size() > 3 || !FliteVoice::voices().contains(voice)
        || (rate != 8000 && rate != 16000)) {
        *error = QStringLiteral("takes synth, synth:VOICE or synth:VOICE:RATE (voices %1; 16000 or 8000)")
                     .arg(FliteVoice::voices().join(QStringLiteral(", ")));
        return false;
    }
    if (!FliteVoice::available(error) || !PocketSphinxSettings::modelAvailable(error)) {
        return false;
    }
    state().speech.synthesise(FliteVoice(voice), rate);
    setup.options.speech = &state().speech;
    return true;
}

void applySpeechDefault(RunSetup& setup)
{
    setup.options.speech = &state().speech;
}

} // namespace voicepay::sim
