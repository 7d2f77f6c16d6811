#pragma once

#include <QList>
#include <QString>
#include <string_view>

namespace voicepay {

// An issuer identification range: numbers whose first low.size() digits lie in [low, high].
struct IinRange
{
    const char* low;
    const char* high;

    int digits() const;
    bool matches(std::string_view number) const; // the number is long enough and inside the range
    bool couldMatch(std::string_view prefix) const; // a shorter prefix that may still end inside it
};

// What the flow needs to know about a card brand. Identifiers are those of the credit-card-type package.
struct CardBrand
{
    QString id; // "american-express"
    QString displayName; // "American Express"
    QList<IinRange> ranges;
    QList<int> lengths; // allowed card-number lengths, ascending
    QString securityCodeName; // "CID"
    int securityCodeLength = 3; // 0 where the brand has no security code
    bool securityCodeOnFront = false;
    bool needsExpiry = true;

    int maxLength() const { return lengths.isEmpty() ? 19 : lengths.last(); }
    bool lengthAllowed(int length) const { return lengths.contains(length); }
    bool needsSecurityCode() const { return securityCodeLength > 0; }
};

class CardBrandTable
{
public:
    // The built-in table: visa, mastercard, american-express, discover, diners-club, jcb, unionpay, maestro,
    // mir, elo.
    static const CardBrandTable& standard();

    explicit CardBrandTable(QList<CardBrand> brands);

    const QList<CardBrand>& brands() const { return m_brands; }
    const CardBrand* find(const QString& id) const;
    QStringList ids() const;

private:
    QList<CardBrand> m_brands;
};

} // namespace voicepay
