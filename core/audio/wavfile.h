#pragma once

#include "audiobuffer.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace voicepay {

// RIFF/WAVE files of 16-bit PCM, mono, 8 or 16 kHz. The reader refuses anything else with a reason, and never
// trusts a size field beyond the bytes actually present.
class WavFile
{
public:
    static std::optional<AudioBuffer> parse(const QByteArray& data, QString* error = nullptr);
    static std::optional<AudioBuffer> read(const QString& path, QString* error = nullptr);

    static QByteArray encode(const AudioBuffer& audio);
    static bool write(const QString& path, const AudioBuffer& audio, QString* error = nullptr);

    static constexpr qint64 maxFileBytes = 256LL * 1024 * 1024;
};

} // namespace voicepay
