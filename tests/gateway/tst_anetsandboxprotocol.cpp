#include "gateway/anet/anetreplyreader.h"
#include "gateway/anet/anetrequestwriter.h"
#include "gateway/anet/anetsandboxprotocol.h"
#include "schemacheck.h"
#include "testcharge.h"

#include <QTest>

using namespace voicepay;

namespace {

const MerchantCredentials merchant { QStringLiteral("sandbox-login"), QStringLiteral("SandboxKey12345") };
const QDateTime t0 = QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);

QByteArray chargeXml(const TestCharge& c, int window = 120, const MerchantCredentials& m = merchant)
{
    QString error;
    const QByteArray xml = AnetRequestWriter::createTransaction(m, c.request, window, &error);
    if (xml.isEmpty()) {
        qFatal("cannot write the request: %s", qPrintable(error));
    }
    return xml;
}

AnetReply readValid(const SandboxReply& reply)
{
    const QString schema = schemaErrors(reply.body);
    if (!schema.isEmpty()) {
        qWarning("%s\n%s", qPrintable(schema), reply.body.constData());
    }
    QString error;
    auto r = AnetReplyReader::read(reply.body, &error);
    if (!r || !schema.isEmpty()) {
        qWarning("unreadable or invalid reply: %s", qPrintable(error));
        return AnetReply();
    }
    return *r;
}

} // namespace

class TestAnetSandboxProtocol : public QObject
{
    Q_OBJECT

private slots:
    void testCard_givesItsOutcome_data()
    {
        QTest::addColumn<QByteArray>("card");
        QTest::addColumn<QString>("responseCode");
        QTest::addColumn<QString>("reasonCode");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("status");

        QTest::newRow("an ordinary card approves")
            << QByteArray("4111111111111111") << QStringLiteral("1") << QStringLiteral("1")
            << int(DeclineReason::None) << QStringLiteral("capturedPendingSettlement");
        QTest::newRow("declined") << QByteArray("4000000000000002") << QStringLiteral("2")
                                  << QStringLiteral("2") << int(DeclineReason::Generic)
                                  << QStringLiteral("declined");
        QTest::newRow("insufficient funds")
            << QByteArray("4000000000009995") << QStringLiteral("2") << QStringLiteral("45")
            << int(DeclineReason::InsufficientFunds) << QStringLiteral("declined");
        QTest::newRow("expired card")
            << QByteArray("4000000000000069") << QStringLiteral("2") << QStringLiteral("8")
            << int(DeclineReason::ExpiredCard) << QStringLiteral("declined");
        QTest::newRow("incorrect security code")
            << QByteArray("4000000000000127") << QStringLiteral("2") << QStringLiteral("65")
            << int(DeclineReason::SecurityCodeMismatch) << QStringLiteral("declined");
        QTest::newRow("processing error")
            << QByteArray("4000000000000119") << QStringLiteral("3") << QStringLiteral("19")
            << int(DeclineReason::None) << QStringLiteral("generalError");
        QTest::newRow("held for review")
            << QByteArray("4000000000000044") << QStringLiteral("4") << QStringLiteral("252")
            << int(DeclineReason::None) << QStringLiteral("FDSPendingReview");
        QTest::newRow("a card failing the check digit")
            << QByteArray("4111111111111112") << QStringLiteral("3") << QStringLiteral("6")
            << int(DeclineReason::None) << QString();
    }

    void testCard_givesItsOutcome()
    {
        QFETCH(QByteArray, card);
        QFETCH(QString, responseCode);
        QFETCH(QString, reasonCode);
        QFETCH(int, reason);
        QFETCH(QString, status);
        AnetSandboxProtocol server(merchant);
        TestCharge c(card, QStringLiteral("inv-outcome"));
        const AnetReply reply = readValid(server.handle(chargeXml(c), t0));
        QCOMPARE(reply.kind, AnetReply::Kind::CreateTransaction);
        QCOMPARE(reply.responseCode, responseCode);
        QCOMPARE(reply.reasonCode, reasonCode);
        QCOMPARE(int(reply.toGatewayResult().declineReason), reason);
        QCOMPARE(reply.refId, QStringLiteral("inv-outcome"));
        QCOMPARE(server.ledger().size(), status.isEmpty() ? 0 : 1);
        QCOMPARE(server.chargeCount(), responseCode == u"1" ? 1 : 0);
        if (!status.isEmpty()) {
            const SandboxLedgerEntry& e = server.ledger().first();
            QCOMPARE(e.status, status);
            QCOMPARE(e.last4, c.card.lastFour());
            QCOMPARE(e.amountText(), QStringLiteral("12.50"));
            QCOMPARE(reply.accountNumber, QStringLiteral("XXXX") + c.card.lastFour());
        }
    }

    void pastExpiryDate_isDeclinedAsExpired()
    {
        AnetSandboxProtocol server(merchant);
        TestCharge c("4111111111111111", QStringLiteral("inv-old"));
        c.request.expiryYear = 2026;
        c.request.expiryMonth = 10;
        const AnetReply reply = readValid(server.handle(chargeXml(c), t0));
        QCOMPARE(reply.toGatewayResult().declineReason, DeclineReason::ExpiredCard);
    }

    void otherCredentials_areRefusedWithE00007_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("key");
        QTest::newRow("wrong key") << merchant.login << QStringLiteral("WrongKey");
        QTest::newRow("wrong login") << QStringLiteral("someone-else") << merchant.transactionKey;
    }

    void otherCredentials_areRefusedWithE00007()
    {
        QFETCH(QString, login);
        QFETCH(QString, key);
        AnetSandboxProtocol server(merchant);
        TestCharge c("4111111111111111", QStringLiteral("inv-auth"));
        const AnetReply reply = readValid(server.handle(chargeXml(c, 120, { login, key }), t0));
        QCOMPARE(reply.kind, AnetReply::Kind::Error);
        QCOMPARE(reply.messageCode, QStringLiteral("E00007"));
        QCOMPARE(reply.toGatewayResult().status, GatewayResult::Status::Error);
        QCOMPARE(server.ledger().size(), 0);
        QString error;
        const AnetReply list = readValid(
            server.handle(AnetRequestWriter::unsettledTransactionList({ login, key }, &error), t0));
        QCOMPARE(list.messageCode, QStringLiteral("E00007"));
    }

    void repeatInsideTheWindow_answersTheOriginal()
    {
        AnetSandboxProtocol server(merchant);
        TestCharge c("4111111111111111", QStringLiteral("inv-dup"));
        const AnetReply first = readValid(server.handle(chargeXml(c, 60), t0));
        QCOMPARE(first.responseCode, QStringLiteral("1"));
        const AnetReply again = readValid(server.handle(chargeXml(c, 60), t0.addSecs(59)));
        QCOMPARE(again.responseCode, QStringLiteral("3"));
        QCOMPARE(again.reasonCode, QStringLiteral("11"));
        QCOMPARE(again.transactionId, first.transactionId);
        QCOMPARE(server.chargeCount(), 1);
        // Outside the window the same invoice is a new charge, as the API does.
        const AnetReply later = readValid(server.handle(chargeXml(c, 60), t0.addSecs(61)));
        QCOMPARE(later.responseCode, QStringLiteral("1"));
        QVERIFY(later.transactionId != first.transactionId);
        QCOMPARE(server.chargesFor(QStringLiteral("inv-dup")), 2);
    }

    void windowOfZero_turnsTheCheckOff()
    {
        AnetSandboxProtocol server(merchant);
        TestCharge c("4111111111111111", QStringLiteral("inv-zero"));
        server.handle(chargeXml(c, 0), t0);
        server.handle(chargeXml(c, 0), t0);
        QCOMPARE(server.chargeCount(), 2);
    }

    void differentAmount_isNotADuplicate()
    {
        AnetSandboxProtocol server(merchant);
        TestCharge a("4111111111111111", QStringLiteral("inv-amt"), 100);
        TestCharge b("4111111111111111", QStringLiteral("inv-amt"), 200);
        server.handle(chargeXml(a), t0);
        server.handle(chargeXml(b), t0);
        QCOMPARE(server.chargeCount(), 2);
    }

    void queries_answerFromTheLedger()
    {
        AnetSandboxProtocol server(merchant);
        TestCharge ok("4111111111111111", QStringLiteral("inv-q1"));
        TestCharge no("4000000000009995", QStringLiteral("inv-q2"));
        const AnetReply approved = readValid(server.handle(chargeXml(ok), t0));
        readValid(server.handle(chargeXml(no), t0));
        QString error;
        const AnetReply list
            = readValid(server.handle(AnetRequestWriter::unsettledTransactionList(merchant, &error), t0));
        QCOMPARE(list.kind, AnetReply::Kind::UnsettledTransactionList);
        QCOMPARE(list.transactions.size(), 2);
        QCOMPARE(list.transactions.at(0).invoiceNumber, QStringLiteral("inv-q1"));
        QCOMPARE(list.transactions.at(0).status, QStringLiteral("capturedPendingSettlement"));
        QCOMPARE(list.transactions.at(1).status, QStringLiteral("declined"));

        const AnetReply details = readValid(server.handle(
            AnetRequestWriter::transactionDetails(merchant, approved.transactionId, &error), t0));
        QCOMPARE(details.kind, AnetReply::Kind::TransactionDetails);
        QCOMPARE(details.invoiceNumber, QStringLiteral("inv-q1"));
        QCOMPARE(details.toGatewayResult().status, GatewayResult::Status::Approved);
        QCOMPARE(details.toGatewayResult().transactionId, approved.transactionId);

        const AnetReply declined = readValid(server.handle(
            AnetRequestWriter::transactionDetails(merchant, list.transactions.at(1).transactionId, &error),
            t0));
        QCOMPARE(declined.toGatewayResult().declineReason, DeclineReason::InsufficientFunds);

        const AnetReply missing = readValid(
            server.handle(AnetRequestWriter::transactionDetails(merchant, QStringLiteral("99"), &error), t0));
        QCOMPARE(missing.messageCode, QStringLiteral("E00040"));
    }

    void emptyLedger_listsNothing()
    {
        AnetSandboxProtocol server(merchant);
        QString error;
        const AnetReply list
            = readValid(server.handle(AnetRequestWriter::unsettledTransactionList(merchant, &error), t0));
        QCOMPARE(list.kind, AnetReply::Kind::UnsettledTransactionList);
        QVERIFY(list.transactions.isEmpty());
    }

    void malformedRequest_getsTheErrorReply_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QString>("code");
        QTest::newRow("not xml") << QByteArray("card=4111111111111111") << QStringLiteral("E00003");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("E00003");
        QTest::newRow("unknown method")
            << QByteArray("<deleteEverythingRequest xmlns=\"AnetApi/xml/v1/schema/AnetApiSchema.xsd\"/>")
            << QStringLiteral("E00003");
        QTest::newRow("wrong namespace")
            << QByteArray("<createTransactionRequest xmlns=\"urn:x\"/>") << QStringLiteral("E00003");
        QTest::newRow("with a dtd") << QByteArray("<!DOCTYPE x [<!ENTITY a \"b\">]><createTransactionRequest "
                                                  "xmlns=\"AnetApi/xml/v1/schema/AnetApiSchema.xsd\"/>")
                                    << QStringLiteral("E00003");
        QTest::newRow("no transaction request") << QByteArray(
            "<createTransactionRequest "
            "xmlns=\"AnetApi/xml/v1/schema/AnetApiSchema.xsd\"><merchantAuthentication><name>sandbox-login</"
            "name><transactionKey>SandboxKey12345</transactionKey></merchantAuthentication></"
            "createTransactionRequest>") << QStringLiteral("E00003");
        QTest::newRow("letters in the card number") << QByteArray(
            "<createTransactionRequest "
            "xmlns=\"AnetApi/xml/v1/schema/AnetApiSchema.xsd\"><merchantAuthentication><name>sandbox-login</"
            "name><transactionKey>SandboxKey12345</transactionKey></"
            "merchantAuthentication><transactionRequest><transactionType>authCaptureTransaction</"
            "transactionType><amount>1</amount><payment><creditCard><cardNumber>4111x</"
            "cardNumber><expirationDate>2030-01</expirationDate></creditCard></payment></"
            "transactionRequest></createTransactionRequest>")
                                                    << QStringLiteral("E00003");
    }

    void malformedRequest_getsTheErrorReply()
    {
        QFETCH(QByteArray, request);
        QFETCH(QString, code);
        AnetSandboxProtocol server(merchant);
        const SandboxReply raw = server.handle(request, t0);
        QCOMPARE(raw.httpStatus, 200);
        const AnetReply reply = readValid(raw);
        QCOMPARE(reply.kind, AnetReply::Kind::Error);
        QCOMPARE(reply.messageCode, code);
        QVERIFY(!raw.body.contains("4111"));
        // The server carries on.
        TestCharge c("4111111111111111", QStringLiteral("inv-after"));
        QCOMPARE(readValid(server.handle(chargeXml(c), t0)).responseCode, QStringLiteral("1"));
    }

    void ledger_keepsNoCardNumber()
    {
        AnetSandboxProtocol server(merchant);
        TestCharge c("5555555555554444", QStringLiteral("inv-pan"), 1250, "987");
        server.handle(chargeXml(c), t0);
        const SandboxLedgerEntry& e = server.ledger().first();
        const QStringList fields { e.transactionId, e.invoiceNumber, e.last4, e.accountType, e.customerId,
            e.status, e.reasonText, e.authCode };
        for (const QString& f : fields) {
            QVERIFY(!f.contains(QStringLiteral("555555555555")));
            QVERIFY(!f.contains(QStringLiteral("987")));
        }
        QCOMPARE(e.last4, QStringLiteral("4444"));
        QCOMPARE(e.accountType, QStringLiteral("MasterCard"));
    }

    void fault_isAppliedToCharges_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("charges");

        QTest::newRow("drop") << QStringLiteral("drop") << int(SandboxFault::Drop) << 200 << 1;
        QTest::newRow("http 500") << QStringLiteral("http500") << int(SandboxFault::Http500) << 500 << 0;
        QTest::newRow("timeout") << QStringLiteral("timeout,hold=700") << int(SandboxFault::Timeout) << 200
                                 << 1;
        QTest::newRow("malformed") << QStringLiteral("malformed") << int(SandboxFault::Malformed) << 200 << 1;
        QTest::newRow("truncated") << QStringLiteral("truncated") << int(SandboxFault::Truncated) << 200 << 1;
        QTest::newRow("late") << QStringLiteral("late,late-after=900") << int(SandboxFault::Late) << 200 << 1;
    }

    void fault_isAppliedToCharges()
    {
        QFETCH(QString, spec);
        QFETCH(int, fault);
        QFETCH(int, httpStatus);
        QFETCH(int, charges);
        QString error;
        AnetSandboxProtocol server(
            merchant, *SandboxFaultSpec::parse(spec + QStringLiteral(",latency=10"), &error));
        TestCharge c("4111111111111111", QStringLiteral("inv-fault"));
        const SandboxReply reply = server.handle(chargeXml(c), t0);
        QCOMPARE(int(reply.fault), fault);
        QCOMPARE(reply.httpStatus, httpStatus);
        QCOMPARE(server.chargeCount(), charges);
        QCOMPARE(reply.delayMs, fault == int(SandboxFault::Late) ? 910 : 10);
        QCOMPARE(reply.holdMs, fault == int(SandboxFault::Timeout) ? 700 : 0);
        QCOMPARE(server.faultCounts().value(sandboxFaultName(SandboxFault(fault))), 1);
        if (fault == int(SandboxFault::Malformed) || fault == int(SandboxFault::Truncated)
            || fault == int(SandboxFault::Http500)) {
            QVERIFY(!AnetReplyReader::read(reply.body, &error));
        }
        // Queries are never faulty: the client can always learn what happened.
        const SandboxReply list
            = server.handle(AnetRequestWriter::unsettledTransactionList(merchant, &error), t0);
        QCOMPARE(list.fault, SandboxFault::None);
        QCOMPARE(readValid(list).transactions.size(), charges);
    }

    void faultShares_followTheSpec()
    {
        QString error;
        AnetSandboxProtocol server(
            merchant, *SandboxFaultSpec::parse(QStringLiteral("drop=10%,malformed=20%,seed=3"), &error));
        int drops = 0;
        int malformed = 0;
        for (int i = 0; i < 1000; ++i) {
            TestCharge c("4111111111111111", QStringLiteral("inv-%1").arg(i));
            const SandboxReply r = server.handle(chargeXml(c), t0);
            drops += r.fault == SandboxFault::Drop;
            malformed += r.fault == SandboxFault::Malformed;
        }
        QVERIFY2(drops > 60 && drops < 140, qPrintable(QString::number(drops)));
        QVERIFY2(malformed > 150 && malformed < 250, qPrintable(QString::number(malformed)));
        QCOMPARE(server.chargeCount(), 1000);
    }

    void settleProcessingAndPages_lookUpsSeeWhatARealGatewayShows()
    {
        QString error;
        AnetSandboxProtocol server(
            merchant, *SandboxFaultSpec::parse(QStringLiteral("settle=10,page=2,processing=500"), &error));
        for (int i = 0; i < 5; ++i) {
            TestCharge c("4111111111111111", QStringLiteral("inv-%1").arg(i));
            server.handle(chargeXml(c), t0.addSecs(i));
        }
        const QString first = server.ledger().first().transactionId;
        // Still processing: not shown yet.
        const AnetReply hidden = readValid(server.handle(
            AnetRequestWriter::transactionDetails(merchant, server.ledger().last().transactionId, &error),
            t0.addMSecs(4200)));
        QCOMPARE(hidden.messageCode, QStringLiteral("E00040"));
        // Pages of two, newest first, over the five unsettled charges.
        QStringList seen;
        for (int page = 1; page <= 4; ++page) {
            const SandboxReply reply = server.handle(
                AnetRequestWriter::unsettledTransactionList(merchant, page, 1000, &error), t0.addSecs(6));
            QCOMPARE(schemaErrors(reply.body), QString());
            const AnetReply r = readValid(reply);
            QVERIFY(r.transactions.size() <= 2);
            for (const AnetTransactionSummary& t : r.transactions) {
                seen << t.invoiceNumber;
            }
        }
        QCOMPARE(seen, QStringList({ "inv-4", "inv-3", "inv-2", "inv-1", "inv-0" }));
        // Ten seconds on, every charge has settled into a batch: none unsettled, one batch, found there.
        const QDateTime later = t0.addSecs(30);
        QVERIFY(readValid(
            server.handle(AnetRequestWriter::unsettledTransactionList(merchant, 1, 1000, &error), later))
                    .transactions.isEmpty());
        const SandboxReply batches = server.handle(
            AnetRequestWriter::settledBatchList(merchant, t0, later.addSecs(60), &error), later);
        QCOMPARE(schemaErrors(batches.body), QString());
        const AnetReply b = readValid(batches);
        QCOMPARE(b.batchIds.size(), 1);
        const SandboxReply listed = server.handle(
            AnetRequestWriter::transactionList(merchant, b.batchIds.first(), 3, 1000, &error), later);
        QCOMPARE(schemaErrors(listed.body), QString());
        const AnetReply l = readValid(listed);
        QCOMPARE(l.transactions.size(), 1);
        QCOMPARE(l.transactions.first().invoiceNumber, QStringLiteral("inv-0"));
        QCOMPARE(l.transactions.first().status, QStringLiteral("settledSuccessfully"));
        const AnetReply details
            = readValid(server.handle(AnetRequestWriter::transactionDetails(merchant, first, &error), later));
        QCOMPARE(details.toGatewayResult().status, GatewayResult::Status::Approved);
        // Another merchant sees none of it.
        const MerchantCredentials other { QStringLiteral("other-login"), QStringLiteral("OtherKey12345") };
        AnetSandboxProtocol open({}, *SandboxFaultSpec::parse(QStringLiteral("settle=10"), &error));
        TestCharge c("4111111111111111", QStringLiteral("mine"));
        open.handle(chargeXml(c), t0);
        QVERIFY(
            readValid(open.handle(AnetRequestWriter::unsettledTransactionList(other, 1, 1000, &error), t0))
                .transactions.isEmpty());
        QCOMPARE(readValid(open.handle(AnetRequestWriter::transactionDetails(
                                           other, open.ledger().first().transactionId, &error),
                               t0))
                     .messageCode,
            QStringLiteral("E00040"));
    }

    void review_holdsThenApprovesOrVoids()
    {
        QString error;
        AnetSandboxProtocol server(merchant, *SandboxFaultSpec::parse(QStringLiteral("review"), &error));
        int approved = 0;
        int voided = 0;
        for (int i = 0; i < 8; ++i) {
            TestCharge c("4111111111111111", QStringLiteral("rev-%1").arg(i));
            const AnetReply r = readValid(server.handle(chargeXml(c), t0));
            QCOMPARE(r.responseCode, QStringLiteral("4"));
            QVERIFY(r.toGatewayResult().isHeldForReview());
        }
        QCOMPARE(server.chargeCount(), 0);
        for (const SandboxLedgerEntry& e : server.ledger()) {
            const AnetReply d = readValid(server.handle(
                AnetRequestWriter::transactionDetails(merchant, e.transactionId, &error), t0.addSecs(6)));
            const GatewayResult g = d.toGatewayResult();
            approved += g.status == GatewayResult::Status::Approved;
            voided += g.status == GatewayResult::Status::Declined;
        }
        QCOMPARE(approved + voided, 8);
        QVERIFY(approved > 0 && voided > 0);
        QCOMPARE(server.chargeCount(), approved);
    }

    // The test-card table's review card is held as the in-process sandbox holds it, without any `review`
    // fault, and settles as a review does: the client hears `pending`, reconciliation learns the end.
    void reviewCard_isHeldThenSettledLikeAReview()
    {
        QString error;
        AnetSandboxProtocol server(merchant);
        TestCharge c("4000000000000044", QStringLiteral("rev-card"));
        const AnetReply r = readValid(server.handle(chargeXml(c), t0));
        QCOMPARE(r.responseCode, QStringLiteral("4"));
        const GatewayResult held = r.toGatewayResult();
        QVERIFY(held.isHeldForReview());
        QVERIFY(!held.transactionId.isEmpty());
        QCOMPARE(server.chargeCount(), 0);
        const QByteArray ask = AnetRequestWriter::transactionDetails(merchant, held.transactionId, &error);
        QVERIFY(readValid(server.handle(ask, t0.addSecs(1))).toGatewayResult().isHeldForReview());
        const GatewayResult ended = readValid(server.handle(ask, t0.addSecs(6))).toGatewayResult();
        QVERIFY(ended.status != GatewayResult::Status::Error);
        QCOMPARE(server.chargeCount(), ended.status == GatewayResult::Status::Approved ? 1 : 0);
    }
};

QTEST_GUILESS_MAIN(TestAnetSandboxProtocol)
#include "tst_anetsandboxprotocol.moc"
