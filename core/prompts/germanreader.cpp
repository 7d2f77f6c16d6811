#include "languagereaders.h"
#include "money/currency.h"

namespace voicepay::readers {

namespace {

const char* const under20[]
    = { "null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
          "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn" };
const char* const tens[]
    = { "", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig" };

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

// 0..99 as one word: "einundzwanzig", "neunundneunzig".
QString under100(int n)
{
    if (n < 20) {
        return u8(under20[n]);
    }
    const QString ten = u8(tens[n / 10]);
    if (n % 10 == 0) {
        return ten;
    }
    const QString unit = n % 10 == 1 ? QStringLiteral("ein") : u8(under20[n % 10]);
    return unit + QStringLiteral("und") + ten;
}

// de-DE: one word under a million ("zweihunderteinundzwanzigtausenddreihundert", "hunderteins",
// "tausendeins"), "eine Million", "zwei Millionen"; a final "eins" becomes "ein" or "eine" before a noun
// ("ein Euro", "eine Krone", "hundertein Euro"); years from 1100 to 1999 by hundreds
// ("neunzehnhundertneunundneunzig").
class GermanReader final : public NumberReader
{
public:
    QString language() const override { return QStringLiteral("de-DE"); }

    QString monthName(int month) const override
    {
        static const char* const names[] = { "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
            "August", "September", "Oktober", "November", "Dezember" };
        return month >= 1 && month <= 12 ? u8(names[month - 1]) : QString();
    }

    CurrencyWords currencyWords(const Currency& c) const override;

protected:
    static SpokenWord word(int n, bool joined) { return numberWord(QString::number(n), under100(n), joined); }
    static SpokenWord one(Agreement agreement, bool joined)
    {
        if (agreement == Agreement::Feminine) {
            return numberWord(QStringLiteral("1_f"), QStringLiteral("eine"), joined);
        }
        return numberWord(QStringLiteral("1_a"), QStringLiteral("ein"), joined);
    }
    static SpokenWord hundreds(int h, bool joined)
    {
        const QString words = (h == 1 ? QString() : u8(under20[h])) + QStringLiteral("hundert");
        return numberWord(QString::number(h * 100), words, joined);
    }
    static SpokenWord scale(const char* id, const char* words, bool joined = false)
    {
        return numberWord(QString::fromLatin1(id), u8(words), joined);
    }

    // A group under a thousand, joined to what came before when `joined`. A final 1 agrees with `agreement`.
    static void group(int n, Agreement agreement, bool joined, Reading& out)
    {
        const int h = n / 100;
        const int r = n % 100;
        if (h > 0) {
            out << hundreds(h, joined);
            joined = true;
        }
        if (r == 1 && agreement != Agreement::Alone) {
            out << one(agreement, joined);
        } else if (r > 0 || h == 0) {
            out << word(r, joined);
        }
    }

    static void underMillion(int n, Agreement agreement, bool joined, Reading& out)
    {
        const int thousands = n / 1000;
        const int rest = n % 1000;
        if (thousands > 0) {
            if (thousands > 1) {
                group(thousands, Agreement::Masculine, joined, out); // "hunderteintausend"
                joined = true;
            }
            out << scale("thousand", "tausend", joined);
            joined = true;
        }
        if (rest > 0) {
            group(rest, agreement, joined, out);
        }
    }

    Reading cardinal(qint64 value, Agreement agreement) const override
    {
        Reading out;
        if (value == 0) {
            return out << word(0, false);
        }
        const int billions = int(value / 1'000'000'000);
        const int millions = int(value / 1'000'000 % 1000);
        const int rest = int(value % 1'000'000);
        if (billions > 0) {
            group(billions, Agreement::Feminine, false, out);
            out << (billions > 1 ? scale("billion_many", "Milliarden") : scale("billion", "Milliarde"));
        }
        if (millions > 0) {
            group(millions, Agreement::Feminine, false, out);
            out << (millions > 1 ? scale("million_many", "Millionen") : scale("million", "Million"));
        }
        if (rest > 0) {
            underMillion(rest, agreement, false, out);
        }
        return out;
    }

    Reading year(int y) const override
    {
        if (y < 1100 || y > 1999) {
            return cardinal(y, Agreement::Alone);
        }
        Reading out;
        out << word(y / 100, false) << scale("hundred", "hundert", true);
        if (y % 100) {
            out << word(y % 100, true);
        }
        return out;
    }

    bool plural(qint64 count) const override { return count != 1; }

    SpokenWord conjunction() const override { return { QStringLiteral("word_and"), QStringLiteral("und") }; }

    QList<SpokenWord> symbolWords() const override
    {
        auto s = [](const char* id, const char* words) {
            return SpokenWord { QString::fromLatin1(id), u8(words) };
        };
        return { s("char_dash", "Bindestrich"), s("char_star", "Stern"), s("char_hash", "Raute"),
            s("char_dot", "Punkt"), s("char_slash", "Schrägstrich") };
    }

    QList<SpokenWord> numberWords() const override
    {
        QList<SpokenWord> out;
        for (int n = 0; n < 100; ++n) {
            out << word(n, false);
        }
        out << one(Agreement::Masculine, false) << one(Agreement::Feminine, false);
        for (int h = 1; h <= 9; ++h) {
            out << hundreds(h, false);
        }
        return out << scale("hundred", "hundert") << scale("thousand", "tausend")
                   << scale("million", "Million") << scale("million_many", "Millionen")
                   << scale("billion", "Milliarde") << scale("billion_many", "Milliarden");
    }
};

CurrencyWords GermanReader::currencyWords(const Currency& c) const
{
    struct Row
    {
        const char* code;
        const char* one;
        const char* many;
        const char* minorOne;
        const char* minorMany;
        bool feminine;
        bool minorFeminine;
    };
    static const Row rows[] = {
        { "USD", "US-Dollar", "US-Dollar", "Cent", "Cent", false, false },
        { "EUR", "Euro", "Euro", "Cent", "Cent", false, false },
        { "GBP", "Pfund Sterling", "Pfund Sterling", "Penny", "Pence", false, false },
        { "CAD", "Kanadischer Dollar", "Kanadische Dollar", "Cent", "Cent", false, false },
        { "AUD", "Australischer Dollar", "Australische Dollar", "Cent", "Cent", false, false },
        { "CHF", "Schweizer Franken", "Schweizer Franken", "Rappen", "Rappen", false, false },
        { "SEK", "Schwedische Krone", "Schwedische Kronen", "Öre", "Öre", true, false },
        { "INR", "Indische Rupie", "Indische Rupien", "Paisa", "Paise", true, false },
        { "MXN", "Mexikanischer Peso", "Mexikanische Pesos", "Centavo", "Centavos", false, false },
        { "BRL", "Brasilianischer Real", "Brasilianische Real", "Centavo", "Centavos", false, false },
        { "CNY", "Chinesischer Yuan", "Chinesische Yuan", "Fen", "Fen", false, false },
        { "RUB", "Russischer Rubel", "Russische Rubel", "Kopeke", "Kopeken", false, true },
        { "JPY", "Japanischer Yen", "Japanische Yen", "", "", false, false },
        { "KRW", "Südkoreanischer Won", "Südkoreanische Won", "", "", false, false },
        { "ISK", "Isländische Krone", "Isländische Kronen", "", "", true, false },
        { "CLP", "Chilenischer Peso", "Chilenische Pesos", "", "", false, false },
        { "KWD", "Kuwait-Dinar", "Kuwait-Dinar", "Fils", "Fils", false, false },
        { "BHD", "Bahrain-Dinar", "Bahrain-Dinar", "Fils", "Fils", false, false },
        { "OMR", "Omanischer Rial", "Omanische Rial", "Baisa", "Baisa", false, false },
        { "JOD", "Jordanischer Dinar", "Jordanische Dinar", "Fils", "Fils", false, false },
        { "TND", "Tunesischer Dinar", "Tunesische Dinar", "Millime", "Millimes", false, false },
    };
    for (const Row& r : rows) {
        if (c.code == QLatin1String(r.code)) {
            return { u8(r.one), u8(r.many), u8(r.minorOne), u8(r.minorMany), r.feminine, r.minorFeminine };
        }
    }
    return { c.code, c.code, c.minorName, c.minorPlural, false, false };
}

} // namespace

const NumberReader& german()
{
    static const GermanReader reader;
    return reader;
}

} // namespace voicepay::readers
