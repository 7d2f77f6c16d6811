#include "languagereaders.h"
#include "money/currency.h"

namespace voicepay::readers {

namespace {

const char* const units[] = { "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
    "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize" };
const char* const tens[] = { "", "dix", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante",
    "quatre-vingt", "quatre-vingt" };

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

// 0..99 in full: "dix-sept", "vingt et un", "soixante et onze", "quatre-vingts", "quatre-vingt-un".
QString under100(int n)
{
    if (n <= 16) {
        return u8(units[n]);
    }
    if (n < 20) {
        return QStringLiteral("dix-") + u8(units[n - 10]);
    }
    const int t = n / 10;
    const int u = n % 10;
    const QString base = u8(tens[t]);
    if (t == 7 || t == 9) {
        if (t == 7 && u == 1) {
            return base + QStringLiteral(" et onze");
        }
        return base + QLatin1Char('-') + under100(10 + u);
    }
    if (t == 8) {
        return u == 0 ? QString(base + QLatin1Char('s')) : QString(base + QLatin1Char('-') + u8(units[u]));
    }
    if (u == 0) {
        return base;
    }
    return u == 1 ? QString(base + QStringLiteral(" et un"))
                  : QString(base + QLatin1Char('-') + u8(units[u]));
}

// Numbers ending in "un" take "une" before a feminine noun (vingt et une livres, quatre-vingt-une).
bool hasFeminine(int n)
{
    return n % 10 == 1 && n != 11 && n != 71 && n != 91;
}

// fr-FR: traditional spelling (spaces around cent and mille, hyphens under a hundred), "et un" for 21..61,
// the s of "vingts" and "cents" when nothing follows but a noun (million takes it, mille does not), "un"
// agreeing with a feminine currency, and "d'euros" / "de dollars" after a round million.
class FrenchReader final : public NumberReader
{
public:
    QString language() const override { return QStringLiteral("fr-FR"); }

    QString monthName(int month) const override
    {
        static const char* const names[] = { "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
            "août", "septembre", "octobre", "novembre", "décembre" };
        return month >= 1 && month <= 12 ? u8(names[month - 1]) : QString();
    }

    CurrencyWords currencyWords(const Currency& c) const override;

protected:
    static SpokenWord word(int n) { return numberWord(QString::number(n), under100(n)); }
    static SpokenWord feminine(int n)
    {
        return numberWord(QString::number(n) + QStringLiteral("_f"), under100(n) + QLatin1Char('e'));
    }
    static SpokenWord linked80()
    {
        return numberWord(QStringLiteral("80_link"), QStringLiteral("quatre-vingt"));
    }
    static SpokenWord hundreds(int h, bool plural)
    {
        if (h == 1) {
            return numberWord(QStringLiteral("100"), QStringLiteral("cent"));
        }
        const QString words
            = u8(units[h]) + QStringLiteral(" cent") + (plural ? QStringLiteral("s") : QString());
        return numberWord(QString::number(h * 100) + (plural ? QString() : QStringLiteral("_link")), words);
    }
    static SpokenWord scale(const char* id, const char* words)
    {
        return numberWord(QString::fromLatin1(id), QString::fromLatin1(words));
    }

    // A group under a thousand. `final`: nothing but a noun follows, so "vingts" and "cents" keep their s.
    static void group(int n, bool final, bool fem, Reading& out)
    {
        const int h = n / 100;
        const int r = n % 100;
        if (h > 0) {
            out << hundreds(h, final && r == 0);
        }
        if (r == 0) {
            if (h == 0) {
                out << word(0);
            }
            return;
        }
        if (r == 80 && !final) {
            out << linked80(); // "quatre-vingt mille"
        } else if (fem && hasFeminine(r)) {
            out << feminine(r);
        } else {
            out << word(r);
        }
    }

    Reading cardinal(qint64 value, Agreement agreement) const override
    {
        Reading out;
        if (value == 0) {
            return out << word(0);
        }
        const int billions = int(value / 1'000'000'000);
        const int millions = int(value / 1'000'000 % 1000);
        const int thousands = int(value / 1000 % 1000);
        const int rest = int(value % 1000);
        if (billions > 0) {
            group(billions, true, false, out);
            out << (billions > 1 ? scale("billion_many", "milliards") : scale("billion", "milliard"));
        }
        if (millions > 0) {
            group(millions, true, false, out);
            out << (millions > 1 ? scale("million_many", "millions") : scale("million", "million"));
        }
        if (thousands > 0) {
            if (thousands > 1) {
                group(thousands, false, false, out); // "deux cent mille", "quatre-vingt mille"
            }
            out << scale("thousand", "mille");
        }
        if (rest > 0) {
            group(rest, true, agreement == Agreement::Feminine, out);
        }
        return out;
    }

    bool plural(qint64 count) const override { return count >= 2; } // "zéro euro", "un euro", "deux euros"

    Reading currencyName(const Currency& c, bool minor, qint64 count) const override
    {
        if (!minor && count > 0 && count % 1'000'000 == 0) {
            // "un million d'euros", "deux millions de dollars américains"
            const QString many = currencyWords(c).many;
            const bool elide = QStringLiteral("aeiouéèêh").contains(many.at(0));
            return Reading { { SpokenWord { currencyId(c, false, true) + QStringLiteral("_of"),
                QString((elide ? QStringLiteral("d'") : QStringLiteral("de ")) + many) } } };
        }
        return NumberReader::currencyName(c, minor, count);
    }

    SpokenWord conjunction() const override { return { QStringLiteral("word_and"), QStringLiteral("et") }; }

    QList<SpokenWord> symbolWords() const override
    {
        auto s = [](const char* id, const char* words) {
            return SpokenWord { QString::fromLatin1(id), u8(words) };
        };
        return { s("char_dash", "tiret"), s("char_star", "étoile"), s("char_hash", "dièse"),
            s("char_dot", "point"), s("char_slash", "barre oblique") };
    }

    QList<SpokenWord> numberWords() const override
    {
        QList<SpokenWord> out;
        for (int n = 0; n < 100; ++n) {
            out << word(n);
            if (hasFeminine(n)) {
                out << feminine(n);
            }
        }
        out << linked80();
        for (int h = 1; h <= 9; ++h) {
            out << hundreds(h, true);
            if (h > 1) {
                out << hundreds(h, false);
            }
        }
        return out << scale("thousand", "mille") << scale("million", "million")
                   << scale("million_many", "millions") << scale("billion", "milliard")
                   << scale("billion_many", "milliards");
    }

    QList<SpokenWord> extraWords() const override
    {
        QList<SpokenWord> out;
        for (const Currency& c : CurrencyTable::all()) {
            out << currencyName(c, false, 1'000'000).words;
        }
        return out;
    }
};

CurrencyWords FrenchReader::currencyWords(const Currency& c) const
{
    struct Row
    {
        const char* code;
        const char* one;
        const char* many;
        const char* minorOne;
        const char* minorMany;
        bool feminine;
    };
    static const Row rows[] = {
        { "USD", "dollar américain", "dollars américains", "cent", "cents", false },
        { "EUR", "euro", "euros", "centime", "centimes", false },
        { "GBP", "livre sterling", "livres sterling", "penny", "pence", true },
        { "CAD", "dollar canadien", "dollars canadiens", "cent", "cents", false },
        { "AUD", "dollar australien", "dollars australiens", "cent", "cents", false },
        { "CHF", "franc suisse", "francs suisses", "centime", "centimes", false },
        { "SEK", "couronne suédoise", "couronnes suédoises", "öre", "öre", true },
        { "INR", "roupie indienne", "roupies indiennes", "paisa", "paise", true },
        { "MXN", "peso mexicain", "pesos mexicains", "centavo", "centavos", false },
        { "BRL", "réal brésilien", "réals brésiliens", "centavo", "centavos", false },
        { "CNY", "yuan", "yuans", "fen", "fens", false },
        { "RUB", "rouble russe", "roubles russes", "kopeck", "kopecks", false },
        { "JPY", "yen", "yens", "", "", false },
        { "KRW", "won sud-coréen", "wons sud-coréens", "", "", false },
        { "ISK", "couronne islandaise", "couronnes islandaises", "", "", true },
        { "CLP", "peso chilien", "pesos chiliens", "", "", false },
        { "KWD", "dinar koweïtien", "dinars koweïtiens", "fils", "fils", false },
        { "BHD", "dinar bahreïni", "dinars bahreïnis", "fils", "fils", false },
        { "OMR", "rial omanais", "rials omanais", "baïsa", "baïsas", false },
        { "JOD", "dinar jordanien", "dinars jordaniens", "fils", "fils", false },
        { "TND", "dinar tunisien", "dinars tunisiens", "millime", "millimes", false },
    };
    for (const Row& r : rows) {
        if (c.code == QLatin1String(r.code)) {
            return { u8(r.one), u8(r.many), u8(r.minorOne), u8(r.minorMany), r.feminine, false };
        }
    }
    return { c.code, c.code, c.minorName, c.minorPlural, false, false }; // a code the table does not know
}

} // namespace

const NumberReader& french()
{
    static const FrenchReader reader;
    return reader;
}

} // namespace voicepay::readers
