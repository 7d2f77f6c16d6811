#include "gateway/anet/anetgateway.h"
#include "sandboxhttpserver.h"
#include "testcharge.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTest>
#include <deque>
#include <memory>

using namespace voicepay;

// Many charges through every fault at once: whatever the client reports, the server's ledger must agree
// with it: exactly one charge for each approved session, none for the others.
class TestGatewayFaultRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Every reconciled charge logs a warning; a thousand of them say nothing here.
        QLoggingCategory::setFilterRules(QStringLiteral("voicepay.*=false"));
    }

    void thousandCharges_ledgerMatchesWhatTheClientReported()
    {
        const int total = 1000;
        const int concurrent = 6; // the network manager's connections per host: none waits in its queue
        const MerchantCredentials merchant { QStringLiteral("fault-run"), QStringLiteral("FaultRunKey1") };
        QString error;
        const auto spec = SandboxFaultSpec::parse(
            QStringLiteral("latency=0-3,drop=5%,http500=5%,timeout=3%,malformed=5%,truncated=5%,late=3%,"
                           "hold=2000,late-after=900,seed=20261125"),
            &error);
        QVERIFY2(spec, qPrintable(error));
        SandboxHttpServer server(merchant, *spec);
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, {}, {}, &error), qPrintable(error));

        GatewaySettings settings;
        settings.mode = QStringLiteral("server");
        settings.url = server.endpoint().toString();
        settings.connectTimeoutMs = 3000;
        settings.transferTimeoutMs = 700;
        AnetGateway gateway(settings, merchant);

        const QByteArray cards[] = { "4111111111111111", "5555555555554444", "378282246310005",
            "6011111111111117", "4000000000000002", "4000000000009995", "4000000000000069",
            "4000000000000127", "4000000000000119" };
        struct Session
        {
            std::unique_ptr<TestCharge> charge;
            std::optional<GatewayResult> result;
        };
        std::vector<Session> sessions(total);
        int next = 0;
        int running = 0;
        int completed = 0;
        std::function<void()> startMore = [&] {
            while (running < concurrent && next < total) {
                const int i = next++;
                // Mostly approvals, every outcome represented.
                const QByteArray& card = cards[(i % 3 == 0) ? 4 + (i / 3) % 5 : i % 4];
                sessions[std::size_t(i)].charge = std::make_unique<TestCharge>(
                    card, QStringLiteral("run-%1").arg(i, 5, 10, QLatin1Char('0')), 100 + i);
                ++running;
                gateway.submit(sessions[std::size_t(i)].charge->request, [&, i](const GatewayResult& r) {
                    Session& s = sessions[std::size_t(i)];
                    if (s.result) {
                        qFatal("session %d completed twice", i);
                    }
                    s.result = r;
                    --running;
                    ++completed;
                    QMetaObject::invokeMethod(
                        this, [&] { startMore(); }, Qt::QueuedConnection);
                });
                // The request's card buffers are read during submit() only.
                sessions[std::size_t(i)].charge->card.clear();
                sessions[std::size_t(i)].charge->code.clear();
            }
        };
        QElapsedTimer clock;
        clock.start();
        startMore();
        QTRY_COMPARE_WITH_TIMEOUT(completed, total, 90000);
        qInfo("%d charges in %lld ms", total, qint64(clock.elapsed()));

        int approved = 0;
        int declined = 0;
        int errors = 0;
        for (int i = 0; i < total; ++i) {
            const Session& s = sessions[std::size_t(i)];
            QVERIFY(s.result);
            const QString invoice = s.charge->request.invoiceNumber;
            const int charges = server.protocol().chargesFor(invoice);
            switch (s.result->status) {
            case GatewayResult::Status::Approved:
                ++approved;
                QVERIFY2(charges == 1,
                    qPrintable(QStringLiteral("%1 approved, %2 charges").arg(invoice).arg(charges)));
                break;
            case GatewayResult::Status::Declined:
                ++declined;
                QVERIFY2(charges == 0,
                    qPrintable(QStringLiteral("%1 declined, %2 charges").arg(invoice).arg(charges)));
                break;
            case GatewayResult::Status::Error:
                ++errors;
                QVERIFY2(charges == 0,
                    qPrintable(QStringLiteral("%1 error (%2), %3 charges")
                                   .arg(invoice, s.result->message)
                                   .arg(charges)));
                break;
            }
        }
        QCOMPARE(server.protocol().chargeCount(), approved);
        qInfo("approved %d, declined %d, errors %d; faults injected: %s", approved, declined, errors,
            qPrintable([&] {
                QStringList parts;
                for (auto it = server.protocol().faultCounts().begin();
                     it != server.protocol().faultCounts().end(); ++it) {
                    parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
                }
                return parts.join(QStringLiteral(", "));
            }()));
        // Each kind of fault happened, and approvals were still the most common outcome.
        QCOMPARE(server.protocol().faultCounts().size(), 6);
        QVERIFY(approved > total / 2);
        QVERIFY(declined > 0);
        QVERIFY(errors > 0);
    }
};

QTEST_GUILESS_MAIN(TestGatewayFaultRun)
#include "tst_gatewayfaultrun.moc"
