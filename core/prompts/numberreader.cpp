#include "numberreader.h"

#include "cards/cardbrand.h"
#include "money/currency.h"

#include <QSet>
#include <charconv>

namespace voicepay {

namespace {

constexpr qint64 largestSpoken = 1'000'000'000'000LL;

QString maskedId()
{
    return QStringLiteral("masked_digit");
}

SpokenWord letter(QChar c)
{
    return SpokenWord { QStringLiteral("char_") + c.toLower(), QString(c.toUpper()) };
}

} // namespace

SpokenWord NumberReader::numberWord(const QString& suffix, const QString& words, bool joined)
{
    return SpokenWord { QStringLiteral("num_") + suffix, words, joined };
}

QString NumberReader::currencyId(const Currency& currency, bool minor, bool plural)
{
    return QStringLiteral("cur_") + currency.code.toLower() + (minor ? QStringLiteral("_minor") : QString())
        + (plural ? QStringLiteral("_many") : QStringLiteral("_one"));
}

SpokenWord NumberReader::monthWord(int month) const
{
    return SpokenWord { QStringLiteral("month_") + QString::number(month), monthName(month) };
}

Reading NumberReader::number(qint64 value) const
{
    if (value < 0) {
        value = -value; // amounts and counts are never negative; say the magnitude rather than nothing
    }
    if (value >= largestSpoken) {
        return digits(QString::number(value)); // beyond the scale words
    }
    return cardinal(value, Agreement::Alone);
}

bool NumberReader::plural(qint64 count) const
{
    return count != 1;
}

Reading NumberReader::currencyName(const Currency& currency, bool minor, qint64 count) const
{
    const CurrencyWords names = currencyWords(currency);
    const bool many = plural(count);
    const QString& words
        = minor ? (many ? names.minorMany : names.minorOne) : (many ? names.many : names.one);
    return Reading { { SpokenWord { currencyId(currency, minor, many), words } } };
}

Reading NumberReader::amount(const Money& money) const
{
    const Currency& c = money.currency();
    const CurrencyWords names = currencyWords(c);
    const qint64 major = money.majorPart();
    const qint64 minor = c.decimals > 0 ? money.minorPart() : 0;
    auto counted = [this](qint64 n, bool feminine) {
        return n >= largestSpoken ? number(n)
                                  : cardinal(n, feminine ? Agreement::Feminine : Agreement::Masculine);
    };
    Reading out;
    if (major > 0 || minor == 0) {
        out << counted(major, names.feminine) << currencyName(c, false, major);
    }
    if (minor > 0) {
        if (major > 0) {
            out << conjunction();
        }
        out << counted(minor, names.minorFeminine) << currencyName(c, true, minor);
    }
    return out;
}

Reading NumberReader::year(int y) const
{
    return cardinal(y, Agreement::Alone);
}

Reading NumberReader::monthAndYear(int month, const Reading& year) const
{
    Reading out;
    if (month >= 1 && month <= 12) {
        out << monthWord(month);
    }
    return out << year;
}

Reading NumberReader::date(int month, int y) const
{
    if (y >= 0 && y < 100) {
        y += 2000; // card expiry years keyed as two digits
    }
    return monthAndYear(month, y > 0 ? year(y) : Reading());
}

QString NumberReader::dateText(int month, int y) const
{
    const QString name = monthName(month);
    if (y <= 0) {
        return name;
    }
    // Every card's expiry is read back: the text is written once, into a string of its size.
    char digits[12];
    const char* const end = std::to_chars(digits, digits + sizeof digits, y).ptr;
    QString text;
    text.reserve(name.size() + 1 + (end - digits));
    if (!name.isEmpty()) {
        text += name;
        text += QLatin1Char(' ');
    }
    text += QLatin1String(digits, end - digits);
    return text;
}

Reading NumberReader::digits(const QString& text) const
{
    Reading out;
    for (QChar c : text) {
        if ((c.isDigit() && c.unicode() < 128) || c == u'*' || c == u'#') {
            out << characters(QString(c));
        }
    }
    return out;
}

Reading NumberReader::characters(const QString& text) const
{
    const QList<SpokenWord> symbols = symbolWords();
    static const QString symbolChars = QStringLiteral("*#-./");
    static const char* const symbolIds[]
        = { "char_star", "char_hash", "char_dash", "char_dot", "char_slash" };
    Reading out;
    for (QChar c : text) {
        if (c.isSpace()) {
            continue;
        }
        if (c.isDigit() && c.unicode() < 128) {
            out << cardinal(c.digitValue(), Agreement::Alone);
        } else if (c.unicode() < 128 && c.isLetter()) {
            out << letter(c);
        } else if (const qsizetype at = symbolChars.indexOf(c); at >= 0) {
            const QString id = QString::fromLatin1(symbolIds[at]);
            for (const SpokenWord& s : symbols) {
                if (s.id == id) {
                    out << s;
                }
            }
        } else {
            // No segment: the renderer reports it missing and the prompt falls back to speech synthesis.
            out << SpokenWord { QStringLiteral("char_u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')),
                QString(c) };
        }
    }
    return out;
}

Reading NumberReader::cardDigits(int length, const QString& lastFour) const
{
    Reading out;
    for (qsizetype i = lastFour.size(); i < length; ++i) {
        out << SpokenWord { maskedId(), QStringLiteral("x") };
    }
    return out << digits(lastFour);
}

QList<SpokenWord> NumberReader::extraWords() const
{
    return {};
}

QList<SpokenWord> NumberReader::vocabulary() const
{
    QList<SpokenWord> out;
    QSet<QString> seen;
    auto add = [&out, &seen](SpokenWord w) {
        if (!w.id.isEmpty() && !w.words.isEmpty() && !seen.contains(w.id)) {
            seen.insert(w.id);
            w.joined = false;
            out << w;
        }
    };
    for (const SpokenWord& w : numberWords()) {
        add(w);
    }
    add(conjunction());
    for (int m = 1; m <= 12; ++m) {
        add(monthWord(m));
    }
    for (const Currency& c : CurrencyTable::all()) {
        const CurrencyWords names = currencyWords(c);
        add({ currencyId(c, false, false), names.one });
        add({ currencyId(c, false, true), names.many });
        add({ currencyId(c, true, false), names.minorOne });
        add({ currencyId(c, true, true), names.minorMany });
    }
    for (const SpokenWord& w : extraWords()) {
        add(w);
    }
    for (const CardBrand& b : CardBrandTable::standard().brands()) {
        add({ QStringLiteral("brand_") + b.id, b.displayName });
    }
    for (char16_t c = u'a'; c <= u'z'; ++c) {
        add(letter(QChar(c)));
    }
    for (const SpokenWord& w : symbolWords()) {
        add(w);
    }
    // A neutral word for a card digit that is never read out: the recording knows only length and last four.
    add({ maskedId(), QStringLiteral("x") });
    return out;
}

} // namespace voicepay
