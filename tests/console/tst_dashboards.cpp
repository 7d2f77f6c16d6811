#include "dashboards/funnelmodel.h"
#include "dashboards/historicaldashboard.h"
#include "dashboards/kpitablemodel.h"
#include "dashboards/livedashboard.h"
#include "journal/paymentjournal.h"
#include "sessions/sessionbrowser.h"
#include "shell/consolestore.h"
#include "shell/mainwindow.h"
#include "sim/scenario.h"
#include "sim/scenariorunner.h"
#include "simulator/callsession.h"
#include "simulator/callsetupwidget.h"
#include "simulator/simulatorpage.h"
#include "simulator/testcardkit.h"
#include "store/kpistore.h"
#include "store/livekpifeed.h"
#include "store/storerecorder.h"
#include "widgets/kpitile.h"
#include "widgets/sitefilterbox.h"
#include "widgets/timedisplay.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace voicepay;
using namespace voicepay::ui;

namespace {
Scenario scenario(const QString& card, bool hangUpAtConfirm)
{
    const TestCard* c = TestCardKit::standard().find(card);
    Scenario s;
    s.call.accountId = QStringLiteral("10001");
    s.call.amountDue = QStringLiteral("20.00");
    s.call.identified = true;
    s.inputs << ScenarioInput { ScenarioInput::Kind::Dtmf, QStringLiteral("1") }
             << ScenarioInput { ScenarioInput::Kind::Dtmf, c->number + u'#' }
             << ScenarioInput { ScenarioInput::Kind::Dtmf, c->expiry }
             << ScenarioInput { ScenarioInput::Kind::Dtmf, c->securityCode };
    if (hangUpAtConfirm) {
        s.inputs << ScenarioInput { ScenarioInput::Kind::HangUp, QString() };
    } else {
        s.inputs << ScenarioInput { ScenarioInput::Kind::Dtmf, QStringLiteral("1") }
                 << ScenarioInput { ScenarioInput::Kind::HangUp, QString() };
    }
    return s;
}
SessionRecord storedSession(
    const QString& id, const QString& site, const QString& outcome, qint64 startedAtMs)
{
    SessionRecord r;
    r.sessionId = id;
    r.site = site;
    r.callType = QStringLiteral("ivr");
    r.configVersion = QStringLiteral("v1");
    r.startedAtMs = startedAtMs;
    r.endedAtMs = startedAtMs + 30000;
    r.outcome = outcome;
    r.exit = QStringLiteral("hangup");
    r.durationMs = 30000;
    r.path = QStringList { QStringLiteral("authorize"), outcome };
    return r;
}

// A journal row of session `id` at `site`, moved to `state`.
bool journalRow(PaymentJournal& journal, const QString& id, const QString& site, const QString& state,
    qint64 atMs, const QString& attempt = QStringLiteral("-1"))
{
    JournalEntry e;
    e.invoice = id + attempt;
    e.sessionId = id;
    e.amount = QStringLiteral("20.00");
    e.currency = QStringLiteral("USD");
    e.brand = QStringLiteral("visa");
    e.last4 = QStringLiteral("1111");
    e.merchantLogin = QStringLiteral("acme");
    e.gateway = QStringLiteral("server");
    e.site = site;
    e.callType = QStringLiteral("ivr");
    e.configVersion = QStringLiteral("v1");
    e.submittedAtMs = atMs;
    e.updatedAtMs = atMs;
    QString why;
    const bool ok = journal.submitted(e, &why)
        && (state == JournalState::submitted()
            || journal.update(e.invoice, state, QString(), QString(), QString(), atMs, &why));
    if (!ok) {
        qWarning("%s", qPrintable(why));
    }
    return ok;
}

} // namespace

class TestDashboards : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    StoreUrl m_url;

    // Three approved calls, one hang-up, one declined call: written through the store like the tools do.
    void seed()
    {
        KpiStore store;
        QString why;
        QVERIFY2(store.open(m_url, &why), qPrintable(why));
        StoreRecorder recorder(store);
        RunOptions options;
        options.observers << &recorder;
        for (const auto& [card, hangUp] :
            QList<QPair<QString, bool>> { { QStringLiteral("visa-approve"), false },
                { QStringLiteral("amex-approve"), false }, { QStringLiteral("mastercard-approve"), false },
                { QStringLiteral("visa-approve"), true }, { QStringLiteral("decline-generic"), false } }) {
            const ScenarioRun run = ScenarioRunner::run(scenario(card, hangUp), options);
            QVERIFY2(run.ok, qPrintable(run.error));
        }
        QVERIFY2(store.flush(&why), qPrintable(why));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_url.path = m_dir.filePath(QStringLiteral("kpi.sqlite"));
        seed();
    }

    void historicalReportFillsChartsTableAndExports()
    {
        using Split = HistoricalDashboard::Split;
        HistoricalDashboard history(m_url);
        QAbstractItemModelTester tester(
            history.table(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(&history, &HistoricalDashboard::reportReady);
        history.setPreset(HistoricalDashboard::Preset::Today);
        history.setGranularity(Granularity::Hour);
        QVERIFY(ready.wait(10000) || ready.size() > 0);
        QTRY_VERIFY(!history.isBusy());
        const KpiCounters& t = history.report().totals;
        QCOMPARE(t.entered, 5);
        QCOMPARE(t.successful, 3);
        QCOMPARE(t.hangUps, 2);
        QVERIFY(history.table()->rowCount() >= 1);
        qint64 entered = 0;
        for (int r = 0; r < history.table()->rowCount(); ++r) {
            entered
                += history.table()->index(r, KpiTableModel::EnteredColumn).data(Qt::EditRole).toLongLong();
        }
        QCOMPARE(entered, 5);
        // The success rate as a percentage, against the (empty) period before; the funnel by step.
        KpiTile* rate = nullptr;
        for (KpiTile* tile : history.findChildren<KpiTile*>()) {
            rate = tile->title() == u"Success rate" ? tile : rate;
        }
        QVERIFY(rate);
        QCOMPARE(rate->value(), QStringLiteral("60.0 %"));
        QCOMPARE(history.previousTotals().entered, 0);
        QCOMPARE(KpiSummary::comparisonText(t, history.previousTotals()),
            QStringLiteral("no calls in the previous period"));
        KpiCounters before;
        before.entered = 4;
        before.successful = 1;
        QCOMPARE(KpiSummary::comparisonText(t, before),
            QStringLiteral("▲ 35.0 points on the previous period (25.0 %)"));
        QCOMPARE(
            KpiSummary::enteredComparisonText(t, before), QStringLiteral("+25 % on the previous period (4)"));
        QVERIFY(history.funnel()->rowCount() > 0);
        for (int r = 0; r < history.funnel()->rowCount(); ++r) {
            const qint64 reached
                = history.funnel()->index(r, FunnelModel::ReachedColumn).data(Qt::EditRole).toLongLong();
            QVERIFY(reached <= 5);
            QVERIFY(!history.funnel()->index(r, FunnelModel::StepColumn).data().toString().contains(u'_'));
        }
        QAbstractItemModelTester funnelTester(
            history.funnel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        history.setSplit(HistoricalDashboard::Split::Brand);
        QAbstractItemModelTester splitTester(
            history.splitTable(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(history.splitTable()->rowCount(), 3); // visa, american-express, mastercard
        // Labels, not the store's keys.
        QStringList labels;
        for (Split split : { Split::Brand, Split::Exit, Split::CallType }) {
            history.setSplit(split);
            for (int r = 0; r < history.splitTable()->rowCount(); ++r) {
                labels << history.splitTable()->index(r, KpiTableModel::PeriodColumn).data().toString();
            }
        }
        QVERIFY2(labels.contains(QStringLiteral("American Express")), qPrintable(labels.join(u'|')));
        QVERIFY2(labels.contains(QStringLiteral("IVR call")), qPrintable(labels.join(u'|')));
        for (const QString& label : labels) {
            QVERIFY2(!label.contains(u'_') && !label.contains(u'-') && label != u"ivr", qPrintable(label));
        }
        history.setSplit(Split::Brand);

        QString why;
        const QString csv = m_dir.filePath(QStringLiteral("kpis.csv"));
        QVERIFY2(history.exportCsv(csv, &why), qPrintable(why));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = c.readAll().trimmed().split('\n');
        // The series with its totals row, a blank line, the split with its totals row.
        const int seriesRows = history.table()->rowCount();
        QCOMPARE(lines.size(), seriesRows + 2 + 1 + history.splitTable()->rowCount() + 2);
        QVERIFY(lines.first().startsWith("Period,Entered,Successful"));
        QVERIFY2(lines.at(seriesRows + 1).startsWith("Total,5,3,"), lines.at(seriesRows + 1).constData());
        QVERIFY(lines.at(seriesRows + 2).isEmpty());
        QVERIFY(lines.at(seriesRows + 3).startsWith("Value,Entered,Successful"));
        QVERIFY(lines.last().startsWith("Total,"));
        const QRegularExpression twoDecimals(QStringLiteral(",\\d+\\.\\d\\d$"));
        for (const QByteArray& line : lines) {
            QVERIFY2(line.isEmpty() || line.startsWith("Period,") || line.startsWith("Value,")
                    || twoDecimals.match(QString::fromUtf8(line)).hasMatch(),
                line.constData());
        }
        QVERIFY2(
            history.statusText().contains(QDir::toNativeSeparators(csv)), qPrintable(history.statusText()));
        const QString pdf = m_dir.filePath(QStringLiteral("kpis.pdf"));
        QVERIFY2(history.exportPdf(pdf, &why), qPrintable(why));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        QVERIFY2(
            history.statusText().contains(QDir::toNativeSeparators(pdf)), qPrintable(history.statusText()));
    }

    // Local time unless UTC is chosen; a UTC time says so.
    void timesFollowTheUtcChoice()
    {
        QSettings::setPath(
            QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        const qint64 ms = QDateTime(QDate(2026, 3, 1), QTime(13, 5), QTimeZone::utc()).toMSecsSinceEpoch();
        KpiTableModel table;
        TimeDisplay::setUtc(false);
        table.setSeries({ KpiPoint { ms, {} } }, Granularity::Hour);
        QCOMPARE(table.index(0, 0).data().toString(),
            QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        TimeDisplay::setUtc(true);
        table.setSeries({ KpiPoint { ms, {} } }, Granularity::Hour);
        QCOMPARE(table.index(0, 0).data().toString(), QStringLiteral("2026-03-01 13:05 UTC"));
        QVERIFY(TimeDisplay::text(ms).endsWith(QStringLiteral(" UTC")));
        TimeDisplay::setUtc(false);
        QVERIFY(!TimeDisplay::text(ms).contains(QStringLiteral("UTC")));
    }

    void rangeChangesRequeryWithoutBlocking()
    {
        HistoricalDashboard history(m_url);
        QSignalSpy ready(&history, &HistoricalDashboard::reportReady);
        history.setPreset(HistoricalDashboard::Preset::Last30Days);
        history.setPreset(HistoricalDashboard::Preset::Last7Days); // while the first one runs
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() >= 1 && !history.isBusy(), 10000);
        QCOMPARE(history.report().totals.entered, 5);
        history.setCustomRange(
            QDateTime::currentDateTime().addDays(-3), QDateTime::currentDateTime().addDays(-2));
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() >= 2 && !history.isBusy(), 10000);
        QCOMPARE(history.report().totals.entered, 0);
    }

    void unreadableStoreIsReported()
    {
        StoreUrl bad;
        bad.path = m_dir.filePath(QStringLiteral("missing/dir/kpi.sqlite"));
        HistoricalDashboard history(bad);
        QSignalSpy failed(&history, &HistoricalDashboard::failed);
        QSignalSpy ready(&history, &HistoricalDashboard::reportReady);
        history.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() + ready.size() >= 1, 10000);
        if (!failed.isEmpty()) {
            QVERIFY(history.statusText().contains(QStringLiteral("could not be read")));
        }
    }

    void sessionBrowserShowsMaskedSessions()
    {
        SessionBrowser browser(m_url);
        QAbstractItemModelTester tester(
            browser.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&browser, &SessionBrowser::loaded);
        browser.refresh();
        QVERIFY(loaded.wait(10000) || loaded.size() > 0);
        QCOMPARE(browser.model()->rowCount(), 5);
        QSignalSpy detail(&browser, &SessionBrowser::detailLoaded);
        browser.selectSession(0);
        QVERIFY(detail.wait(10000) || detail.size() > 0);
        const QString text = browser.detailText();
        // Events read as words, not as the stored keys.
        QVERIFY(text.contains(QStringLiteral("Call started")));
        QVERIFY(!text.contains(QStringLiteral("session_started")));
        QVERIFY(!text.contains(QStringLiteral("step_entered")));
        for (const TestCard& c : TestCardKit::standard().cards()) {
            QVERIFY(!text.contains(c.number));
        }
        browser.showStep(0);
    }

    void sessionBrowserReplaysPromptsGatewayAndTransferContext()
    {
        QTemporaryDir dir;
        StoreUrl url;
        url.path = dir.filePath(QStringLiteral("transfer.sqlite"));
        QString why;
        const auto declined = Scenario::fromFile(
            QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/scenarios/14_declined_max_transfer.json"), &why);
        QVERIFY2(declined, qPrintable(why));
        {
            KpiStore store;
            QVERIFY2(store.open(url, &why), qPrintable(why));
            StoreRecorder recorder(store);
            RunOptions options;
            options.observers << &recorder;
            QVERIFY(ScenarioRunner::run(*declined, options).ok);
            QVERIFY2(store.flush(&why), qPrintable(why));
        }
        SessionBrowser browser(url);
        QSignalSpy loaded(&browser, &SessionBrowser::loaded);
        browser.refresh();
        QVERIFY(loaded.wait(10000) || loaded.size() > 0);
        QCOMPARE(browser.model()->rowCount(), 1);
        QSignalSpy detail(&browser, &SessionBrowser::detailLoaded);
        browser.selectSession(0);
        QVERIFY(detail.wait(10000) || detail.size() > 0);
        const QString text = browser.detailText();
        QVERIFY2(text.contains(QStringLiteral("Transfer context")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("2, 8, 65")));
        QVERIFY(text.contains(QStringLiteral("visa ending 0127")));
        QVERIFY(text.contains(QStringLiteral("Gateway exchange")));
        QCOMPARE(text.count(QStringLiteral("declined:")), 3);
        QVERIFY(text.contains(QStringLiteral("Prompts")));
        QVERIFY(text.contains(QStringLiteral("INV-1001")));
        for (const QString& card :
            { u"4000000000000002"_qs, u"4000000000000069"_qs, u"4000000000000127"_qs }) {
            QVERIFY(!text.contains(card));
        }
        // Replaying step by step: the second visit of the card-number step shows the prompts it played then.
        int secondCardVisit = -1;
        int seen = 0;
        const SessionRecord& s = browser.sessionAt(0);
        for (int i = 0; i < s.path.size(); ++i) {
            if (s.path.at(i) == QLatin1String("card_number") && ++seen == 2) {
                secondCardVisit = i;
                break;
            }
        }
        QVERIFY(secondCardVisit > 0);
        browser.showStep(secondCardVisit);
        QVERIFY2(browser.stepText().contains(u'“'), qPrintable(browser.stepText()));
        QVERIFY2(browser.stepText().contains(QStringLiteral("declined"), Qt::CaseInsensitive)
                || browser.stepText().contains(QStringLiteral("another card"), Qt::CaseInsensitive)
                || browser.stepText().contains(QStringLiteral("card number"), Qt::CaseInsensitive),
            qPrintable(browser.stepText()));
    }

    void siteFilterNarrowsHistoryLiveAndSessions()
    {
        QTemporaryDir dir;
        StoreUrl url;
        url.path = dir.filePath(QStringLiteral("sites.sqlite"));
        QString why;
        {
            // Two calls at site "north", one at "south", written as two sites sharing one store would.
            KpiStore store;
            QVERIFY2(store.open(url, &why), qPrintable(why));
            StoreRecorder recorder(store);
            RunOptions options;
            options.observers << &recorder;
            for (const QString& site : { u"north"_qs, u"north"_qs, u"south"_qs }) {
                Scenario s = scenario(QStringLiteral("visa-approve"), false);
                s.configOverrides.insert(QStringLiteral("site"), site);
                QVERIFY(ScenarioRunner::run(s, options).ok);
            }
            QVERIFY2(store.flush(&why), qPrintable(why));
        }

        HistoricalDashboard history(url);
        QSignalSpy sites(history.siteFilter(), &SiteFilterBox::sitesLoaded);
        history.siteFilter()->reload();
        QVERIFY(sites.wait(10000) || sites.size() > 0);
        QCOMPARE(history.siteFilter()->count(), 3); // all, north, south
        QCOMPARE(history.siteFilter()->itemData(1).toString(), QStringLiteral("north"));
        history.setPreset(HistoricalDashboard::Preset::Today);
        history.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!history.isBusy() && history.report().totals.entered == 3, 10000);
        history.setSite(QStringLiteral("south"));
        QTRY_VERIFY_WITH_TIMEOUT(!history.isBusy() && history.report().totals.entered == 1, 10000);
        history.setSite(QStringLiteral("north"));
        QTRY_VERIFY_WITH_TIMEOUT(!history.isBusy() && history.report().totals.entered == 2, 10000);

        SessionBrowser browser(url);
        QSignalSpy loaded(&browser, &SessionBrowser::loaded);
        browser.siteFilter()->setCurrentSite(QStringLiteral("south"));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !browser.isBusy(), 10000);
        QCOMPARE(browser.model()->rowCount(), 1);
        QCOMPARE(browser.sessionAt(0).site, QStringLiteral("south"));

        LiveKpiFeed feed;
        feed.setPollIntervalMs(50);
        feed.start(url);
        LiveDashboard live(&feed);
        QTRY_COMPARE_WITH_TIMEOUT(live.tile(QStringLiteral("entered"))->value(), QStringLiteral("3"), 10000);
        live.setSite(QStringLiteral("north"));
        QCOMPARE(feed.filter().site, QStringLiteral("north"));
        QTRY_COMPARE_WITH_TIMEOUT(live.tile(QStringLiteral("entered"))->value(), QStringLiteral("2"), 10000);
        live.setSite(QString());
        QTRY_COMPARE_WITH_TIMEOUT(live.tile(QStringLiteral("entered"))->value(), QStringLiteral("3"), 10000);
        feed.stop();
    }

    // Supervisors see the payments not confirmed either way: a tile on the live dashboard (journal rows
    // `submitted` or `unknown` of the chosen site, whatever their date) and a filter in the session browser.
    void unconfirmedPayments_countedOnTheTileAndListedByTheFilter()
    {
        QTemporaryDir dir;
        StoreUrl url;
        url.path = dir.filePath(QStringLiteral("unconfirmed.sqlite"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QString why;
        {
            KpiStore store;
            QVERIFY2(store.open(url, &why), qPrintable(why));
            store.record(storedSession(u"n-1"_qs, u"north"_qs, u"technical_error"_qs, now - 300000));
            store.record(storedSession(u"n-2"_qs, u"north"_qs, u"technical_error"_qs, now - 200000));
            store.record(storedSession(u"n-3"_qs, u"north"_qs, u"success"_qs, now - 100000));
            store.record(storedSession(u"s-1"_qs, u"south"_qs, u"success"_qs, now - 50000));
            QVERIFY2(store.flush(&why), qPrintable(why));
        }
        PaymentJournal journal(url);
        QVERIFY2(journal.open(&why), qPrintable(why));
        QVERIFY(journalRow(journal, u"n-1"_qs, u"north"_qs, JournalState::unknown(), now - 300000));
        QVERIFY(journalRow(journal, u"n-2"_qs, u"north"_qs, JournalState::submitted(), now - 200000));
        QVERIFY(journalRow(journal, u"n-3"_qs, u"north"_qs, JournalState::approved(), now - 100000));
        QVERIFY(journalRow(journal, u"s-1"_qs, u"south"_qs, JournalState::reconciled(), now - 50000));
        // A call whose process died while authorising: a journal row without a stored session, weeks ago.
        QVERIFY(
            journalRow(journal, u"n-9"_qs, u"north"_qs, JournalState::submitted(), now - 30LL * 86400000));

        LiveKpiFeed feed;
        feed.setPollIntervalMs(50);
        feed.start(url);
        LiveDashboard live(&feed);
        KpiTile* tile = live.findChild<KpiTile*>(QStringLiteral("unconfirmedPayments"));
        QVERIFY(tile);
        QCOMPARE(tile, live.tile(QStringLiteral("unconfirmed")));
        QTRY_COMPARE_WITH_TIMEOUT(tile->value(), QStringLiteral("3"), 10000);
        live.setSite(QStringLiteral("south"));
        QTRY_COMPARE_WITH_TIMEOUT(tile->value(), QStringLiteral("0"), 10000);
        // Refreshed with the live feed: a new unknown row at the site shows up, a settled one goes.
        QVERIFY(journalRow(journal, u"s-2"_qs, u"south"_qs, JournalState::unknown(), now));
        QTRY_COMPARE_WITH_TIMEOUT(tile->value(), QStringLiteral("1"), 10000);
        live.setSite(QStringLiteral("north"));
        QTRY_COMPARE_WITH_TIMEOUT(tile->value(), QStringLiteral("3"), 10000);
        QVERIFY2(journal.update(u"n-1-1"_qs, JournalState::reconciled(), u"60000000001"_qs, u"charged"_qs,
                     QString(), now, &why),
            qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(tile->value(), QStringLiteral("2"), 10000);
        QCOMPARE(feed.unconfirmedPayments(), qint64(2));
        feed.stop();

        SessionBrowser browser(url);
        QSignalSpy loaded(&browser, &SessionBrowser::loaded);
        browser.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !browser.isBusy(), 10000);
        QCOMPARE(browser.model()->rowCount(), 4);
        QCheckBox* filter = browser.findChild<QCheckBox*>(QStringLiteral("unconfirmedFilter"));
        QVERIFY(filter);
        QCOMPARE(filter, browser.unconfirmedFilter());
        loaded.clear();
        filter->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !browser.isBusy(), 10000);
        // n-1 was settled above; n-2 is still submitted, s-2's session was never stored.
        QCOMPARE(browser.model()->rowCount(), 1);
        QCOMPARE(browser.sessionAt(0).sessionId, QStringLiteral("n-2"));
        // A second charge of n-3's call left unknown: the session is listed, once.
        QVERIFY(journalRow(journal, u"n-3"_qs, u"north"_qs, JournalState::unknown(), now, u"-2"_qs));
        loaded.clear();
        browser.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !browser.isBusy(), 10000);
        QCOMPARE(browser.model()->rowCount(), 2);
        QCOMPARE(browser.sessionAt(0).sessionId, QStringLiteral("n-3"));
        QCOMPARE(browser.sessionAt(1).sessionId, QStringLiteral("n-2"));
        loaded.clear();
        filter->setChecked(false);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !browser.isBusy(), 10000);
        QCOMPARE(browser.model()->rowCount(), 4);
    }

    // Speed is measured by benchmarks/console_benchmark.cpp; here only that the window paints and a call
    // reaches the live tiles, with generous time-outs for a loaded machine.
    void windowPaintsAndASimulatedCallReachesTheLiveTiles()
    {
        const QString url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("live.sqlite"));
        MainWindow window(FlowConfig(), url, ConsoleUser { QStringLiteral("admin"), Role::Admin });
        struct PaintWatch : QObject
        {
            int paints = 0;
            bool eventFilter(QObject*, QEvent* e) override
            {
                paints += e->type() == QEvent::Paint ? 1 : 0;
                return false;
            }
        } watch;
        window.installEventFilter(&watch);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(watch.paints > 0, 10000);
        QString why;
        QVERIFY2(window.openStore(&why) || window.store()->isOpen(), qPrintable(why));

        SimulatorPage* sim = window.simulator();
        QVERIFY(sim->startCall(&why));
        sim->session()->pressKey(u'1');
        for (int i = 0; i < 3; ++i) {
            QVERIFY(sim->keyTestCard(QStringLiteral("visa-approve")));
        }
        sim->session()->pressKey(u'1');
        QTRY_VERIFY_WITH_TIMEOUT(sim->session()->flow()->isFinished(), 10000);
        // The simulator's call is a test call: out of the tiles until they are asked to include tests.
        QCOMPARE(window.live()->tile(QStringLiteral("entered"))->value(), QStringLiteral("0"));
        window.live()->includeTestsBox()->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(
            window.live()->tile(QStringLiteral("entered"))->value(), QStringLiteral("1"), 10000);
        QCOMPARE(window.live()->tile(QStringLiteral("successful"))->value(), QStringLiteral("1"));
        QTRY_COMPARE_WITH_TIMEOUT(window.live()->chartTotal(QStringLiteral("entered")), 1, 10000);
    }
};

QTEST_MAIN(TestDashboards)
#include "tst_dashboards.moc"
