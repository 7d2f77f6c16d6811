#include "callrecognition.h"

#include "call/calldriver.h"
#include "flow/paymentflow.h"
#include "speech/callerspeech.h"

#include <QLoggingCategory>
#include <algorithm>

namespace voicepay {

namespace {
// Counts and reasons only: never a word the caller said.
Q_LOGGING_CATEGORY(lcCallSpeech, "voicepay.core.speech")
} // namespace

CallRecognition::CallRecognition(CallDriver& driver, int sampleRate, Factory factory)
    : m_driver(driver)
    , m_sampleRate(sampleRate)
    , m_factory(std::move(factory))
    , m_unavailable(!m_factory)
{
}

CallRecognition::~CallRecognition()
{
    drop();
}

bool CallRecognition::speaking() const
{
    return m_grammar && m_recognizer->heardSpeech();
}

void CallRecognition::hear(const qint16* samples, qsizetype count, qint64 nowMs)
{
    if (!m_listening || nowMs < m_listenFromMs || count <= 0 || (!m_grammar && !startUtterance())) {
        return;
    }
    // The recogniser takes 20 ms at a time, as it does from a recording.
    const qsizetype frame = m_sampleRate / 50;
    for (qsizetype at = 0; at < count && m_grammar; at += frame) {
        const qsizetype n = std::min(frame, count - at);
        m_recognizer->feed(samples + at, n);
        m_fedSamples += n;
        if (m_recognizer->speechEnded() || m_fedSamples * 1000 / m_sampleRate >= maxUtteranceMs) {
            finishUtterance(nowMs); // the rest of this packet belongs to no step yet: it is dropped
        }
    }
}

bool CallRecognition::startUtterance()
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
    QString error;
    if (!m_recognizer) {
        m_recognizer = m_factory(&error);
        if (!m_recognizer) {
            m_unavailable = true;
            qCWarning(lcCallSpeech, "no speech recogniser, the call takes keys only: %s", qPrintable(error));
            return false;
        }
    }
    SpeechGrammar grammar
        = SpeechGrammar::forStep(spec.step, SpeechGrammar::currencyWordsFor(flow.config().currency));
    if (!m_recognizer->begin(grammar, m_sampleRate, &error)) {
        m_listening = false;
        qCWarning(lcCallSpeech, "speech recognition cannot start at %s: %s", qPrintable(grammar.name()),
            qPrintable(error));
        return false;
    }
    m_grammar = std::move(grammar);
    m_fedSamples = 0;
    return true;
}

void CallRecognition::finishUtterance(qint64 nowMs)
{
    Recognition heard = m_recognizer->finish(*m_grammar, m_fedSamples * 1000 / m_sampleRate);
    m_grammar.reset();
    if (heard.status == Recognition::Status::NoInput) {
        return; // silence to the cap: the next audio starts afresh, and the step's time-out keeps running
    }
    m_listening = false; // until the flow asks again
    ++m_utterances;
    QString error;
    if (!CallerSpeech::give(m_driver, heard, nowMs - heard.speechEndMs, &error)) {
        qCWarning(lcCallSpeech, "speech recognition failed: %s", qPrintable(error));
    }
    heard.wipe();
}

void CallRecognition::drop()
{
    if (m_grammar) {
        Recognition dropped = m_recognizer->finish(*m_grammar, 0); // wiped as it goes
        m_grammar.reset();
    }
}

void CallRecognition::tick(qint64 nowMs)
{
    if (!speaking()) {
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
