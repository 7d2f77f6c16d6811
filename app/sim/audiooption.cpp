#include "audio/callrecorder.h"
#include "audio/promptset.h"
#include "promptsynthesiser.h"
#include "simcommands.h"
#include "simregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <memory>

namespace voicepay::sim {

namespace {

// `--prompts DIR` may come before or after `--audio`; both meet here.
struct AudioRun
{
    QString promptsDir;
    std::unique_ptr<PromptSet> set;
    CallRecorder* recorder = nullptr;
    bool warned = false;
    bool keepTones = false;
};

AudioRun& state()
{
    static AudioRun run;
    return run;
}

void loadPromptSet()
{
    AudioRun& s = state();
    if (!s.recorder) {
        return;
    }
    const QString dir = s.promptsDir.isEmpty() ? PromptSet::defaultDirectory() : s.promptsDir;
    QString error;
    auto set = PromptSet::open(dir, &error);
    if (set) {
        s.set = std::make_unique<PromptSet>(std::move(*set));
    } else {
        s.set.reset();
        err() << "voicepay-sim: no prompt set (" << error << "): prompts are spoken by espeak-ng\n";
    }
    s.recorder->setPromptSet(s.set.get());
}

bool applyAudio(const QString& value, RunSetup& setup, QString* error)
{
    if (value.isEmpty()) {
        *error = QStringLiteral("needs an output folder");
        return false;
    }
    if (!QDir().mkpath(value)) {
        *error = QStringLiteral("%1: cannot create the folder").arg(value);
        return false;
    }
    auto recorder = std::make_unique<CallRecorder>();
    CallRecorder* rec = recorder.get();
    state().recorder = rec;
    rec->setKeepTones(state().keepTones);
    loadPromptSet();
    rec->setFallback([](const Prompt& prompt, int rate) -> std::optional<AudioBuffer> {
        QString why;
        if (!PromptSynthesiser::toolsAvailable(&why)) {
            return std::nullopt;
        }
        return PromptSynthesiser().speak(prompt.text(), rate, &why);
    });
    setup.options.promptDurationMs = [rec](const Prompt& prompt) { return rec->promptDurationMs(prompt); };
    // `test` runs many scenarios: each gets a folder of its own.
    const bool perScenario = QCoreApplication::arguments().value(1) == u"test";
    const QString outDir = value;
    setup.afterRun.push_back(
        [rec, outDir, perScenario](const ScenarioRun&, const QString& scenarioPath, QString* why) {
            const QString dir
                = perScenario ? QDir(outDir).filePath(QFileInfo(scenarioPath).completeBaseName()) : outDir;
            if (!rec->write(dir, why)) {
                return false;
            }
            if (!rec->fallbackPrompts().isEmpty()) {
                err() << "voicepay-sim: spoken by speech synthesis (no recording): "
                      << rec->fallbackPrompts().join(QStringLiteral(", ")) << "\n";
            }
            err() << "audio: " << QDir(dir).filePath(QStringLiteral("caller.wav"));
            if (rec->isConference()) {
                err() << ", agent.wav, clamp.json (" << rec->clamp().events.size() << " tones clamped)";
            }
            err() << "\n";
            err().flush();
            return true;
        });
    setup.observers.push_back(std::move(recorder));
    return true;
}

bool applyPrompts(const QString& value, RunSetup&, QString* error)
{
    if (!QFileInfo::exists(PromptSet::manifestPath(value))) {
        *error = QStringLiteral("%1: no manifest.json").arg(value);
        return false;
    }
    state().promptsDir = value;
    loadPromptSet();
    return true;
}

const bool audioRegistered = registerRunOption({ QStringLiteral("--audio"),
    QStringLiteral(
        "--audio OUT_DIR        write the call as caller.wav (and agent.wav, clamp.json in a conference)"),
    applyAudio });
bool applyKeepTones(const QString&, RunSetup&, QString*)
{
    state().keepTones = true;
    if (state().recorder) {
        state().recorder->setKeepTones(true);
    }
    return true;
}

const bool keepTonesRegistered = registerRunOption({ QStringLiteral("--keep-tones"),
    QStringLiteral(
        "--keep-tones           with --audio: keep the caller's keypad tones in caller.wav (only when "
        "every card number of the call is a published test card)"),
    applyKeepTones, false });
const bool promptsRegistered = registerRunOption({ QStringLiteral("--prompts"),
    QStringLiteral(
        "--prompts DIR          the prompt set for --audio (default: the one the build generates)"),
    applyPrompts });

} // namespace

} // namespace voicepay::sim
