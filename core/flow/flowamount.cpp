#include "flow/paymentflow.h"
#include "money/dtmfamount.h"

// PaymentFlow: the amount (the full balance, a fixed amount due, or one the caller keys in).
namespace voicepay {

// The amount is known (fixed, or the caller's choice of the full balance): check its range first.
QString PaymentFlow::continueAfterAmount(FlowActions& out)
{
    const auto& min = m_minimum;
    const auto& max = m_maximum;
    const bool tooLow = min && m_amount->minorUnits() < min->minorUnits();
    const bool tooHigh = !tooLow && max && m_amount->minorUnits() > max->minorUnits();
    if (tooLow || tooHigh) {
        PromptValues v = values();
        play(tooLow ? QStringLiteral("amount.due_too_low") : QStringLiteral("amount.due_too_high"), v, out);
        event(FlowEvent::Kind::InputError, QStringLiteral("amount_entry"),
            tooLow ? QStringLiteral("amount_too_low") : QStringLiteral("amount_too_high"));
        m_amount.reset();
        return QStringLiteral("enter_amount");
    }
    return QStringLiteral("amount_accepted");
}

QString PaymentFlow::onAmountChoice(const QString& keys, FlowActions& out)
{
    if (keys == u"1") {
        m_amount = m_due;
        m_amountFromCaller = true;
        event(FlowEvent::Kind::InputAccepted, stepName(m_step), QStringLiteral("1"));
        return continueAfterAmount(out);
    }
    if (keys == u"2") {
        m_amountFromCaller = true;
        event(FlowEvent::Kind::InputAccepted, stepName(m_step), QStringLiteral("2"));
        return QStringLiteral("enter_amount");
    }
    return fail(
        Failure::NoMatch, QStringLiteral("no_match"), QStringLiteral("amount_choice.no_match"), {}, out);
}

QString PaymentFlow::onAmountEntry(const QString& keys, FlowActions& out)
{
    const DtmfAmountResult parsed = parseDtmfAmount(keys, m_currency);
    if (!parsed.amount) {
        return fail(
            Failure::NoMatch, QStringLiteral("no_match"), QStringLiteral("amount_entry.no_match"), {}, out);
    }
    const auto& min = m_minimum;
    const auto& max = m_maximum;
    PromptValues v = values();
    if (min && parsed.amount->minorUnits() < min->minorUnits()) {
        return fail(
            Failure::Check, QStringLiteral("amount_too_low"), QStringLiteral("amount_entry.too_low"), v, out);
    }
    if (max && parsed.amount->minorUnits() > max->minorUnits()) {
        return fail(Failure::Check, QStringLiteral("amount_too_high"),
            QStringLiteral("amount_entry.too_high"), v, out);
    }
    m_amount = parsed.amount;
    m_amountFromCaller = true;
    event(FlowEvent::Kind::InputAccepted, stepName(m_step), m_amount->toDecimalString());
    if (m_correcting) {
        m_correcting = false;
        return QStringLiteral("corrected");
    }
    return QStringLiteral("amount_accepted");
}

} // namespace voicepay
