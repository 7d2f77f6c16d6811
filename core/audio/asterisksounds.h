#pragma once

#include <QString>
#include <QStringList>

namespace voicepay {

// Human recordings from Debian's asterisk-core-sounds-en-wav, -fr-wav and -es-wav (8 kHz WAV): digits, tens,
// hundreds, scale words, months, letters and a few words. A recorded prompt set takes a segment from them
// where they hold it, in one file or as parts said one after the other ("vingt" "et" "un"); the rest is
// synthesised.
class AsteriskSounds
{
public:
    // "asterisk-core-sounds-fr-wav"; empty for a language they do not record.
    static QString package(const QString& language);
    // The installed voice folder (/usr/share/asterisk/sounds/fr_CA_f_June), or
    // $VOICEPAY_ASTERISK_SOUNDS/<that folder's name>; empty when it is not installed.
    static QString directory(const QString& language);
    // The files, relative to directory(), that say a segment; empty when the recordings do not hold it.
    static QStringList files(const QString& language, const QString& segmentId);
};

} // namespace voicepay
