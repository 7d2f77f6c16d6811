#include "cards/carddetector.h"
#include "cards/luhn.h"
#include "gateway/sandboxrules.h"
#include "prompts/promptcatalog.h"
#include "secure/sensitivedigits.h"
#include "simulator/promptcatalogmodel.h"
#include "simulator/promptcoveragejob.h"
#include "simulator/promptexplorer.h"
#include "simulator/testcardkit.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;
using namespace voicepay::ui;

class TestPromptExplorer : public QObject
{
    Q_OBJECT

private slots:
    void modelListsEveryVariant()
    {
        PromptCatalogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(PromptCatalog::variants().size()));
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString id = model.index(r, PromptCatalogModel::IdColumn).data().toString();
            QCOMPARE(model.index(r, PromptCatalogModel::TextColumn).data().toString(),
                PromptCatalog::example(id).text());
        }
        QVERIFY(!model.coverageKnown());
        model.setPlayed({ PromptCatalog::variants().first().id });
        QCOMPARE(model.missingCount(), model.rowCount() - 1);
        QCOMPARE(
            model.index(0, PromptCatalogModel::PlayedColumn).data(PromptCatalogModel::PlayedRole).toBool(),
            true);
    }

    void coverageRunsOffTheGuiThreadAndMarksNeverPlayed()
    {
        PromptExplorer explorer;
        QAbstractItemModelTester tester(
            explorer.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        explorer.setScenarioFolder(QStringLiteral(VOICEPAY_SCENARIOS));
        QSignalSpy done(&explorer, &PromptExplorer::coverageFinished);
        explorer.runCoverage();
        QVERIFY(explorer.isRunning() || done.size() == 1);
        QVERIFY(done.wait(60000) || done.size() == 1);
        const PromptCoverage direct = PromptCoverageJob::runNow(QStringLiteral(VOICEPAY_SCENARIOS));
        QVERIFY(direct.scenarios > 0);
        QCOMPARE(explorer.model()->missingCount(), int(direct.missingPrompts.size()));
        QVERIFY2(explorer.coverageText().contains(QString::number(direct.scenarios)),
            qPrintable(explorer.coverageText()));
    }

    void emptyFolderCoversNothing()
    {
        QTemporaryDir dir;
        const PromptCoverage c = PromptCoverageJob::runNow(dir.path());
        QCOMPARE(c.scenarios, 0);
        QCOMPARE(c.missingPrompts.size(), PromptCatalog::variants().size());
    }

    void filterAndDetail()
    {
        PromptExplorer explorer;
        explorer.setFilter(QStringLiteral("luhn"));
        QVERIFY(explorer.proxy()->rowCount() >= 1);
        for (int r = 0; r < explorer.proxy()->rowCount(); ++r) {
            QVERIFY(explorer.proxy()
                        ->index(r, PromptCatalogModel::IdColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("luhn"))
                || explorer.proxy()
                       ->index(r, PromptCatalogModel::TextColumn)
                       .data()
                       .toString()
                       .contains(QStringLiteral("luhn"), Qt::CaseInsensitive)
                || explorer.proxy()
                       ->index(r, PromptCatalogModel::SituationColumn)
                       .data()
                       .toString()
                       .contains(QStringLiteral("luhn")));
        }
        explorer.selectVariant(QStringLiteral("card_number.luhn_failed"));
        QVERIFY2(explorer.detailText().contains(
                     PromptCatalog::example(QStringLiteral("card_number.luhn_failed")).text()),
            qPrintable(explorer.detailText()));
    }

    // The kit's data file is what the simulator keys in: each card must give the outcome its label promises.
    void kitCardsMatchTheirOutcome()
    {
        const TestCardKit& kit = TestCardKit::standard();
        QVERIFY(kit.cards().size() >= 12);
        const CardDetector detector;
        for (const TestCard& c : kit.cards()) {
            const SensitiveDigits number = SensitiveDigits::fromKeys(c.number.toStdString());
            const CardCheck check = detector.check(number.view(), {});
            QVERIFY2(check.brand && check.brand->id == c.brand, qPrintable(c.id));
            QCOMPARE(luhnValid(number.view()), c.outcome != u"luhn_failed");
            const SandboxOutcome outcome = sandboxOutcomeFor(number);
            const bool approves = outcome.status == GatewayResult::Status::Approved;
            if (c.outcome == u"approve") {
                QVERIFY2(approves, qPrintable(c.id));
            } else if (c.outcome == u"insufficient_funds") {
                QCOMPARE(outcome.reason, DeclineReason::InsufficientFunds);
            } else if (c.outcome == u"processing_error") {
                QCOMPARE(outcome.status, GatewayResult::Status::Error);
            }
        }
        QVERIFY(kit.publishedValues().contains(kit.demoPin(QStringLiteral("10001"))));
    }

    void badKitFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("cards: none");
        QTest::newRow("a card number with letters") << QByteArray(
            R"({"cards":[{"id":"x","number":"4111abcd11111111","expiry":"1230","securityCode":"123"}]})");
        QTest::newRow("a card without an id") << QByteArray(
            R"({"cards":[{"number":"4111111111111111","expiry":"1230","securityCode":"123"}]})");
        QTest::newRow("a PIN of two digits") << QByteArray(R"({"cards":[],"demoPins":{"10001":"12"}})");
    }

    void badKitFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QString why;
        QVERIFY(!TestCardKit::fromJson(json, &why));
        QVERIFY(!why.isEmpty());
    }
};

QTEST_MAIN(TestPromptExplorer)
#include "tst_promptexplorer.moc"
