#include "cards/luhn.h"
#include "gateway/sandboxrules.h"
#include "sim/loadgenerator.h"
#include "store/storeconnection.h"
#include "storetestdb.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace voicepay;
using namespace voicepay::test;

class TestLoadGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameSeedGivesTheSameCalls();
    void cardNumbersAreValidTestCardsBuiltAtRunTime();
    void refusesABadMix_data();
    void refusesABadMix();
    void aMixOfOneKindGivesOnlyThatKind();
    void loadRunIsTheSameWhateverTheConcurrency();
};

void TestLoadGenerator::sameSeedGivesTheSameCalls()
{
    const LoadGenerator a(42, LoadMix::standard(), 1717200000000, 86400000);
    const LoadGenerator b(42, LoadMix::standard(), 1717200000000, 86400000);
    const LoadGenerator other(43, LoadMix::standard(), 1717200000000, 86400000);
    int differ = 0;
    for (int i = 0; i < 200; ++i) {
        const GeneratedCall x = a.call(i);
        const GeneratedCall y = b.call(i);
        QCOMPARE(x.sessionId, y.sessionId);
        QCOMPARE(x.startMs, y.startMs);
        QCOMPARE(x.scenario.toJson(), y.scenario.toJson());
        differ += other.call(i).scenario.toJson() != x.scenario.toJson() ? 1 : 0;
    }
    QVERIFY(differ > 100);
}

void TestLoadGenerator::cardNumbersAreValidTestCardsBuiltAtRunTime()
{
    const LoadGenerator generator(7, LoadMix::standard(), 1717200000000, 0);
    QSet<QString> kinds;
    int declining = 0;
    for (int i = 0; i < 500; ++i) {
        const GeneratedCall call = generator.call(i);
        kinds.insert(call.kind);
        for (const ScenarioInput& input : call.scenario.inputs) {
            QString keys = input.text;
            keys.remove(QLatin1Char('#'));
            if (keys.size() < 13) {
                continue;
            }
            const QByteArray latin = keys.toLatin1();
            const bool valid = luhnValid(std::string_view(latin.constData(), std::size_t(latin.size())));
            QVERIFY(valid || call.kind == u"wrong_digits" || call.kind == u"input_failed");
            if (keys.startsWith(u"4000000000")) {
                ++declining;
                const auto digits = SensitiveDigits::fromKeys(
                    std::string_view(latin.constData(), std::size_t(latin.size())));
                QVERIFY(sandboxOutcomeFor(digits).status != GatewayResult::Status::Approved);
            }
        }
    }
    QCOMPARE(kinds.size(), LoadMix::kinds().size());
    QVERIFY(declining > 5);
}

void TestLoadGenerator::refusesABadMix_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("success: 1");
    QTest::newRow("an unknown kind") << QByteArray(R"({"fraud": 3})");
    QTest::newRow("a negative weight") << QByteArray(R"({"success": -1})");
    QTest::newRow("a weight that is text") << QByteArray(R"({"success": "many"})");
    QTest::newRow("every weight zero") << QByteArray(R"({"success": 0})");
}

void TestLoadGenerator::refusesABadMix()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!LoadMix::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
}

void TestLoadGenerator::aMixOfOneKindGivesOnlyThatKind()
{
    QString error;
    const auto mix = LoadMix::fromJson(R"({"declined_max": 1, "success": 0})", &error);
    QVERIFY2(mix, qPrintable(error));
    const LoadGenerator generator(1, *mix, 0, 0);
    for (int i = 0; i < 50; ++i) {
        QCOMPARE(generator.call(i).kind, u"declined_max"_qs);
    }
}

void TestLoadGenerator::loadRunIsTheSameWhateverTheConcurrency()
{
    QMap<QString, QString> sessions[2];
    const int concurrency[2] = { 1, 3 };
    for (int run = 0; run < 2; ++run) {
        StoreTestDb db(QStringLiteral("sqlite"));
        QProcess load;
        load.start(QStringLiteral(VOICEPAY_BINARY_DIR "/bin/voicepay-sim"),
            { u"load"_qs, u"--calls"_qs, u"300"_qs, u"--concurrency"_qs, QString::number(concurrency[run]),
                u"--db"_qs, db.urlString(), u"--seed"_qs, u"12345"_qs, u"--days"_qs, u"2"_qs });
        QVERIFY(load.waitForFinished(60000));
        QVERIFY2(load.exitCode() == 0, load.readAllStandardError().constData());
        const QByteArray printed = load.readAllStandardOutput();
        QVERIFY2(printed.contains("calls/s") && printed.contains("events/s"), printed.constData());
        StoreConnection c(db.url(), QStringLiteral("check"));
        QString error;
        QVERIFY2(c.open(&error), qPrintable(error));
        QSqlQuery q(c.database());
        QVERIFY(q.exec(
            u"SELECT session_id, outcome, duration_ms, brand, last4, attempts, path FROM sessions"_qs));
        while (q.next()) {
            sessions[run].insert(q.value(0).toString(),
                QStringList { q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString() }
                    .join(u"|"_qs));
        }
    }
    QCOMPARE(sessions[0].size(), 300);
    QCOMPARE(sessions[0], sessions[1]);
}

QTEST_GUILESS_MAIN(TestLoadGenerator)
#include "tst_loadgenerator.moc"
