#include "anetreply.h"

namespace voicepay {

DeclineReason AnetReply::declineReasonFor(const QString& reasonCode)
{
    // The sandbox's test-card table (sandboxrules.cpp) uses 45 for insufficient funds; 8 and 317 are the
    // API's expired-card codes; 44 and 65 its card-code mismatches. Anything else is a plain decline.
    if (reasonCode == u"45") {
        return DeclineReason::InsufficientFunds;
    }
    if (reasonCode == u"8" || reasonCode == u"317") {
        return DeclineReason::ExpiredCard;
    }
    if (reasonCode == u"44" || reasonCode == u"65") {
        return DeclineReason::SecurityCodeMismatch;
    }
    return DeclineReason::Generic;
}

GatewayResult AnetReply::toGatewayResult() const
{
    if (kind != Kind::CreateTransaction && kind != Kind::TransactionDetails) {
        return GatewayResult::error(
            messageText.isEmpty() ? QStringLiteral("the gateway refused the request") : messageText,
            messageCode);
    }
    if (!hasTransaction) {
        GatewayResult r = GatewayResult::error(
            messageText.isEmpty() ? QStringLiteral("the gateway refused the request") : messageText,
            messageCode);
        return r;
    }
    // A looked-up transaction may have moved on since it was answered: a review ends approved or voided.
    const QString status = kind == Kind::TransactionDetails ? transactionStatus : QString();
    GatewayResult r;
    if (status == u"voided") {
        r = GatewayResult::declined(
            DeclineReason::Generic, reasonCode, QStringLiteral("voided by the gateway"));
    } else if (status == u"FDSPendingReview" || status == u"FDSAuthorizedPendingReview") {
        r = GatewayResult::unconfirmed(GatewayResult::Confirmation::HeldForReview,
            QStringLiteral("held for review by the gateway (transaction %1)").arg(transactionId));
        r.responseCode = QStringLiteral("4");
        r.transactionId = transactionId;
    } else if ((status == u"capturedPendingSettlement" || status == u"settledSuccessfully"
                   || status == u"authorizedPendingCapture")
        && !transactionId.isEmpty()) {
        r = GatewayResult::approved(transactionId, authCode);
    } else if (responseCode == u"1") {
        r = GatewayResult::approved(transactionId, authCode);
    } else if (responseCode == u"2") {
        r = GatewayResult::declined(declineReasonFor(reasonCode), reasonCode, reasonText);
    } else if (responseCode == u"4") {
        // Authorised but held by the gateway's fraud filters: neither charged for sure nor declined.
        r = GatewayResult::unconfirmed(GatewayResult::Confirmation::HeldForReview,
            QStringLiteral("held for review by the gateway (transaction %1)").arg(transactionId));
        r.reasonCode = reasonCode;
        r.responseCode = responseCode;
        r.transactionId = transactionId;
    } else {
        r = GatewayResult::error(
            reasonText.isEmpty() ? QStringLiteral("the gateway reported an error") : reasonText, reasonCode);
        r.responseCode = responseCode;
    }
    r.accountNumber = accountNumber;
    return r;
}

} // namespace voicepay
