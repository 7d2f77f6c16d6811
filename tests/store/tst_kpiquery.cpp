#include "store/durationhistogram.h"
#include "store/kpiquery.h"
#include "store/kpistore.h"
#include "storetestdb.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <algorithm>

using namespace voicepay;
using namespace voicepay::test;

namespace {
constexpr qint64 kFromMs = 1717200000000; // 2024-06-01 00:00 UTC
constexpr qint64 kSpanMs = 3 * 86400000; // three days

// The KPIs computed straight from the runs, without the store.
struct Expected
{
    KpiCounters totals;
    QMap<QString, KpiCounters> byCallType, byBrand, byExit, byVersion, bySite;
    QMap<QString, qint64> reached;
    QMap<QString, QMap<QString, qint64>> endedAt;
    QMap<QPair<QString, QString>, qint64> errors;
    QMap<QString, qint64> declines;
    QMap<QString, QList<qint64>> durations;
    QMap<qint64, qint64> enteredPerHour;

    void add(const ScenarioRun& run, const QString& site)
    {
        const CallResult& r = run.result;
        auto count = [&r](KpiCounters& c) {
            c.add(outcomeName(r.outcome), 1, r.durationMs, r.attempts, r.declines);
        };
        count(totals);
        count(byCallType[callTypeName(r.callType)]);
        count(byBrand[r.cardBrand]);
        count(byExit[callExitName(r.exit)]);
        count(byVersion[r.configVersion]);
        count(bySite[site]);
        QSet<QString> steps;
        for (const FlowEvent& e : run.events) {
            switch (e.kind) {
            case FlowEvent::Kind::StepEntered:
            case FlowEvent::Kind::GatewaySubmitted:
                steps.insert(e.step);
                break;
            case FlowEvent::Kind::InputError:
                ++errors[qMakePair(e.step, e.detail)];
                break;
            case FlowEvent::Kind::GatewayDeclined:
                ++declines[e.detail];
                break;
            case FlowEvent::Kind::SessionEnded:
                ++endedAt[e.step][outcomeName(r.outcome)];
                break;
            default:
                break;
            }
        }
        for (const QString& s : steps) {
            ++reached[s];
        }
        durations[outcomeName(r.outcome)] << r.durationMs;
        ++enteredPerHour[run.events.first().atMs / 3600000 * 3600000];
    }

    static qint64 percentileBinEdge(QList<qint64> values, double p)
    {
        std::sort(values.begin(), values.end());
        const qsizetype rank
            = std::max<qsizetype>(1, qsizetype(std::ceil(p / 100.0 * double(values.size()))));
        return DurationHistogram::upperEdgeMs(DurationHistogram::binFor(values.at(rank - 1)));
    }
};

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("embedded SQLite file") << QStringLiteral("sqlite");
    QTest::newRow("PostgreSQL server") << QStringLiteral("postgresql");
}

void compareCounters(const KpiCounters& actual, const KpiCounters& expected, const char* what)
{
    if (!(actual == expected)) {
        QFAIL(
            qPrintable(QStringLiteral("%1: entered %2/%3 successful %4/%5 unsuccessful %6/%7 attempted %8/%9 "
                                      "hang-ups %10/%11")
                           .arg(QString::fromLatin1(what))
                           .arg(actual.entered)
                           .arg(expected.entered)
                           .arg(actual.successful)
                           .arg(expected.successful)
                           .arg(actual.unsuccessful)
                           .arg(expected.unsuccessful)
                           .arg(actual.attempted)
                           .arg(expected.attempted)
                           .arg(actual.hangUps)
                           .arg(expected.hangUps)));
    }
}
} // namespace

class TestKpiQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyKpiMatchesTheRuns_data() { addBackendRows(); }
    void everyKpiMatchesTheRuns();
    void everyGranularityGivesTheSameTotals_data();
    void everyGranularityGivesTheSameTotals();
    void longRangesSumWholeMonthsFromMonthRollups_data();
    void longRangesSumWholeMonthsFromMonthRollups();
    void filtersBySiteAndVersion();
    void drillDownReturnsSessionsAndEvents();
    void queriesRunOnAnotherThread();
    void kpiCommandPrintsJsonAndCsv();

private:
    std::unique_ptr<StoreTestDb> m_sqlite;
    QList<ScenarioRun> m_runs;
    Expected m_expected;
    FlowConfig m_east;
};

void TestKpiQuery::initTestCase()
{
    // Two sites on two configuration versions.
    m_east.site = QStringLiteral("east");
    m_east.maxDeclines = 2;
    QVERIFY(m_east.version() != FlowConfig().version());
    m_sqlite = std::make_unique<StoreTestDb>(QStringLiteral("sqlite"));
    KpiStore store;
    QString error;
    QVERIFY2(store.open(m_sqlite->url(), &error), qPrintable(error));
    m_runs = runGeneratedCalls(&store, 300, 77, kFromMs, kSpanMs);
    const QList<ScenarioRun> east = runGeneratedCalls(&store, 150, 78, kFromMs, kSpanMs, m_east);
    QVERIFY2(store.flush(&error), qPrintable(error));
    for (const ScenarioRun& run : std::as_const(m_runs)) {
        m_expected.add(run, QStringLiteral("local"));
    }
    for (const ScenarioRun& run : east) {
        m_expected.add(run, QStringLiteral("east"));
    }
    m_runs << east;
}

void TestKpiQuery::everyKpiMatchesTheRuns()
{
    QFETCH(QString, backend);
    std::unique_ptr<StoreTestDb> pg;
    StoreUrl url = m_sqlite->url();
    if (backend == u"postgresql") {
        pg = std::make_unique<StoreTestDb>(backend);
        if (!pg->isReady()) {
            QSKIP(qPrintable(pg->skipReason()));
        }
        url = pg->url();
        KpiStore store;
        QString error;
        QVERIFY2(store.open(url, &error), qPrintable(error));
        runGeneratedCalls(&store, 300, 77, kFromMs, kSpanMs);
        runGeneratedCalls(&store, 150, 78, kFromMs, kSpanMs, m_east);
        QVERIFY2(store.flush(&error), qPrintable(error));
    }
    KpiQuery query(url);
    const auto report = query.report(KpiRange { kFromMs, kFromMs + kSpanMs, Granularity::Hour });
    QVERIFY2(report, qPrintable(query.lastError()));
    const Expected& e = m_expected;
    compareCounters(report->totals, e.totals, "totals");
    QCOMPARE(report->totals.entered, 450);
    QVERIFY(report->totals.successful > 0 && report->totals.unsuccessful > 0 && report->totals.hangUps > 0);
    QVERIFY(e.byBrand.size() >= 4 && e.byCallType.size() == 2 && e.byExit.size() >= 3);
    for (auto [actual, expected, name] : { std::tuple { &report->byCallType, &e.byCallType, "call type" },
             std::tuple { &report->byBrand, &e.byBrand, "brand" },
             std::tuple { &report->byExit, &e.byExit, "exit" },
             std::tuple { &report->byConfigVersion, &e.byVersion, "config version" },
             std::tuple { &report->bySite, &e.bySite, "site" } }) {
        QCOMPARE(actual->keys(), expected->keys());
        for (auto it = expected->begin(); it != expected->end(); ++it) {
            compareCounters(actual->value(it.key()), it.value(), name);
        }
    }
    QCOMPARE(report->ratePerMinute, 450.0 / (3 * 24 * 60));

    QMap<qint64, qint64> perHour;
    for (const KpiPoint& p : report->series) {
        perHour[p.bucketMs] = p.counters.entered;
        QCOMPARE(p.ratePerMinute, double(p.counters.entered) / 60.0);
    }
    QCOMPARE(perHour, e.enteredPerHour);

    QMap<QString, qint64> reached;
    QMap<QString, QMap<QString, qint64>> endedAt;
    for (const FunnelStep& f : report->funnel) {
        if (f.reached > 0) {
            reached[f.step] = f.reached;
        }
        if (!f.endedHere.isEmpty()) {
            endedAt[f.step] = f.endedHere;
        }
    }
    QCOMPARE(reached, e.reached);
    QCOMPARE(endedAt, e.endedAt);
    QVERIFY(endedAt.size() >= 4); // callers drop out at several steps

    QMap<QPair<QString, QString>, qint64> errors;
    for (const ErrorCount& c : report->errors) {
        errors[qMakePair(c.step, c.kind)] = c.count;
    }
    QCOMPARE(errors, e.errors);
    QVERIFY(errors.contains(qMakePair(u"card_number"_qs, u"luhn_failed"_qs)));
    QVERIFY(errors.contains(qMakePair(u"pin"_qs, u"wrong_pin"_qs)));
    QCOMPARE(report->declinesByReason, e.declines);
    QVERIFY(e.declines.size() >= 3);

    QCOMPARE(report->durationByOutcome.keys(), e.durations.keys());
    for (auto it = e.durations.begin(); it != e.durations.end(); ++it) {
        const DurationPercentiles d = report->durationByOutcome.value(it.key());
        QCOMPARE(d.sessions, it.value().size());
        QCOMPARE(d.p50Ms, Expected::percentileBinEdge(it.value(), 50));
        QCOMPARE(d.p90Ms, Expected::percentileBinEdge(it.value(), 90));
    }
}

void TestKpiQuery::everyGranularityGivesTheSameTotals_data()
{
    QTest::addColumn<int>("granularity");
    QTest::newRow("by minute") << int(Granularity::Minute);
    QTest::newRow("by hour") << int(Granularity::Hour);
    QTest::newRow("by day") << int(Granularity::Day);
    QTest::newRow("by month") << int(Granularity::Month);
}

void TestKpiQuery::everyGranularityGivesTheSameTotals()
{
    QFETCH(int, granularity);
    KpiQuery query(m_sqlite->url());
    const KpiRange range { kFromMs, kFromMs + kSpanMs, Granularity(granularity) };
    const auto totals = query.totals(range);
    QVERIFY2(totals, qPrintable(query.lastError()));
    compareCounters(*totals, m_expected.totals, "totals");
    const auto series = query.series(range);
    QVERIFY(series);
    KpiCounters sum;
    for (const KpiPoint& p : *series) {
        QCOMPARE(bucketStart(p.bucketMs, range.by) * 1000, p.bucketMs);
        sum.merge(p.counters);
    }
    compareCounters(sum, m_expected.totals, "series");
    // A range that ends before the data starts holds nothing.
    const auto none = query.totals(KpiRange { kFromMs - 86400000, kFromMs, range.by });
    QVERIFY(none);
    QCOMPARE(none->entered, 0);
}

void TestKpiQuery::longRangesSumWholeMonthsFromMonthRollups_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("granularity");
    QTest::newRow("three whole months by day")
        << u"2024-05-01"_qs << u"2024-08-01"_qs << int(Granularity::Day);
    QTest::newRow("half a month and a whole one by hour")
        << u"2024-05-15"_qs << u"2024-07-01"_qs << int(Granularity::Hour);
    QTest::newRow("a whole month after part of one")
        << u"2024-06-02T06:00:00Z"_qs << u"2024-08-01"_qs << int(Granularity::Hour);
    QTest::newRow("part of a month by minute")
        << u"2024-06-01T12:00:00Z"_qs << u"2024-06-03T00:00:00Z"_qs << int(Granularity::Minute);
}

void TestKpiQuery::longRangesSumWholeMonthsFromMonthRollups()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, granularity);
    auto ms = [](const QString& t) {
        QDateTime d = QDateTime::fromString(t, Qt::ISODate);
        d.setTimeSpec(Qt::UTC);
        return d.toMSecsSinceEpoch();
    };
    const KpiRange range { ms(from), ms(to), Granularity(granularity) };
    qint64 expected = 0;
    for (auto it = m_expected.enteredPerHour.begin(); it != m_expected.enteredPerHour.end(); ++it) {
        expected += it.key() >= range.fromMs && it.key() < range.toMs ? it.value() : 0;
    }
    QVERIFY(expected > 0);
    KpiQuery query(m_sqlite->url());
    const auto report = query.report(range);
    QVERIFY2(report, qPrintable(query.lastError()));
    QCOMPARE(report->totals.entered, expected);
    qint64 inSeries = 0;
    for (const KpiPoint& p : report->series) {
        inSeries += p.counters.entered;
    }
    QCOMPARE(inSeries, expected);
    qint64 inDurations = 0;
    for (const DurationPercentiles& d : report->durationByOutcome) {
        inDurations += d.sessions;
    }
    QCOMPARE(inDurations, expected);
    qint64 ended = 0;
    for (const FunnelStep& f : report->funnel) {
        for (qint64 n : f.endedHere) {
            ended += n;
        }
    }
    QCOMPARE(ended, expected);
}

void TestKpiQuery::filtersBySiteAndVersion()
{
    KpiQuery query(m_sqlite->url());
    const KpiRange range { kFromMs, kFromMs + kSpanMs, Granularity::Day };
    const auto east = query.totals(range, KpiFilter { QStringLiteral("east"), QString() });
    QVERIFY(east);
    compareCounters(*east, m_expected.bySite.value(u"east"_qs), "east");
    const auto version = query.totals(range, KpiFilter { QString(), FlowConfig().version() });
    QVERIFY(version);
    compareCounters(*version, m_expected.byVersion.value(FlowConfig().version()), "version");
}

void TestKpiQuery::drillDownReturnsSessionsAndEvents()
{
    KpiQuery query(m_sqlite->url());
    const auto sessions = query.sessions(kFromMs, kFromMs + kSpanMs, {}, 10);
    QVERIFY2(sessions, qPrintable(query.lastError()));
    QCOMPARE(sessions->size(), 10);
    QVERIFY(sessions->at(0).startedAtMs >= sessions->at(9).startedAtMs);
    const SessionRecord& s = sessions->first();
    const auto run = std::find_if(m_runs.begin(), m_runs.end(),
        [&s](const ScenarioRun& r) { return r.result.sessionId == s.sessionId; });
    QVERIFY(run != m_runs.end());
    QCOMPARE(s.outcome, outcomeName(run->result.outcome));
    QCOMPARE(s.path.first(), u"start"_qs);
    const auto events = query.events(s.sessionId);
    QVERIFY(events);
    QCOMPARE(events->size(), run->events.size());
    QCOMPARE(events->last().kind, u"session_ended"_qs);

    QBuffer csv;
    QVERIFY(csv.open(QIODevice::ReadWrite));
    QVERIFY(query.exportCsv(kFromMs, kFromMs + kSpanMs, {}, &csv));
    QCOMPARE(csv.data().count('\n'), 451);
}

void TestKpiQuery::queriesRunOnAnotherThread()
{
    KpiCounters onWorker;
    QString error;
    QThread* worker = QThread::create([&] {
        KpiQuery query(m_sqlite->url());
        const auto totals = query.totals(KpiRange { kFromMs, kFromMs + kSpanMs, Granularity::Day });
        if (totals) {
            onWorker = *totals;
        } else {
            error = query.lastError();
        }
    });
    worker->start();
    KpiQuery here(m_sqlite->url());
    const auto totals = here.totals(KpiRange { kFromMs, kFromMs + kSpanMs, Granularity::Hour });
    QVERIFY(worker->wait(30000));
    delete worker;
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(totals);
    compareCounters(onWorker, *totals, "worker thread");
}

void TestKpiQuery::kpiCommandPrintsJsonAndCsv()
{
    const QString sim = QStringLiteral(VOICEPAY_BINARY_DIR "/bin/voicepay-sim");
    const QString db = QStringLiteral("sqlite:") + m_sqlite->sqlitePath();
    QProcess json;
    json.start(sim,
        { u"kpi"_qs, u"--db"_qs, db, u"--from"_qs, u"2024-06-01"_qs, u"--to"_qs, u"2024-06-04"_qs, u"--by"_qs,
            u"day"_qs, u"--format"_qs, u"json"_qs });
    QVERIFY(json.waitForFinished(30000));
    QVERIFY2(json.exitCode() == 0, json.readAllStandardError().constData());
    const QJsonObject report = QJsonDocument::fromJson(json.readAllStandardOutput()).object();
    const QJsonObject totals = report.value(u"totals"_qs).toObject();
    QCOMPARE(totals.value(u"entered"_qs).toInteger(), m_expected.totals.entered);
    QCOMPARE(totals.value(u"successful"_qs).toInteger(), m_expected.totals.successful);
    QCOMPARE(totals.value(u"hangUps"_qs).toInteger(), m_expected.totals.hangUps);
    QCOMPARE(report.value(u"series"_qs).toArray().size(), 3);

    QProcess csv;
    csv.start(sim, { u"kpi"_qs, u"--db"_qs, db, u"--by"_qs, u"hour"_qs, u"--format"_qs, u"csv"_qs });
    QVERIFY(csv.waitForFinished(30000));
    QCOMPARE(csv.exitCode(), 0);
    const QList<QByteArray> lines = csv.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.first(),
        QByteArray("bucket,entered,successful,unsuccessful,attempted,hang_ups,declines,rate_per_minute"));
    QCOMPARE(lines.size() - 1, m_expected.enteredPerHour.size());

    QProcess bad;
    bad.start(sim, { u"kpi"_qs, u"--db"_qs, db, u"--by"_qs, u"week"_qs });
    QVERIFY(bad.waitForFinished(30000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("--by"));
}

QTEST_GUILESS_MAIN(TestKpiQuery)
#include "tst_kpiquery.moc"
