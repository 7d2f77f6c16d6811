#include "reading.h"

namespace voicepay {

QString Reading::text() const
{
    QString out;
    for (const SpokenWord& w : words) {
        if (!out.isEmpty() && !w.joined) {
            out += QLatin1Char(' ');
        }
        out += w.words;
    }
    return out;
}

QStringList Reading::ids() const
{
    QStringList out;
    for (const SpokenWord& w : words) {
        out << w.id;
    }
    return out;
}

Reading& Reading::operator<<(const SpokenWord& word)
{
    words << word;
    return *this;
}

Reading& Reading::operator<<(const Reading& other)
{
    words << other.words;
    return *this;
}

} // namespace voicepay
