#include "gateway/anet/sandboxfaultspec.h"

#include <QTest>

using namespace voicepay;

class TestSandboxFaultSpec : public QObject
{
    Q_OBJECT

private slots:
    void validSpec_isRead_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("normalised");

        QTest::newRow("nothing") << QString() << QStringLiteral("none");
        QTest::newRow("fixed latency") << QStringLiteral("latency=20") << QStringLiteral("latency=20,seed=1");
        QTest::newRow("latency range")
            << QStringLiteral("latency=5-50") << QStringLiteral("latency=5-50,seed=1");
        QTest::newRow("a bare fault hits every charge")
            << QStringLiteral("drop") << QStringLiteral("drop=100%,seed=1");
        QTest::newRow("percent and fraction") << QStringLiteral("http500=5%, malformed=0.1")
                                              << QStringLiteral("http500=5%,malformed=10%,seed=1");
        QTest::newRow("timeout with its hold")
            << QStringLiteral("timeout=2%,hold=900") << QStringLiteral("timeout=2%,hold=900,seed=1");
        QTest::newRow("late with its delay and a seed") << QStringLiteral("late=1%,late-after=1500,seed=7")
                                                        << QStringLiteral("late=1%,late-after=1500,seed=7");
        QTest::newRow("all of them") << QStringLiteral(
            "drop=10%,http500=10%,timeout=10%,malformed=10%,truncated=10%,late=10%")
                                     << QStringLiteral(
                                            "drop=10%,http500=10%,timeout=10%,malformed=10%,truncated=10%,"
                                            "late=10%,hold=60000,late-after=20000,seed=1");
    }

    void validSpec_isRead()
    {
        QFETCH(QString, spec);
        QFETCH(QString, normalised);
        QString error;
        const auto parsed = SandboxFaultSpec::parse(spec, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->toString(), normalised);
        // What toString() writes reads back the same.
        QCOMPARE(
            SandboxFaultSpec::parse(parsed->toString() == u"none" ? QString() : parsed->toString(), &error)
                ->toString(),
            normalised);
    }

    void badSpec_isRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("reason");

        QTest::newRow("unknown fault") << QStringLiteral("explode=5%") << QStringLiteral("unknown fault");
        QTest::newRow("share over one") << QStringLiteral("drop=150%") << QStringLiteral("not a share");
        QTest::newRow("negative share") << QStringLiteral("drop=-1") << QStringLiteral("not a share");
        QTest::newRow("shares over 100 percent")
            << QStringLiteral("drop=60%,late=60%") << QStringLiteral("more than 100%");
        QTest::newRow("latency range reversed")
            << QStringLiteral("latency=50-5") << QStringLiteral("latency");
        QTest::newRow("latency not a number") << QStringLiteral("latency=soon") << QStringLiteral("latency");
        QTest::newRow("empty value") << QStringLiteral("drop=") << QStringLiteral("empty value");
        QTest::newRow("hold without a value") << QStringLiteral("hold") << QStringLiteral("unknown fault");
        QTest::newRow("seed not a number") << QStringLiteral("seed=x") << QStringLiteral("seed");
        QTest::newRow("settle not a number") << QStringLiteral("settle=soon") << QStringLiteral("settle");
        QTest::newRow("page of none") << QStringLiteral("page=0") << QStringLiteral("page");
        QTest::newRow("page over the API's 1000") << QStringLiteral("page=1001") << QStringLiteral("page");
        QTest::newRow("processing negative")
            << QStringLiteral("processing=-5") << QStringLiteral("processing");
        QTest::newRow("review over one") << QStringLiteral("review=2") << QStringLiteral("not a share");
    }

    void realGatewayFaults_areRead()
    {
        QString error;
        const auto spec = SandboxFaultSpec::parse(
            QStringLiteral("timeout=10%,settle=3,page=50,processing=250,review=2%,seed=9"), &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->settleSeconds, 3);
        QCOMPARE(spec->pageSize, 50);
        QCOMPARE(spec->processingMs, 250);
        QCOMPARE(spec->review, 0.02);
        QCOMPARE(spec->total(), 0.10); // review is an outcome, not a connection fault
        const QString text = spec->toString();
        for (const char* part : { "settle=3", "page=50", "processing=250", "review=2%" }) {
            QVERIFY2(text.contains(QLatin1String(part)), qPrintable(text));
        }
        QCOMPARE(SandboxFaultSpec::parse(text, &error)->pageSize, 50);
    }

    void badSpec_isRefusedWithTheReason()
    {
        QFETCH(QString, spec);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!SandboxFaultSpec::parse(spec, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaultSpec)
#include "tst_sandboxfaultspec.moc"
