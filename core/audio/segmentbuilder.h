#pragma once

#include "money/money.h"
#include "prompts/promptsegment.h"

#include <QStringList>

namespace voicepay {

// Turns a prompt into the ids of the recorded segments that say it in the prompt's language, in order (see
// SegmentTable):
//   "You are paying" "one hundred" "twenty five" "US dollars" "and" "fifty" "cents" ...
// The language's NumberReader decides how numbers, amounts, dates and digits are said. Amounts follow the
// currency's minor units: no "and zero cents", none at all for JPY, three decimals for KWD. A full card
// read-back says the neutral masked word for every digit but the last four, which it never has.
// The helpers without a language say en-US.
class SegmentBuilder
{
public:
    static QStringList build(const Prompt& prompt);
    static QStringList segment(const PromptSegment& segment, const QString& language = QString());

    static QStringList number(qint64 value);
    static QStringList amount(const Money& money);
    static QStringList date(int month, int year);
    static QStringList year(int year);
    static QStringList digits(const QString& digits);
    static QStringList characters(const QString& text);
    static QStringList cardDigits(int length, const QString& lastFour);
};

} // namespace voicepay
