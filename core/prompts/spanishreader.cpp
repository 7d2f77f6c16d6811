#include "languagereaders.h"
#include "money/currency.h"

namespace voicepay::readers {

namespace {

const char* const under30[] = { "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho",
    "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
    "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco",
    "veintiséis", "veintisiete", "veintiocho", "veintinueve" };
const char* const tens[]
    = { "", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa" };
const char* const hundredsMasculine[] = { "", "ciento", "doscientos", "trescientos", "cuatrocientos",
    "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos" };

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

QString under100(int n)
{
    if (n < 30) {
        return u8(under30[n]);
    }
    const QString base = QString::fromLatin1(tens[n / 10]);
    return n % 10 ? QString(base + QStringLiteral(" y ") + u8(under30[n % 10])) : base;
}

// "uno" becomes "un" before a noun and before mil and millón (veintiún, treinta y un) and "una" before a
// feminine noun (veintiuna, treinta y una).
bool endsInOne(int n)
{
    return n % 10 == 1 && n != 11;
}

QString shortened(int n, bool feminine)
{
    const QString full = under100(n);
    if (feminine) {
        return full.left(full.size() - 1) + QLatin1Char('a'); // uno -> una
    }
    if (n == 21) {
        return QStringLiteral("veintiún");
    }
    return full.left(full.size() - 1); // uno -> un
}

// es-ES: "cien" alone and before mil and millones, "ciento" before units, "quinientos", "veintiún mil",
// "un millón", "mil millones", hundreds agreeing with a feminine currency (doscientas libras), "de" after a
// round million ("un millón de euros").
class SpanishReader final : public NumberReader
{
public:
    QString language() const override { return QStringLiteral("es-ES"); }

    QString monthName(int month) const override
    {
        static const char* const names[] = { "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
            "agosto", "septiembre", "octubre", "noviembre", "diciembre" };
        return month >= 1 && month <= 12 ? QString::fromLatin1(names[month - 1]) : QString();
    }

    QString dateText(int month, int year) const override
    {
        const QString name = monthName(month);
        if (name.isEmpty() || year <= 0) {
            return NumberReader::dateText(month, year);
        }
        return name + QStringLiteral(" de ") + QString::number(year); // "diciembre de 2028"
    }

    CurrencyWords currencyWords(const Currency& c) const override;

protected:
    static SpokenWord word(int n) { return numberWord(QString::number(n), under100(n)); }
    static SpokenWord shortWord(int n, bool feminine)
    {
        return numberWord(QString::number(n) + (feminine ? QStringLiteral("_f") : QStringLiteral("_a")),
            shortened(n, feminine));
    }
    static SpokenWord hundreds(int h, bool alone, bool feminine)
    {
        if (h == 1) {
            return alone ? numberWord(QStringLiteral("100"), QStringLiteral("cien"))
                         : numberWord(QStringLiteral("100_link"), QStringLiteral("ciento"));
        }
        QString words = QString::fromLatin1(hundredsMasculine[h]);
        if (feminine) {
            words.chop(2);
            words += QStringLiteral("as");
        }
        return numberWord(QString::number(h * 100) + (feminine ? QStringLiteral("_f") : QString()), words);
    }
    static SpokenWord scale(const char* id, const char* words)
    {
        return numberWord(QString::fromLatin1(id), u8(words));
    }

    // A group under a thousand. `agreement`: how a final "uno" and the hundreds agree with what follows.
    static void group(int n, Agreement agreement, Reading& out)
    {
        const int h = n / 100;
        const int r = n % 100;
        if (h > 0) {
            out << hundreds(h, r == 0, agreement == Agreement::Feminine);
        }
        if (r == 0) {
            if (h == 0) {
                out << word(0);
            }
            return;
        }
        if (agreement != Agreement::Alone && endsInOne(r)) {
            out << shortWord(r, agreement == Agreement::Feminine);
        } else {
            out << word(r);
        }
    }

    // Under a million: "mil", "veintiún mil", "doscientas mil libras", "ciento un mil".
    static void underMillion(int n, Agreement agreement, Reading& out)
    {
        const int thousands = n / 1000;
        const int rest = n % 1000;
        if (thousands > 0) {
            if (thousands > 1) {
                group(thousands,
                    agreement == Agreement::Feminine ? Agreement::Feminine : Agreement::Masculine, out);
                if (agreement == Agreement::Feminine && endsInOne(thousands % 100)) {
                    out.words.last() = shortWord(thousands % 100, false); // "veintiún mil libras"
                }
            }
            out << scale("thousand", "mil");
        }
        if (rest > 0) {
            group(rest, agreement, out);
        }
    }

    Reading cardinal(qint64 value, Agreement agreement) const override
    {
        Reading out;
        if (value == 0) {
            return out << word(0);
        }
        // Millions are counted up to 999 999 of them: 10^9 is "mil millones".
        const int millions = int(value / 1'000'000);
        const int rest = int(value % 1'000'000);
        if (millions == 1) {
            out << shortWord(1, false) << scale("million", "millón");
        } else if (millions > 1) {
            underMillion(millions, Agreement::Masculine, out);
            out << scale("million_many", "millones");
        }
        if (rest > 0) {
            underMillion(rest, agreement, out);
        }
        return out;
    }

    Reading monthAndYear(int month, const Reading& year) const override
    {
        Reading out;
        if (month >= 1 && month <= 12) {
            out << monthWord(month);
            if (!year.isEmpty()) {
                out << of();
            }
        }
        return out << year; // "diciembre de dos mil veintiocho"
    }

    Reading currencyName(const Currency& c, bool minor, qint64 count) const override
    {
        Reading out;
        if (!minor && count > 0 && count % 1'000'000 == 0) {
            out << of(); // "un millón de euros"
        }
        return out << NumberReader::currencyName(c, minor, count);
    }

    static SpokenWord of() { return { QStringLiteral("word_de"), QStringLiteral("de") }; }

    SpokenWord conjunction() const override { return { QStringLiteral("word_and"), QStringLiteral("con") }; }

    QList<SpokenWord> symbolWords() const override
    {
        auto s = [](const char* id, const char* words) {
            return SpokenWord { QString::fromLatin1(id), u8(words) };
        };
        return { s("char_dash", "guion"), s("char_star", "asterisco"), s("char_hash", "almohadilla"),
            s("char_dot", "punto"), s("char_slash", "barra") };
    }

    QList<SpokenWord> numberWords() const override
    {
        QList<SpokenWord> out;
        for (int n = 0; n < 100; ++n) {
            out << word(n);
            if (endsInOne(n)) {
                out << shortWord(n, false) << shortWord(n, true);
            }
        }
        for (int h = 1; h <= 9; ++h) {
            out << hundreds(h, true, false) << hundreds(h, false, false);
            if (h > 1) {
                out << hundreds(h, true, true);
            }
        }
        return out << scale("thousand", "mil") << scale("million", "millón")
                   << scale("million_many", "millones");
    }

    QList<SpokenWord> extraWords() const override { return { of() }; }
};

CurrencyWords SpanishReader::currencyWords(const Currency& c) const
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
        { "USD", "dólar estadounidense", "dólares estadounidenses", "centavo", "centavos", false },
        { "EUR", "euro", "euros", "céntimo", "céntimos", false },
        { "GBP", "libra esterlina", "libras esterlinas", "penique", "peniques", true },
        { "CAD", "dólar canadiense", "dólares canadienses", "centavo", "centavos", false },
        { "AUD", "dólar australiano", "dólares australianos", "centavo", "centavos", false },
        { "CHF", "franco suizo", "francos suizos", "céntimo", "céntimos", false },
        { "SEK", "corona sueca", "coronas suecas", "öre", "öre", true },
        { "INR", "rupia india", "rupias indias", "paisa", "paisas", true },
        { "MXN", "peso mexicano", "pesos mexicanos", "centavo", "centavos", false },
        { "BRL", "real brasileño", "reales brasileños", "centavo", "centavos", false },
        { "CNY", "yuan", "yuanes", "fen", "fen", false },
        { "RUB", "rublo ruso", "rublos rusos", "kopek", "kopeks", false },
        { "JPY", "yen", "yenes", "", "", false },
        { "KRW", "won surcoreano", "wones surcoreanos", "", "", false },
        { "ISK", "corona islandesa", "coronas islandesas", "", "", true },
        { "CLP", "peso chileno", "pesos chilenos", "", "", false },
        { "KWD", "dinar kuwaití", "dinares kuwaitíes", "fils", "fils", false },
        { "BHD", "dinar bareiní", "dinares bareiníes", "fils", "fils", false },
        { "OMR", "rial omaní", "riales omaníes", "baisa", "baisas", false },
        { "JOD", "dinar jordano", "dinares jordanos", "fils", "fils", false },
        { "TND", "dinar tunecino", "dinares tunecinos", "milésimo", "milésimos", false },
    };
    for (const Row& r : rows) {
        if (c.code == QLatin1String(r.code)) {
            return { u8(r.one), u8(r.many), u8(r.minorOne), u8(r.minorMany), r.feminine, false };
        }
    }
    return { c.code, c.code, c.minorName, c.minorPlural, false, false };
}

} // namespace

const NumberReader& spanish()
{
    static const SpanishReader reader;
    return reader;
}

} // namespace voicepay::readers
