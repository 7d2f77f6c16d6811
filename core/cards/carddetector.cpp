#include "carddetector.h"

#include "luhn.h"

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
    if (digits.empty()) {
        return result;
    }
    int bestSpecificity = 0;
    for (const CardBrand& brand : m_table.brands()) {
        bool candidate = false;
        for (const IinRange& range : brand.ranges) {
            if (range.matches(digits)) {
                candidate = true;
                if (range.digits() > bestSpecificity) {
                    bestSpecificity = range.digits();
                    result.brand = &brand;
                }
            } else if (range.couldMatch(digits)) {
                candidate = true;
            }
        }
        if (candidate) {
            result.candidates << brand.id;
        }
    }
    // A brand whose only hope is a longer range is no longer a candidate once a more specific one matched.
    if (result.brand && !result.candidates.isEmpty()) {
        QStringList kept;
        for (const QString& id : std::as_const(result.candidates)) {
            const CardBrand* b = m_table.find(id);
            bool stillPossible = b == result.brand;
            for (const IinRange& range : b->ranges) {
                if (range.digits() > bestSpecificity && range.couldMatch(digits)) {
                    stillPossible = true;
                }
            }
            if (stillPossible) {
                kept << id;
            }
        }
        result.candidates = kept;
    }
    return result;
}

CardCheck CardDetector::check(std::string_view digits, const QSet<QString>& allowedBrands) const
{
    CardCheck c;
    const BrandDetection detection = detect(digits);
    c.brand = detection.brand;
    c.luhn = luhnValid(digits);
    c.lengthOk = c.brand && c.brand->lengthAllowed(static_cast<int>(digits.size()));
    c.allowed = c.brand && (allowedBrands.isEmpty() || allowedBrands.contains(c.brand->id));
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

int CardDetector::maxLengthFor(std::string_view prefix) const
{
    const BrandDetection detection = detect(prefix);
    if (detection.brand && detection.candidates.size() <= 1) {
        return detection.brand->maxLength();
    }
    return 19;
}

} // namespace voicepay
