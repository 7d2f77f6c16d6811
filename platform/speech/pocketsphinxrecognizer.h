#pragma once

#include "speech/recognizer.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <memory>

struct ps_decoder_s;

namespace voicepay {

namespace AudioConvert {
class Upsampler;
}

// The decoder's settings; the defaults are the ones bench_speech measured (see docs/speech.md).
struct PocketSphinxSettings
{
    QString acousticModel; // empty: Debian's pocketsphinx-en-us
    QString dictionary;
    // 8 kHz audio: up-sampled to 16 kHz for the model's own wide-band front end (false), or decoded at 8 kHz
    // with a 256-point FFT and the filter bank cut at 3.8 kHz (true; the wide-band model then hears a
    // different spectrum, and bench_speech shows it does far worse).
    bool narrowbandFrontEnd = false;
    double languageWeight = 6.5; // -lw: the grammar against the acoustics
    double beam = 1e-60; // -beam
    double wordBeam = 1e-40; // -wbeam
    // -wip: each word a path takes costs this much (below 1). PocketSphinx's 0.65 let kal slip in an "oh"
    // between digits (14 of 20 numbers at 16 kHz); 0.1 gave 20 of 20 for every flite voice (bench_speech).
    double wordInsertionPenalty = 0.1;
    int postSpeechFrames = 50; // -vad_postspeech: 10 ms frames of silence that end an utterance
    double vadThreshold = 2.0; // -vad_threshold
    // Confidence: the best path's score per frame (the decoder's log units, base 1.0001); at this value the
    // confidence is one half. Flite's voices score -17 to -30 on answers the grammar holds and below -37 on
    // speech it does not (bench_speech, tst_pocketsphinx).
    double confidenceMidpoint = -34.0;

    static QString defaultModelDir();
    static bool modelAvailable(QString* error);
};

// The Recognizer on CMU PocketSphinx (the 5-prealpha API Debian 12 ships): one decoder per sample rate,
// a JSGF search per step's grammar, the decoder's own voice activity detection for the end of speech, and the
// N-best list. The decoder's lattice posterior is no confidence under a grammar (it is 1 for
// whatever the grammar forces out of any sound); the best path's acoustic score per frame is, through a
// logistic: speech the grammar holds fits it far better than speech it does not. (A free phone loop as the
// yardstick separates better but costs more than the whole grammar search.) Words a grammar uses that the
// dictionary lacks ("cvv") are spelled from the dictionary's letters. Decoder logging is off: it would print
// hypotheses.
class PocketSphinxRecognizer : public Recognizer
{
public:
    explicit PocketSphinxRecognizer(PocketSphinxSettings settings = {});
    ~PocketSphinxRecognizer() override;
    PocketSphinxRecognizer(const PocketSphinxRecognizer&) = delete;
    PocketSphinxRecognizer& operator=(const PocketSphinxRecognizer&) = delete;

    bool begin(const SpeechGrammar& grammar, int sampleRate, QString* error) override;
    bool prepare(const SpeechGrammar& grammar, int sampleRate, QString* error) override;
    void feed(const qint16* samples, qsizetype count) override;
    bool heardSpeech() const override { return m_heard; }
    bool speechEnded() const override { return m_ended; }
    QList<SpeechHypothesis> end(int maxHypotheses) override;

    const PocketSphinxSettings& settings() const { return m_settings; }

private:
    struct Decoder;
    Decoder* decoderFor(int sampleRate, QString* error);
    bool addGrammar(Decoder& decoder, const SpeechGrammar& grammar, QString* error);

    PocketSphinxSettings m_settings;
    QHash<int, Decoder*> m_decoders; // by decoder sample rate
    Decoder* m_current = nullptr;
    bool m_upsample = false; // 8 kHz input to a 16 kHz decoder
    std::unique_ptr<AudioConvert::Upsampler> m_upsampler; // its filter runs across the 20 ms pieces
    bool m_running = false;
    bool m_heard = false;
    bool m_ended = false;
};

} // namespace voicepay
