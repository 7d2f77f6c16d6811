// The session browser finds any call (search, sort, pages off the GUI thread) and the dashboards drill down
// into it: a tile, a point of the series chart, a bar of the split chart and a funnel step each open the
// sessions they count.
#include "dashboards/funnelmodel.h"
#include "dashboards/historicaldashboard.h"
#include "dashboards/livedashboard.h"
#include "sessions/sessionbrowser.h"
#include "sessions/sessionsearchbar.h"
#include "store/kpistore.h"
#include "store/livekpifeed.h"
#include "widgets/kpitile.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QHeaderView>
#include <QLineSeries>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;
using namespace voicepay::ui;

namespace {
constexpr int kSessions = 120;
const QStringList kOutcomes { u"success"_qs, u"hangup"_qs, u"declined_max"_qs, u"technical_error"_qs };

SessionRecord session(int i, qint64 nowMs)
{
    SessionRecord r;
    r.sessionId = u"call-%1"_qs.arg(i, 3, 10, QLatin1Char('0'));
    r.site = i % 2 == 0 ? u"north"_qs : u"south"_qs;
    r.callType = i % 5 == 0 ? u"conference"_qs : u"ivr"_qs;
    r.configVersion = u"v1"_qs;
    r.startedAtMs = nowMs - 3600000 + qint64(i) * 20000; // the last hour
    r.durationMs = qint64((i * 37) % 300) * 1000;
    r.endedAtMs = r.startedAtMs + r.durationMs;
    r.outcome = kOutcomes.at(i % 4);
    r.exit = i % 3 == 0 ? u"transfer_to_agent"_qs : u"return_to_ivr"_qs;
    r.brand = i % 2 == 0 ? u"visa"_qs : u"mastercard"_qs;
    r.last4 = u"%1"_qs.arg(1000 + i % 10);
    r.amount = u"20.00"_qs;
    r.currency = u"USD"_qs;
    r.path = i % 4 == 1 ? QStringList { u"account_number"_qs, u"hangup"_qs }
                        : QStringList { u"account_number"_qs, u"card_number"_qs, u"authorize"_qs };
    r.lastStep = r.path.constLast();
    for (const QString& step : std::as_const(r.path)) {
        if (step == u"authorize") {
            r.events << StoredEvent { r.startedAtMs, u"gateway_submitted"_qs, step, QString() };
        } else if (step != u"hangup") {
            r.events << StoredEvent { r.startedAtMs, u"step_entered"_qs, step, QString() };
        }
    }
    r.attempts = r.path.contains(u"authorize"_qs) ? 1 : 0;
    if (r.outcome == u"success") {
        r.replay.transactionId = u"6000%1"_qs.arg(i);
        r.replay.paymentReference = u"INV-%1"_qs.arg(i);
    }
    return r;
}

bool waitLoaded(SessionBrowser& browser, QSignalSpy& loaded)
{
    return QTest::qWaitFor([&] { return !loaded.isEmpty() && !browser.isBusy(); }, 10000);
}

// VOICEPAY_SCREENSHOT_DIR=DIR keeps a picture of the widget at 1280×720, to look at.
void keepScreenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("VOICEPAY_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    widget.resize(1280, 720);
    widget.show();
    QTest::qWait(200);
    widget.grab().save(dir + u'/' + name);
}

QStringList ids(const SessionBrowser& browser)
{
    QStringList out;
    for (int row = 0; row < browser.model()->rowCount(); ++row) {
        out << browser.sessionAt(row).sessionId;
    }
    return out;
}
} // namespace

class TestSessionSearchUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void browserPagesSearchesAndSorts();
    void drillDownOpensTheMatchingSessions();
    void liveTilesDrillDown();
    void liveChartDrillDown();

private:
    QTemporaryDir m_dir;
    StoreUrl m_url;
    QList<SessionRecord> m_sessions;
};

void TestSessionSearchUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_url.path = m_dir.filePath(u"kpi.sqlite"_qs);
    // Whole minutes ago, so that every session is inside "today" and "the last 24 hours".
    const qint64 now = QDateTime::currentMSecsSinceEpoch() / 60000 * 60000;
    KpiStore store;
    QString why;
    QVERIFY2(store.open(m_url, &why), qPrintable(why));
    for (int i = 0; i < kSessions; ++i) {
        m_sessions << session(i, now);
        store.record(m_sessions.constLast());
    }
    QVERIFY2(store.flush(&why), qPrintable(why));
}

void TestSessionSearchUi::browserPagesSearchesAndSorts()
{
    SessionBrowser browser(m_url);
    QSignalSpy loaded(&browser, &SessionBrowser::loaded);
    browser.refresh();
    QVERIFY(waitLoaded(browser, loaded));
    // Newest first, 50 a page, the count from the rollups.
    QCOMPARE(browser.model()->rowCount(), 50);
    QCOMPARE(browser.sessionAt(0).sessionId, u"call-119"_qs);
    QVERIFY2(browser.statusText().contains(u"120"_qs), qPrintable(browser.statusText()));
    auto* next = browser.findChild<QPushButton*>(u"nextPage"_qs);
    auto* previous = browser.findChild<QPushButton*>(u"previousPage"_qs);
    QVERIFY(next && previous);
    QVERIFY(next->isEnabled());
    QVERIFY(!previous->isEnabled());
    QStringList all = ids(browser);
    for (int page = 2; page <= 3; ++page) {
        loaded.clear();
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(waitLoaded(browser, loaded));
        QCOMPARE(browser.pageNumber(), page);
        all << ids(browser);
    }
    QCOMPARE(browser.model()->rowCount(), 20);
    QVERIFY(!browser.hasNextPage());
    QVERIFY(!next->isEnabled());
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), kSessions);
    loaded.clear();
    QTest::mouseClick(previous, Qt::LeftButton);
    QVERIFY(waitLoaded(browser, loaded));
    QCOMPARE(browser.pageNumber(), 2);
    QCOMPARE(browser.sessionAt(0).sessionId, all.at(50));
    // Labels, not the store's keys: outcome, exit and the card's brand.
    for (int row = 0; row < browser.model()->rowCount(); ++row) {
        for (int column : { 3, 4, 5 }) {
            const QString cell = browser.model()->index(row, column).data().toString();
            QVERIFY2(!cell.contains(u'_') && !cell.startsWith(u"visa") && !cell.startsWith(u"mastercard"),
                qPrintable(cell));
        }
    }

    // Each identifier finds its session.
    const QList<QPair<SessionSearchBar::Field, QString>> searches {
        { SessionSearchBar::Field::PaymentReference, u"INV-8"_qs },
        { SessionSearchBar::Field::SessionId, u"call-008"_qs },
        { SessionSearchBar::Field::TransactionId, u"60008"_qs },
    };
    for (const auto& [field, text] : searches) {
        loaded.clear();
        browser.searchBar()->setSearch(field, text);
        emit browser.searchBar()->changed();
        QVERIFY(waitLoaded(browser, loaded));
        QCOMPARE(ids(browser), QStringList { u"call-008"_qs });
    }
    loaded.clear();
    browser.searchBar()->setSearch(SessionSearchBar::Field::LastFour, u"1003"_qs);
    emit browser.searchBar()->changed();
    QVERIFY(waitLoaded(browser, loaded));
    QCOMPARE(browser.model()->rowCount(), 12); // i % 10 == 3
    for (int row = 0; row < browser.model()->rowCount(); ++row) {
        QCOMPARE(browser.sessionAt(row).last4, u"1003"_qs);
    }

    // Sorted by duration: a click on the column, longest first; a second click, shortest first.
    loaded.clear();
    browser.searchBar()->setSearch(SessionSearchBar::Field::LastFour, QString());
    auto* view = browser.findChild<QTableView*>();
    QVERIFY(view);
    emit view->horizontalHeader()->sectionClicked(7);
    QVERIFY(waitLoaded(browser, loaded));
    QCOMPARE(browser.currentQuery().sort, SessionSort::Duration);
    QCOMPARE(browser.model()->rowCount(), 50);
    for (int row = 1; row < browser.model()->rowCount(); ++row) {
        QVERIFY(browser.sessionAt(row - 1).durationMs >= browser.sessionAt(row).durationMs);
    }
    loaded.clear();
    emit view->horizontalHeader()->sectionClicked(7);
    QVERIFY(waitLoaded(browser, loaded));
    QVERIFY(!browser.currentQuery().descending);
    for (int row = 1; row < browser.model()->rowCount(); ++row) {
        QVERIFY(browser.sessionAt(row - 1).durationMs <= browser.sessionAt(row).durationMs);
    }
    keepScreenshot(browser, u"sessions-sorted.png"_qs);
}

void TestSessionSearchUi::drillDownOpensTheMatchingSessions()
{
    HistoricalDashboard history(m_url);
    history.resize(1280, 720);
    history.show();
    QVERIFY(QTest::qWaitForWindowExposed(&history));
    QSignalSpy ready(&history, &HistoricalDashboard::reportReady);
    const QDateTime now = QDateTime::currentDateTime();
    history.setPreset(HistoricalDashboard::Preset::Custom);
    history.setCustomRange(now.addSecs(-3 * 3600), now.addSecs(120));
    history.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!history.isBusy() && history.report().totals.entered == kSessions, 10000);
    QSignalSpy drill(&history, &HistoricalDashboard::drillDown);
    SessionBrowser browser(m_url);
    QSignalSpy loaded(&browser, &SessionBrowser::loaded);
    auto opened = [&](const SessionQuery& q) {
        loaded.clear();
        browser.showMatching(q);
        return waitLoaded(browser, loaded);
    };

    // A tile: the successful sessions of the report's period.
    QTest::mouseClick(history.tiles().at(1), Qt::LeftButton);
    QCOMPARE(drill.size(), 1);
    SessionQuery q = drill.takeFirst().at(0).value<SessionQuery>();
    QCOMPARE(q.outcomes, QStringList { u"success"_qs });
    QVERIFY(opened(q));
    QCOMPARE(browser.model()->rowCount(), kSessions / 4);
    for (int row = 0; row < browser.model()->rowCount(); ++row) {
        QCOMPARE(browser.sessionAt(row).outcome, u"success"_qs);
    }

    // A funnel step: the sessions that reached it.
    auto* funnel = history.findChild<QTableView*>(u"funnel"_qs);
    QVERIFY(funnel);
    int cardRow = -1;
    for (int row = 0; row < history.funnel()->rowCount(); ++row) {
        cardRow = history.funnel()->stepAt(row) == u"card_number" ? row : cardRow;
    }
    QVERIFY(cardRow >= 0);
    emit funnel->clicked(history.funnel()->index(cardRow, 0));
    QCOMPARE(drill.size(), 1);
    q = drill.takeFirst().at(0).value<SessionQuery>();
    QCOMPARE(q.step, u"card_number"_qs);
    QVERIFY(opened(q));
    QCOMPARE(browser.model()->rowCount(), 50);
    QVERIFY(browser.statusText().contains(u"90"_qs)); // 3 in 4 reached the card number
    for (int row = 0; row < browser.model()->rowCount(); ++row) {
        QVERIFY(browser.sessionAt(row).path.contains(u"card_number"_qs));
    }

    // A point of the series chart: its bucket, its line's figure (hang-ups are the fourth line).
    const auto lines = history.seriesView()->chart()->series();
    QCOMPARE(lines.size(), 4);
    auto* hangUps = qobject_cast<QLineSeries*>(lines.at(3));
    QVERIFY(hangUps && hangUps->count() > 0);
    const QPointF point = hangUps->at(hangUps->count() - 1);
    const QPoint at
        = history.seriesView()->mapFromScene(history.seriesView()->chart()->mapToPosition(point, hangUps));
    QTest::mouseClick(history.seriesView()->viewport(), Qt::LeftButton, {}, at);
    if (drill.isEmpty()) {
        emit hangUps->clicked(
            point); // the line's hit area is a few pixels wide; the handler is what is tested
    }
    QCOMPARE(drill.size(), 1);
    q = drill.takeFirst().at(0).value<SessionQuery>();
    QCOMPARE(q.outcomes, QStringList { u"hangup"_qs });
    QCOMPARE(q.fromMs, qint64(point.x()));
    QVERIFY(q.toMs > q.fromMs);
    QVERIFY(opened(q));
    for (int row = 0; row < browser.model()->rowCount(); ++row) {
        QCOMPARE(browser.sessionAt(row).outcome, u"hangup"_qs);
        QVERIFY(
            browser.sessionAt(row).startedAtMs >= q.fromMs && browser.sessionAt(row).startedAtMs < q.toMs);
    }

    // A bar of the split chart (by exit): its exit and its set's figure.
    history.setSplit(HistoricalDashboard::Split::Exit);
    const auto bars = history.splitView()->chart()->series();
    QCOMPARE(bars.size(), 1);
    auto* barSeries = qobject_cast<QAbstractBarSeries*>(bars.at(0));
    QVERIFY(barSeries);
    emit barSeries->clicked(0, barSeries->barSets().at(1)); // the first exit, unsuccessful
    QCOMPARE(drill.size(), 1);
    q = drill.takeFirst().at(0).value<SessionQuery>();
    QVERIFY(!q.exit.isEmpty());
    QVERIFY(q.outcomes.contains(u"declined_max"_qs) && q.outcomes.contains(u"technical_error"_qs));
    QVERIFY(!q.outcomes.contains(u"success"_qs));
    QVERIFY(opened(q));
    QVERIFY(browser.model()->rowCount() > 0);
    for (int row = 0; row < browser.model()->rowCount(); ++row) {
        QCOMPARE(browser.sessionAt(row).exit, q.exit);
        QVERIFY(q.outcomes.contains(browser.sessionAt(row).outcome));
    }
    keepScreenshot(browser, u"sessions-drilldown.png"_qs);
    keepScreenshot(history, u"history-drilldown.png"_qs);
}

void TestSessionSearchUi::liveTilesDrillDown()
{
    LiveKpiFeed feed;
    feed.start(m_url);
    LiveDashboard live(&feed);
    QSignalSpy drill(&live, &LiveDashboard::drillDown);
    QTest::mouseClick(live.tile(u"hangups"_qs), Qt::LeftButton);
    QCOMPARE(drill.size(), 1);
    const SessionQuery q = drill.takeFirst().at(0).value<SessionQuery>();
    QCOMPARE(q.outcomes, QStringList { u"hangup"_qs });
    QCOMPARE(q.fromMs, bucketStart(QDateTime::currentMSecsSinceEpoch(), Granularity::Day) * 1000);
    QTest::mouseClick(live.tile(u"inprogress"_qs), Qt::LeftButton);
    QVERIFY(drill.isEmpty()); // calls, not stored sessions
    QTest::mouseClick(live.tile(u"unconfirmed"_qs), Qt::LeftButton);
    QCOMPARE(drill.size(), 1);
    QVERIFY(drill.takeFirst().at(0).value<SessionQuery>().unconfirmedOnly);
    feed.stop();
}

// A point of the live per-minute chart opens that minute's sessions its line counts: the hang-ups line's
// point lists exactly as many hang-ups as it shows, all started in that minute.
void TestSessionSearchUi::liveChartDrillDown()
{
    LiveKpiFeed feed;
    feed.start(m_url);
    LiveDashboard live(&feed);
    live.resize(1280, 720);
    live.show();
    QVERIFY(QTest::qWaitForWindowExposed(&live));
    QTRY_VERIFY_WITH_TIMEOUT(live.chartTotal(u"hangups"_qs) > 0, 10000);
    auto* view = live.findChild<QChartView*>();
    QVERIFY(view);
    const auto lines = view->chart()->series();
    QCOMPARE(lines.size(), 4);
    auto* hangUps = qobject_cast<QLineSeries*>(lines.at(3));
    QVERIFY(hangUps);
    QPointF point;
    for (const QPointF& p : hangUps->points()) {
        point = p.y() > point.y() ? p : point; // a minute with hang-ups
    }
    QVERIFY(point.y() > 0);
    QSignalSpy drill(&live, &LiveDashboard::drillDown);
    const QPoint at = view->mapFromScene(view->chart()->mapToPosition(point, hangUps));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    if (drill.isEmpty()) {
        emit hangUps->clicked(
            point); // the line's hit area is a few pixels wide; the handler is what is tested
    }
    QCOMPARE(drill.size(), 1);
    const SessionQuery q = drill.takeFirst().at(0).value<SessionQuery>();
    QCOMPARE(q.outcomes, QStringList { u"hangup"_qs });
    QCOMPARE(q.fromMs, qint64(point.x()));
    QCOMPARE(q.toMs, q.fromMs + 60000);
    SessionBrowser browser(m_url);
    QSignalSpy loaded(&browser, &SessionBrowser::loaded);
    browser.showMatching(q);
    QVERIFY(waitLoaded(browser, loaded));
    QCOMPARE(browser.model()->rowCount(), int(point.y()));
    for (int row = 0; row < browser.model()->rowCount(); ++row) {
        QCOMPARE(browser.sessionAt(row).outcome, u"hangup"_qs);
        QVERIFY(
            browser.sessionAt(row).startedAtMs >= q.fromMs && browser.sessionAt(row).startedAtMs < q.toMs);
    }
    // The entered line: every session of that minute.
    emit qobject_cast<QLineSeries*>(lines.at(0))->clicked(point);
    QCOMPARE(drill.size(), 1);
    const SessionQuery all = drill.takeFirst().at(0).value<SessionQuery>();
    QVERIFY(all.outcomes.isEmpty() && all.step.isEmpty());
    QCOMPARE(all.fromMs, q.fromMs);
    feed.stop();
}

QTEST_MAIN(TestSessionSearchUi)
#include "tst_sessionsearchui.moc"
