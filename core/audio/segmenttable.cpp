#include "segmenttable.h"

#include "cards/cardbrand.h"
#include "money/currency.h"
#include "prompts/prompttext.h"

#include <QHash>
#include <QSet>

namespace voicepay {

namespace {

const char* const ones[]
    = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
const char* const tens[]
    = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

QString underHundred(int n)
{
    if (n < 20) {
        return QString::fromLatin1(ones[n]);
    }
    QString text = QString::fromLatin1(tens[n / 10]);
    if (n % 10) {
        text += QLatin1Char(' ') + QString::fromLatin1(ones[n % 10]);
    }
    return text;
}

struct Symbol
{
    char16_t c;
    const char* id;
    const char* text;
};
constexpr Symbol symbols[] = { { u'-', "char_dash", "dash" }, { u'*', "char_star", "star" },
    { u'#', "char_hash", "hash" }, { u'.', "char_dot", "dot" }, { u'/', "char_slash", "slash" } };

QList<SpokenSegment> build()
{
    QList<SpokenSegment> out;
    QSet<QString> seen;
    auto add = [&out, &seen](const QString& id, const QString& text) {
        if (!id.isEmpty() && !text.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            out << SpokenSegment { id, text };
        }
    };
    for (const Phrase& p : PromptText::phrases()) {
        add(p.id, p.text);
    }
    for (int n = 0; n < 100; ++n) {
        add(SegmentTable::numberId(n), underHundred(n));
    }
    for (int h = 1; h <= 9; ++h) {
        add(SegmentTable::numberId(h * 100), QString::fromLatin1(ones[h]) + QStringLiteral(" hundred"));
    }
    add(SegmentTable::hundredId(), QStringLiteral("hundred"));
    add(SegmentTable::thousandId(), QStringLiteral("thousand"));
    add(SegmentTable::millionId(), QStringLiteral("million"));
    add(SegmentTable::billionId(), QStringLiteral("billion"));
    add(SegmentTable::andId(), QStringLiteral("and"));
    add(SegmentTable::ohId(), QStringLiteral("oh"));
    for (int m = 1; m <= 12; ++m) {
        add(SegmentTable::monthId(m), PromptText::monthName(m));
    }
    for (const Currency& c : CurrencyTable::all()) {
        add(SegmentTable::currencyId(c.code, false, false), c.name);
        add(SegmentTable::currencyId(c.code, false, true), c.pluralName);
        add(SegmentTable::currencyId(c.code, true, false), c.minorName);
        add(SegmentTable::currencyId(c.code, true, true), c.minorPlural);
    }
    for (const CardBrand& b : CardBrandTable::standard().brands()) {
        add(SegmentTable::brandId(b.id), b.displayName);
    }
    for (char16_t c = u'a'; c <= u'z'; ++c) {
        add(SegmentTable::characterId(QChar(c)), QString(QChar(c).toUpper()));
    }
    for (const Symbol& s : symbols) {
        add(QString::fromLatin1(s.id), QString::fromLatin1(s.text));
    }
    // A neutral word for a card digit that is never read out: the recording knows only length and last four.
    add(SegmentTable::maskedDigitId(), QStringLiteral("x"));
    return out;
}

} // namespace

const QList<SpokenSegment>& SegmentTable::all()
{
    static const QList<SpokenSegment> table = build();
    return table;
}

QString SegmentTable::text(const QString& id)
{
    static const QHash<QString, QString> byId = [] {
        QHash<QString, QString> h;
        for (const SpokenSegment& s : all()) {
            h.insert(s.id, s.text);
        }
        return h;
    }();
    return byId.value(id);
}

QString SegmentTable::numberId(int n)
{
    return QStringLiteral("num_") + QString::number(n);
}

QString SegmentTable::currencyId(const QString& code, bool minor, bool plural)
{
    return QStringLiteral("cur_") + code.toLower() + (minor ? QStringLiteral("_minor") : QString())
        + (plural ? QStringLiteral("_many") : QStringLiteral("_one"));
}

QString SegmentTable::monthId(int month)
{
    return QStringLiteral("month_") + QString::number(month);
}

QString SegmentTable::brandId(const QString& brand)
{
    return QStringLiteral("brand_") + brand;
}

QString SegmentTable::characterId(QChar c)
{
    if (c.isDigit() && c.unicode() < 128) {
        return numberId(c.digitValue());
    }
    if (c.unicode() < 128 && c.isLetter()) {
        return QStringLiteral("char_") + c.toLower();
    }
    for (const Symbol& s : symbols) {
        if (c == QChar(s.c)) {
            return QString::fromLatin1(s.id);
        }
    }
    // No recording: the renderer reports it missing and the prompt falls back to speech synthesis.
    return QStringLiteral("char_u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
}

QString SegmentTable::maskedDigitId()
{
    return QStringLiteral("masked_digit");
}

QString SegmentTable::andId()
{
    return QStringLiteral("word_and");
}

QString SegmentTable::ohId()
{
    return QStringLiteral("word_oh");
}

QString SegmentTable::hundredId()
{
    return QStringLiteral("num_hundred");
}

QString SegmentTable::thousandId()
{
    return QStringLiteral("num_thousand");
}

QString SegmentTable::millionId()
{
    return QStringLiteral("num_million");
}

QString SegmentTable::billionId()
{
    return QStringLiteral("num_billion");
}

} // namespace voicepay
