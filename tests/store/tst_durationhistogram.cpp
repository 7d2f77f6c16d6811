#include "store/durationhistogram.h"

#include <QTest>

using namespace voicepay;

class TestDurationHistogram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void binsDurations_data();
    void binsDurations();
    void percentileIsTheUpperEdgeOfTheNearestRankBin();
};

void TestDurationHistogram::binsDurations_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<qint64>("upperEdge");
    QTest::newRow("an instant call is in the first bin") << qint64(0) << qint64(5000);
    QTest::newRow("exactly five seconds is in the first bin") << qint64(5000) << qint64(5000);
    QTest::newRow("just over five seconds is in the second") << qint64(5001) << qint64(10000);
    QTest::newRow("ten minutes ends the fine bins") << qint64(600000) << qint64(600000);
    QTest::newRow("past ten minutes, minute bins") << qint64(600001) << qint64(660000);
    QTest::newRow("past an hour, the overflow bin") << qint64(4000000) << qint64(3600000);
}

void TestDurationHistogram::binsDurations()
{
    QFETCH(qint64, ms);
    QFETCH(qint64, upperEdge);
    const int bin = DurationHistogram::binFor(ms);
    QVERIFY(bin >= 0 && bin < DurationHistogram::binCount());
    QCOMPARE(DurationHistogram::upperEdgeMs(bin), upperEdge);
}

void TestDurationHistogram::percentileIsTheUpperEdgeOfTheNearestRankBin()
{
    QList<qint64> counts(DurationHistogram::binCount(), 0);
    QCOMPARE(DurationHistogram::percentileMs(counts, 50), 0);
    // 19 calls: 5 of 3 s, 5 of 8 s, 5 of 30 s, 4 of 100 s. The 10th is the last 8 s call; the 18th, a 100 s
    // one.
    counts[DurationHistogram::binFor(3000)] = 5;
    counts[DurationHistogram::binFor(8000)] = 5;
    counts[DurationHistogram::binFor(30000)] = 5;
    counts[DurationHistogram::binFor(100000)] = 4;
    QCOMPARE(DurationHistogram::percentileMs(counts, 50), 10000);
    QCOMPARE(DurationHistogram::percentileMs(counts, 90), 100000);
}

QTEST_GUILESS_MAIN(TestDurationHistogram)
#include "tst_durationhistogram.moc"
