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

// Every segment a language's prompt set holds (en-US when none is given): the fixed phrases of PromptText,
// then what the language's NumberReader says: numbers (0 to 99, the hundreds, the scale words and the forms
// each language needs), currency names, months, card brands, letters and the symbols of references, and the
// neutral word that stands for a card digit that is never read out.
class SegmentTable
{
public:
    static const QList<SpokenSegment>& all(const QString& language = QString());
    static QString text(const QString& id, const QString& language = QString()); // empty for an unknown id

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
