#include "pocketsphinxrecognizer.h"

#include "audioconvert.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <pocketsphinx.h>

namespace voicepay {

namespace {

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 6);
}

// Spells a word from the dictionary's letters ("cvv": "c v v").
QByteArray spelled(ps_decoder_t* ps, const QString& word)
{
    QByteArray phones;
    for (QChar c : word) {
        const QByteArray letter = QString(c).toLatin1();
        char* p = ps_lookup_word(ps, letter.constData());
        if (!p) {
            return QByteArray();
        }
        phones += (phones.isEmpty() ? "" : " ") + QByteArray(p);
        std::free(p);
    }
    return phones;
}

} // namespace

struct PocketSphinxRecognizer::Decoder
{
    ps_decoder_t* ps = nullptr; // the step's grammar
    int sampleRate = 16000;
    QSet<QString> grammars; // searches already added
    std::unique_ptr<QTemporaryFile> featureParams; // the narrow-band front end's
    ~Decoder()
    {
        if (ps) {
            ps_free(ps);
        }
    }
};

QString PocketSphinxSettings::defaultModelDir()
{
    return QStringLiteral("/usr/share/pocketsphinx/model/en-us");
}

bool PocketSphinxSettings::modelAvailable(QString* error)
{
    const QString dir = defaultModelDir();
    if (!QFileInfo::exists(dir + QStringLiteral("/en-us/mdef"))
        || !QFileInfo::exists(dir + QStringLiteral("/cmudict-en-us.dict"))) {
        if (error) {
            *error
                = QStringLiteral("the PocketSphinx en-US model is missing (%1; Debian: pocketsphinx-en-us)")
                      .arg(dir);
        }
        return false;
    }
    return true;
}

PocketSphinxRecognizer::PocketSphinxRecognizer(PocketSphinxSettings settings)
    : m_settings(std::move(settings))
    , m_upsampler(std::make_unique<AudioConvert::Upsampler>())
{
    if (m_settings.acousticModel.isEmpty()) {
        m_settings.acousticModel = PocketSphinxSettings::defaultModelDir() + QStringLiteral("/en-us");
    }
    if (m_settings.dictionary.isEmpty()) {
        m_settings.dictionary
            = PocketSphinxSettings::defaultModelDir() + QStringLiteral("/cmudict-en-us.dict");
    }
}

PocketSphinxRecognizer::~PocketSphinxRecognizer()
{
    if (m_running && m_current) {
        ps_end_utt(m_current->ps);
    }
    qDeleteAll(m_decoders);
}

namespace {

ps_decoder_t* makeDecoder(const QList<QByteArray>& args)
{
    QList<const char*> argv;
    for (const QByteArray& a : args) {
        argv << a.constData();
    }
    cmd_ln_t* config = cmd_ln_parse_r(
        nullptr, ps_args(), static_cast<int32>(argv.size()), const_cast<char**>(argv.data()), FALSE);
    if (!config) {
        return nullptr;
    }
    ps_decoder_t* ps = ps_init(config);
    cmd_ln_free_r(config); // the decoder holds its own reference
    return ps;
}

} // namespace

PocketSphinxRecognizer::Decoder* PocketSphinxRecognizer::decoderFor(int sampleRate, QString* error)
{
    if (Decoder* d = m_decoders.value(sampleRate)) {
        return d;
    }
    auto d = std::make_unique<Decoder>();
    d->sampleRate = sampleRate;
    QList<QByteArray> common { "-hmm", QFile::encodeName(m_settings.acousticModel), "-dict",
        QFile::encodeName(m_settings.dictionary), "-samprate", QByteArray::number(sampleRate),
        "-vad_postspeech", QByteArray::number(m_settings.postSpeechFrames), "-vad_threshold",
        number(m_settings.vadThreshold), "-logfn", "/dev/null", "-mmap", "yes" };
    if (sampleRate == 8000) {
        // The model's feat.params names a 6.8 kHz filter bank and wins over the command line: give the
        // decoder a copy cut at 3.8 kHz.
        QFile params(m_settings.acousticModel + QStringLiteral("/feat.params"));
        d->featureParams = std::make_unique<QTemporaryFile>();
        if (!params.open(QIODevice::ReadOnly) || !d->featureParams->open()) {
            *error = QStringLiteral("cannot prepare the 8 kHz front end");
            return nullptr;
        }
        QByteArray text = params.readAll();
        text.replace("-upperf 6800", "-upperf 3800");
        d->featureParams->write(text);
        d->featureParams->flush();
        common << "-nfft"
               << "256"
               << "-featparams" << QFile::encodeName(d->featureParams->fileName());
    } else {
        common << "-nfft"
               << "512";
    }
    d->ps = makeDecoder(common
        + QList<QByteArray> { "-lw", number(m_settings.languageWeight), "-beam", number(m_settings.beam),
            "-wbeam", number(m_settings.wordBeam), "-wip", number(m_settings.wordInsertionPenalty) });
    if (!d->ps) {
        *error = QStringLiteral("PocketSphinx could not load the model at %1").arg(m_settings.acousticModel);
        return nullptr;
    }
    return m_decoders.insert(sampleRate, d.release()).value();
}

bool PocketSphinxRecognizer::addGrammar(Decoder& decoder, const SpeechGrammar& grammar, QString* error)
{
    if (decoder.grammars.contains(grammar.name())) {
        return true;
    }
    for (const QString& word : grammar.words()) {
        const QByteArray w = word.toLatin1();
        char* known = ps_lookup_word(decoder.ps, w.constData());
        if (known) {
            std::free(known);
            continue;
        }
        const QByteArray phones = spelled(decoder.ps, word);
        if (phones.isEmpty() || ps_add_word(decoder.ps, w.constData(), phones.constData(), 0) < 0) {
            *error = QStringLiteral("the grammar word \"%1\" cannot be pronounced").arg(word);
            return false;
        }
    }
    const QByteArray name = grammar.name().toLatin1();
    const QByteArray jsgf = grammar.jsgf().toUtf8();
    if (ps_set_jsgf_string(decoder.ps, name.constData(), jsgf.constData()) < 0) {
        *error = QStringLiteral("PocketSphinx refused the %1 grammar").arg(grammar.name());
        return false;
    }
    decoder.grammars.insert(grammar.name());
    return true;
}

bool PocketSphinxRecognizer::prepare(const SpeechGrammar& grammar, int sampleRate, QString* error)
{
    // The decoder begin() would use for this rate, with the grammar's words and search added.
    const bool upsample = sampleRate == 8000 && !m_settings.narrowbandFrontEnd;
    Decoder* decoder = decoderFor(upsample ? 16000 : sampleRate, error);
    return decoder && addGrammar(*decoder, grammar, error);
}

bool PocketSphinxRecognizer::begin(const SpeechGrammar& grammar, int sampleRate, QString* error)
{
    if (m_running && m_current) {
        ps_end_utt(m_current->ps);
    }
    m_running = false;
    m_heard = false;
    m_ended = false;
    if (sampleRate != 8000 && sampleRate != 16000) {
        *error = QStringLiteral("audio at %1 Hz: 8000 or 16000 only").arg(sampleRate);
        return false;
    }
    m_upsample = sampleRate == 8000 && !m_settings.narrowbandFrontEnd;
    m_upsampler->reset();
    m_current = decoderFor(m_upsample ? 16000 : sampleRate, error);
    if (!m_current || !addGrammar(*m_current, grammar, error)) {
        return false;
    }
    const QByteArray name = grammar.name().toLatin1();
    if (ps_set_search(m_current->ps, name.constData()) < 0 || ps_start_utt(m_current->ps) < 0) {
        *error = QStringLiteral("PocketSphinx could not start an utterance");
        return false;
    }
    m_running = true;
    return true;
}

void PocketSphinxRecognizer::feed(const qint16* samples, qsizetype count)
{
    if (!m_running || count <= 0) {
        return;
    }
    if (m_upsample) {
        std::vector<qint16> wide = m_upsampler->process(samples, count);
        ps_process_raw(m_current->ps, wide.data(), wide.size(), FALSE, FALSE);
        AudioConvert::wipe(wide);
    } else {
        ps_process_raw(m_current->ps, samples, static_cast<size_t>(count), FALSE, FALSE);
    }
    const bool inSpeech = ps_get_in_speech(m_current->ps) != 0;
    if (inSpeech) {
        m_heard = true;
    } else if (m_heard) {
        m_ended = true;
    }
}

QList<SpeechHypothesis> PocketSphinxRecognizer::end(int maxHypotheses)
{
    QList<SpeechHypothesis> out;
    if (!m_running) {
        return out;
    }
    m_running = false;
    ps_decoder_t* ps = m_current->ps;
    ps_end_utt(ps);
    int32 bestScore = 0;
    const char* best = ps_get_hyp(ps, &bestScore);
    if (!best || !*best) {
        return out;
    }
    const int frames = std::max(1, ps_get_n_frames(ps));
    // Scores are in the decoder's log base (1.0001): per frame, a few units between in and out of grammar.
    auto confidence = [&](int32 score) {
        const double perFrame = double(score) / frames;
        return 1.0 / (1.0 + std::exp(-(perFrame - m_settings.confidenceMidpoint) / 2.0));
    };
    out << SpeechHypothesis { QString::fromLatin1(best), confidence(bestScore) };
    int32 firstNbest = 0;
    bool haveFirst = false;
    int guard = 0;
    ps_nbest_t* nb = ps_nbest(ps);
    while (nb && out.size() < maxHypotheses && ++guard < 50) {
        int32 score = 0;
        const char* text = ps_nbest_hyp(nb, &score);
        if (text && *text) {
            const QString words = QString::fromLatin1(text);
            bool seen = false;
            for (const SpeechHypothesis& h : std::as_const(out)) {
                seen = seen || h.text == words;
            }
            if (!haveFirst) {
                firstNbest = score; // the N-best scores have their own offset: compare them among themselves
                haveFirst = true;
            }
            if (!seen) {
                out << SpeechHypothesis { words, confidence(bestScore + std::min(0, score - firstNbest)) };
            }
        }
        nb = ps_nbest_next(nb); // frees the iterator at the end
    }
    if (nb) {
        ps_nbest_free(nb);
    }
    return out;
}

} // namespace voicepay
