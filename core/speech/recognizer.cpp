#include "recognizer.h"

#include "secure/securewipe.h"

#include <utility>

namespace voicepay {

void wipeText(QString& text) noexcept
{
    if (!text.isEmpty() && text.isDetached()) {
        secureWipe(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

Recognition::~Recognition()
{
    wipe();
}

Recognition::Recognition(Recognition&& other) noexcept
    : status(other.status)
    , utterance(std::exchange(other.utterance, QString()))
    , nbest(std::exchange(other.nbest, {}))
    , speechEndMs(other.speechEndMs)
    , error(std::exchange(other.error, QString()))
{
}

Recognition& Recognition::operator=(Recognition&& other) noexcept
{
    if (this != &other) {
        wipe();
        status = other.status;
        utterance = std::exchange(other.utterance, QString());
        nbest = std::exchange(other.nbest, {});
        speechEndMs = other.speechEndMs;
        error = std::exchange(other.error, QString());
    }
    return *this;
}

void Recognition::wipe() noexcept
{
    wipeText(utterance);
    for (SpeechHypothesis& h : nbest) {
        wipeText(h.text);
    }
    nbest.clear();
}

Recognition Recognizer::recognise(const SpeechGrammar& grammar, const qint16* samples, qsizetype count,
    int sampleRate, int noInputTimeoutMs)
{
    Recognition r;
    if (!begin(grammar, sampleRate, &r.error)) {
        r.status = Recognition::Status::Failed;
        return r;
    }
    const qsizetype frame = sampleRate / 50;
    const qsizetype noInputSamples = static_cast<qsizetype>(noInputTimeoutMs) * sampleRate / 1000;
    qsizetype fed = 0;
    while (fed < count) {
        const qsizetype n = std::min(frame, count - fed);
        feed(samples + fed, n);
        fed += n;
        if (speechEnded()) {
            break;
        }
        if (!heardSpeech() && fed >= noInputSamples) {
            break;
        }
    }
    return finish(grammar, static_cast<qint64>(fed) * 1000 / sampleRate);
}

Recognition Recognizer::finish(const SpeechGrammar& grammar, qint64 fedMs)
{
    Recognition r;
    r.speechEndMs = fedMs;
    const bool heard = heardSpeech();
    r.nbest = end(m_maxHypotheses);
    if (!heard || r.nbest.isEmpty()) {
        r.status = heard ? Recognition::Status::NoMatch : Recognition::Status::NoInput;
        r.wipe();
        return r;
    }
    r.status = Recognition::Status::NoMatch;
    if (r.nbest.first().confidence >= m_minConfidence) {
        for (const SpeechHypothesis& h : std::as_const(r.nbest)) {
            auto reading = grammar.interpret(h.text);
            if (reading) {
                r.utterance = std::move(*reading);
                r.status = Recognition::Status::Match;
                break;
            }
        }
    }
    if (grammar.sensitive()) {
        // Spoken card data is card data: only the digits the flow takes leave this function.
        for (SpeechHypothesis& h : r.nbest) {
            wipeText(h.text);
        }
        r.nbest.clear();
    }
    return r;
}

} // namespace voicepay
