#include "carddetector.h"

#include "luhn.h"

#include <QVarLengthArray>
#include <algorithm>

namespace voicepay {

QString cardProblemName(CardProblem problem)
{
    switch (problem) {
    case CardProblem::None:
        return QStringLiteral("none");
    case CardProblem::UnknownBrand:
        return QStringLiteral("unknown_brand");
    case CardProblem::BrandNotAllowed:
        return QStringLiteral("brand_not_allowed");
    case CardProblem::WrongLength:
        return QStringLiteral("wrong_length");
    case CardProblem::LuhnFailed:
        return QStringLiteral("luhn_failed");
    }
    return QString();
}

CardDetector::CardDetector(const CardBrandTable& table)
    : m_table(table)
{
}

BrandDetection CardDetector::detect(std::string_view digits) const
{
    BrandDetection result;
    int count = 0;
    result.brand = scan(digits, &result.candidates, &count);
    return result;
}

const CardBrand* CardDetector::scan(std::string_view digits, QStringList* candidates, int* count) const
{
    const CardBrand* best = nullptr;
    *count = 0;
    if (digits.empty()) {
        return best;
    }
    // Per brand: its most specific full match, and its longest range still possible.
    struct Fit
    {
        const CardBrand* brand;
        int matched;
        int possible;
    };
    QVarLengthArray<Fit, 16> fits;
    int bestSpecificity = 0;
    const QList<CardBrand>& brands = m_table.brands();
    // Only the ranges the leading digits may fall in, brand by brand in table order (ties go to the first).
    const std::vector<IndexedRange>& ranges = m_table.rangesFor(digits);
    for (size_t i = 0; i < ranges.size();) {
        const int b = ranges[i].brand;
        Fit fit { &brands.at(b), 0, 0 };
        for (; i < ranges.size() && ranges[i].brand == b; ++i) {
            const IndexedRange& range = ranges[i];
            if (range.matches(digits)) {
                fit.matched = std::max(fit.matched, range.digits());
            } else if (range.couldMatch(digits)) {
                fit.possible = std::max(fit.possible, range.digits());
            }
        }
        if (fit.matched > bestSpecificity) {
            bestSpecificity = fit.matched;
            best = fit.brand;
        }
        if (fit.matched > 0 || fit.possible > 0) {
            fits.append(fit);
        }
    }
    // A brand stays a candidate while it is the best match or a more specific range of it may still match.
    for (const Fit& fit : fits) {
        if (fit.brand == best || fit.possible > bestSpecificity
            || (!best && (fit.matched > 0 || fit.possible > 0))) {
            ++*count;
            if (candidates) {
                *candidates << fit.brand->id;
            }
        }
    }
    return best;
}

CardCheck CardDetector::check(std::string_view digits, const QSet<QString>& allowedBrands) const
{
    int count = 0;
    const CardBrand* brand = scan(digits, nullptr, &count);
    return classify(digits, brand, brand && (allowedBrands.isEmpty() || allowedBrands.contains(brand->id)));
}

CardCheck CardDetector::checkListed(std::string_view digits, const QStringList& allowedBrands) const
{
    int count = 0;
    const CardBrand* brand = scan(digits, nullptr, &count);
    return classify(digits, brand, brand && (allowedBrands.isEmpty() || allowedBrands.contains(brand->id)));
}

CardCheck CardDetector::classify(std::string_view digits, const CardBrand* brand, bool allowed)
{
    CardCheck c;
    c.brand = brand;
    c.luhn = luhnValid(digits);
    c.lengthOk = c.brand && c.brand->lengthAllowed(static_cast<int>(digits.size()));
    c.allowed = allowed;
    if (!c.brand) {
        c.problem = c.luhn ? CardProblem::UnknownBrand : CardProblem::LuhnFailed;
    } else if (!c.allowed) {
        c.problem = CardProblem::BrandNotAllowed;
    } else if (!c.lengthOk) {
        c.problem = CardProblem::WrongLength;
    } else if (!c.luhn) {
        c.problem = CardProblem::LuhnFailed;
    } else {
        c.problem = CardProblem::None;
    }
    return c;
}

int CardDetector::maxLengthFor(std::string_view prefix, bool* settled) const
{
    // Called on the keys of a card number: the candidates are counted, not listed. A brand that alone can
    // still match stays alone as digits are added (ranges only narrow), so its length is final.
    int count = 0;
    const CardBrand* brand = scan(prefix, nullptr, &count);
    const bool alone = brand && count <= 1;
    if (settled) {
        *settled = alone;
    }
    return alone ? brand->maxLength() : 19;
}

} // namespace voicepay
