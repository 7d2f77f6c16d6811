#pragma once

#include <QString>

namespace voicepay {

enum class DeclineReason {
    None,
    Generic,
    InsufficientFunds,
    ExpiredCard,
    SecurityCodeMismatch,
};

QString declineReasonName(DeclineReason reason); // "insufficient_funds", ...

// What became of one submission, as far as it is known.
struct GatewayResult
{
    enum class Status {
        Approved,
        Declined,
        Error, // a technical error: the charge did not happen, or its fate could not be learned
    };

    Status status = Status::Error;
    DeclineReason declineReason = DeclineReason::None;
    QString transactionId;
    QString authCode;
    QString responseCode; // the gateway's own code (e.g. "2"), for the transfer context
    QString reasonCode; // the gateway's reason or error code (e.g. "65", "E00007")
    QString message; // a readable reason, free of card data
    QString accountNumber; // masked as the gateway returns it ("XXXX1111")

    static GatewayResult approved(QString transactionId, QString authCode = QString());
    static GatewayResult declined(
        DeclineReason reason, QString code = QString(), QString message = QString());
    static GatewayResult error(QString message, QString code = QString());
};

} // namespace voicepay
