#pragma once

#include "gateway/gatewayresult.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace voicepay {

// One entry of getUnsettledTransactionListResponse.
struct AnetTransactionSummary
{
    QString transactionId;
    QString invoiceNumber;
    QString status; // "capturedPendingSettlement", "declined", ...
    QString accountNumber; // masked
    QString amount;
    QDateTime submittedUtc;
};

// A gateway reply, read and checked (AnetReplyReader); what the client acts on.
struct AnetReply
{
    enum class Kind {
        CreateTransaction,
        TransactionDetails,
        UnsettledTransactionList,
        SettledBatchList,
        TransactionList,
        Error,
    };

    Kind kind = Kind::Error;
    QString refId;
    bool resultOk = false; // messages/resultCode
    QString messageCode; // the first messages/message: "I00001", "E00007", ...
    QString messageText;

    // createTransactionResponse/transactionResponse, or getTransactionDetailsResponse/transaction.
    bool hasTransaction = false;
    QString responseCode; // 1 approved, 2 declined, 3 error, 4 held for review
    QString reasonCode; // the first transaction error or message code
    QString reasonText;
    QString transactionId;
    QString authCode;
    QString accountNumber;
    QString accountType;
    QString transactionStatus; // details only
    QString invoiceNumber; // details only

    QList<AnetTransactionSummary> transactions; // unsettled and batch transaction lists
    int totalInResultSet = -1; // the lists' totalNumInResultSet, when the gateway gives it
    QStringList batchIds; // settled batch list

    // The gateway's own reason codes of a decline, as the flow understands them.
    static DeclineReason declineReasonFor(const QString& reasonCode);

    // What the reply says became of a charge (createTransaction or transactionDetails replies).
    GatewayResult toGatewayResult() const;
};

} // namespace voicepay
