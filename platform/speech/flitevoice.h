#pragma once

#include "audio/audiobuffer.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace voicepay {

// A caller's voice from Debian's flite: text in, 16-bit mono audio at 8 or 16 kHz out. Digits in the text
// are spoken one by one ("4111": "four one one one"), as a caller reads a card.
class FliteVoice
{
public:
    explicit FliteVoice(QString voice = QStringLiteral("slt"));

    static QStringList voices(); // kal, awb, rms, slt
    static bool available(QString* error);
    static QString spokenForm(const QString& text);

    QString voice() const { return m_voice; }
    std::optional<AudioBuffer> speak(const QString& text, int sampleRate, QString* error) const;

private:
    QString m_voice;
};

} // namespace voicepay
