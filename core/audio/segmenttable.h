#pragma once

#include <QList>
#include <QString>

namespace voicepay {

// One recording of a prompt set: its id (the file name without ".wav") and the text it says.
struct SpokenSegment
{
    QString id;
    QString text;
};

// Every segment the en-US prompt set holds: the fixed phrases of PromptText, numbers (0 to 99, the hundreds
// and the scale words), currency names, months, card brands, letters and the symbols of references, and the
// neutral word that stands for a card digit that is never read out.
class SegmentTable
{
public:
    static const QList<SpokenSegment>& all();
    static QString text(const QString& id); // empty for an unknown id

    static QString numberId(int n); // 0..99 and the hundreds 100..900
    static QString currencyId(const QString& code, bool minor, bool plural);
    static QString monthId(int month);
    static QString brandId(const QString& brand);
    static QString characterId(QChar c); // a letter, a digit (its number) or a symbol
    static QString maskedDigitId();
    static QString andId();
    static QString ohId();
    static QString hundredId();
    static QString thousandId();
    static QString millionId();
    static QString billionId();
};

} // namespace voicepay
