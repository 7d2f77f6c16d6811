#include "anetreplyreader.h"

#include "anetxmlparser.h"

namespace voicepay {

namespace {

bool isNumeric(const QString& text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

bool readMessages(const AnetXmlNode& root, AnetReply& reply, QString* error)
{
    const QString resultCode = root.value(u"messages/resultCode");
    if (resultCode != u"Ok" && resultCode != u"Error") {
        *error = resultCode.isEmpty()
            ? QStringLiteral("the reply has no messages/resultCode")
            : QStringLiteral("the reply's resultCode \"%1\" is neither Ok nor Error")
                  .arg(resultCode.left(20));
        return false;
    }
    reply.resultOk = resultCode == u"Ok";
    const AnetXmlNode* message = root.find(u"messages/message");
    if (!message) {
        *error = QStringLiteral("the reply has no messages/message");
        return false;
    }
    reply.messageCode = message->value(u"code");
    reply.messageText = message->value(u"text");
    if (reply.messageCode.isEmpty()) {
        *error = QStringLiteral("the reply has no messages/message/code");
        return false;
    }
    reply.refId = root.value(u"refId");
    return true;
}

bool readTransactionResponse(const AnetXmlNode& root, AnetReply& reply, QString* error)
{
    const AnetXmlNode* t = root.child(u"transactionResponse");
    if (!t) {
        if (!reply.resultOk) {
            return true; // a request refused as a whole (credentials, a malformed request)
        }
        *error = QStringLiteral("the reply has no transactionResponse");
        return false;
    }
    reply.hasTransaction = true;
    reply.responseCode = t->value(u"responseCode");
    if (reply.responseCode.isEmpty()) {
        *error = QStringLiteral("the reply has no transactionResponse/responseCode");
        return false;
    }
    if (reply.responseCode != u"1" && reply.responseCode != u"2" && reply.responseCode != u"3"
        && reply.responseCode != u"4") {
        *error = QStringLiteral("the reply's responseCode \"%1\" is not one of 1 to 4")
                     .arg(reply.responseCode.left(20));
        return false;
    }
    reply.authCode = t->value(u"authCode");
    reply.transactionId = t->value(u"transId");
    reply.accountNumber = t->value(u"accountNumber");
    reply.accountType = t->value(u"accountType");
    if (const AnetXmlNode* e = t->find(u"errors/error")) {
        reply.reasonCode = e->value(u"errorCode");
        reply.reasonText = e->value(u"errorText");
    } else if (const AnetXmlNode* m = t->find(u"messages/message")) {
        reply.reasonCode = m->value(u"code");
        reply.reasonText = m->value(u"description");
    }
    if (reply.responseCode == u"1" && (!isNumeric(reply.transactionId) || reply.transactionId == u"0")) {
        *error = QStringLiteral("the reply approves the charge without a transaction id");
        return false;
    }
    return true;
}

bool readDetails(const AnetXmlNode& root, AnetReply& reply, QString* error)
{
    const AnetXmlNode* t = root.child(u"transaction");
    if (!t) {
        if (!reply.resultOk) {
            return true;
        }
        *error = QStringLiteral("the reply has no transaction");
        return false;
    }
    reply.hasTransaction = true;
    for (const char* field : { "transId", "transactionStatus", "responseCode", "responseReasonCode" }) {
        if (t->value(QString::fromLatin1(field)).isEmpty()) {
            *error = QStringLiteral("the reply has no transaction/%1").arg(QString::fromLatin1(field));
            return false;
        }
    }
    reply.transactionId = t->value(u"transId");
    reply.transactionStatus = t->value(u"transactionStatus");
    reply.responseCode = t->value(u"responseCode");
    reply.reasonCode = t->value(u"responseReasonCode");
    reply.reasonText = t->value(u"responseReasonDescription");
    reply.authCode = t->value(u"authCode");
    reply.invoiceNumber = t->value(u"order/invoiceNumber");
    reply.accountNumber = t->value(u"payment/creditCard/cardNumber");
    reply.accountType = t->value(u"payment/creditCard/cardType");
    if (!isNumeric(reply.transactionId)) {
        *error = QStringLiteral("the reply's transaction id is not a number");
        return false;
    }
    return true;
}

bool readUnsettled(const AnetXmlNode& root, AnetReply& reply, QString* error)
{
    bool totalOk = false;
    const int total = root.value(u"totalNumInResultSet").toInt(&totalOk);
    reply.totalInResultSet = totalOk ? total : -1;
    const AnetXmlNode* list = root.child(u"transactions");
    if (!list) {
        return true; // none
    }
    for (const AnetXmlNode* t : list->childrenNamed(u"transaction")) {
        AnetTransactionSummary s;
        s.transactionId = t->value(u"transId");
        s.invoiceNumber = t->value(u"invoiceNumber");
        s.status = t->value(u"transactionStatus");
        s.accountNumber = t->value(u"accountNumber");
        s.amount = t->value(u"settleAmount");
        s.submittedUtc = QDateTime::fromString(t->value(u"submitTimeUTC"), Qt::ISODate);
        if (!isNumeric(s.transactionId) || s.status.isEmpty()) {
            *error = QStringLiteral("a listed transaction has no transId or transactionStatus");
            return false;
        }
        reply.transactions << s;
    }
    return true;
}

bool readBatches(const AnetXmlNode& root, AnetReply& reply, QString* error)
{
    const AnetXmlNode* list = root.child(u"batchList");
    if (!list) {
        return true; // none
    }
    for (const AnetXmlNode* b : list->childrenNamed(u"batch")) {
        const QString id = b->value(u"batchId");
        if (!isNumeric(id)) {
            *error = QStringLiteral("a listed batch has no batchId");
            return false;
        }
        reply.batchIds << id;
    }
    return true;
}

} // namespace

std::optional<AnetReply> AnetReplyReader::read(const QByteArray& data, QString* error)
{
    AnetXmlParser::Limits limits;
    limits.maxBytes = maxReplyBytes;
    const AnetXmlParser parser(limits);
    QString why;
    const std::optional<AnetXmlNode> root = parser.parse(data, &why);
    if (!root) {
        *error = QStringLiteral("unreadable gateway reply: ") + why;
        return std::nullopt;
    }
    AnetReply reply;
    bool ok = false;
    if (root->name == u"createTransactionResponse") {
        reply.kind = AnetReply::Kind::CreateTransaction;
        ok = readMessages(*root, reply, &why) && readTransactionResponse(*root, reply, &why);
    } else if (root->name == u"getTransactionDetailsResponse") {
        reply.kind = AnetReply::Kind::TransactionDetails;
        ok = readMessages(*root, reply, &why) && readDetails(*root, reply, &why);
    } else if (root->name == u"getUnsettledTransactionListResponse") {
        reply.kind = AnetReply::Kind::UnsettledTransactionList;
        ok = readMessages(*root, reply, &why) && readUnsettled(*root, reply, &why);
    } else if (root->name == u"getSettledBatchListResponse") {
        reply.kind = AnetReply::Kind::SettledBatchList;
        ok = readMessages(*root, reply, &why) && readBatches(*root, reply, &why);
    } else if (root->name == u"getTransactionListResponse") {
        reply.kind = AnetReply::Kind::TransactionList;
        ok = readMessages(*root, reply, &why) && readUnsettled(*root, reply, &why);
    } else if (root->name == u"ErrorResponse") {
        reply.kind = AnetReply::Kind::Error;
        ok = readMessages(*root, reply, &why);
        if (ok && reply.resultOk) {
            why = QStringLiteral("an ErrorResponse with resultCode Ok");
            ok = false;
        }
    } else {
        why = QStringLiteral("unknown root element <%1>").arg(root->name.left(60));
    }
    if (!ok) {
        *error = QStringLiteral("unusable gateway reply: ") + why;
        return std::nullopt;
    }
    return reply;
}

} // namespace voicepay
