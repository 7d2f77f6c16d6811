#include "flow/paymentflow.h"

// PaymentFlow: identifying the caller (account number and PIN), when the call did not come identified.
namespace voicepay {

QString PaymentFlow::onAccountNumber(const QString& keys, FlowActions& out)
{
    for (QChar c : keys) {
        if (!c.isDigit()) {
            return fail(Failure::NoMatch, QStringLiteral("no_match"),
                QStringLiteral("account_number.no_match"), {}, out);
        }
    }
    if (!m_directory.find(keys)) {
        return authFailure(QStringLiteral("unknown_account"), QStringLiteral("account_number.unknown"), out);
    }
    m_accountId = keys;
    m_result.reason.clear();
    event(FlowEvent::Kind::InputAccepted, stepName(m_step), keys);
    return QStringLiteral("found");
}

QString PaymentFlow::onPin(FlowActions& out)
{
    if (m_secureKeys.size() != 4) {
        return fail(Failure::NoMatch, QStringLiteral("no_match"), QStringLiteral("pin.no_match"), {}, out);
    }
    const bool ok = m_directory.verifyPin(m_accountId, m_secureKeys);
    m_secureKeys.clear();
    if (!ok) {
        return authFailure(QStringLiteral("wrong_pin"), QStringLiteral("pin.wrong"), out);
    }
    event(FlowEvent::Kind::InputAccepted, stepName(m_step), QStringLiteral("verified"));
    return afterIdentification(out);
}

// The caller is known: a menu of amounts, or the fixed amount due (checked against the limits). A menu
// that offers the full amount when the limits refuse it would only lead the caller into an error, so an
// amount due out of range goes straight to the amount entry with the prompt that says why.
QString PaymentFlow::afterIdentification(FlowActions& out)
{
    m_amount = m_due;
    const QString edge = continueAfterAmount(out);
    if (m_config.amountMode == AmountMode::Caller && edge == u"amount_accepted") {
        m_amount.reset();
        return QStringLiteral("choose_amount");
    }
    return edge;
}

} // namespace voicepay
