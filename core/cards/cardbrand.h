#pragma once

#include <QList>
#include <QString>
#include <array>
#include <string_view>
#include <vector>

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

// One range of a table's prefix index: its brand (the index in brands()) and its bounds with their length
// known, so that a look-up neither scans every range nor measures the bounds again.
struct IndexedRange
{
    int brand = 0;
    std::string_view low;
    std::string_view high;

    int digits() const { return int(low.size()); }
    bool matches(std::string_view number) const;
    bool couldMatch(std::string_view prefix) const;
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

    // The ranges a number starting with `prefix` may fall in, in table order (brand by brand): looked up by
    // the first one or two digits in an index built once with the table.
    const std::vector<IndexedRange>& rangesFor(std::string_view prefix) const;

private:
    void buildIndex();

    QList<CardBrand> m_brands;
    std::vector<IndexedRange> m_all; // every range: a prefix that does not start with digits
    std::array<std::vector<IndexedRange>, 110> m_byPrefix; // [d] for one digit, [10 + 10 * d1 + d2] for two
};

} // namespace voicepay
