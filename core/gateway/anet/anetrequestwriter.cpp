#include "anetrequestwriter.h"

#include "anetxmlparser.h"
#include "anetxmlwriter.h"

namespace voicepay {

namespace {

bool checkMerchant(const MerchantCredentials& merchant, QString* error)
{
    if (merchant.login.isEmpty() || merchant.login.size() > AnetRequestWriter::maxLoginChars) {
        *error = QStringLiteral("the merchant login must have 1 to %1 characters")
                     .arg(AnetRequestWriter::maxLoginChars);
        return false;
    }
    if (merchant.transactionKey.isEmpty()
        || merchant.transactionKey.size() > AnetRequestWriter::maxKeyChars) {
        *error = QStringLiteral("the transaction key must have 1 to %1 characters")
                     .arg(AnetRequestWriter::maxKeyChars);
        return false;
    }
    return true;
}

void writeHeader(AnetXmlWriter& xml, std::string_view root, const MerchantCredentials& merchant)
{
    xml.declaration();
    xml.start(root, AnetXmlParser::anetNamespace);
    xml.start("merchantAuthentication");
    xml.element("name", merchant.login);
    xml.element("transactionKey", merchant.transactionKey);
    xml.end("merchantAuthentication");
}

QByteArray finish(AnetXmlWriter& xml, QString* error)
{
    QByteArray out = xml.take();
    if (out.isEmpty()) {
        *error = QStringLiteral("the request does not fit in %1 bytes").arg(AnetXmlWriter::reservedBytes);
    }
    return out;
}

bool allDigits(std::string_view digits)
{
    for (char c : digits) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

} // namespace

QByteArray AnetRequestWriter::createTransaction(const MerchantCredentials& merchant,
    const PaymentRequest& request, int duplicateWindowSeconds, QString* error)
{
    if (!checkMerchant(merchant, error)) {
        return QByteArray();
    }
    if (!request.cardNumber || request.cardNumber->size() < 12 || request.cardNumber->size() > maxCardDigits
        || !allDigits(request.cardNumber->view())) {
        *error = QStringLiteral("the gateway takes card numbers of 12 to %1 digits; this one has %2")
                     .arg(maxCardDigits)
                     .arg(request.cardNumber ? request.cardNumber->size() : 0);
        return QByteArray();
    }
    const bool withCode = request.securityCode && !request.securityCode->isEmpty();
    if (withCode && (request.securityCode->size() < 3 || request.securityCode->size() > 4)) {
        *error = QStringLiteral("the gateway takes security codes of 3 or 4 digits");
        return QByteArray();
    }
    if (!request.amount.isValid() || request.amount.minorUnits() <= 0) {
        *error = QStringLiteral("the amount must be above zero");
        return QByteArray();
    }
    if (request.invoiceNumber.isEmpty() || request.invoiceNumber.size() > maxInvoiceChars) {
        *error = QStringLiteral("the invoice number must have 1 to %1 characters").arg(maxInvoiceChars);
        return QByteArray();
    }
    if (request.customerId.size() > maxCustomerIdChars) {
        *error = QStringLiteral("the customer id has more than %1 characters").arg(maxCustomerIdChars);
        return QByteArray();
    }
    if (request.expiryMonth != 0
        && (request.expiryMonth < 1 || request.expiryMonth > 12 || request.expiryYear < 2000
            || request.expiryYear > 9999)) {
        *error = QStringLiteral("the expiry date is not a month of a four-digit year");
        return QByteArray();
    }

    AnetXmlWriter xml;
    writeHeader(xml, "createTransactionRequest", merchant);
    xml.element("refId", request.invoiceNumber);
    xml.start("transactionRequest");
    xml.element("transactionType", QStringLiteral("authCaptureTransaction"));
    xml.element("amount", request.amount.toDecimalString());
    xml.start("payment");
    xml.start("creditCard");
    xml.digitsElement("cardNumber", request.cardNumber->view());
    // A brand without an expiry date is sent with the schema's placeholder of four X's.
    xml.element("expirationDate",
        request.expiryMonth == 0 ? QStringLiteral("XXXX")
                                 : QStringLiteral("%1-%2")
                                       .arg(request.expiryYear, 4, 10, QLatin1Char('0'))
                                       .arg(request.expiryMonth, 2, 10, QLatin1Char('0')));
    if (withCode) {
        xml.digitsElement("cardCode", request.securityCode->view());
    }
    xml.end("creditCard");
    xml.end("payment");
    xml.start("order");
    xml.element("invoiceNumber", request.invoiceNumber);
    if (!request.description.isEmpty()) {
        xml.element("description", request.description.left(maxDescriptionChars));
    }
    xml.end("order");
    if (!request.customerId.isEmpty()) {
        xml.start("customer");
        xml.element("id", request.customerId);
        xml.end("customer");
    }
    if (duplicateWindowSeconds >= 0) {
        xml.start("transactionSettings");
        xml.start("setting");
        xml.element("settingName", QStringLiteral("duplicateWindow"));
        xml.element("settingValue", QString::number(duplicateWindowSeconds));
        xml.end("setting");
        xml.end("transactionSettings");
    }
    xml.end("transactionRequest");
    xml.end("createTransactionRequest");
    return finish(xml, error);
}

QByteArray AnetRequestWriter::transactionDetails(
    const MerchantCredentials& merchant, const QString& transactionId, QString* error)
{
    if (!checkMerchant(merchant, error)) {
        return QByteArray();
    }
    bool numeric = !transactionId.isEmpty();
    for (QChar c : transactionId) {
        numeric = numeric && c.isDigit() && c.unicode() < 128;
    }
    if (!numeric) {
        *error = QStringLiteral("a transaction id is a string of digits");
        return QByteArray();
    }
    AnetXmlWriter xml;
    writeHeader(xml, "getTransactionDetailsRequest", merchant);
    xml.element("transId", transactionId);
    xml.end("getTransactionDetailsRequest");
    return finish(xml, error);
}

QByteArray AnetRequestWriter::unsettledTransactionList(const MerchantCredentials& merchant, QString* error)
{
    if (!checkMerchant(merchant, error)) {
        return QByteArray();
    }
    AnetXmlWriter xml;
    writeHeader(xml, "getUnsettledTransactionListRequest", merchant);
    xml.end("getUnsettledTransactionListRequest");
    return finish(xml, error);
}

namespace {

bool checkPage(int page, int pageSize, QString* error)
{
    if (page < 1 || page > 100000 || pageSize < 1 || pageSize > AnetRequestWriter::maxPageSize) {
        *error = QStringLiteral("paging takes pages 1 to 100000 of 1 to %1 transactions")
                     .arg(AnetRequestWriter::maxPageSize);
        return false;
    }
    return true;
}

void writeNewestFirst(AnetXmlWriter& xml, int page, int pageSize)
{
    xml.start("sorting");
    xml.element("orderBy", QStringLiteral("submitTimeUTC"));
    xml.element("orderDescending", QStringLiteral("true"));
    xml.end("sorting");
    xml.start("paging");
    xml.element("limit", QString::number(pageSize));
    xml.element("offset", QString::number(page));
    xml.end("paging");
}

QString apiTime(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

} // namespace

QByteArray AnetRequestWriter::unsettledTransactionList(
    const MerchantCredentials& merchant, int page, int pageSize, QString* error)
{
    if (!checkMerchant(merchant, error) || !checkPage(page, pageSize, error)) {
        return QByteArray();
    }
    AnetXmlWriter xml;
    writeHeader(xml, "getUnsettledTransactionListRequest", merchant);
    writeNewestFirst(xml, page, pageSize);
    xml.end("getUnsettledTransactionListRequest");
    return finish(xml, error);
}

QByteArray AnetRequestWriter::settledBatchList(
    const MerchantCredentials& merchant, const QDateTime& firstUtc, const QDateTime& lastUtc, QString* error)
{
    if (!checkMerchant(merchant, error)) {
        return QByteArray();
    }
    if (!firstUtc.isValid() || !lastUtc.isValid() || lastUtc < firstUtc) {
        *error = QStringLiteral("the settlement window is not a range of times");
        return QByteArray();
    }
    AnetXmlWriter xml;
    writeHeader(xml, "getSettledBatchListRequest", merchant);
    xml.element("includeStatistics", QStringLiteral("false"));
    xml.element("firstSettlementDate", apiTime(firstUtc));
    xml.element("lastSettlementDate", apiTime(lastUtc));
    xml.end("getSettledBatchListRequest");
    return finish(xml, error);
}

QByteArray AnetRequestWriter::transactionList(
    const MerchantCredentials& merchant, const QString& batchId, int page, int pageSize, QString* error)
{
    if (!checkMerchant(merchant, error) || !checkPage(page, pageSize, error)) {
        return QByteArray();
    }
    bool numeric = !batchId.isEmpty();
    for (QChar c : batchId) {
        numeric = numeric && c.isDigit() && c.unicode() < 128;
    }
    if (!numeric) {
        *error = QStringLiteral("a batch id is a string of digits");
        return QByteArray();
    }
    AnetXmlWriter xml;
    writeHeader(xml, "getTransactionListRequest", merchant);
    xml.element("batchId", batchId);
    writeNewestFirst(xml, page, pageSize);
    xml.end("getTransactionListRequest");
    return finish(xml, error);
}

} // namespace voicepay
