#pragma once

#include "audiobuffer.h"
#include "call/callobserver.h"
#include "dtmfclamp.h"
#include "dtmfgenerator.h"
#include "promptrenderer.h"
#include "secure/sensitivedigits.h"

#include <QHash>
#include <QStringList>
#include <functional>
#include <optional>

namespace voicepay {

// Records a simulated call as audio, on the driver's clock:
//   caller.wav: what is on the caller's line: the prompts, and the caller's keypad tones taken out by the
//   same
//     clamp as the agent's (card numbers, security codes and PINs are never written as tones). With
//     setKeepTones(true) the tones stay, and write() refuses unless every card number keyed in the call is a
//     published test card;
//   agent.wav (conference calls): the same with every tone taken out by the DTMF clamp;
//   clamp.json (conference calls): when the clamp was on and each tone it suppressed (times only, no digits).
// Prompts come from a prompt set; a prompt with a missing segment is spoken by the fallback (speech
// synthesis), or left as silence of the estimated length when there is none. Card read-backs only ever hold
// the last four digits: the others are the prompt set's neutral masked word.
class CallRecorder : public CallObserver
{
public:
    using Fallback = std::function<std::optional<AudioBuffer>(const Prompt& prompt, int sampleRate)>;
    // The prompt set of a call's language (null: none), asked when each call starts.
    using PromptSets = std::function<const PromptSet*(const QString& language)>;

    explicit CallRecorder(const PromptSet* set = nullptr, int sampleRate = 8000);

    void setPromptSet(const PromptSet* set);
    void setPromptSets(PromptSets sets) { m_sets = std::move(sets); }
    void setFallback(Fallback fallback) { m_fallback = std::move(fallback); }
    void setToneSpec(const DtmfToneSpec& spec) { m_toneSpec = spec; }
    void setKeepTones(bool keep) { m_keepTones = keep; }
    // False once a card number keyed in this call is not a published test card.
    bool onlyTestCards() const { return m_onlyTestCards; }

    // The length the prompt plays for: give it to RunOptions::promptDurationMs so that the clock matches.
    qint64 promptDurationMs(const Prompt& prompt);

    void callStarted(const PaymentFlow& flow, qint64 atMs) override;
    void actionTaken(
        const PaymentFlow& flow, const FlowAction& action, qint64 startMs, qint64 endMs) override;
    void keyPressed(const PaymentFlow& flow, QChar key, qint64 atMs, int toneMs) override;
    void callEnded(const PaymentFlow& flow, const FinishedCall& call) override;

    bool isConference() const { return m_conference; }
    const AudioBuffer& callerLeg() const { return m_callerLeg; }
    const AudioBuffer& agentLeg() const { return m_agentLeg; }
    const QList<ClampInterval>& clampIntervals() const { return m_intervals; }
    const ClampResult& clamp() const { return m_clamp; }
    QStringList fallbackPrompts() const { return m_fallbackPrompts; } // prompt ids not from recordings

    // Writes caller.wav, and agent.wav and clamp.json for a conference, into `directory` (created if needed).
    bool write(const QString& directory, QString* error = nullptr) const;

private:
    const AudioBuffer& promptAudio(const Prompt& prompt);
    qsizetype offset(qint64 ms) const;
    static QString promptKey(const Prompt& prompt, const QStringList& segments);
    void cardEntryEnded();

    const PromptSet* m_set = nullptr;
    std::optional<PromptRenderer> m_renderer;
    int m_rate;
    PromptSets m_sets;
    Fallback m_fallback;
    DtmfToneSpec m_toneSpec;
    QHash<QString, AudioBuffer> m_promptCache;
    QHash<QString, bool> m_fromFallback;

    qint64 m_startMs = 0;
    bool m_conference = false;
    AudioBuffer m_prompts; // what the IVR plays, heard on both legs
    AudioBuffer m_callerAudio; // what the caller sends
    AudioBuffer m_callerLeg;
    AudioBuffer m_agentLeg;
    QList<ClampInterval> m_intervals;
    ClampResult m_clamp;
    QStringList m_fallbackPrompts;
    bool m_keepTones = false;
    bool m_onlyTestCards = true;
    SensitiveDigits m_cardKeys; // the card number being keyed, to tell whether it is a test card
};

} // namespace voicepay
