#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace voicepay {

// One ISO 4217 currency: the number of minor-unit decimals decides how amounts are parsed, shown and spoken.
struct Currency
{
    QString code; // "USD"
    int decimals = 2; // minor-unit exponent: JPY 0, USD 2, KWD 3
    QString name; // "US dollar"
    QString pluralName; // "US dollars"
    QString minorName; // "cent" (empty where there is no minor unit)
    QString minorPlural; // "cents"
    QString symbol; // "$"

    friend bool operator==(const Currency& a, const Currency& b)
    {
        return a.code == b.code && a.decimals == b.decimals && a.name == b.name
            && a.pluralName == b.pluralName && a.minorName == b.minorName && a.minorPlural == b.minorPlural
            && a.symbol == b.symbol;
    }
};

class CurrencyTable
{
public:
    static std::optional<Currency> find(const QString& code);
    static const QList<Currency>& all();
    // The one lasting copy of a currency equal to this one: the table's own entry, or for a currency the
    // table lacks (a test's, a generous parser's) one kept for the life of the program. A Money holds this
    // pointer, so copying an amount copies no strings.
    static const Currency* intern(const Currency& currency);
};

} // namespace voicepay

// QStrings and ints only: a list of them may move its items with memmove instead of copying each.
Q_DECLARE_TYPEINFO(voicepay::Currency, Q_RELOCATABLE_TYPE);
