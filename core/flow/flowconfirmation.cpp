#include "flow/paymentflow.h"

// PaymentFlow: the read-back's answer and the correction menu.
namespace voicepay {

QString PaymentFlow::onConfirm(const QString& keys, FlowActions& out)
{
    if (keys == u"1") {
        event(FlowEvent::Kind::InputAccepted, stepName(m_step), QStringLiteral("1"));
        return QStringLiteral("confirmed");
    }
    if (keys == u"2") {
        event(FlowEvent::Kind::InputAccepted, stepName(m_step), QStringLiteral("2"));
        return QStringLiteral("change");
    }
    return fail(Failure::NoMatch, QStringLiteral("no_match"), QStringLiteral("confirm.no_match"), {}, out);
}

QList<int> PaymentFlow::correctionKeys() const
{
    QList<int> keys;
    keys.reserve(4); // at most four items: one allocation, not one for each
    if (m_config.amountMode == AmountMode::Caller || m_amountFromCaller) {
        keys << 1;
    }
    keys << 2;
    if (needsExpiry()) {
        keys << 3;
    }
    if (needsSecurityCode()) {
        keys << 4;
    }
    return keys;
}

// The item chosen is also the name of the edge to the step that asks it again.
QString PaymentFlow::onCorrectionChoice(const QString& keys, FlowActions& out)
{
    const int key = keys.size() == 1 ? keys.toInt() : 0;
    if (!correctionKeys().contains(key)) {
        return fail(Failure::NoMatch, QStringLiteral("no_match"),
            QStringLiteral("correction_choice.no_match"), {}, out);
    }
    static const char* const items[] = { "amount", "card_number", "expiry", "security_code" };
    const QString item = QString::fromLatin1(items[key - 1]);
    event(FlowEvent::Kind::Correction, stepName(m_step), item);
    m_correcting = true;
    return item;
}

} // namespace voicepay
