#include "flitevoice.h"

#include "audio/wavfile.h"
#include "audioconvert.h"
#include "secure/securewipe.h"

#include <QProcess>
#include <QStandardPaths>

namespace voicepay {

FliteVoice::FliteVoice(QString voice)
    : m_voice(std::move(voice))
{
}

QStringList FliteVoice::voices()
{
    return { QStringLiteral("kal"), QStringLiteral("awb"), QStringLiteral("rms"), QStringLiteral("slt") };
}

bool FliteVoice::available(QString* error)
{
    if (QStandardPaths::findExecutable(QStringLiteral("flite")).isEmpty()) {
        if (error) {
            *error = QStringLiteral("flite is not installed (Debian: flite)");
        }
        return false;
    }
    return true;
}

QString FliteVoice::spokenForm(const QString& text)
{
    static const char* const names[]
        = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };
    QString out;
    for (QChar c : text) {
        if (c.isDigit() && c.unicode() < 128) {
            out += QLatin1Char(' ') + QLatin1String(names[c.unicode() - u'0']) + QLatin1Char(' ');
        } else {
            out += c;
        }
    }
    return out.simplified();
}

std::optional<AudioBuffer> FliteVoice::speak(const QString& text, int sampleRate, QString* error) const
{
    if (!AudioBuffer::isSupportedRate(sampleRate)) {
        *error = QStringLiteral("%1 Hz: 8000 or 16000 only").arg(sampleRate);
        return std::nullopt;
    }
    // kal is an 8 kHz voice; flite's kal16 is the same speaker at 16 kHz.
    const QString voice = m_voice == u"kal" && sampleRate == 16000 ? QStringLiteral("kal16") : m_voice;
    // The WAV comes back through a pipe: a spoken card number never lands in a file, not even for a moment.
    QProcess flite;
    flite.start(QStringLiteral("flite"),
        { QStringLiteral("-voice"), voice, QStringLiteral("-t"), spokenForm(text), QStringLiteral("-o"),
            QStringLiteral("/dev/stdout") });
    if (!flite.waitForFinished(30000) || flite.exitStatus() != QProcess::NormalExit
        || flite.exitCode() != 0) {
        flite.kill();
        flite.waitForFinished();
        *error = QStringLiteral("flite (%1) failed: %2")
                     .arg(voice, QString::fromLocal8Bit(flite.readAllStandardError()).trimmed());
        return std::nullopt;
    }
    QByteArray wav = flite.readAllStandardOutput();
    auto audio = WavFile::parse(wav, error);
    secureWipe(wav.data(), static_cast<std::size_t>(wav.size()));
    if (!audio) {
        return std::nullopt;
    }
    if (audio->sampleRate == sampleRate) {
        return audio;
    }
    AudioBuffer out;
    out.sampleRate = sampleRate;
    const auto n = static_cast<qsizetype>(audio->samples.size());
    out.samples = sampleRate == 8000 ? AudioConvert::downsample16to8(audio->samples.data(), n)
                                     : AudioConvert::upsample8to16(audio->samples.data(), n);
    AudioConvert::wipe(audio->samples);
    return out;
}

} // namespace voicepay
