#include "audio/callrecorder.h"
#include "audio/promptset.h"
#include "promptsynthesiser.h"
#include "runsetup.h"
#include "simcommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <map>
#include <memory>

namespace voicepay::sim {

namespace {

// `--prompts DIR` may come before or after `--audio`; both meet here. Each call's language has its set:
// the one given with --prompts for its language, else the default of that language (PromptSet).
struct AudioRun
{
    QString promptsDir;
    std::unique_ptr<PromptSet> set; // from --prompts
    std::map<QString, std::unique_ptr<PromptSet>> byLanguage; // the defaults, loaded when first needed
    CallRecorder* recorder = nullptr;
    bool warned = false;
    bool keepTones = false;
};

AudioRun& state()
{
    static AudioRun run;
    return run;
}

const PromptSet* promptSetFor(const QString& language)
{
    AudioRun& s = state();
    const QString code = language.isEmpty() ? QStringLiteral("en-US") : language;
    if (s.set && (s.set->language() == code || s.set->language().isEmpty())) {
        return s.set.get();
    }
    auto it = s.byLanguage.find(code);
    if (it == s.byLanguage.end()) {
        QString error;
        auto set = PromptSet::open(PromptSet::defaultDirectory(code), &error);
        if (!set) {
            err() << "voicepay-sim: no " << code << " prompt set (" << error
                  << "): prompts are spoken by espeak-ng\n";
        }
        it = s.byLanguage.emplace(code, set ? std::make_unique<PromptSet>(std::move(*set)) : nullptr).first;
    }
    return it->second.get();
}

void loadPromptSet()
{
    AudioRun& s = state();
    if (!s.recorder) {
        return;
    }
    if (!s.promptsDir.isEmpty()) {
        QString error;
        auto set = PromptSet::open(s.promptsDir, &error);
        s.set = set ? std::make_unique<PromptSet>(std::move(*set)) : nullptr;
        if (!set) {
            err() << "voicepay-sim: " << error << "\n";
        }
    }
    s.recorder->setPromptSets(promptSetFor);
}
} // namespace

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
        return PromptSynthesiser(PromptSynthesiser::voiceFor(prompt.language))
            .speak(prompt.text(), rate, &why);
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

bool applyKeepTones(const QString&, RunSetup&, QString*)
{
    state().keepTones = true;
    if (state().recorder) {
        state().recorder->setKeepTones(true);
    }
    return true;
}

} // namespace voicepay::sim
