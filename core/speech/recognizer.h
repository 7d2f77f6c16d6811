#pragma once

#include "speech/speechgrammar.h"

#include <QList>
#include <QString>
#include <QtGlobal>

namespace voicepay {

// Wipes a string's characters before it lets them go (a hypothesis of a card number, say). A string that
// shares its data with another copy is only released: that copy's owner wipes it.
void wipeText(QString& text) noexcept;

struct SpeechHypothesis
{
    QString text; // the words, lower case
    double confidence = 0; // 0..1: the decoder's posterior for the best path, scaled for the others
};

// What one utterance came to.
struct Recognition
{
    enum class Status {
        Match, // `utterance` is what the flow hears
        NoMatch, // something was said, but nothing the step's grammar holds with enough confidence
        NoInput, // no speech before the step's no-input time-out
        Failed, // the recogniser could not run (see error)
    };
    Status status = Status::NoInput;
    QString utterance; // for PaymentFlow::say(): digits, keys or menu words only
    QList<SpeechHypothesis> nbest; // best first; empty for sensitive steps once read
    qint64 speechEndMs = 0; // audio consumed up to the end of speech (or the time-out)
    QString error;

    Recognition() = default;
    ~Recognition();
    Recognition(const Recognition&) = delete;
    Recognition& operator=(const Recognition&) = delete;
    Recognition(Recognition&& other) noexcept;
    Recognition& operator=(Recognition&& other) noexcept;

    void wipe() noexcept; // clears and wipes the utterance and every hypothesis
};

// A speech recogniser for one utterance at a time: begin() with the step's grammar, feed() 16-bit mono PCM
// as it arrives, watch speechEnded() (voice activity detection), then end() for the N-best list. The
// implementation (speech/, on PocketSphinx) keeps the engine free of any recogniser library.
class Recognizer
{
public:
    virtual ~Recognizer() = default;

    virtual bool begin(const SpeechGrammar& grammar, int sampleRate, QString* error) = 0;
    // Does ahead of time what the first begin() with this grammar would (load, compile), so that it costs
    // nothing then. Nothing to do by default.
    virtual bool prepare(const SpeechGrammar& grammar, int sampleRate, QString* error)
    {
        Q_UNUSED(grammar)
        Q_UNUSED(sampleRate)
        Q_UNUSED(error)
        return true;
    }
    virtual void feed(const qint16* samples, qsizetype count) = 0;
    virtual bool heardSpeech() const = 0; // speech has started in this utterance
    virtual bool speechEnded() const = 0; // speech started, then enough silence followed
    // The hypotheses, best first, at most `maxHypotheses`; the decoder's own copies are released.
    virtual QList<SpeechHypothesis> end(int maxHypotheses) = 0;

    // Below this confidence the best hypothesis is a no-match (0..1).
    void setMinConfidence(double value) { m_minConfidence = value; }
    double minConfidence() const { return m_minConfidence; }
    void setMaxHypotheses(int value) { m_maxHypotheses = value; }
    int maxHypotheses() const { return m_maxHypotheses; }

    // Runs one utterance from a buffer: feeds it in 20 ms frames until the end of speech, the no-input
    // time-out (no speech within `noInputTimeoutMs` of audio) or the end of the audio; applies the confidence
    // threshold and the grammar's reading to the N-best list. For a sensitive grammar the hypotheses are
    // wiped before this returns: only `utterance` (digits) is left.
    Recognition recognise(const SpeechGrammar& grammar, const qint16* samples, qsizetype count,
        int sampleRate, int noInputTimeoutMs);
    // Ends the utterance fed since begin() the way recognise() does (threshold, reading, wiping), for audio
    // that arrives piece by piece (a microphone held down): `fedMs` is how much audio was fed.
    Recognition finish(const SpeechGrammar& grammar, qint64 fedMs);

private:
    double m_minConfidence = 0.3;
    int m_maxHypotheses = 5;
};

} // namespace voicepay
