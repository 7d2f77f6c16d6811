#include "gateway/anet/anetrequestwriter.h"
#include "gateway/anet/anetxmlparser.h"
#include "schemacheck.h"

#include <QTest>

using namespace voicepay;

namespace {

const MerchantCredentials merchant { QStringLiteral("voicepay-test"), QStringLiteral("4Tr5aCtionKey99") };

struct Charge
{
    SensitiveDigits card;
    SensitiveDigits code;
    PaymentRequest request;
};

void fill(Charge& c, const QByteArray& card, const QByteArray& code, qint64 cents)
{
    c.card = SensitiveDigits::fromKeys(std::string_view(card.constData(), std::size_t(card.size())));
    c.code = SensitiveDigits::fromKeys(std::string_view(code.constData(), std::size_t(code.size())));
    c.request.sessionId = QStringLiteral("5f0c2a9e-1111-2222-3333-444455556666");
    c.request.invoiceNumber = QStringLiteral("5f0c2a9e1111-1");
    c.request.amount = Money(cents, *CurrencyTable::find(QStringLiteral("USD")));
    c.request.cardNumber = &c.card;
    c.request.securityCode = code.isEmpty() ? nullptr : &c.code;
    c.request.expiryMonth = 7;
    c.request.expiryYear = 2031;
    c.request.customerId = QStringLiteral("C-1001");
    c.request.description = QStringLiteral("Phone payment");
}

} // namespace

class TestAnetRequestWriter : public QObject
{
    Q_OBJECT

private slots:
    void chargeRequest_validatesAgainstSchema_data()
    {
        QTest::addColumn<QByteArray>("card");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<int>("window");
        QTest::addColumn<QString>("amount");

        QTest::newRow("visa with a three-digit code") << QByteArray("4111111111111111") << QByteArray("123")
                                                      << qint64(1250) << 120 << QStringLiteral("12.50");
        QTest::newRow("american express with a four-digit code")
            << QByteArray("378282246310005") << QByteArray("1234") << qint64(100) << 120
            << QStringLiteral("1.00");
        QTest::newRow("a brand taken without a security code")
            << QByteArray("6011111111111117") << QByteArray() << qint64(999999) << 0
            << QStringLiteral("9999.99");
        QTest::newRow("no duplicate window setting") << QByteArray("5555555555554444") << QByteArray("999")
                                                     << qint64(1) << -1 << QStringLiteral("0.01");
    }

    void chargeRequest_validatesAgainstSchema()
    {
        QFETCH(QByteArray, card);
        QFETCH(QByteArray, code);
        QFETCH(qint64, cents);
        QFETCH(int, window);
        QFETCH(QString, amount);
        Charge c;
        fill(c, card, code, cents);
        QString error;
        const QByteArray xml = AnetRequestWriter::createTransaction(merchant, c.request, window, &error);
        QVERIFY2(!xml.isEmpty(), qPrintable(error));
        QCOMPARE(schemaErrors(xml), QString());

        // Read it back as the server does: the card fields go to their own buffers.
        SensitiveDigits readCard;
        SensitiveDigits readCode;
        AnetXmlParser parser;
        parser.divertDigits(QStringLiteral("cardNumber"), &readCard);
        parser.divertDigits(QStringLiteral("cardCode"), &readCode);
        const auto root = parser.parse(xml, &error);
        QVERIFY2(root, qPrintable(error));
        QCOMPARE(root->name, QStringLiteral("createTransactionRequest"));
        QCOMPARE(root->value(u"merchantAuthentication/name"), merchant.login);
        QCOMPARE(
            root->value(u"transactionRequest/transactionType"), QStringLiteral("authCaptureTransaction"));
        QCOMPARE(root->value(u"transactionRequest/amount"), amount);
        QCOMPARE(
            root->value(u"transactionRequest/payment/creditCard/expirationDate"), QStringLiteral("2031-07"));
        QCOMPARE(root->value(u"transactionRequest/order/invoiceNumber"), c.request.invoiceNumber);
        QCOMPARE(root->value(u"transactionRequest/customer/id"), QStringLiteral("C-1001"));
        QVERIFY(readCard.equals(c.card));
        QVERIFY(readCode.equals(c.code));
        QCOMPARE(root->has(u"transactionRequest/payment/creditCard/cardCode"), !code.isEmpty());
        QCOMPARE(root->has(u"transactionRequest/transactionSettings"), window >= 0);
        if (window >= 0) {
            QCOMPARE(root->value(u"transactionRequest/transactionSettings/setting/settingName"),
                QStringLiteral("duplicateWindow"));
            QCOMPARE(root->value(u"transactionRequest/transactionSettings/setting/settingValue"),
                QString::number(window));
        }
    }

    void chargeRequest_withoutExpiry_usesThePlaceholder()
    {
        Charge c;
        fill(c, "4111111111111111", "123", 500);
        c.request.expiryMonth = 0;
        c.request.expiryYear = 0;
        QString error;
        const QByteArray xml = AnetRequestWriter::createTransaction(merchant, c.request, 120, &error);
        QVERIFY2(!xml.isEmpty(), qPrintable(error));
        QVERIFY(xml.contains("<expirationDate>XXXX</expirationDate>"));
        QCOMPARE(schemaErrors(xml), QString());
    }

    void chargeRequest_escapesText()
    {
        Charge c;
        fill(c, "4111111111111111", "123", 500);
        c.request.description = QStringLiteral("Bill & <co> \"x\"");
        QString error;
        const QByteArray xml = AnetRequestWriter::createTransaction(merchant, c.request, 120, &error);
        QVERIFY(xml.contains("Bill &amp; &lt;co&gt; &quot;x&quot;"));
        QCOMPARE(schemaErrors(xml), QString());
    }

    void chargeRequest_refusesWhatTheSchemaCannotCarry_data()
    {
        QTest::addColumn<QByteArray>("card");
        QTest::addColumn<QString>("invoice");
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("key");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("reason");

        const QString inv = QStringLiteral("5f0c2a9e1111-1");
        const QString cust = QStringLiteral("C-1");
        const QString login = merchant.login;
        const QString key = merchant.transactionKey;
        QTest::newRow("a nineteen-digit card") << QByteArray("6200000000000000005") << inv << cust << login
                                               << key << qint64(100) << QStringLiteral("12 to 16 digits");
        QTest::newRow("a seventeen-digit card") << QByteArray("42222222222222220") << inv << cust << login
                                                << key << qint64(100) << QStringLiteral("12 to 16 digits");
        QTest::newRow("no card at all") << QByteArray() << inv << cust << login << key << qint64(100)
                                        << QStringLiteral("12 to 16 digits");
        QTest::newRow("an invoice number of 21 characters")
            << QByteArray("4111111111111111") << QString(21, QLatin1Char('1')) << cust << login << key
            << qint64(100) << QStringLiteral("invoice number");
        QTest::newRow("an empty invoice number")
            << QByteArray("4111111111111111") << QString() << cust << login << key << qint64(100)
            << QStringLiteral("invoice number");
        QTest::newRow("a customer id of 21 characters")
            << QByteArray("4111111111111111") << inv << QString(21, QLatin1Char('c')) << login << key
            << qint64(100) << QStringLiteral("customer id");
        QTest::newRow("no merchant login") << QByteArray("4111111111111111") << inv << cust << QString()
                                           << key << qint64(100) << QStringLiteral("merchant login");
        QTest::newRow("a transaction key of 17 characters")
            << QByteArray("4111111111111111") << inv << cust << login << QString(17, QLatin1Char('k'))
            << qint64(100) << QStringLiteral("transaction key");
        QTest::newRow("a zero amount") << QByteArray("4111111111111111") << inv << cust << login << key
                                       << qint64(0) << QStringLiteral("amount");
    }

    void chargeRequest_refusesWhatTheSchemaCannotCarry()
    {
        QFETCH(QByteArray, card);
        QFETCH(QString, invoice);
        QFETCH(QString, customer);
        QFETCH(QString, login);
        QFETCH(QString, key);
        QFETCH(qint64, cents);
        QFETCH(QString, reason);
        Charge c;
        fill(c, card, "123", cents);
        c.request.invoiceNumber = invoice;
        c.request.customerId = customer;
        QString error;
        const QByteArray xml = AnetRequestWriter::createTransaction({ login, key }, c.request, 120, &error);
        QVERIFY(xml.isEmpty());
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void queryRequests_validateAgainstSchema()
    {
        QString error;
        const QByteArray details
            = AnetRequestWriter::transactionDetails(merchant, QStringLiteral("60000000001"), &error);
        QVERIFY2(!details.isEmpty(), qPrintable(error));
        QCOMPARE(schemaErrors(details), QString());
        const QByteArray list = AnetRequestWriter::unsettledTransactionList(merchant, &error);
        QVERIFY2(!list.isEmpty(), qPrintable(error));
        QCOMPARE(schemaErrors(list), QString());
        QVERIFY(AnetRequestWriter::transactionDetails(merchant, QStringLiteral("12a"), &error).isEmpty());
    }

    void lookUpRequests_validateWithTheCurrentApisPaging()
    {
        QString error;
        const QByteArray unsettled = AnetRequestWriter::unsettledTransactionList(merchant, 3, 50, &error);
        QVERIFY2(!unsettled.isEmpty(), qPrintable(error));
        QVERIFY(unsettled.contains("<offset>3</offset>") && unsettled.contains("<limit>50</limit>"));
        QCOMPARE(schemaErrorsWithPaging(unsettled), QString());
        const QByteArray batches = AnetRequestWriter::settledBatchList(merchant,
            QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC), &error);
        QVERIFY2(!batches.isEmpty(), qPrintable(error));
        QCOMPARE(schemaErrors(batches), QString());
        const QByteArray list
            = AnetRequestWriter::transactionList(merchant, QStringLiteral("9000001"), 1, 1000, &error);
        QVERIFY2(!list.isEmpty(), qPrintable(error));
        QCOMPARE(schemaErrorsWithPaging(list), QString());
        // The patch adds paging and nothing else: a bad page size is still refused by the writer.
        QVERIFY(AnetRequestWriter::transactionList(merchant, QStringLiteral("9000001"), 1, 1001, &error)
                    .isEmpty());
        QVERIFY(AnetRequestWriter::unsettledTransactionList(merchant, 0, 50, &error).isEmpty());
        QVERIFY(
            !schemaErrorsWithPaging(QByteArray(unsettled).replace("<limit>50</limit>", "<limit>0</limit>"))
                 .isEmpty());
    }

    void schemaCheck_rejectsAnInvalidRequest()
    {
        // The check itself must be able to fail: a 17-digit card number written by hand.
        const QByteArray bad = "<?xml version=\"1.0\"?><createTransactionRequest "
                               "xmlns=\"AnetApi/xml/v1/schema/AnetApiSchema.xsd\">"
                               "<merchantAuthentication><name>a</name><transactionKey>b</transactionKey></"
                               "merchantAuthentication>"
                               "<transactionRequest><transactionType>authCaptureTransaction</"
                               "transactionType><amount>1.00</amount>"
                               "<payment><creditCard><cardNumber>42222222222222220</"
                               "cardNumber><expirationDate>2031-07</expirationDate>"
                               "</creditCard></payment></transactionRequest></createTransactionRequest>";
        QVERIFY(!schemaErrors(bad).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnetRequestWriter)
#include "tst_anetrequestwriter.moc"
