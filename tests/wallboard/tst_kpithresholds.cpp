#include "store/kpithresholds.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;

namespace {

QList<KpiPoint> minutesWith(const QString& outcome, const QList<int>& counts)
{
    QList<KpiPoint> minutes;
    for (int i = 0; i < counts.size(); ++i) {
        KpiPoint p;
        p.bucketMs = qint64(i) * 60000;
        p.counters.add(outcome, counts.at(i), 1000 * counts.at(i), 0, 0);
        minutes << p;
    }
    return minutes;
}

} // namespace

class TestKpiThresholds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void successLevel_data();
    void successLevel();
    void perMinute_leavesOutTheMinuteInProgress();
    void perMinuteLevels();
    void saveThenLoad_roundTrip();
    void partialFile_keepsDefaults();
    void badFile_isAnErrorNotACrash_data();
    void badFile_isAnErrorNotACrash();
};

void TestKpiThresholds::successLevel_data()
{
    QTest::addColumn<qint64>("entered");
    QTest::addColumn<qint64>("successful");
    QTest::addColumn<QString>("level");
    QTest::newRow("no sessions yet") << qint64(0) << qint64(0) << "normal";
    QTest::newRow("95 % is fine") << qint64(100) << qint64(95) << "normal";
    QTest::newRow("exactly 90 % is fine") << qint64(100) << qint64(90) << "normal";
    QTest::newRow("89 % is amber") << qint64(100) << qint64(89) << "amber";
    QTest::newRow("exactly 80 % is amber") << qint64(100) << qint64(80) << "amber";
    QTest::newRow("79 % is red") << qint64(100) << qint64(79) << "red";
}

void TestKpiThresholds::successLevel()
{
    QFETCH(qint64, entered);
    QFETCH(qint64, successful);
    QFETCH(QString, level);
    KpiCounters c;
    c.add(QStringLiteral("success"), successful, 0, 0, 0);
    c.add(QStringLiteral("hangup"), entered - successful, 0, 0, 0);
    const KpiThresholds t;
    QCOMPARE(KpiThresholds::levelName(t.successLevel(KpiThresholds::successRate(c))), level);
}

void TestKpiThresholds::perMinute_leavesOutTheMinuteInProgress()
{
    KpiThresholds t;
    t.windowMinutes = 3;
    // ... 2, 4, 6 in the last three whole minutes, 100 in the minute in progress.
    const auto minutes = minutesWith(QStringLiteral("hangup"), { 50, 2, 4, 6, 100 });
    QCOMPARE(t.perMinute(minutes, QStringLiteral("hangup")), 4.0);
    QCOMPARE(t.perMinute(minutes, QStringLiteral("technical_error")), 0.0);
    QCOMPARE(t.perMinute({}, QStringLiteral("hangup")), 0.0);
    QCOMPARE(t.perMinute(minutesWith(QStringLiteral("hangup"), { 7 }), QStringLiteral("hangup")), 0.0);
}

void TestKpiThresholds::perMinuteLevels()
{
    const KpiThresholds t; // hang-ups: amber over 5, red over 10; technical: amber over 1, red over 3
    QCOMPARE(t.hangUpsLevel(5.0), KpiThresholds::Level::Normal);
    QCOMPARE(t.hangUpsLevel(5.2), KpiThresholds::Level::Amber);
    QCOMPARE(t.hangUpsLevel(10.5), KpiThresholds::Level::Red);
    QCOMPARE(t.technicalLevel(0.4), KpiThresholds::Level::Normal);
    QCOMPARE(t.technicalLevel(2.0), KpiThresholds::Level::Amber);
    QCOMPARE(t.technicalLevel(3.1), KpiThresholds::Level::Red);
}

void TestKpiThresholds::saveThenLoad_roundTrip()
{
    QTemporaryDir dir;
    KpiThresholds t;
    t.successAmberBelow = 95;
    t.successRedBelow = 85.5;
    t.hangUpsAmberAbove = 2;
    t.hangUpsRedAbove = 4;
    t.technicalAmberAbove = 0;
    t.technicalRedAbove = 1;
    t.windowMinutes = 10;
    QString error;
    const QString path = dir.filePath("thresholds.json");
    QVERIFY2(t.save(path, &error), qPrintable(error));
    const auto back = KpiThresholds::load(path, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJson(), t.toJson());
    QCOMPARE(back->successRedBelow, 85.5);
    QCOMPARE(back->windowMinutes, 10);
}

void TestKpiThresholds::partialFile_keepsDefaults()
{
    QString error;
    const auto t = KpiThresholds::fromJson(
        QJsonDocument::fromJson(R"({"hangUpsPerMinute": {"redAbove": 20}})").object(), &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->hangUpsRedAbove, 20.0);
    QCOMPARE(t->hangUpsAmberAbove, KpiThresholds().hangUpsAmberAbove);
    QCOMPARE(t->successAmberBelow, KpiThresholds().successAmberBelow);
}

void TestKpiThresholds::badFile_isAnErrorNotACrash_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << QByteArray("{ nope") << "not a JSON object";
    QTest::newRow("an array") << QByteArray("[1, 2]") << "not a JSON object";
    QTest::newRow("a string for a number")
        << QByteArray(R"({"successRate": {"redBelow": "80"}})") << "successRate.redBelow";
    QTest::newRow("a negative rate") << QByteArray(R"({"hangUpsPerMinute": {"amberAbove": -1}})")
                                     << "hangUpsPerMinute.amberAbove";
    QTest::newRow("red above amber for the success rate")
        << QByteArray(R"({"successRate": {"amberBelow": 70, "redBelow": 80}})") << "redBelow <= amberBelow";
    QTest::newRow("amber above red per minute")
        << QByteArray(R"({"technicalErrorsPerMinute": {"amberAbove": 5, "redAbove": 2}})")
        << "amberAbove <= redAbove";
    QTest::newRow("over 100 per cent") << QByteArray(R"({"successRate": {"amberBelow": 120}})") << "100";
    QTest::newRow("a window of no minutes") << QByteArray(R"({"windowMinutes": 0})") << "windowMinutes";
    QTest::newRow("a window of half minutes") << QByteArray(R"({"windowMinutes": 2.5})") << "windowMinutes";
    QTest::newRow("a group that is not an object") << QByteArray(R"({"successRate": 80})") << "successRate";
}

void TestKpiThresholds::badFile_isAnErrorNotACrash()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QFile f(dir.filePath("t.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    QString error;
    QVERIFY(!KpiThresholds::load(f.fileName(), &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(error.startsWith(f.fileName()));
}

QTEST_GUILESS_MAIN(TestKpiThresholds)
#include "tst_kpithresholds.moc"
