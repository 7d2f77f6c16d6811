#pragma once

#include "money/money.h"
#include "reading.h"

#include <QList>
#include <QString>

namespace voicepay {

// How a number stands: alone ("vingt et un", "veintiuno", "eins") or before a masculine or feminine noun
// ("veintiún euros", "vingt et une livres", "eine Krone").
enum class Agreement { Alone, Masculine, Feminine };

// A currency's names in one language, and the gender its numbers agree with.
struct CurrencyWords
{
    QString one; // "livre sterling"
    QString many; // "livres sterling"
    QString minorOne; // "penny"; empty where the currency has no minor unit
    QString minorMany; // "pence"
    bool feminine = false;
    bool minorFeminine = false;
};

// Says numbers, amounts, expiry dates and digit strings in one language, as segments of that language's
// prompt set (SpokenWord ids) with their words. One reader per language behind this interface; the readers
// are deterministic and hold no state. PromptLanguage::reader() gives the reader of a language.
class NumberReader
{
public:
    virtual ~NumberReader() = default;
    virtual QString language() const = 0; // "fr-FR"

    // A whole number said alone; a negative one is said by its magnitude; from 10^12 on, digit by digit.
    Reading number(qint64 value) const;
    // Major units and the currency's name in the right number, then the minor units in the currency's
    // decimals (none for JPY, three for KWD); no "and zero cents"; an amount under one unit says only the
    // minor part.
    Reading amount(const Money& money) const;
    // A card expiry: the month's name and the year; two-digit years are 20xx.
    Reading date(int month, int year) const;
    // Digit by digit (0-9, * and #): references and last fours.
    Reading digits(const QString& digits) const;
    // Letters, digits and symbols one by one; a character with no segment gives char_uXXXX.
    Reading characters(const QString& text) const;
    // A card read-back: the neutral masked word for every digit but the last four, which it never has.
    Reading cardDigits(int length, const QString& lastFour) const;

    virtual QString monthName(int month) const = 0; // 1..12, empty otherwise
    virtual CurrencyWords currencyWords(const Currency& currency) const = 0;
    // The year of a date as written in a transcript ("2028"), and the month and year together.
    virtual QString dateText(int month, int year) const;

    // Every segment this reader can produce, each once: what the language's prompt set must hold.
    QList<SpokenWord> vocabulary() const;

protected:
    // 0 <= value < 10^12.
    virtual Reading cardinal(qint64 value, Agreement agreement) const = 0;
    virtual Reading year(int year) const;
    virtual Reading monthAndYear(int month, const Reading& year) const;
    virtual SpokenWord conjunction() const = 0; // between the major and the minor units
    virtual bool plural(qint64 count) const;
    virtual Reading currencyName(const Currency& currency, bool minor, qint64 count) const;
    virtual QList<SpokenWord>
    symbolWords() const = 0; // char_star, char_hash, char_dash, char_dot, char_slash
    virtual QList<SpokenWord> numberWords() const = 0; // every segment cardinal() and year() use
    virtual QList<SpokenWord> extraWords() const; // any further segment the overrides use

    SpokenWord monthWord(int month) const;
    static QString currencyId(const Currency& currency, bool minor, bool plural);
    static SpokenWord numberWord(const QString& suffix, const QString& words, bool joined = false);
};

} // namespace voicepay
