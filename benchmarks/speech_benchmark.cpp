// How well the PocketSphinx recogniser hears the flow's answers: per flite voice and sample rate (16 kHz, and
// 8 kHz through a G.711 µ-law round trip), the digit error rate, whole 16-digit card numbers right, yes/no
// and menu accuracy, expiry dates and amounts, and the real-time factor on one core; then the same digits
// from the human recordings in asterisk-core-sounds-en-wav (8 kHz). Prints its figures; it asserts nothing.
//
//   bench_speech [--numbers N] [--voices kal,awb,...] [--narrowband8k] [--lw X] [--wip X] [--beam X]
//   [--postspeech N]
//                [--vad-threshold X] [--min-confidence X] [--nbest N] [--16k-only] [--show-misses]
#include "audio/wavfile.h"
#include "audioconvert.h"
#include "flitevoice.h"
#include "flow/voiceinput.h"
#include "pocketsphinxrecognizer.h"
#include "speechcorpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>
#include <functional>

using namespace voicepay;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

AudioBuffer telephone(const AudioBuffer& wide)
{
    AudioBuffer narrow;
    narrow.sampleRate = 8000;
    const auto n = static_cast<qsizetype>(wide.samples.size());
    const std::vector<qint16> down = AudioConvert::downsample16to8(wide.samples.data(), n);
    narrow.samples = AudioConvert::mulawRoundTrip(down.data(), static_cast<qsizetype>(down.size()));
    return narrow;
}

void printRow(const QString& source, const QString& rate, const SpeechScore& s)
{
    auto pct = [](double v) { return QString(QString::number(v * 100, 'f', 1) + QLatin1Char('%')); };
    out() << source.leftJustified(10) << rate.leftJustified(16) << pct(s.digitErrorRate()).rightJustified(8)
          << (QStringLiteral("%1/%2").arg(s.numbersRight).arg(s.numbers)).rightJustified(9)
          << (s.yesNo ? pct(s.yesNoAccuracy()) : QStringLiteral("-")).rightJustified(9)
          << (s.menus ? pct(s.menuAccuracy()) : QStringLiteral("-")).rightJustified(9)
          << (s.other ? pct(s.otherAccuracy()) : QStringLiteral("-")).rightJustified(13)
          << QString::number(s.realTimeFactor(), 'f', 3).rightJustified(8) << "\n";
    out().flush();
}

QString asteriskDigitsDir()
{
    for (const char* dir :
        { "/usr/share/asterisk/sounds/en/digits", "/usr/share/asterisk/sounds/en_US_f_Allison/digits" }) {
        if (QFileInfo::exists(QString::fromLatin1(dir) + QStringLiteral("/0.wav"))) {
            return QString::fromLatin1(dir);
        }
    }
    return QString();
}

// The digits of each number concatenated from the recordings, 120 ms apart.
SpeechScore asteriskRun(Recognizer& recognizer, const QList<SpeechSample>& numbers, const QString& dir)
{
    QList<AudioBuffer> digit;
    for (int d = 0; d < 10; ++d) {
        QString error;
        auto a = WavFile::read(dir + QStringLiteral("/%1.wav").arg(d), &error);
        if (!a) {
            out() << "cannot read the recording of " << d << ": " << error << "\n";
            return {};
        }
        digit << *a;
    }
    SpeechScore score;
    for (const SpeechSample& s : numbers) {
        AudioBuffer audio;
        audio.sampleRate = digit.first().sampleRate;
        audio.appendSilence(300);
        for (QChar c : s.expected) {
            audio.append(digit.at(c.unicode() - u'0'));
            audio.appendSilence(120);
        }
        SpeechCorpus::evaluate(recognizer, s, audio, score);
    }
    return score;
}

// Why a card number was missed: the decoder's N-best list again, with each hypothesis's digits and
// confidence, and where the end of speech fell (stderr; bench_speech's numbers are synthetic, not card data).
void showMiss(
    Recognizer& recognizer, const SpeechSample& sample, const AudioBuffer& audio, const QString& got)
{
    AudioBuffer padded = audio;
    padded.appendSilence(1000);
    const SpeechGrammar grammar = SpeechGrammar::forStep(sample.step);
    QString error;
    if (!recognizer.begin(grammar, padded.sampleRate, &error)) {
        return;
    }
    const qsizetype frame = padded.sampleRate / 50;
    qsizetype fed = 0;
    const auto count = static_cast<qsizetype>(padded.samples.size());
    while (fed < count && !recognizer.speechEnded()) {
        const qsizetype n = std::min(frame, count - fed);
        recognizer.feed(padded.samples.data() + fed, n);
        fed += n;
    }
    std::fprintf(stderr, "miss %s got \"%s\" (speech ended at %lld of %lld ms)\n",
        qPrintable(sample.expected), qPrintable(got), static_cast<long long>(fed * 1000 / padded.sampleRate),
        static_cast<long long>(audio.durationMs()));
    for (const SpeechHypothesis& h : recognizer.end(recognizer.maxHypotheses())) {
        const auto digits = grammar.interpret(h.text);
        std::fprintf(stderr, "  %.3f %s%s\n", h.confidence,
            qPrintable(VoiceInput::digits(h.text).value_or(h.text)), digits ? " (reads)" : "");
    }
}

// The decoder's settings with the command line's changes.
PocketSphinxSettings settingsFrom(
    const QStringList& args, const std::function<QString(const QString&, const QString&)>& option)
{
    PocketSphinxSettings settings;
    settings.narrowbandFrontEnd = args.contains(QStringLiteral("--narrowband8k"));
    settings.languageWeight
        = option(QStringLiteral("--lw"), QString::number(settings.languageWeight)).toDouble();
    settings.beam = option(QStringLiteral("--beam"), QString::number(settings.beam)).toDouble();
    settings.wordInsertionPenalty
        = option(QStringLiteral("--wip"), QString::number(settings.wordInsertionPenalty)).toDouble();
    settings.postSpeechFrames
        = option(QStringLiteral("--postspeech"), QString::number(settings.postSpeechFrames)).toInt();
    settings.vadThreshold
        = option(QStringLiteral("--vad-threshold"), QString::number(settings.vadThreshold)).toDouble();
    return settings;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto option = [&args](const QString& flag, const QString& fallback) {
        const qsizetype i = args.indexOf(flag);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int count = option(QStringLiteral("--numbers"), QStringLiteral("20")).toInt();
    const QStringList voices = option(QStringLiteral("--voices"), FliteVoice::voices().join(QLatin1Char(',')))
                                   .split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool showMisses = args.contains(QStringLiteral("--show-misses"));
    const PocketSphinxSettings settings = settingsFrom(args, option);
    const bool wideOnly = args.contains(QStringLiteral("--16k-only"));
    QString error;
    if (!FliteVoice::available(&error) || !PocketSphinxSettings::modelAvailable(&error)) {
        std::fprintf(stderr, "bench_speech: %s\n", qPrintable(error));
        return 2;
    }
    // One recogniser per rate, as one per line in service: the decoder's running cepstral mean carries from
    // one utterance to the next, and 8 kHz answers between 16 kHz ones cost slt 8 of 20 16 kHz numbers.
    PocketSphinxRecognizer recognizer(settings);
    PocketSphinxRecognizer telephoneRecognizer(settings);
    for (Recognizer* r :
        { static_cast<Recognizer*>(&recognizer), static_cast<Recognizer*>(&telephoneRecognizer) }) {
        r->setMinConfidence(
            option(QStringLiteral("--min-confidence"), QString::number(r->minConfidence())).toDouble());
        r->setMaxHypotheses(option(QStringLiteral("--nbest"), QString::number(r->maxHypotheses())).toInt());
    }

    QList<SpeechSample> samples = SpeechCorpus::cardNumbers(count);
    samples += SpeechCorpus::yesNo();
    samples += SpeechCorpus::menus();
    samples += SpeechCorpus::expiries();
    samples += SpeechCorpus::amounts();

    out() << "PocketSphinx "
          << "5-prealpha, en-us model, one grammar per step; " << count
          << " card numbers of 16 digits, 10 yes/no, 10 menu, 12 expiry/amount answers per voice\n"
          << "8 kHz front end: "
          << (settings.narrowbandFrontEnd ? "native (-samprate 8000 -nfft 256)" : "up-sampled to 16 kHz")
          << "; -lw " << settings.languageWeight << " -wip " << settings.wordInsertionPenalty << " -beam "
          << settings.beam << " -vad_postspeech " << settings.postSpeechFrames << "\n\n";
    out() << "source    rate             digit err  numbers   yes/no     menu  expiry/amount     RTF\n";
    for (const QString& voice : voices) {
        FliteVoice flite(voice);
        SpeechScore wide;
        SpeechScore narrow;
        for (const SpeechSample& s : std::as_const(samples)) {
            auto audio = flite.speak(s.text, 16000, &error);
            if (!audio) {
                std::fprintf(stderr, "bench_speech: %s\n", qPrintable(error));
                return 2;
            }
            const QString got = SpeechCorpus::evaluate(recognizer, s, *audio, wide);
            if (showMisses && got != s.expected && s.step == Step::CardNumber) {
                showMiss(recognizer, s, *audio, got);
            }
            if (!wideOnly) {
                SpeechCorpus::evaluate(telephoneRecognizer, s, telephone(*audio), narrow);
            }
        }
        printRow(voice, QStringLiteral("16 kHz"), wide);
        if (!wideOnly) {
            printRow(voice, QStringLiteral("8 kHz G.711"), narrow);
        }
    }
    const QString dir = asteriskDigitsDir();
    if (wideOnly) {
        return 0; // no 8 kHz rows asked for
    }
    if (dir.isEmpty()) {
        out() << "asterisk    (asterisk-core-sounds-en-wav is not installed)\n";
    } else {
        printRow(QStringLiteral("asterisk"), QStringLiteral("8 kHz recorded"),
            asteriskRun(telephoneRecognizer, SpeechCorpus::cardNumbers(count), dir));
    }
    return 0;
}
