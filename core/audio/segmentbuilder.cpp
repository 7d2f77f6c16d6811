#include "segmentbuilder.h"

#include "segmenttable.h"

namespace voicepay {

namespace {

void underThousand(int n, QStringList& out)
{
    if (n >= 100) {
        out << SegmentTable::numberId(n / 100 * 100);
    }
    if (n % 100 || n == 0) {
        out << SegmentTable::numberId(n % 100);
    }
}

} // namespace

QStringList SegmentBuilder::number(qint64 value)
{
    QStringList out;
    if (value < 0) {
        value = -value; // amounts and counts are never negative; say the magnitude rather than nothing
    }
    if (value >= 1'000'000'000'000LL) {
        // Beyond the scale words: read it digit by digit.
        return digits(QString::number(value));
    }
    if (value == 0) {
        return { SegmentTable::numberId(0) };
    }
    struct Scale
    {
        qint64 size;
        QString id;
    };
    const Scale scales[] = { { 1'000'000'000, SegmentTable::billionId() },
        { 1'000'000, SegmentTable::millionId() }, { 1'000, SegmentTable::thousandId() } };
    for (const Scale& s : scales) {
        const int group = int(value / s.size);
        if (group > 0) {
            underThousand(group, out);
            out << s.id;
        }
        value %= s.size;
    }
    if (value > 0) {
        underThousand(int(value), out);
    }
    return out;
}

QStringList SegmentBuilder::amount(const Money& money)
{
    const Currency& c = money.currency();
    const qint64 major = money.majorPart();
    const qint64 minor = c.decimals > 0 ? money.minorPart() : 0;
    QStringList out;
    if (major > 0 || minor == 0) {
        out << number(major) << SegmentTable::currencyId(c.code, false, major != 1);
    }
    if (minor > 0) {
        if (major > 0) {
            out << SegmentTable::andId();
        }
        out << number(minor) << SegmentTable::currencyId(c.code, true, minor != 1);
    }
    return out;
}

QStringList SegmentBuilder::year(int y)
{
    if (y >= 0 && y < 100) {
        y += 2000; // card expiry years keyed as two digits
    }
    if (y < 1000 || y > 9999) {
        return number(y);
    }
    const int high = y / 100;
    const int low = y % 100;
    if (low == 0) {
        if (high % 10 == 0) {
            return number(y); // "two thousand"
        }
        return number(high) << SegmentTable::hundredId(); // "nineteen hundred"
    }
    if (high % 10 == 0 && low < 10) {
        return number(y); // "two thousand five"
    }
    if (low < 10) {
        return number(high) << SegmentTable::ohId() << SegmentTable::numberId(low); // "nineteen oh five"
    }
    return number(high) << SegmentTable::numberId(low); // "twenty" "twenty eight"
}

QStringList SegmentBuilder::date(int month, int y)
{
    QStringList out;
    if (month >= 1 && month <= 12) {
        out << SegmentTable::monthId(month);
    }
    if (y > 0) {
        out << year(y);
    }
    return out;
}

QStringList SegmentBuilder::digits(const QString& text)
{
    QStringList out;
    for (QChar c : text) {
        if (c.isDigit() || c == u'*' || c == u'#') {
            out << SegmentTable::characterId(c);
        }
    }
    return out;
}

QStringList SegmentBuilder::characters(const QString& text)
{
    QStringList out;
    for (QChar c : text) {
        if (!c.isSpace()) {
            out << SegmentTable::characterId(c);
        }
    }
    return out;
}

QStringList SegmentBuilder::cardDigits(int length, const QString& lastFour)
{
    QStringList out;
    for (qsizetype i = lastFour.size(); i < length; ++i) {
        out << SegmentTable::maskedDigitId();
    }
    return out << digits(lastFour);
}

QStringList SegmentBuilder::segment(const PromptSegment& s)
{
    switch (s.kind) {
    case PromptSegment::Kind::Phrase:
        return { s.text };
    case PromptSegment::Kind::Number:
        return number(s.number);
    case PromptSegment::Kind::Amount:
        return amount(s.amount);
    case PromptSegment::Kind::Date:
        return date(s.month, s.year);
    case PromptSegment::Kind::Digits:
        return digits(s.text);
    case PromptSegment::Kind::CardDigits:
        return cardDigits(int(s.number), s.text);
    case PromptSegment::Kind::Brand:
        return s.text.isEmpty() ? QStringList() : QStringList { SegmentTable::brandId(s.text) };
    case PromptSegment::Kind::Characters:
        return characters(s.text);
    }
    return {};
}

QStringList SegmentBuilder::build(const Prompt& prompt)
{
    QStringList out;
    for (const PromptSegment& s : prompt.segments) {
        out << segment(s);
    }
    return out;
}

} // namespace voicepay
