#include "cards/luhn.h"
#include "gateway/sandboxrules.h"
#include "sim/loadgenerator.h"
#include "store/kpitypes.h"
#include "store/storeconnection.h"
#include "store/storeschema.h"
#include "storetestdb.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace voicepay;
using namespace voicepay::test;

class TestLoadGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameSeedGivesTheSameCalls();
    void givenTheirNumberCallsComeInTimeOrderOverTheSpan();
    void cardNumbersAreValidTestCardsBuiltAtRunTime();
    void refusesABadMix_data();
    void refusesABadMix();
    void aMixOfOneKindGivesOnlyThatKind();
    void loadRunIsTheSameWhateverTheConcurrency();
    void loadRollupsAreTheSumsOfItsSessions();
};

namespace {
// The rows of a query, each as one line of text, in the query's order.
QStringList rowsOf(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        return { u"error: "_qs + sql };
    }
    QStringList rows;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i) {
            row << q.value(i).toString();
        }
        rows << row.join(u'|');
    }
    return rows;
}

// The bucket a session's start falls in, in SQL, as the store computes it (kpitypes.cpp).
QString bucketOf(Granularity g)
{
    switch (g) {
    case Granularity::Minute:
        return u"(s.started_at / 60000) * 60"_qs;
    case Granularity::Hour:
        return u"(s.started_at / 3600000) * 3600"_qs;
    case Granularity::Day:
        return u"(s.started_at / 86400000) * 86400"_qs;
    case Granularity::Month:
        break;
    }
    return u"CAST(strftime('%s', s.started_at / 1000, 'unixepoch', 'start of month') AS INTEGER)"_qs;
}
} // namespace

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

// As a contact centre's calls come: one after another, spread evenly over the span; the writer then adds to
// the rollup rows of the last minutes, not to rows all over the year.
void TestLoadGenerator::givenTheirNumberCallsComeInTimeOrderOverTheSpan()
{
    const qint64 from = 1717200000000;
    const qint64 span = 30LL * 86400000;
    const int calls = 3000;
    const LoadGenerator ordered(42, LoadMix::standard(), from, span, calls);
    const LoadGenerator scattered(42, LoadMix::standard(), from, span);
    qint64 previous = from;
    int backwards = 0;
    int perDay[30] = {};
    for (int i = 0; i < calls; ++i) {
        const qint64 at = ordered.call(i).startMs;
        QVERIFY(at >= previous);
        QVERIFY(at < from + span);
        ++perDay[(at - from) / 86400000];
        previous = at;
        backwards += scattered.call(i + 1).startMs < scattered.call(i).startMs ? 1 : 0;
        QCOMPARE(ordered.call(i).sessionId, scattered.call(i).sessionId);
    }
    for (int n : perDay) {
        QVERIFY2(n >= 99 && n <= 101, qPrintable(QString::number(n))); // a hundred a day, evenly
    }
    QVERIFY(backwards > calls / 3); // without the number, each call anywhere in the span
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

void TestLoadGenerator::loadRollupsAreTheSumsOfItsSessions()
{
    // Many small batches over 40 days: rows of the coarser levels are upserted by many batches, months
    // change.
    StoreTestDb db(QStringLiteral("sqlite"));
    QProcess load;
    load.start(QStringLiteral(VOICEPAY_BINARY_DIR "/bin/voicepay-sim"),
        { u"load"_qs, u"--calls"_qs, u"800"_qs, u"--concurrency"_qs, u"2"_qs, u"--db"_qs, db.urlString(),
            u"--seed"_qs, u"777"_qs, u"--days"_qs, u"40"_qs, u"--batch"_qs, u"40"_qs });
    QVERIFY(load.waitForFinished(60000));
    QVERIFY2(load.exitCode() == 0, load.readAllStandardError().constData());
    StoreConnection c(db.url(), QStringLiteral("check"));
    QString error;
    QVERIFY2(c.open(&error), qPrintable(error));
    QCOMPARE(rowsOf(c.database(), u"SELECT COUNT(*) FROM sessions"_qs), QStringList { u"800"_qs });
    for (Granularity g : allGranularities()) {
        const QString b = bucketOf(g);
        const QStringList cube = rowsOf(c.database(),
            u"SELECT bucket, site, config_version, call_type, outcome, call_exit, brand, is_test, sessions, "
            u"duration_ms, attempts, declines FROM %1 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8"_qs.arg(
                StoreSchema::rollupTable(g)));
        QVERIFY(cube.size() > 1);
        QCOMPARE(cube,
            rowsOf(c.database(),
                u"SELECT %1, site, config_version, call_type, outcome, call_exit, brand, is_test, COUNT(*), "
                u"SUM(duration_ms), SUM(attempts), SUM(declines) FROM sessions s "
                u"GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8"_qs.arg(b)));
        // Where sessions ended (the funnel's last column) and the steps they reached, once per session.
        QCOMPARE(rowsOf(c.database(),
                     u"SELECT bucket, site, config_version, name, detail, is_test, n FROM %1 "
                     u"WHERE family = 'ended' ORDER BY 1, 2, 3, 4, 5, 6"_qs.arg(StoreSchema::countsTable(g))),
            rowsOf(c.database(),
                u"SELECT %1, site, config_version, last_step, outcome, is_test, COUNT(*) FROM sessions s "
                u"GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6"_qs.arg(b)));
        QCOMPARE(rowsOf(c.database(),
                     u"SELECT bucket, site, config_version, name, is_test, n FROM %1 "
                     u"WHERE family = 'reached' ORDER BY 1, 2, 3, 4, 5"_qs.arg(StoreSchema::countsTable(g))),
            rowsOf(c.database(),
                u"SELECT %1, s.site, s.config_version, CASE WHEN e.step = '' THEN 'authorize' ELSE e.step "
                u"END, "
                u"s.is_test, COUNT(DISTINCT s.seq) FROM sessions s JOIN events e ON e.session_seq = s.seq "
                u"WHERE e.kind IN ('step_entered', 'gateway_submitted') GROUP BY 1, 2, 3, 4, 5 "
                u"ORDER BY 1, 2, 3, 4, 5"_qs.arg(b)));
        // Every session in the duration histogram of its bucket and outcome.
        QCOMPARE(rowsOf(c.database(),
                     u"SELECT bucket, site, config_version, outcome, is_test, SUM(n) FROM %1 "
                     u"GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"_qs.arg(StoreSchema::durationsTable(g))),
            rowsOf(c.database(),
                u"SELECT %1, site, config_version, outcome, is_test, COUNT(*) FROM sessions s "
                u"GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"_qs.arg(b)));
    }
}

QTEST_GUILESS_MAIN(TestLoadGenerator)
#include "tst_loadgenerator.moc"
