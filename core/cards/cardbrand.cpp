#include "cardbrand.h"

#include <cstring>

namespace voicepay {

int IinRange::digits() const
{
    return static_cast<int>(std::strlen(low));
}

bool IinRange::matches(std::string_view number) const
{
    const auto n = static_cast<std::size_t>(digits());
    if (number.size() < n) {
        return false;
    }
    const std::string_view head = number.substr(0, n);
    return head >= std::string_view(low) && head <= std::string_view(high);
}

bool IinRange::couldMatch(std::string_view prefix) const
{
    const auto n = static_cast<std::size_t>(digits());
    if (prefix.size() >= n) {
        return matches(prefix);
    }
    // Same-length digit strings compare like numbers; compare the prefix with the bounds cut to its length.
    const std::string_view lowHead = std::string_view(low).substr(0, prefix.size());
    const std::string_view highHead = std::string_view(high).substr(0, prefix.size());
    return prefix >= lowHead && prefix <= highHead;
}

namespace {

CardBrand brand(const char* id, const char* name, QList<IinRange> ranges, QList<int> lengths,
    const char* codeName, int codeLength, bool codeOnFront = false)
{
    CardBrand b;
    b.id = QString::fromLatin1(id);
    b.displayName = QString::fromLatin1(name);
    b.ranges = std::move(ranges);
    b.lengths = std::move(lengths);
    b.securityCodeName = QString::fromLatin1(codeName);
    b.securityCodeLength = codeLength;
    b.securityCodeOnFront = codeOnFront;
    return b;
}

IinRange r(const char* single)
{
    return IinRange { single, single };
}

IinRange r(const char* low, const char* high)
{
    return IinRange { low, high };
}

QList<CardBrand> standardBrands()
{
    // Ranges and lengths follow the published IIN tables (as kept by the credit-card-type package).
    // Overlaps are resolved by specificity: the longest matching range wins.
    return {
        brand("visa", "Visa", { r("4") }, { 16, 18, 19 }, "CVV", 3),
        brand("mastercard", "Mastercard", { r("51", "55"), r("2221", "2720") }, { 16 }, "CVC", 3),
        brand("american-express", "American Express", { r("34"), r("37") }, { 15 }, "CID", 4, true),
        brand("diners-club", "Diners Club", { r("300", "305"), r("36"), r("38"), r("39") }, { 14, 16, 19 },
            "CVV", 3),
        brand("discover", "Discover", { r("6011"), r("644", "649"), r("65") }, { 16, 19 }, "CID", 3),
        brand("jcb", "JCB", { r("2131"), r("1800"), r("3528", "3589") }, { 16, 17, 18, 19 }, "CVV", 3),
        brand("unionpay", "UnionPay",
            { r("620"), r("624", "626"), r("62100", "62182"), r("62184", "62187"), r("62185", "62197"),
                r("62200", "62205"), r("622010", "622999"), r("62207", "62209"), r("623", "626"), r("6270"),
                r("6272"), r("6276"), r("627700", "627779"), r("627781", "627799"), r("6282", "6289"),
                r("6291"), r("6292"), r("810"), r("8110", "8171") },
            { 14, 15, 16, 17, 18, 19 }, "CVN", 3),
        brand("maestro", "Maestro",
            { r("493698"), r("500000", "504174"), r("504176", "506698"), r("506779", "508999"), r("56", "59"),
                r("63"), r("67"), r("6") },
            { 12, 13, 14, 15, 16, 17, 18, 19 }, "CVC", 3),
        brand("mir", "Mir", { r("2200", "2204") }, { 16, 17, 18, 19 }, "CVP2", 3),
        brand("elo", "Elo",
            { r("401178"), r("401179"), r("438935"), r("457631"), r("457632"), r("431274"), r("451416"),
                r("457393"), r("504175"), r("506699", "506778"), r("509000", "509999"), r("627780"),
                r("636297"), r("636368"), r("650031", "650033"), r("650035", "650051"), r("650405", "650439"),
                r("650485", "650538"), r("650541", "650598"), r("650700", "650718"), r("650720", "650727"),
                r("650901", "650978"), r("651652", "651679"), r("655000", "655019"), r("655021", "655058") },
            { 16 }, "CVE", 3),
    };
}

} // namespace

const CardBrandTable& CardBrandTable::standard()
{
    static const CardBrandTable table(standardBrands());
    return table;
}

CardBrandTable::CardBrandTable(QList<CardBrand> brands)
    : m_brands(std::move(brands))
{
    buildIndex();
}

bool IndexedRange::matches(std::string_view number) const
{
    if (number.size() < low.size()) {
        return false;
    }
    const std::string_view head = number.substr(0, low.size());
    return head >= low && head <= high;
}

bool IndexedRange::couldMatch(std::string_view prefix) const
{
    if (prefix.size() >= low.size()) {
        return matches(prefix);
    }
    // Same-length digit strings compare like numbers; compare the prefix with the bounds cut to its length.
    return prefix >= low.substr(0, prefix.size()) && prefix <= high.substr(0, prefix.size());
}

void CardBrandTable::buildIndex()
{
    for (qsizetype b = 0; b < m_brands.size(); ++b) {
        for (const IinRange& range : m_brands.at(b).ranges) {
            m_all.push_back(
                IndexedRange { int(b), std::string_view(range.low), std::string_view(range.high) });
        }
    }
    // A range belongs under every one- and two-digit prefix it may still match: a longer number can only
    // fall in a range its first two digits could.
    const char digit[] = "0123456789";
    for (int d1 = 0; d1 < 10; ++d1) {
        const std::string_view one(&digit[d1], 1);
        for (const IndexedRange& r : m_all) {
            if (r.couldMatch(one)) {
                m_byPrefix[size_t(d1)].push_back(r);
            }
        }
        for (int d2 = 0; d2 < 10; ++d2) {
            const char pair[] = { digit[d1], digit[d2] };
            const std::string_view two(pair, 2);
            for (const IndexedRange& r : m_all) {
                if (r.couldMatch(two)) {
                    m_byPrefix[size_t(10 + 10 * d1 + d2)].push_back(r);
                }
            }
        }
    }
}

const std::vector<IndexedRange>& CardBrandTable::rangesFor(std::string_view prefix) const
{
    auto digitAt = [&prefix](size_t i) {
        return i < prefix.size() && prefix[i] >= '0' && prefix[i] <= '9' ? prefix[i] - '0' : -1;
    };
    const int d1 = digitAt(0);
    const int d2 = digitAt(1);
    if (d1 < 0 || (d2 < 0 && prefix.size() > 1)) {
        return m_all;
    }
    return d2 < 0 ? m_byPrefix[size_t(d1)] : m_byPrefix[size_t(10 + 10 * d1 + d2)];
}

const CardBrand* CardBrandTable::find(const QString& id) const
{
    for (const CardBrand& b : m_brands) {
        if (b.id == id) {
            return &b;
        }
    }
    return nullptr;
}

QStringList CardBrandTable::ids() const
{
    QStringList out;
    for (const CardBrand& b : m_brands) {
        out << b.id;
    }
    return out;
}

} // namespace voicepay
