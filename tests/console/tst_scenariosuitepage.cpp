#include "sim/scenariosuite.h"
#include "simulator/callsession.h"
#include "simulator/scenariofolder.h"
#include "simulator/scenariosuitepage.h"
#include "simulator/simulatorpage.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;
using namespace voicepay::ui;

// The scenario suite in the console: a folder chosen and remembered (no build path compiled in), run off the
// GUI thread by the suite `voicepay-sim test` runs, pass or fail per scenario with the first difference, and
// the flow coverage.
class TestScenarioSuitePage : public QObject
{
    Q_OBJECT

private:
    static QString repository() { return QStringLiteral(VOICEPAY_SCENARIOS); }

    static SuiteResult runPage(ScenarioSuitePage& page)
    {
        QSignalSpy done(&page, &ScenarioSuitePage::finished);
        QTest::mouseClick(page.runButton(), Qt::LeftButton);
        // The run is off the GUI thread: the page reports it through the event loop.
        [&] { QVERIFY(page.isRunning() || !page.runButton()->isEnabled() || !done.isEmpty()); }();
        if (done.isEmpty()) {
            [&] { QVERIFY(done.wait(60000)); }();
        }
        return done.isEmpty() ? SuiteResult() : done.first().first().value<SuiteResult>();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<SuiteResult>();
        QSettings().remove(QStringLiteral("simulator/scenarioFolder"));
    }

    void withoutAFolderItAsksForOne()
    {
        // Nothing remembered and no suite installed beside the test program: no folder, and Run says so.
        QCOMPARE(ScenarioFolder::current(), QString());
        ScenarioSuitePage page;
        QCOMPARE(page.folder(), QString());
        QTest::mouseClick(page.runButton(), Qt::LeftButton);
        QVERIFY(!page.isRunning());
        QVERIFY2(page.summaryText().contains(QStringLiteral("Choose")), qPrintable(page.summaryText()));
    }

    void theRepositorysSuitePassesWithCoverage()
    {
        ScenarioSuitePage page;
        page.setConfig(FlowConfig());
        page.setFolder(repository());
        const SuiteResult result = runPage(page);
        const qsizetype files = ScenarioSuite::files(repository()).size();
        QVERIFY(files > 30);
        QCOMPARE(page.resultTable()->rowCount(), int(files));
        QCOMPARE(result.passed, int(files)); // as `voicepay-sim test tests/scenarios` reports them
        for (int row = 0; row < page.resultTable()->rowCount(); ++row) {
            QCOMPARE(page.resultTable()->item(row, 1)->text(), QStringLiteral("Pass"));
        }
        QVERIFY2(page.summaryText().startsWith(QStringLiteral("%1 passed, 0 failed").arg(files)),
            qPrintable(page.summaryText()));
        QVERIFY2(page.coverageText().startsWith(QStringLiteral("Flow coverage: ")),
            qPrintable(page.coverageText()));
        // The folder is remembered for the next start.
        QCOMPARE(ScenarioFolder::current(), repository());
        QCOMPARE(ScenarioSuitePage().folder(), repository());
    }

    void failuresShowTheirFirstDifference()
    {
        QTemporaryDir dir;
        QFile in(QDir(repository()).filePath(QStringLiteral("25_yen_whole_amount.json")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject scenario = QJsonDocument::fromJson(in.readAll()).object();
        QFile good(dir.filePath(QStringLiteral("a_yen.json")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(QJsonDocument(scenario).toJson());
        good.close();
        QJsonObject expect = scenario.value(QStringLiteral("expect")).toObject();
        expect.insert(QStringLiteral("outcome"), QStringLiteral("declined_max"));
        scenario.insert(QStringLiteral("expect"), expect);
        QFile bad(dir.filePath(QStringLiteral("b_wrong_expectation.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QJsonDocument(scenario).toJson());
        bad.close();
        QFile broken(dir.filePath(QStringLiteral("c_broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();

        ScenarioSuitePage page;
        page.setFolder(dir.path());
        const SuiteResult result = runPage(page);
        QCOMPARE(result.passed, 1); // the yen scenario ran under its own overrides (JPY, whole amounts)
        QCOMPARE(result.failed, 1);
        QCOMPARE(result.broken, 1);
        QCOMPARE(page.resultTable()->item(1, 1)->text(), QStringLiteral("Fail"));
        QVERIFY2(page.resultTable()->item(1, 2)->text().contains(QStringLiteral("outcome")),
            qPrintable(page.resultTable()->item(1, 2)->text()));
        QCOMPARE(page.resultTable()->item(2, 1)->text(), QStringLiteral("Error"));
        QVERIFY(!page.resultTable()->item(2, 2)->text().isEmpty());
    }

    void anOpenedScenarioRunsUnderItsOverrides()
    {
        SimulatorPage page;
        page.setConfig(FlowConfig()); // USD
        QString why;
        QVERIFY2(
            page.openScenario(QDir(repository()).filePath(QStringLiteral("25_yen_whole_amount.json")), &why),
            qPrintable(why));
        QCOMPARE(page.session()->config().currency, QStringLiteral("JPY"));
        QCOMPARE(page.session()->config().minAmount, QStringLiteral("100"));
    }
};

QTEST_MAIN(TestScenarioSuitePage)
#include "tst_scenariosuitepage.moc"
