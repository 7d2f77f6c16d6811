#include "cards/cardmask.h"
#include "flow/paymentflow.h"

// PaymentFlow: the card (number, expiry, security code) and asking only what its brand needs.
namespace voicepay {

QString PaymentFlow::onCardNumber(FlowActions& out)
{
    const CardCheck check = m_detector.checkListed(m_secureKeys.view(), m_config.allowedBrands);
    // The values only a refusal's prompt needs (an accepted card goes on without them).
    const auto refusalValues = [&] {
        PromptValues v = values();
        if (check.brand) {
            v.brand = check.brand->id;
        }
        return v;
    };
    if (!check.valid()) {
        const QString problem = cardProblemName(check.problem);
        return fail(Failure::Check, problem, QStringLiteral("card_number.") + problem, refusalValues(), out);
    }
    // The XML API takes at most 16 digits (creditCardNumberType): refuse longer cards before asking for more.
    if (m_config.gateway.mode != u"sandbox" && m_secureKeys.size() > m_config.gateway.maxCardDigits) {
        return fail(Failure::Check, QStringLiteral("gateway_unsupported"),
            QStringLiteral("card_number.gateway_unsupported"), refusalValues(), out);
    }
    const CardBrand* previous = m_brand;
    const int previousCodeLength = securityCodeLength();
    m_card.assignFrom(std::move(m_secureKeys));
    m_brand = check.brand;
    m_result.cardBrand = m_brand->id;
    m_result.cardLast4 = m_card.lastFour();
    event(
        FlowEvent::Kind::InputAccepted, stepName(m_step), brandAndLastFour(m_brand->id, m_result.cardLast4));
    if (!m_correcting) {
        // A new card (first or after a decline): everything that belongs to a card is asked again.
        m_haveExpiry = false;
        m_haveCode = false;
        m_code.clear();
    } else {
        keepWhatTheNewBrandUses(previous, previousCodeLength);
    }
    return askNextMissing();
}

// A corrected number keeps the answers the new brand can still use.
void PaymentFlow::keepWhatTheNewBrandUses(const CardBrand* previous, int previousCodeLength)
{
    if (!needsSecurityCode() || !previous || securityCodeLength() != previousCodeLength) {
        m_code.clear();
        m_haveCode = false;
    }
    if (!needsExpiry()) {
        m_haveExpiry = false;
    }
}

QString PaymentFlow::askNextMissing()
{
    if (needsExpiry() && !m_haveExpiry) {
        return QStringLiteral("needs_expiry");
    }
    if (needsSecurityCode() && !m_haveCode) {
        return QStringLiteral("needs_code");
    }
    m_correcting = false;
    return QStringLiteral("complete");
}

QString PaymentFlow::onExpiry(const QString& keys, FlowActions& out)
{
    bool digitsOnly = keys.size() == 4;
    for (QChar c : keys) {
        digitsOnly = digitsOnly && c.isDigit();
    }
    const int month = digitsOnly ? QStringView(keys).left(2).toInt() : 0;
    const int year = digitsOnly ? 2000 + QStringView(keys).mid(2, 2).toInt() : 0;
    if (!digitsOnly || month < 1 || month > 12 || year > m_callDate.year() + 20) {
        return fail(Failure::NoMatch, QStringLiteral("no_match"), QStringLiteral("expiry.no_match"), {}, out);
    }
    // A card is good through the last day of its expiry month.
    if (year < m_callDate.year() || (year == m_callDate.year() && month < m_callDate.month())) {
        return fail(Failure::Check, QStringLiteral("expired"), QStringLiteral("expiry.expired"), {}, out);
    }
    m_expiryMonth = month;
    m_expiryYear = year;
    m_haveExpiry = true;
    event(FlowEvent::Kind::InputAccepted, stepName(m_step), QString());
    return askNextMissing();
}

QString PaymentFlow::onSecurityCode(FlowActions& out)
{
    if (m_secureKeys.size() != securityCodeLength()) {
        return fail(Failure::Check, QStringLiteral("wrong_length"),
            QStringLiteral("security_code.wrong_length"), values(), out);
    }
    m_code.assignFrom(std::move(m_secureKeys));
    m_haveCode = true;
    event(FlowEvent::Kind::InputAccepted, stepName(m_step), QString());
    return askNextMissing();
}

} // namespace voicepay
