#include "promptsegment.h"

#include "prompttext.h"

namespace voicepay {

PromptSegment PromptSegment::phrase(const QString& id)
{
    PromptSegment s;
    s.kind = Kind::Phrase;
    s.text = id;
    return s;
}

PromptSegment PromptSegment::numberOf(qint64 value)
{
    PromptSegment s;
    s.kind = Kind::Number;
    s.number = value;
    return s;
}

PromptSegment PromptSegment::amountOf(const Money& money)
{
    PromptSegment s;
    s.kind = Kind::Amount;
    s.number = money.minorUnits();
    s.amount = money;
    return s;
}

PromptSegment PromptSegment::date(int month, int year)
{
    PromptSegment s;
    s.kind = Kind::Date;
    s.month = month;
    s.year = year;
    return s;
}

PromptSegment PromptSegment::digits(const QString& digits)
{
    PromptSegment s;
    s.kind = Kind::Digits;
    s.text = digits;
    return s;
}

PromptSegment PromptSegment::cardDigits(int length, const QString& lastFour)
{
    PromptSegment s;
    s.kind = Kind::CardDigits;
    s.number = length;
    s.text = lastFour;
    return s;
}

PromptSegment PromptSegment::brand(const QString& id)
{
    PromptSegment s;
    s.kind = Kind::Brand;
    s.text = id;
    return s;
}

PromptSegment PromptSegment::characters(const QString& text)
{
    PromptSegment s;
    s.kind = Kind::Characters;
    s.text = text;
    return s;
}

QString PromptSegment::kindName() const
{
    switch (kind) {
    case Kind::Phrase:
        return QStringLiteral("phrase");
    case Kind::Number:
        return QStringLiteral("number");
    case Kind::Amount:
        return QStringLiteral("amount");
    case Kind::Date:
        return QStringLiteral("date");
    case Kind::Digits:
        return QStringLiteral("digits");
    case Kind::CardDigits:
        return QStringLiteral("card_digits");
    case Kind::Brand:
        return QStringLiteral("brand");
    case Kind::Characters:
        return QStringLiteral("characters");
    }
    return QString();
}

QString Prompt::text() const
{
    return rendered.isEmpty() ? PromptText::render(*this) : rendered;
}

} // namespace voicepay
