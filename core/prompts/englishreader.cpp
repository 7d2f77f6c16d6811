#include "languagereaders.h"
#include "money/currency.h"

namespace voicepay::readers {

namespace {

const char* const ones[]
    = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
const char* const tens[]
    = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

// en-US: "one hundred twenty five", "two thousand twenty eight"; years as spoken ("nineteen oh five").
class EnglishReader final : public NumberReader
{
public:
    QString language() const override { return QStringLiteral("en-US"); }

    QString monthName(int month) const override
    {
        // Literals: a month's name is handed out without a copy of its text.
        static const QString names[] = { QStringLiteral("January"), QStringLiteral("February"),
            QStringLiteral("March"), QStringLiteral("April"), QStringLiteral("May"), QStringLiteral("June"),
            QStringLiteral("July"), QStringLiteral("August"), QStringLiteral("September"),
            QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December") };
        return month >= 1 && month <= 12 ? names[month - 1] : QString();
    }

    CurrencyWords currencyWords(const Currency& c) const override
    {
        return { c.name, c.pluralName, c.minorName, c.minorPlural, false, false };
    }

protected:
    static SpokenWord under100(int n)
    {
        QString text = QString::fromLatin1(n < 20 ? ones[n] : tens[n / 10]);
        if (n >= 20 && n % 10) {
            text += QLatin1Char(' ') + QString::fromLatin1(ones[n % 10]);
        }
        return numberWord(QString::number(n), text);
    }
    static SpokenWord hundreds(int h)
    {
        return numberWord(
            QString::number(h * 100), QString::fromLatin1(ones[h]) + QStringLiteral(" hundred"));
    }
    static SpokenWord scale(const char* id, const char* words)
    {
        return numberWord(QString::fromLatin1(id), QString::fromLatin1(words));
    }

    static void underThousand(int n, Reading& out)
    {
        if (n >= 100) {
            out << hundreds(n / 100);
        }
        if (n % 100 || n == 0) {
            out << under100(n % 100);
        }
    }

    Reading cardinal(qint64 value, Agreement) const override
    {
        Reading out;
        if (value == 0) {
            return out << under100(0);
        }
        const struct
        {
            qint64 size;
            SpokenWord word;
        } scales[] = { { 1'000'000'000, scale("billion", "billion") },
            { 1'000'000, scale("million", "million") }, { 1'000, scale("thousand", "thousand") } };
        for (const auto& s : scales) {
            if (const int group = int(value / s.size); group > 0) {
                underThousand(group, out);
                out << s.word;
            }
            value %= s.size;
        }
        if (value > 0) {
            underThousand(int(value), out);
        }
        return out;
    }

    Reading year(int y) const override
    {
        if (y < 1000 || y > 9999) {
            return cardinal(y, Agreement::Alone);
        }
        const int high = y / 100;
        const int low = y % 100;
        if ((low == 0 && high % 10 == 0) || (high % 10 == 0 && low < 10)) {
            return cardinal(y, Agreement::Alone); // "two thousand", "two thousand five"
        }
        Reading out = cardinal(high, Agreement::Alone);
        if (low == 0) {
            return out << scale("hundred", "hundred"); // "nineteen hundred"
        }
        if (low < 10) {
            out << SpokenWord { QStringLiteral("word_oh"), QStringLiteral("oh") }; // "nineteen oh five"
        }
        return out << under100(low); // "twenty" "twenty eight"
    }

    SpokenWord conjunction() const override { return { QStringLiteral("word_and"), QStringLiteral("and") }; }

    QList<SpokenWord> symbolWords() const override
    {
        auto s = [](const char* id, const char* words) {
            return SpokenWord { QString::fromLatin1(id), QString::fromLatin1(words) };
        };
        return { s("char_dash", "dash"), s("char_star", "star"), s("char_hash", "hash"), s("char_dot", "dot"),
            s("char_slash", "slash") };
    }

    QList<SpokenWord> numberWords() const override
    {
        QList<SpokenWord> out;
        for (int n = 0; n < 100; ++n) {
            out << under100(n);
        }
        for (int h = 1; h <= 9; ++h) {
            out << hundreds(h);
        }
        return out << scale("hundred", "hundred") << scale("thousand", "thousand")
                   << scale("million", "million") << scale("billion", "billion");
    }

    QList<SpokenWord> extraWords() const override
    {
        return { conjunction(), SpokenWord { QStringLiteral("word_oh"), QStringLiteral("oh") } };
    }
};

} // namespace

const NumberReader& english()
{
    static const EnglishReader reader;
    return reader;
}

} // namespace voicepay::readers
