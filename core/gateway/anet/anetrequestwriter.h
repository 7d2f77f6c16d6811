#pragma once

#include "gateway/paymentrequest.h"
#include "merchantcredentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace voicepay {

// Builds the gateway API's XML requests. Every request validates against the published AnetApiSchema.xsd:
// a field that cannot be expressed there (a card number over 16 digits, an invoice number over 20 characters)
// is refused with a reason rather than truncated.
//
// The charge request holds the card number and the security code: they are copied from the session's
// SensitiveDigits straight into the returned buffer at write time, and the caller wipes that buffer
// (secureWipe on data()) once it has been sent.
class AnetRequestWriter
{
public:
    static constexpr int maxCardDigits = 16; // creditCardSimpleType/cardNumber
    static constexpr int maxInvoiceChars = 20; // orderType/invoiceNumber
    static constexpr int maxCustomerIdChars = 20;
    static constexpr int maxDescriptionChars = 255;
    static constexpr int maxLoginChars = 25;
    static constexpr int maxKeyChars = 16;

    // createTransactionRequest, authCaptureTransaction. duplicateWindowSeconds < 0 leaves the setting out.
    static QByteArray createTransaction(const MerchantCredentials& merchant, const PaymentRequest& request,
        int duplicateWindowSeconds, QString* error);
    static QByteArray transactionDetails(
        const MerchantCredentials& merchant, const QString& transactionId, QString* error);
    static QByteArray unsettledTransactionList(const MerchantCredentials& merchant, QString* error);

    // The look-ups after an unconfirmed charge, as the current API has them: lists newest first, `page` from
    // 1, `pageSize` 1 to 1000 (paging/limit, paging/offset).
    static constexpr int maxPageSize = 1000;
    static QByteArray unsettledTransactionList(
        const MerchantCredentials& merchant, int page, int pageSize, QString* error);
    static QByteArray settledBatchList(const MerchantCredentials& merchant, const QDateTime& firstUtc,
        const QDateTime& lastUtc, QString* error);
    static QByteArray transactionList(
        const MerchantCredentials& merchant, const QString& batchId, int page, int pageSize, QString* error);
};

} // namespace voicepay
