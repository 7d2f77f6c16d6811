#include "cards/cardmask.h"
#include "flow/flowlog.h"
#include "flow/paymentflow.h"

#include <charconv>

// PaymentFlow: the charge, the gateway's reply and the end of the call.
namespace voicepay {

namespace {

// The session id's first twelve hex digits and the attempt: "0000002a0000-1". Written in one string.
QString invoiceNumber(const QString& sessionId, int attempt)
{
    char16_t text[32];
    qsizetype length = 0;
    for (QChar c : sessionId) {
        if (length == 12) {
            break;
        }
        if (c != QLatin1Char('-')) {
            text[length++] = c.unicode();
        }
    }
    text[length++] = u'-';
    char digits[12];
    const char* const end = std::to_chars(digits, digits + sizeof digits, attempt).ptr;
    for (const char* d = digits; d != end; ++d) {
        text[length++] = char16_t(*d);
    }
    return QString(reinterpret_cast<const QChar*>(text), length);
}

} // namespace

void PaymentFlow::submit(FlowActions& out)
{
    ++m_attempts;
    m_result.attempts = m_attempts;
    m_phase = Phase::Authorizing;
    m_request = PaymentRequest {};
    m_request.sessionId = m_sessionId;
    m_request.invoiceNumber = invoiceNumber(m_sessionId, m_attempts);
    m_request.amount = *m_amount;
    m_request.brand = m_brand->id;
    m_request.cardNumber = &m_card;
    m_request.securityCode = needsSecurityCode() ? &m_code : nullptr;
    m_request.expiryMonth = needsExpiry() ? m_expiryMonth : 0;
    m_request.expiryYear = needsExpiry() ? m_expiryYear : 0;
    m_request.customerId = m_accountId;
    m_request.merchantId = m_context.merchantId;
    m_request.paymentReference = m_context.paymentReference;
    m_request.description = QStringLiteral("Phone payment");
    event(FlowEvent::Kind::GatewaySubmitted, flowdetail::authorizeNode(), m_request.invoiceNumber);
    play(QStringLiteral("authorize.wait"), {}, out);
    flowdetail::newAction(out, FlowAction::Kind::SubmitPayment);
}

FlowActions PaymentFlow::gatewayReplied(const GatewayResult& reply, qint64 nowMs)
{
    FlowActions& out = freshActions();
    if (m_phase != Phase::Authorizing) {
        return out;
    }
    m_nowMs = nowMs;
    m_phase = Phase::Collecting;
    const bool hungUp = m_hungUpWhileAuthorizing;
    switch (reply.status) {
    case GatewayResult::Status::Approved:
        event(FlowEvent::Kind::GatewayApproved, flowdetail::authorizeNode(), reply.transactionId);
        m_result.transactionId = reply.transactionId;
        m_exitReason = hungUp ? QStringLiteral("approved; the caller hung up before hearing the confirmation")
                              : QStringLiteral("approved");
        follow(QStringLiteral("approved"), out);
        break;
    case GatewayResult::Status::Declined:
        follow(declined(reply, out), out);
        break;
    case GatewayResult::Status::Error:
        event(FlowEvent::Kind::GatewayError, flowdetail::authorizeNode(), reply.message);
        if (reply.isHeldForReview()) {
            m_result.transactionId = reply.transactionId;
            m_exitReason = QStringLiteral("held for review by the gateway: ") + reply.message;
            follow(QStringLiteral("pending"), out);
        } else if (reply.isUnconfirmed()) {
            // Perhaps charged: the agent must not charge again before reconciliation settles it.
            m_exitReason = QStringLiteral("payment unconfirmed, do not charge again until it is reconciled: ")
                + reply.message;
            follow(QStringLiteral("error"), out);
        } else {
            m_exitReason = QStringLiteral("gateway error: ") + reply.message;
            follow(QStringLiteral("error"), out);
        }
        break;
    }
    return out;
}

// A declined card: its reason is announced and another card asked for, until maxDeclines.
QString PaymentFlow::declined(const GatewayResult& reply, FlowActions& out)
{
    const QString reason = declineReasonName(reply.declineReason);
    event(FlowEvent::Kind::GatewayDeclined, flowdetail::authorizeNode(), reason);
    ++m_declines;
    m_result.declineReasons << reason;
    m_declineCodes << (reply.reasonCode.isEmpty() ? reason : reply.reasonCode);
    if (m_hungUpWhileAuthorizing) {
        m_exitReason = QStringLiteral("declined (%1) after the caller hung up").arg(reason);
        return QStringLiteral("hangup");
    }
    play(QStringLiteral("declined.") + (reason.isEmpty() ? QStringLiteral("generic") : reason), {}, out);
    if (m_declines >= m_config.maxDeclines) {
        m_exitReason
            = QStringLiteral("%1 declined card(s), the maximum; last reason: %2").arg(m_declines).arg(reason);
        return QStringLiteral("declined_max");
    }
    m_afterDecline = true;
    m_correcting = false;
    m_card.clear();
    m_code.clear();
    m_haveExpiry = m_haveCode = false;
    m_brand = nullptr;
    return QStringLiteral("declined");
}

CallExit PaymentFlow::exitFor(Outcome outcome) const
{
    if (outcome == Outcome::Hangup || m_hungUpWhileAuthorizing) {
        return CallExit::Disconnect;
    }
    if (m_context.callType == CallType::Conference) {
        return CallExit::LeaveConference;
    }
    switch (outcome) {
    case Outcome::Success:
        return m_config.onSuccess;
    case Outcome::DeclinedMax:
        return m_config.onMaxDeclines;
    default:
        return m_config.onFailure;
    }
}

// The closing prompts; a caller who hung up hears nothing.
void PaymentFlow::announce(Outcome outcome, FlowActions& out)
{
    if (outcome == Outcome::Hangup || m_hungUpWhileAuthorizing) {
        return;
    }
    switch (outcome) {
    case Outcome::Success:
        play(QStringLiteral("approved"), out);
        if (!m_context.paymentReference.isEmpty()) {
            play(QStringLiteral("approved.payment_reference"), out);
        }
        break;
    case Outcome::DeclinedMax:
        play(QStringLiteral("declined.max"), out);
        break;
    case Outcome::InputFailed:
        play(QStringLiteral("input_failed"), out);
        break;
    case Outcome::AuthFailed:
        play(QStringLiteral("auth_failed"), out);
        break;
    case Outcome::TechnicalError:
        play(QStringLiteral("technical_error"), out);
        break;
    case Outcome::Pending:
        play(QStringLiteral("pending"), out);
        break;
    case Outcome::Hangup:
        break;
    }
    play(QStringLiteral("exit.") + callExitName(m_result.exit), out);
}

// The call is over: nothing sensitive outlives it.
void PaymentFlow::wipeCardData()
{
    m_card.clear();
    m_code.clear();
    clearEntry();
    m_request.cardNumber = nullptr;
    m_request.securityCode = nullptr;
}

void PaymentFlow::finish(Outcome outcome, const QString& reachedStep, FlowActions& out)
{
    m_phase = Phase::Finished;
    m_result.outcome = outcome;
    m_result.exit = exitFor(outcome);
    m_result.reason = m_exitReason;
    m_result.attempts = m_attempts;
    m_result.declines = m_declines;
    if (m_amount) {
        m_result.amount = m_amount->toDecimalString();
    }
    announce(outcome, out);
    if (m_result.exit == CallExit::TransferToAgent) {
        m_result.hasTransferContext = true;
        m_result.transfer.step = reachedStep;
        m_result.transfer.reason = m_exitReason;
        m_result.transfer.declineCodes = m_declineCodes;
        m_result.transfer.maskedCard = maskedCard(m_result.cardBrand, m_result.cardLast4);
    }
    m_result.closingPrompts = std::exchange(m_pendingPrompts, {});
    m_result.durationMs = m_nowMs - m_startMs;
    if (m_result.configVersion.isEmpty()) {
        m_result.configVersion = m_config.version();
    }
    event(FlowEvent::Kind::SessionEnded, reachedStep, outcomeName(outcome));
    wipeCardData();
    if (m_clamped) {
        clamp(false, out);
    }
    flowdetail::newAction(out, FlowAction::Kind::Finish);
    qCDebug(lcFlow) << "session" << m_sessionId << "ends:" << outcomeName(outcome)
                    << callExitName(m_result.exit);
}

} // namespace voicepay
