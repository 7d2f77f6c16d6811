#include "gatewayresult.h"

namespace voicepay {

QString declineReasonName(DeclineReason reason)
{
    switch (reason) {
    case DeclineReason::None:
        return QString();
    case DeclineReason::Generic:
        return QStringLiteral("generic");
    case DeclineReason::InsufficientFunds:
        return QStringLiteral("insufficient_funds");
    case DeclineReason::ExpiredCard:
        return QStringLiteral("expired_card");
    case DeclineReason::SecurityCodeMismatch:
        return QStringLiteral("security_code_mismatch");
    }
    return QString();
}

GatewayResult GatewayResult::approved(QString transactionId, QString authCode)
{
    GatewayResult r;
    r.status = Status::Approved;
    r.transactionId = std::move(transactionId);
    r.authCode = std::move(authCode);
    r.responseCode = QStringLiteral("1");
    return r;
}

GatewayResult GatewayResult::declined(DeclineReason reason, QString code, QString message)
{
    GatewayResult r;
    r.status = Status::Declined;
    r.declineReason = reason;
    r.responseCode = QStringLiteral("2");
    r.reasonCode = std::move(code);
    r.message = std::move(message);
    return r;
}

GatewayResult GatewayResult::error(QString message, QString code)
{
    GatewayResult r;
    r.status = Status::Error;
    r.responseCode = QStringLiteral("3");
    r.reasonCode = std::move(code);
    r.message = std::move(message);
    return r;
}

GatewayResult GatewayResult::unconfirmed(Confirmation why, QString message)
{
    GatewayResult r = error(std::move(message));
    r.confirmation = why;
    return r;
}

} // namespace voicepay
