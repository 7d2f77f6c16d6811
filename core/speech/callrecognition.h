#pragma once

#include "call/callobserver.h"
#include "speech/recognizer.h"

#include <functional>
#include <memory>
#include <optional>

namespace voicepay {

class CallDriver;

// The recogniser of one live call (a phone line): the caller's audio arrives as it is spoken, and at each
// step that takes voice it is recognised against the step's grammar from the end of the step's prompts until
// the end of speech (voice activity detection); what it came to goes to the call as every spoken input does
// (CallerSpeech::give). A key pressed at a step stops recognition there; DTMF-only and conference calls never
// take voice, so their recogniser is never even made. Made at the first utterance, it is kept for the call.
// Audio and hypotheses of sensitive steps are wiped (Recognizer::finish); nothing heard is logged.
class CallRecognition : public CallObserver
{
public:
    // Makes the call's recogniser at its first utterance; null with an error when there is none (the call
    // then takes keys only, and says so once in the log).
    using Factory = std::function<std::unique_ptr<Recognizer>(QString* error)>;
    // An utterance that goes on longer than this is ended where it is, so that noise the voice activity
    // detection takes for speech cannot hold the step's time-out for ever.
    static constexpr qint64 maxUtteranceMs = 20000;

    CallRecognition(CallDriver& driver, int sampleRate, Factory factory);
    ~CallRecognition() override;
    CallRecognition(const CallRecognition&) = delete;
    CallRecognition& operator=(const CallRecognition&) = delete;

    // The caller's audio, 16-bit mono PCM at the sample rate, received at `nowMs` on the driver's clock. The
    // caller wipes its buffer; the recogniser's copies are its own to wipe.
    void hear(const qint16* samples, qsizetype count, qint64 nowMs);
    // The caller has begun an utterance that is not over: the step's no-input time-out must wait for it.
    bool speaking() const;
    // The driver's tick, held while the caller speaks (the time-out then fires after the utterance, if the
    // flow still waits).
    void tick(qint64 nowMs);
    int utterances() const { return m_utterances; } // recognised so far (a count for the call's log line)

    void actionTaken(
        const PaymentFlow& flow, const FlowAction& action, qint64 startMs, qint64 endMs) override;
    void keyPressed(const PaymentFlow& flow, QChar key, qint64 atMs, int toneMs) override;
    void callEnded(const PaymentFlow& flow, const FinishedCall& call) override;

private:
    bool startUtterance();
    void finishUtterance(qint64 nowMs);
    void drop(); // ends an utterance unheard, wiping what the recogniser holds

    CallDriver& m_driver;
    int m_sampleRate;
    Factory m_factory;
    std::unique_ptr<Recognizer> m_recognizer;
    bool m_unavailable = false; // the factory failed: keys only for the rest of the call
    bool m_listening = false; // the step takes voice and no key has come
    qint64 m_listenFromMs = 0; // the end of the step's prompts
    std::optional<SpeechGrammar> m_grammar; // set while an utterance is fed
    qint64 m_fedSamples = 0;
    int m_utterances = 0;
};

} // namespace voicepay
