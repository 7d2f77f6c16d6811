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

    // How sure an Error is. A charge held for review, or one whose fate could not be learned, may still be
    // (or become) a real charge: it must never be taken as "not charged", and is reconciled later.
    enum class Confirmation {
        Final, // the answer is what happened
        HeldForReview, // responseCode 4: authorised but held by the gateway's filters
        NotFound, // the gateway was searched and holds no such charge yet; still unconfirmed
        Unreachable, // the gateway could not be asked
    };

    Status status = Status::Error;
    Confirmation confirmation = Confirmation::Final;
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
    static GatewayResult unconfirmed(Confirmation why, QString message);

    bool isHeldForReview() const { return confirmation == Confirmation::HeldForReview; }
    // The charge may have happened and nobody knows yet: neither approved nor safe to charge again.
    bool isUnconfirmed() const
    {
        return confirmation == Confirmation::NotFound || confirmation == Confirmation::Unreachable;
    }
};

} // namespace voicepay
