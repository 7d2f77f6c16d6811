#pragma once

#include "cardbrand.h"

#include <QSet>
#include <QStringList>
#include <string_view>

namespace voicepay {

// Brand detection on a full number or on a prefix still being keyed in.
struct BrandDetection
{
    const CardBrand* brand = nullptr; // the most specific brand whose range the digits already match
    QStringList candidates; // every brand the digits match or may still match
    bool ambiguous() const { return candidates.size() > 1; }
};

enum class CardProblem {
    None,
    UnknownBrand,
    BrandNotAllowed,
    WrongLength,
    LuhnFailed,
};

struct CardCheck
{
    const CardBrand* brand = nullptr;
    bool luhn = false;
    bool lengthOk = false;
    bool allowed = false;
    CardProblem problem = CardProblem::UnknownBrand;
    bool valid() const { return problem == CardProblem::None; }
};

QString cardProblemName(CardProblem problem); // "luhn_failed", ...

class CardDetector
{
public:
    explicit CardDetector(const CardBrandTable& table = CardBrandTable::standard());

    BrandDetection detect(std::string_view digits) const;

    // Detection first, then the allowed list: a brand that is not allowed is reported as itself and refused.
    // An empty allowed set allows every brand of the table.
    CardCheck check(std::string_view digits, const QSet<QString>& allowedBrands) const;
    // The same against the configuration's list as it stands (no set to build for one look-up).
    CardCheck checkListed(std::string_view digits, const QStringList& allowedBrands) const;

    // Where collection may stop without '#': the detected brand's longest length, else 19.
    // settled: set when one brand alone can still match, so that more digits cannot change the answer.
    int maxLengthFor(std::string_view prefix, bool* settled = nullptr) const;

    const CardBrandTable& table() const { return m_table; }

private:
    // The best brand; its candidates' ids into `candidates` when given, their number always.
    const CardBrand* scan(std::string_view digits, QStringList* candidates, int* count) const;
    static CardCheck classify(std::string_view digits, const CardBrand* brand, bool allowed);

    const CardBrandTable& m_table;
};

} // namespace voicepay
