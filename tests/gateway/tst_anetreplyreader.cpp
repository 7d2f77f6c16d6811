#include "gateway/anet/anetreplyreader.h"
#include "schemacheck.h"

#include <QRandomGenerator>
#include <QTest>

using namespace voicepay;

namespace {

QByteArray wrap(
    const char* root, const QByteArray& resultCode, const QByteArray& code, const QByteArray& body)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<") + root
        + " xmlns=\"AnetApi/xml/v1/schema/AnetApiSchema.xsd\"><refId>inv-1</refId><messages><resultCode>"
        + resultCode + "</resultCode><message><code>" + code
        + "</code><text>Text.</text></message></messages>" + body + "</" + root + ">";
}

QByteArray transactionResponse(
    const QByteArray& responseCode, const QByteArray& transId, const QByteArray& reason)
{
    QByteArray t = "<transactionResponse><responseCode>" + responseCode
        + "</responseCode><authCode>A12345</authCode>"
          "<transId>"
        + transId + "</transId><accountNumber>XXXX1111</accountNumber><accountType>Visa</accountType>";
    if (responseCode == "1") {
        t += "<messages><message><code>1</code><description>This transaction has been "
             "approved.</description></message></messages>";
    } else {
        t += "<errors><error><errorCode>" + reason
            + "</errorCode><errorText>Declined.</errorText></error></errors>";
    }
    return t + "</transactionResponse>";
}

QByteArray approved()
{
    return wrap("createTransactionResponse", "Ok", "I00001", transactionResponse("1", "60000000001", ""));
}

} // namespace

class TestAnetReplyReader : public QObject
{
    Q_OBJECT

private slots:
    void reply_givesTheOutcome_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("code");

        const int ok = int(GatewayResult::Status::Approved);
        const int no = int(GatewayResult::Status::Declined);
        const int err = int(GatewayResult::Status::Error);
        QTest::newRow("approved") << approved() << ok << int(DeclineReason::None) << QString();
        QTest::newRow("declined") << wrap(
            "createTransactionResponse", "Error", "E00027", transactionResponse("2", "60000000002", "2"))
                                  << no << int(DeclineReason::Generic) << QStringLiteral("2");
        QTest::newRow("insufficient funds") << wrap(
            "createTransactionResponse", "Error", "E00027", transactionResponse("2", "60000000003", "45"))
                                            << no << int(DeclineReason::InsufficientFunds)
                                            << QStringLiteral("45");
        QTest::newRow("expired card") << wrap(
            "createTransactionResponse", "Error", "E00027", transactionResponse("2", "60000000004", "8"))
                                      << no << int(DeclineReason::ExpiredCard) << QStringLiteral("8");
        QTest::newRow("security code mismatch") << wrap(
            "createTransactionResponse", "Error", "E00027", transactionResponse("2", "60000000005", "65"))
                                                << no << int(DeclineReason::SecurityCodeMismatch)
                                                << QStringLiteral("65");
        QTest::newRow("processing error")
            << wrap("createTransactionResponse", "Error", "E00027", transactionResponse("3", "0", "19"))
            << err << int(DeclineReason::None) << QStringLiteral("19");
        QTest::newRow("held for review") << wrap(
            "createTransactionResponse", "Ok", "I00001", transactionResponse("4", "60000000006", "252"))
                                         << err << int(DeclineReason::None) << QStringLiteral("252");
        QTest::newRow("credentials refused") << wrap("ErrorResponse", "Error", "E00007", "") << err
                                             << int(DeclineReason::None) << QStringLiteral("E00007");
    }

    void reply_givesTheOutcome()
    {
        QFETCH(QByteArray, xml);
        QFETCH(int, status);
        QFETCH(int, reason);
        QFETCH(QString, code);
        QCOMPARE(schemaErrors(xml), QString());
        QString error;
        const auto reply = AnetReplyReader::read(xml, &error);
        QVERIFY2(reply, qPrintable(error));
        const GatewayResult r = reply->toGatewayResult();
        QCOMPARE(int(r.status), status);
        QCOMPARE(int(r.declineReason), reason);
        QCOMPARE(r.reasonCode, code);
        QCOMPARE(reply->refId, QStringLiteral("inv-1"));
    }

    void approvedReply_carriesTheTransaction()
    {
        QString error;
        const auto reply = AnetReplyReader::read(approved(), &error);
        QVERIFY2(reply, qPrintable(error));
        const GatewayResult r = reply->toGatewayResult();
        QCOMPARE(r.transactionId, QStringLiteral("60000000001"));
        QCOMPARE(r.authCode, QStringLiteral("A12345"));
        QCOMPARE(r.accountNumber, QStringLiteral("XXXX1111"));
    }

    void replyWithByteOrderMark_isRead()
    {
        QString error;
        QVERIFY2(AnetReplyReader::read(QByteArray("\xEF\xBB\xBF") + approved(), &error), qPrintable(error));
    }

    void badReply_isATechnicalErrorWithAReason_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("reason");

        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("plain text") << QByteArray("Service Unavailable") << QStringLiteral("not well-formed");
        QTest::newRow("html error page")
            << QByteArray("<html><body>500</body></html>") << QStringLiteral("namespace");
        QTest::newRow("unknown root")
            << wrap("createCustomerProfileResponse", "Ok", "I00001", "") << QStringLiteral("unknown root");
        QTest::newRow("no result code")
            << QByteArray("<createTransactionResponse xmlns=\"AnetApi/xml/v1/schema/AnetApiSchema.xsd\">"
                          "<messages><message><code>I00001</code><text>x</text></message></messages></"
                          "createTransactionResponse>")
            << QStringLiteral("resultCode");
        QTest::newRow("an odd result code")
            << wrap("createTransactionResponse", "Maybe", "I00001", transactionResponse("1", "6", ""))
            << QStringLiteral("neither Ok nor Error");
        QTest::newRow("ok without a transaction") << wrap("createTransactionResponse", "Ok", "I00001", "")
                                                  << QStringLiteral("no transactionResponse");
        QTest::newRow("no response code") << wrap("createTransactionResponse", "Ok", "I00001",
            "<transactionResponse><transId>1</transId></transactionResponse>")
                                          << QStringLiteral("responseCode");
        QTest::newRow("an unknown response code") << wrap("createTransactionResponse", "Ok", "I00001",
            transactionResponse("7", "6", "")) << QStringLiteral("not one of 1 to 4");
        QTest::newRow("approved without a transaction id") << wrap("createTransactionResponse", "Ok",
            "I00001", transactionResponse("1", "", "")) << QStringLiteral("without a transaction id");
        QTest::newRow("approved with transaction id zero") << wrap("createTransactionResponse", "Ok",
            "I00001", transactionResponse("1", "0", "")) << QStringLiteral("without a transaction id");
        QTest::newRow("wrong namespace")
            << QByteArray("<createTransactionResponse xmlns=\"urn:other\"/>") << QStringLiteral("namespace");
        QTest::newRow("no namespace")
            << QByteArray("<createTransactionResponse/>") << QStringLiteral("namespace");
        QTest::newRow("internal entity bomb in a dtd")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                          "\"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                          "<createTransactionResponse "
                          "xmlns=\"AnetApi/xml/v1/schema/AnetApiSchema.xsd\">&b;</createTransactionResponse>")
            << QStringLiteral("DTD");
        QTest::newRow("external entity in a dtd")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                          "<createTransactionResponse "
                          "xmlns=\"AnetApi/xml/v1/schema/AnetApiSchema.xsd\">&x;</createTransactionResponse>")
            << QStringLiteral("DTD");
        QTest::newRow("undeclared entity")
            << QByteArray("<createTransactionResponse "
                          "xmlns=\"AnetApi/xml/v1/schema/AnetApiSchema.xsd\">&x;</createTransactionResponse>")
            << QStringLiteral("unreadable");
        QTest::newRow("two roots") << approved()
                + approved().mid(approved().indexOf("<createTransactionResponse"))
                                   << QStringLiteral("unreadable");
        QTest::newRow("deep nesting")
            << QByteArray("<createTransactionResponse xmlns=\"AnetApi/xml/v1/schema/AnetApiSchema.xsd\">")
                + QByteArray("<a>").repeated(100)
            << QStringLiteral("deeper");
    }

    void badReply_isATechnicalErrorWithAReason()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!AnetReplyReader::read(xml, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void truncatedReply_isNeverAnApproval()
    {
        const QByteArray whole = approved();
        for (qsizetype cut = 0; cut < whole.size(); ++cut) {
            QString error;
            const auto reply = AnetReplyReader::read(whole.left(cut), &error);
            QVERIFY2(!reply, qPrintable(QStringLiteral("cut at %1 was accepted").arg(cut)));
            QVERIFY(!error.isEmpty());
        }
    }

    void oversizedReply_isRefusedBeforeParsing()
    {
        QByteArray big = approved();
        big.insert(big.indexOf("<refId>"), QByteArray(AnetReplyReader::maxReplyBytes, ' '));
        QString error;
        QVERIFY(!AnetReplyReader::read(big, &error));
        QVERIFY2(error.contains(QStringLiteral("over the limit")), qPrintable(error));
    }

    void randomReply_isNeverAnApproval()
    {
        QRandomGenerator random(20261125);
        const QByteArray whole = approved();
        for (int i = 0; i < 2000; ++i) {
            QByteArray data;
            if (i % 2 == 0) {
                data.resize(random.bounded(1, 600));
                for (char& c : data) {
                    c = char(random.bounded(256));
                }
            } else {
                // A valid approval with a few bytes flipped: mostly still XML, rarely still sensible.
                data = whole;
                for (int flips = random.bounded(1, 6); flips > 0; --flips) {
                    data[random.bounded(data.size())] = char(random.bounded(256));
                }
            }
            QString error;
            const auto reply = AnetReplyReader::read(data, &error);
            if (!reply) {
                QVERIFY(!error.isEmpty());
                continue;
            }
            // Whatever survives must still be a complete, consistent reply.
            const GatewayResult r = reply->toGatewayResult();
            if (r.status == GatewayResult::Status::Approved) {
                QVERIFY(!r.transactionId.isEmpty());
                QVERIFY(r.transactionId != u"0");
            }
        }
    }

    void detailsAndListReplies_areRead()
    {
        const QByteArray details = wrap("getTransactionDetailsResponse", "Ok", "I00001",
            "<transaction><transId>60000000001</transId><submitTimeUTC>2026-11-25T08:00:00Z</submitTimeUTC>"
            "<submitTimeLocal>2026-11-25T08:00:00</submitTimeLocal><transactionType>authCaptureTransaction</"
            "transactionType>"
            "<transactionStatus>capturedPendingSettlement</transactionStatus><responseCode>1</responseCode>"
            "<responseReasonCode>1</responseReasonCode><responseReasonDescription>Approval</"
            "responseReasonDescription>"
            "<authCode>A12345</authCode><order><invoiceNumber>inv-1</invoiceNumber></"
            "order><authAmount>12.50</authAmount>"
            "<settleAmount>12.50</settleAmount><payment><creditCard><cardNumber>XXXX1111</cardNumber>"
            "<expirationDate>XXXX</expirationDate><cardType>Visa</cardType></creditCard></payment></"
            "transaction>");
        QCOMPARE(schemaErrors(details), QString());
        QString error;
        auto reply = AnetReplyReader::read(details, &error);
        QVERIFY2(reply, qPrintable(error));
        QCOMPARE(reply->invoiceNumber, QStringLiteral("inv-1"));
        QCOMPARE(reply->toGatewayResult().status, GatewayResult::Status::Approved);

        const QByteArray list = wrap("getUnsettledTransactionListResponse", "Ok", "I00001",
            "<transactions><transaction><transId>60000000001</transId><submitTimeUTC>2026-11-25T08:00:00Z</"
            "submitTimeUTC>"
            "<submitTimeLocal>2026-11-25T08:00:00</"
            "submitTimeLocal><transactionStatus>capturedPendingSettlement</transactionStatus>"
            "<invoiceNumber>inv-1</invoiceNumber><accountType>Visa</accountType><accountNumber>XXXX1111</"
            "accountNumber>"
            "<settleAmount>12.50</settleAmount></transaction></transactions>");
        QCOMPARE(schemaErrors(list), QString());
        reply = AnetReplyReader::read(list, &error);
        QVERIFY2(reply, qPrintable(error));
        QCOMPARE(reply->transactions.size(), 1);
        QCOMPARE(reply->transactions.first().invoiceNumber, QStringLiteral("inv-1"));
        // A list is not an outcome: it never approves by itself.
        QCOMPARE(reply->toGatewayResult().status, GatewayResult::Status::Error);
    }
};

QTEST_GUILESS_MAIN(TestAnetReplyReader)
#include "tst_anetreplyreader.moc"
