#pragma once

#include "money/money.h"

#include <QList>
#include <QString>

namespace voicepay {

// One piece of a prompt, in a form a text renderer and a recorded-prompt concatenator both understand.
struct PromptSegment
{
    enum class Kind {
        Phrase, // a fixed phrase by id ("card_ask")
        Number, // an integer, spoken as a number
        Amount, // a currency amount, spoken with its major and minor units
        Date, // month and year (card expiry)
        Digits, // a digit string spoken digit by digit (last four, transaction id)
        CardDigits, // a full card read-back: only its length and last four are kept here
        Brand, // a card brand id, spoken by its name
        Characters, // letters and digits spoken one by one (payment reference, code names)
    };

    Kind kind = Kind::Phrase;
    QString text; // phrase id, digit string, brand id or characters
    qint64 number = 0; // Number; Amount in minor units; CardDigits: the number of digits
    Money amount;
    int month = 0;
    int year = 0;

    static PromptSegment phrase(const QString& id);
    static PromptSegment numberOf(qint64 value);
    static PromptSegment amountOf(const Money& money);
    static PromptSegment date(int month, int year);
    static PromptSegment digits(const QString& digits);
    static PromptSegment cardDigits(int length, const QString& lastFour);
    static PromptSegment brand(const QString& id);
    static PromptSegment characters(const QString& text);

    QString kindName() const;
};

} // namespace voicepay

// Strings, lists and numbers only: the lists of a call's prompts grow by moving memory, not item by item.
Q_DECLARE_TYPEINFO(voicepay::PromptSegment, Q_RELOCATABLE_TYPE);

namespace voicepay {

struct Prompt
{
    QString id; // the catalogue variant it was built from
    QList<PromptSegment> segments;
    QString language; // the language it is spoken in (PromptLanguage); empty: en-US
    // The text rendering, kept by whoever renders a finished prompt once (PaymentFlow::play) so that its
    // transcript and its timing share one rendering. Empty: text() renders the segments.
    QString rendered;

    QString text() const; // text rendering in its language, card digits masked
};

} // namespace voicepay

Q_DECLARE_TYPEINFO(voicepay::Prompt, Q_RELOCATABLE_TYPE);
