#include "gateway/anet/anetgateway.h"
#include "sandboxhttpserver.h"
#include "sim/scenariorunner.h"
#include "testcards.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTest>

using namespace voicepay;

// The engine's calls through the XML client and the sandbox server, as voicepay-sim and the console run them.
class TestGatewayFlow : public QObject
{
    Q_OBJECT

private:
    const MerchantCredentials m_merchant { QStringLiteral("flow-test"), QStringLiteral("FlowKey12345") };

    static Scenario scenario(const QStringList& inputs)
    {
        QJsonObject o {
            { QStringLiteral("name"), QStringLiteral("flow") },
            { QStringLiteral("call"),
                QJsonObject { { QStringLiteral("accountId"), QStringLiteral("10001") },
                    { QStringLiteral("amountDue"), QStringLiteral("125.50") },
                    { QStringLiteral("identified"), true },
                    { QStringLiteral("paymentReference"), QStringLiteral("INV-1001") },
                    { QStringLiteral("merchantId"), QStringLiteral("M-42") },
                    { QStringLiteral("callType"), QStringLiteral("ivr") },
                    { QStringLiteral("language"), QStringLiteral("en-US") } } },
            { QStringLiteral("date"), QStringLiteral("2026-11-25") },
            { QStringLiteral("inputs"), QJsonArray::fromStringList(inputs) },
        };
        QString error;
        const auto s = Scenario::fromJson(QJsonDocument(o).toJson(), &error);
        if (!s) {
            qFatal("bad scenario: %s", qPrintable(error));
        }
        return *s;
    }

    FlowConfig config(const SandboxHttpServer& server) const
    {
        FlowConfig c;
        c.allowedBrands << QStringLiteral("unionpay");
        c.gateway.mode = QStringLiteral("server");
        c.gateway.url = server.endpoint().toString();
        c.gateway.merchantLogin = m_merchant.login;
        c.gateway.transferTimeoutMs = 1000;
        return c;
    }

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("voicepay.*=false")); }

    void call_isChargedThroughTheServer_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<int>("charges");

        QTest::newRow("approved") << QString() << QStringLiteral("4111111111111111")
                                  << QStringLiteral("success") << QStringLiteral("success") << 1;
        QTest::newRow("approved although the connection dropped")
            << QStringLiteral("drop") << QStringLiteral("4111111111111111") << QStringLiteral("success")
            << QStringLiteral("success") << 1;
        QTest::newRow("approved although the reply came too late")
            << QStringLiteral("late,late-after=1500") << QStringLiteral("4111111111111111")
            << QStringLiteral("success") << QStringLiteral("success") << 1;
        QTest::newRow("insufficient funds reaches the prompt")
            << QString() << QStringLiteral("4000000000009995") << QStringLiteral("hangup")
            << QStringLiteral("declined.insufficient_funds") << 0;
        QTest::newRow("security code mismatch reaches the prompt")
            << QString() << QStringLiteral("4000000000000127") << QStringLiteral("hangup")
            << QStringLiteral("declined.security_code_mismatch") << 0;
        QTest::newRow("processing error ends the call")
            << QString() << QStringLiteral("4000000000000119") << QStringLiteral("technical_error")
            << QString() << 0;
        QTest::newRow("http 500 ends the call uncharged")
            << QStringLiteral("http500") << QStringLiteral("4111111111111111")
            << QStringLiteral("technical_error") << QString() << 0;
    }

    void call_isChargedThroughTheServer()
    {
        QFETCH(QString, faults);
        QFETCH(QString, card);
        QFETCH(QString, outcome);
        QFETCH(QString, prompt);
        QFETCH(int, charges);
        QString error;
        SandboxHttpServer server(m_merchant, *SandboxFaultSpec::parse(faults, &error));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, {}, {}, &error));
        RunOptions options;
        options.config = config(server);
        AnetGateway gateway(options.config.gateway, m_merchant);
        options.gateway = &gateway;
        const ScenarioRun run
            = ScenarioRunner::run(scenario({ QStringLiteral("1"), card + QLatin1Char('#'),
                                      QStringLiteral("1228"), QStringLiteral("123"), QStringLiteral("1") }),
                options);
        QVERIFY2(run.ok, qPrintable(run.error));
        const QJsonObject result = run.result.toJson();
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), outcome);
        if (!prompt.isEmpty() && prompt != u"success") {
            QVERIFY2(run.promptIds.contains(prompt), qPrintable(run.promptIds.join(QLatin1Char(' '))));
        }
        QCOMPARE(server.protocol().chargeCount(), charges);
        if (charges == 1) {
            QCOMPARE(result.value(QStringLiteral("transactionId")).toString(),
                server.protocol().ledger().first().transactionId);
        }
    }

    void cardLongerThanTheSchemaTakes_isRefusedBeforeTheExpiry()
    {
        QString error;
        SandboxHttpServer server(m_merchant);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, {}, {}, &error));
        RunOptions options;
        options.config = config(server);
        AnetGateway gateway(options.config.gateway, m_merchant);
        options.gateway = &gateway;
        const QString longCard = test::luhnComplete(QStringLiteral("6200"), 19);
        const ScenarioRun run
            = ScenarioRunner::run(scenario({ QStringLiteral("1"), longCard + QLatin1Char('#') }), options);
        QVERIFY2(run.ok, qPrintable(run.error));
        QVERIFY2(run.promptIds.contains(QStringLiteral("card_number.gateway_unsupported")),
            qPrintable(run.promptIds.join(QLatin1Char(' '))));
        QVERIFY(!run.promptIds.join(QLatin1Char(' ')).contains(QStringLiteral("expiry")));
        QCOMPARE(server.protocol().requestCount(), 0);

        // The in-process sandbox takes it: the limit belongs to the XML API.
        RunOptions sandbox;
        sandbox.config.allowedBrands << QStringLiteral("unionpay");
        const ScenarioRun inProcess
            = ScenarioRunner::run(scenario({ QStringLiteral("1"), longCard + QLatin1Char('#') }), sandbox);
        QVERIFY(!inProcess.promptIds.contains(QStringLiteral("card_number.gateway_unsupported")));
    }
};

QTEST_GUILESS_MAIN(TestGatewayFlow)
#include "tst_gatewayflow.moc"
