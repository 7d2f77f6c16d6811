#pragma once

#include "call/callobserver.h"
#include "speech/recognitionworker.h"
#include "speech/recognizer.h"

#include <functional>
#include <memory>

namespace voicepay {

class CallDriver;

// The recogniser of one live call (a phone line): the caller's audio arrives as it is spoken, and at each
// step that takes voice it is recognised against the step's grammar from the end of the step's prompts until
// the end of speech (voice activity detection); what it came to goes to the call as every spoken input does
// (CallerSpeech::give). A key pressed at a step stops recognition there; DTMF-only and conference calls never
// take voice, so their recogniser is never even made. Made at the first utterance, it is kept for the call.
// Audio and hypotheses of sensitive steps are wiped (Recognizer::finish); nothing heard is logged.
//
// The recogniser runs on a RecognitionWorker's lane: hear() copies the audio into a job and returns at once,
// and what an utterance came to is queued back to the call, which takes it up at its next hear() or tick(),
// on its own thread. Until the worker has caught up with the audio of an utterance, the step's time-out
// waits, as it does while the caller speaks. A call that ends while its recogniser is busy leaves the
// recogniser to its lane, which wipes what was queued for it and releases it.
class CallRecognition : public CallObserver
{
public:
    // Makes the call's recogniser at its first utterance; null with an error when there is none (the call
    // then takes keys only, and says so once in the log).
    using Factory = std::function<std::unique_ptr<Recognizer>(QString* error)>;
    // An utterance that goes on longer than this is ended where it is, so that noise the voice activity
    // detection takes for speech cannot hold the step's time-out for ever.
    static constexpr qint64 maxUtteranceMs = 20000;

    // Runs the recogniser inline, on the call's thread (a worker of no threads of its own).
    CallRecognition(CallDriver& driver, int sampleRate, Factory factory);
    // Runs it on the worker's lanes; the worker outlives the call.
    CallRecognition(CallDriver& driver, int sampleRate, RecognitionWorker& worker);
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
    struct Line; // what the call and its lane share
    struct Outcome;

    bool startUtterance(qint64 nowMs);
    void takeOutcomes(); // what the lane came to, on the call's thread
    void settle(Outcome& outcome);
    void drop(); // ends an utterance unheard, wiping what the recogniser holds
    bool waitingForLane(qint64 nowMs) const;

    CallDriver& m_driver;
    int m_sampleRate;
    std::unique_ptr<RecognitionWorker> m_ownWorker; // the inline one
    RecognitionWorker& m_worker;
    int m_lane = 0;
    std::shared_ptr<Line> m_line;
    bool m_unavailable = false; // the factory failed: keys only for the rest of the call
    bool m_listening = false; // the step takes voice and no key has come
    qint64 m_listenFromMs = 0; // the end of the step's prompts
    quint64 m_utterance = 0; // the utterance being fed; 0: none
    quint64 m_lastUtterance = 0;
    qint64 m_utteranceFromMs = 0; // when its first audio arrived
    int m_utterances = 0;
};

} // namespace voicepay
