#include "callrecognition.h"

#include "call/calldriver.h"
#include "flow/paymentflow.h"
#include "secure/securewipe.h"
#include "speech/callerspeech.h"

#include <QLoggingCategory>
#include <algorithm>
#include <atomic>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace voicepay {

namespace {
// Counts and reasons only: never a word the caller said.
Q_LOGGING_CATEGORY(lcCallSpeech, "voicepay.core.speech")
} // namespace

// What one utterance came to, handed from the lane to the call.
struct CallRecognition::Outcome
{
    enum class Kind { Heard, Unavailable, CannotStart };
    quint64 utterance = 0;
    Kind kind = Kind::Heard;
    Recognition heard; // wipes itself
    qint64 endedAtMs = 0; // when the audio in which the utterance ended arrived
    QString error;
};

// The recogniser of one call and what its lane hands back. The recogniser and the utterance it is in are
// touched only by the jobs of the call's lane; the call reads the atomics and takes the outcomes under the
// mutex.
struct CallRecognition::Line
{
    std::unique_ptr<Recognizer> recognizer;
    bool unavailable = false;
    quint64 begun = 0; // the utterance the recogniser is in; 0: none
    std::optional<SpeechGrammar> grammar;
    qint64 fed = 0; // samples fed into it

    std::atomic<quint64> dropped { 0 }; // the call has dropped every utterance up to this one
    std::atomic<quint64> speechIn { 0 }; // the utterance in which speech has been heard
    std::atomic<int> backlog { 0 }; // audio handed over and not yet heard
    std::mutex mutex;
    std::deque<Outcome> outcomes; // guarded by mutex
    bool closed = false; // guarded by mutex: the call is gone

    void hand(Outcome&& outcome)
    {
        std::lock_guard lock(mutex);
        if (!closed) {
            outcomes.push_back(std::move(outcome));
        } // else it is wiped as it goes
    }

    void begin(quint64 id, const SpeechGrammar& next, int rate, RecognitionWorker& worker)
    {
        if (id <= dropped) {
            return; // a key or the next question came first
        }
        Outcome o;
        o.utterance = id;
        if (!recognizer && !unavailable) {
            recognizer = worker.take(&o.error);
            unavailable = !recognizer;
        }
        if (unavailable) {
            o.kind = Outcome::Kind::Unavailable;
            hand(std::move(o));
            return;
        }
        if (!recognizer->begin(next, rate, &o.error)) {
            o.kind = Outcome::Kind::CannotStart;
            o.error = next.name() + QStringLiteral(": ") + o.error;
            hand(std::move(o));
            return;
        }
        begun = id;
        grammar = next;
        fed = 0;
    }

    // The recogniser takes 20 ms at a time, as it does from a recording.
    void feed(quint64 id, std::vector<qint16>& audio, qint64 atMs, int rate)
    {
        if (begun == id && id <= dropped) {
            end();
        }
        const qsizetype frame = rate / 50;
        const qsizetype count = qsizetype(audio.size());
        for (qsizetype at = 0; at < count && begun == id; at += frame) {
            const qsizetype n = std::min(frame, count - at);
            recognizer->feed(audio.data() + at, n);
            fed += n;
            if (recognizer->heardSpeech()) {
                speechIn = id;
            }
            if (recognizer->speechEnded() || fed * 1000 / rate >= CallRecognition::maxUtteranceMs) {
                Outcome o; // the rest of this packet belongs to no step yet: it is dropped
                o.utterance = id;
                o.heard = recognizer->finish(*grammar, fed * 1000 / rate);
                o.endedAtMs = atMs;
                begun = 0;
                grammar.reset();
                hand(std::move(o));
            }
        }
        // It may have been a card number, spoken.
        secureWipe(audio.data(), audio.size() * sizeof(qint16));
        --backlog;
    }

    void end() // unheard: the recogniser wipes what it holds
    {
        if (begun != 0) {
            Recognition dropped = recognizer->finish(*grammar, 0);
            begun = 0;
            grammar.reset();
        }
    }
};

CallRecognition::CallRecognition(CallDriver& driver, int sampleRate, Factory factory)
    : m_driver(driver)
    , m_sampleRate(sampleRate)
    , m_ownWorker(std::make_unique<RecognitionWorker>(factory, 0))
    , m_worker(*m_ownWorker)
    , m_line(std::make_shared<Line>())
    , m_unavailable(!factory)
{
}

CallRecognition::CallRecognition(CallDriver& driver, int sampleRate, RecognitionWorker& worker)
    : m_driver(driver)
    , m_sampleRate(sampleRate)
    , m_worker(worker)
    , m_lane(worker.assignLane())
    , m_line(std::make_shared<Line>())
{
}

CallRecognition::~CallRecognition()
{
    drop();
    {
        std::lock_guard lock(m_line->mutex);
        m_line->closed = true;
        m_line->outcomes.clear(); // each wipes itself
    }
    // The lane releases the recogniser after whatever it still has queued for this call.
    m_worker.post(m_lane, [line = m_line] {
        line->end();
        line->recognizer.reset();
    });
}

bool CallRecognition::speaking() const
{
    return m_utterance != 0 && m_line->speechIn == m_utterance;
}

bool CallRecognition::waitingForLane(qint64 nowMs) const
{
    // Audio not yet heard may hold speech; bounded as an utterance is, should the lane fall far behind.
    return m_utterance != 0 && m_line->backlog > 0 && nowMs - m_utteranceFromMs < maxUtteranceMs;
}

void CallRecognition::hear(const qint16* samples, qsizetype count, qint64 nowMs)
{
    takeOutcomes();
    if (!m_listening || nowMs < m_listenFromMs || count <= 0 || (!m_utterance && !startUtterance(nowMs))) {
        return;
    }
    std::vector<qint16> audio(samples, samples + count);
    ++m_line->backlog;
    m_worker.post(m_lane,
        [line = m_line, id = m_utterance, audio = std::move(audio), nowMs, rate = m_sampleRate]() mutable {
            line->feed(id, audio, nowMs, rate);
        });
    takeOutcomes(); // inline, the utterance may be over already
}

bool CallRecognition::startUtterance(qint64 nowMs)
{
    if (m_unavailable) {
        return false;
    }
    const PaymentFlow& flow = m_driver.flow();
    const CollectSpec spec = flow.currentCollect();
    if (!m_driver.isCollecting() || !spec.acceptVoice) {
        m_listening = false;
        return false;
    }
    m_utterance = ++m_lastUtterance;
    m_utteranceFromMs = nowMs;
    SpeechGrammar grammar
        = SpeechGrammar::forStep(spec.step, SpeechGrammar::currencyWordsFor(flow.config().currency));
    m_worker.post(m_lane, [line = m_line, id = m_utterance, grammar, rate = m_sampleRate, w = &m_worker] {
        line->begin(id, grammar, rate, *w);
    });
    takeOutcomes(); // inline, the recogniser may have failed already
    return m_utterance != 0;
}

void CallRecognition::takeOutcomes()
{
    std::deque<Outcome> taken;
    {
        std::lock_guard lock(m_line->mutex);
        taken.swap(m_line->outcomes);
    }
    for (Outcome& o : taken) {
        settle(o);
    }
}

void CallRecognition::settle(Outcome& o)
{
    if (o.kind == Outcome::Kind::Unavailable && !m_unavailable) {
        m_unavailable = true;
        qCWarning(lcCallSpeech, "no speech recogniser, the call takes keys only: %s", qPrintable(o.error));
    }
    if (o.utterance != m_utterance) {
        return; // dropped meanwhile: wiped as it goes
    }
    m_utterance = 0;
    if (o.kind == Outcome::Kind::CannotStart) {
        m_listening = false;
        qCWarning(lcCallSpeech, "speech recognition cannot start at %s", qPrintable(o.error));
        return;
    }
    if (o.kind != Outcome::Kind::Heard || o.heard.status == Recognition::Status::NoInput) {
        return; // silence to the cap: the next audio starts afresh, and the step's time-out keeps running
    }
    m_listening = false; // until the flow asks again
    ++m_utterances;
    QString error;
    // As if heard at once: the utterance started its length before the audio that ended it arrived.
    if (!CallerSpeech::give(m_driver, o.heard, o.endedAtMs - o.heard.speechEndMs, &error)) {
        qCWarning(lcCallSpeech, "speech recognition failed: %s", qPrintable(error));
    }
    o.heard.wipe();
}

void CallRecognition::drop()
{
    if (m_utterance != 0) {
        m_line->dropped = m_utterance;
        m_worker.post(m_lane, [line = m_line] { line->end(); });
        m_utterance = 0;
    }
}

void CallRecognition::tick(qint64 nowMs)
{
    takeOutcomes();
    if (!speaking() && !waitingForLane(nowMs)) {
        m_driver.tick(nowMs);
    }
}

void CallRecognition::actionTaken(const PaymentFlow&, const FlowAction& action, qint64, qint64 endMs)
{
    // Whatever the flow does next, the utterance in progress (if any) answered an earlier question.
    drop();
    m_listening = action.kind == FlowAction::Kind::Collect && action.collect.acceptVoice;
    m_listenFromMs = endMs; // the question's prompts are over: no voice barge-in
}

void CallRecognition::keyPressed(const PaymentFlow&, QChar, qint64, int)
{
    drop();
    m_listening = false; // keys answer this step
}

void CallRecognition::callEnded(const PaymentFlow&, const FinishedCall&)
{
    drop();
    m_listening = false;
}

} // namespace voicepay
