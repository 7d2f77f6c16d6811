// How well the PocketSphinx recogniser hears the flow's answers: per flite voice and sample rate (16 kHz, and
// 8 kHz through a G.711 µ-law round trip), the digit error rate, whole 16-digit card numbers right, yes/no
// and menu accuracy, expiry dates and amounts, and the real-time factor on one core; then the same digits
// from the human recordings in asterisk-core-sounds-en-wav (8 kHz). Prints its figures; it asserts nothing.
//
//   bench_speech [--numbers N] [--voices kal,awb,...] [--narrowband8k] [--lw X] [--beam X] [--postspeech N]
#include "audio/wavfile.h"
#include "audioconvert.h"
#include "flitevoice.h"
#include "pocketsphinxrecognizer.h"
#include "speechcorpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>

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
    PocketSphinxSettings settings;
    settings.narrowbandFrontEnd = args.contains(QStringLiteral("--narrowband8k"));
    settings.languageWeight
        = option(QStringLiteral("--lw"), QString::number(settings.languageWeight)).toDouble();
    settings.beam = option(QStringLiteral("--beam"), QString::number(settings.beam)).toDouble();
    settings.postSpeechFrames
        = option(QStringLiteral("--postspeech"), QString::number(settings.postSpeechFrames)).toInt();
    QString error;
    if (!FliteVoice::available(&error) || !PocketSphinxSettings::modelAvailable(&error)) {
        std::fprintf(stderr, "bench_speech: %s\n", qPrintable(error));
        return 2;
    }
    PocketSphinxRecognizer recognizer(settings);
    recognizer.setMinConfidence(
        option(QStringLiteral("--min-confidence"), QString::number(recognizer.minConfidence())).toDouble());

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
          << "; -lw " << settings.languageWeight << " -beam " << settings.beam << " -vad_postspeech "
          << settings.postSpeechFrames << "\n\n";
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
            SpeechCorpus::evaluate(recognizer, s, *audio, wide);
            SpeechCorpus::evaluate(recognizer, s, telephone(*audio), narrow);
        }
        printRow(voice, QStringLiteral("16 kHz"), wide);
        printRow(voice, QStringLiteral("8 kHz G.711"), narrow);
    }
    const QString dir = asteriskDigitsDir();
    if (dir.isEmpty()) {
        out() << "asterisk    (asterisk-core-sounds-en-wav is not installed)\n";
    } else {
        printRow(QStringLiteral("asterisk"), QStringLiteral("8 kHz recorded"),
            asteriskRun(recognizer, SpeechCorpus::cardNumbers(count), dir));
    }
    return 0;
}
