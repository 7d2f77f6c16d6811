#include "wavfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

namespace voicepay {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("WavFile", text);
}

template <typename T> std::optional<T> fail(QString* error, const QString& why)
{
    if (error) {
        *error = why;
    }
    return std::nullopt;
}

quint32 u32(const char* p)
{
    return qFromLittleEndian<quint32>(p);
}

quint16 u16(const char* p)
{
    return qFromLittleEndian<quint16>(p);
}

constexpr quint16 formatPcm = 1;
constexpr quint16 formatExtensible = 0xFFFE;

// What is wrong with a format chunk; empty when it describes 16-bit mono PCM at a supported rate.
QString formatProblem(const char* chunk, qint64 size, int* rate)
{
    if (size < 16) {
        return translated(QT_TRANSLATE_NOOP("WavFile", "the format chunk is too short (%1 bytes)")).arg(size);
    }
    quint16 format = u16(chunk);
    const quint16 channels = u16(chunk + 2);
    *rate = int(u32(chunk + 4));
    const quint32 byteRate = u32(chunk + 8);
    const quint16 blockAlign = u16(chunk + 12);
    const quint16 bits = u16(chunk + 14);
    if (format == formatExtensible && size >= 40) {
        format = u16(chunk + 24); // the sub-format GUID starts with the format tag
    }
    if (format != formatPcm) {
        return translated(QT_TRANSLATE_NOOP("WavFile", "format %1 is not PCM")).arg(format);
    }
    if (channels != 1) {
        return translated(QT_TRANSLATE_NOOP("WavFile", "%1 channels; only mono is supported")).arg(channels);
    }
    if (bits != 16) {
        return translated(QT_TRANSLATE_NOOP("WavFile", "%1 bits per sample; only 16 is supported")).arg(bits);
    }
    if (!AudioBuffer::isSupportedRate(*rate)) {
        return translated(
            QT_TRANSLATE_NOOP("WavFile", "sample rate %1 Hz; only 8000 and 16000 are supported"))
            .arg(*rate);
    }
    if (blockAlign != 2 || byteRate != quint32(*rate) * 2) {
        return translated(
            QT_TRANSLATE_NOOP("WavFile", "inconsistent format chunk (block align %1, byte rate %2)"))
            .arg(blockAlign)
            .arg(byteRate);
    }
    return QString();
}

} // namespace

std::optional<AudioBuffer> WavFile::parse(const QByteArray& data, QString* error)
{
    using Result = AudioBuffer;
    if (data.size() > maxFileBytes) {
        return fail<Result>(
            error, translated(QT_TRANSLATE_NOOP("WavFile", "the file is larger than 256 MiB")));
    }
    if (data.size() < 12 || !data.startsWith("RIFF") || data.mid(8, 4) != "WAVE") {
        return fail<Result>(error, translated(QT_TRANSLATE_NOOP("WavFile", "not a RIFF/WAVE file")));
    }
    const char* base = data.constData();
    const qint64 riffEnd = qint64(u32(base + 4)) + 8;
    if (riffEnd > data.size()) {
        return fail<Result>(error,
            translated(QT_TRANSLATE_NOOP(
                           "WavFile", "truncated: the RIFF header announces %1 bytes but the file has %2"))
                .arg(riffEnd)
                .arg(data.size()));
    }
    bool haveFormat = false;
    int rate = 0;
    qint64 pos = 12;
    while (pos + 8 <= riffEnd) {
        const QByteArray id = data.mid(pos, 4);
        const qint64 size = u32(base + pos + 4);
        const qint64 body = pos + 8;
        if (body + size > riffEnd) {
            return fail<Result>(error,
                translated(QT_TRANSLATE_NOOP("WavFile",
                               "truncated: the \"%1\" chunk announces %2 bytes, only %3 are present"))
                    .arg(QString::fromLatin1(id))
                    .arg(size)
                    .arg(riffEnd - body));
        }
        if (id == "fmt ") {
            const QString why = formatProblem(base + body, size, &rate);
            if (!why.isEmpty()) {
                return fail<Result>(error, why);
            }
            haveFormat = true;
        } else if (id == "data") {
            if (!haveFormat) {
                return fail<Result>(error,
                    translated(QT_TRANSLATE_NOOP("WavFile", "the data chunk comes before the format chunk")));
            }
            if (size % 2 != 0) {
                return fail<Result>(error,
                    translated(QT_TRANSLATE_NOOP("WavFile", "the data chunk has an odd number of bytes (%1)"))
                        .arg(size));
            }
            return AudioBuffer::fromPcm(data.mid(body, size), rate);
        }
        pos = body + size + (size & 1); // chunks are padded to an even size
    }
    return fail<Result>(error,
        haveFormat ? translated(QT_TRANSLATE_NOOP("WavFile", "no data chunk"))
                   : translated(QT_TRANSLATE_NOOP("WavFile", "no format chunk")));
}

std::optional<AudioBuffer> WavFile::read(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail<AudioBuffer>(error, path + QStringLiteral(": ") + file.errorString());
    }
    if (file.size() > maxFileBytes) {
        return fail<AudioBuffer>(error,
            path + QStringLiteral(": ")
                + translated(QT_TRANSLATE_NOOP("WavFile", "the file is larger than 256 MiB")));
    }
    QString why;
    auto audio = parse(file.readAll(), &why);
    if (!audio) {
        return fail<AudioBuffer>(error, path + QStringLiteral(": ") + why);
    }
    return audio;
}

QByteArray WavFile::encode(const AudioBuffer& audio)
{
    const QByteArray pcm = audio.toPcm();
    QByteArray out(44, '\0');
    char* h = out.data();
    auto put32 = [](char* p, quint32 v) { qToLittleEndian<quint32>(v, p); };
    auto put16 = [](char* p, quint16 v) { qToLittleEndian<quint16>(v, p); };
    memcpy(h, "RIFF", 4);
    put32(h + 4, quint32(36 + pcm.size()));
    memcpy(h + 8, "WAVEfmt ", 8);
    put32(h + 16, 16);
    put16(h + 20, formatPcm);
    put16(h + 22, 1);
    put32(h + 24, quint32(audio.sampleRate));
    put32(h + 28, quint32(audio.sampleRate * 2));
    put16(h + 32, 2);
    put16(h + 34, 16);
    memcpy(h + 36, "data", 4);
    put32(h + 40, quint32(pcm.size()));
    return out + pcm;
}

bool WavFile::write(const QString& path, const AudioBuffer& audio, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(encode(audio)) < 0 || !file.commit()) {
        if (error) {
            *error = path + QStringLiteral(": ") + file.errorString();
        }
        return false;
    }
    return true;
}

} // namespace voicepay
