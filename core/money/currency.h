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
};

class CurrencyTable
{
public:
    static std::optional<Currency> find(const QString& code);
    static const QList<Currency>& all();
};

} // namespace voicepay

// QStrings and ints only: a list of them may move its items with memmove instead of copying each.
Q_DECLARE_TYPEINFO(voicepay::Currency, Q_RELOCATABLE_TYPE);
