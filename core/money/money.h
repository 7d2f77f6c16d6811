#pragma once

#include "currency.h"

#include <QString>
#include <optional>

namespace voicepay {

// An amount in integer minor units of one currency. Never a float.
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, const Currency& currency);

    qint64 minorUnits() const { return m_minor; }
    const Currency& currency() const { return *m_currency; }
    bool isValid() const { return !m_currency->code.isEmpty(); }

    qint64 majorPart() const;
    qint64 minorPart() const;

    // "12.50" for USD, "1500" for JPY, "3.125" for KWD.
    QString toDecimalString() const;
    // "12.50 US dollars": a plain text rendering for transcripts.
    QString toDisplayString() const;

    // Parses a plain decimal string ("12.5", "12.50", "1500") with no more decimals than the currency has.
    static std::optional<Money> fromDecimalString(
        const QString& text, const Currency& currency, QString* error = nullptr);

    friend bool operator==(const Money& a, const Money& b)
    {
        return a.m_minor == b.m_minor && a.m_currency->code == b.m_currency->code;
    }

private:
    static const Currency* noCurrency();

    qint64 m_minor = 0;
    // Interned (CurrencyTable::intern): an amount is two words, copied without touching a string.
    const Currency* m_currency = noCurrency();
};

inline const Currency* Money::noCurrency()
{
    static const Currency none;
    return &none;
}

qint64 pow10(int exponent);

} // namespace voicepay

Q_DECLARE_TYPEINFO(voicepay::Money, Q_RELOCATABLE_TYPE);
