#include "segmentbuilder.h"

#include "prompts/promptlanguage.h"
#include "segmenttable.h"

namespace voicepay {

namespace {

const NumberReader& english()
{
    return PromptLanguage::reader(PromptLanguage::fallback());
}

} // namespace

QStringList SegmentBuilder::number(qint64 value)
{
    return english().number(value).ids();
}

QStringList SegmentBuilder::amount(const Money& money)
{
    return english().amount(money).ids();
}

QStringList SegmentBuilder::year(int y)
{
    return english().date(0, y).ids();
}

QStringList SegmentBuilder::date(int month, int y)
{
    return english().date(month, y).ids();
}

QStringList SegmentBuilder::digits(const QString& text)
{
    return english().digits(text).ids();
}

QStringList SegmentBuilder::characters(const QString& text)
{
    return english().characters(text).ids();
}

QStringList SegmentBuilder::cardDigits(int length, const QString& lastFour)
{
    return english().cardDigits(length, lastFour).ids();
}

QStringList SegmentBuilder::segment(const PromptSegment& s, const QString& language)
{
    const NumberReader& reader = PromptLanguage::reader(language);
    switch (s.kind) {
    case PromptSegment::Kind::Phrase:
        return { s.text };
    case PromptSegment::Kind::Number:
        return reader.number(s.number).ids();
    case PromptSegment::Kind::Amount:
        return reader.amount(s.amount).ids();
    case PromptSegment::Kind::Date:
        return reader.date(s.month, s.year).ids();
    case PromptSegment::Kind::Digits:
        return reader.digits(s.text).ids();
    case PromptSegment::Kind::CardDigits:
        return reader.cardDigits(int(s.number), s.text).ids();
    case PromptSegment::Kind::Brand:
        return s.text.isEmpty() ? QStringList() : QStringList { SegmentTable::brandId(s.text) };
    case PromptSegment::Kind::Characters:
        return reader.characters(s.text).ids();
    }
    return {};
}

QStringList SegmentBuilder::build(const Prompt& prompt)
{
    QStringList out;
    for (const PromptSegment& s : prompt.segments) {
        out << segment(s, prompt.language);
    }
    return out;
}

} // namespace voicepay
