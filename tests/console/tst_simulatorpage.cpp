#include "flow/flowgraph.h"
#include "sim/scenariorunner.h"
#include "simulator/callsession.h"
#include "simulator/callsetupwidget.h"
#include "simulator/conferenceview.h"
#include "simulator/flowdiagramwidget.h"
#include "simulator/keypadwidget.h"
#include "simulator/simulatorpage.h"
#include "simulator/testcardkit.h"
#include "simulator/transcriptmodel.h"
#include "widgets/clampindicator.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;
using namespace voicepay::ui;

class TestSimulatorPage : public QObject
{
    Q_OBJECT

private:
    static void click(SimulatorPage& page, const QString& keys)
    {
        for (QChar k : keys) {
            QPushButton* b = page.keypad()->button(k);
            QVERIFY2(b, qPrintable(QStringLiteral("no key %1").arg(k)));
            QVERIFY2(b->isEnabled(),
                qPrintable(QStringLiteral("key %1 is disabled at %2").arg(k).arg(page.stepText())));
            QTest::mouseClick(b, Qt::LeftButton);
        }
    }

    static void start(SimulatorPage& page, CallType type)
    {
        CallContext c = page.setup()->context();
        c.callType = type;
        c.accountId = QStringLiteral("10001");
        c.identified = true;
        c.amountDue = QStringLiteral("42.00");
        page.setup()->setContext(c);
        QString why;
        QVERIFY2(page.startCall(&why), qPrintable(why));
    }

    static const TestCard& kitCard(const QString& id)
    {
        const TestCard* card = TestCardKit::standard().find(id);
        Q_ASSERT(card);
        return *card;
    }

private slots:
    void initTestCase() { QVERIFY(!TestCardKit::standard().cards().isEmpty()); }

    void flowDiagram_everyNodeFitsWithoutOverlap_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("smallest") << FlowDiagramWidget().minimumSizeHint();
        QTest::newRow("preferred") << FlowDiagramWidget().sizeHint();
        QTest::newRow("wide window (1280x720)") << QSize(1240, 300);
    }

    // The outcome row wraps: every outcome box stays inside the drawing, none on top of another.
    void flowDiagram_everyNodeFitsWithoutOverlap()
    {
        QFETCH(QSize, size);
        FlowDiagramWidget diagram;
        diagram.resize(size);
        const QStringList nodes = FlowGraph::nodes();
        QVERIFY(nodes.contains(QStringLiteral("pending")));
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            const QRectF r = diagram.nodeRect(nodes.at(i));
            QVERIFY2(QRectF(diagram.rect()).contains(r), qPrintable(nodes.at(i)));
            for (qsizetype j = i + 1; j < nodes.size(); ++j) {
                const QRectF other = diagram.nodeRect(nodes.at(j));
                QVERIFY2(!r.intersects(other),
                    qPrintable(QStringLiteral("%1 (%2, %3) overlaps %4 (%5, %6)")
                                   .arg(nodes.at(i))
                                   .arg(r.center().x())
                                   .arg(r.center().y())
                                   .arg(nodes.at(j))
                                   .arg(other.center().x())
                                   .arg(other.center().y())));
            }
        }
    }

    void keypadDrivesAWholePayment_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("declines");
        QTest::newRow("approved Visa") << QStringLiteral("visa-approve") << QStringLiteral("success") << 0;
        QTest::newRow("approved American Express")
            << QStringLiteral("amex-approve") << QStringLiteral("success") << 0;
        QTest::newRow("insufficient funds, then hang-up")
            << QStringLiteral("decline-funds") << QStringLiteral("hangup") << 1;
    }

    void keypadDrivesAWholePayment()
    {
        QFETCH(QString, card);
        QFETCH(QString, outcome);
        QFETCH(int, declines);
        SimulatorPage page;
        page.show();
        QSignalSpy finished(page.session(), &CallSession::finished);
        start(page, CallType::Ivr);
        const TestCard& c = kitCard(card);
        click(page, QStringLiteral("1"));
        QCOMPARE(page.diagram()->current(), QStringLiteral("card_number"));
        click(page, c.number + u'#');
        click(page, c.expiry);
        click(page, c.securityCode);
        QCOMPARE(page.diagram()->current(), QStringLiteral("confirm"));
        click(page, QStringLiteral("1"));
        if (declines > 0) {
            QTRY_VERIFY(page.transcript()->plainText().contains(QStringLiteral("declined")));
            QTRY_VERIFY(page.session()->isCollecting());
            QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("hangUp")), Qt::LeftButton);
        }
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeName(page.session()->flow()->result().outcome), outcome);
        QCOMPARE(page.session()->flow()->result().declines, declines);
        QVERIFY(!page.resultText().isEmpty());
        QVERIFY(page.diagram()->wasTaken(QStringLiteral("confirm"), QStringLiteral("authorize")));
        // Only the last four digits may appear anywhere on screen.
        const QString transcript = page.transcript()->plainText();
        QVERIFY(!transcript.contains(c.number));
        QVERIFY(!transcript.contains(c.number.left(6)));
        QVERIFY(!page.resultText().contains(c.number.left(6)));
        QVERIFY(transcript.contains(c.number.right(4)));
        QVERIFY(!page.keypad()->isEnabled());
    }

    // Start is off while a call is authorising (a new call would lose its answer); the Say box keeps no undo
    // history of what was said.
    void startIsOffWhileAuthorising_andSayKeepsNoHistory()
    {
        SimulatorPage page;
        page.show();
        auto* startButton = page.findChild<QPushButton*>(QStringLiteral("startCall"));
        auto* sayEdit = page.findChild<QLineEdit*>(QStringLiteral("sayEdit"));
        QVERIFY(startButton && sayEdit);
        QSignalSpy finished(page.session(), &CallSession::finished);
        std::optional<bool> startDuringAuthorisation;
        connect(page.session(), &CallSession::authorizing, this,
            [&] { startDuringAuthorisation = startButton->isEnabled(); });
        start(page, CallType::Ivr);
        const TestCard& c = kitCard(QStringLiteral("visa-approve"));
        click(page, QStringLiteral("1"));
        QCOMPARE(page.diagram()->current(), QStringLiteral("card_number"));
        // The card number said: once sent, nothing of it is one undo away.
        QTest::keyClicks(sayEdit, c.number);
        QVERIFY(sayEdit->isUndoAvailable());
        QTest::keyClick(sayEdit, Qt::Key_Return);
        QVERIFY(sayEdit->text().isEmpty());
        QVERIFY(!sayEdit->isUndoAvailable());
        if (page.diagram()->current() == u"card_number") {
            click(page, c.number + u'#');
        }
        click(page, c.expiry);
        click(page, c.securityCode);
        click(page, QStringLiteral("1"));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(startDuringAuthorisation, std::optional<bool>(false));
        QVERIFY(startButton->isEnabled());
    }

    void conferenceViewMasksDigitsAndLightsTheClamp()
    {
        SimulatorPage page;
        page.show();
        start(page, CallType::Conference);
        ConferenceView* view = page.conference();
        QVERIFY(view->clamp()->isLit());
        click(page, QStringLiteral("1"));
        const QString number = kitCard(QStringLiteral("visa-approve")).number;
        const int before = view->clamp()->suppressedTones();
        click(page, number.left(6));
        QCOMPARE(view->clamp()->suppressedTones(), before + 6);
        QVERIFY(view->clamp()->isFlashing());
        QCOMPARE(page.session()->flow()->keyedCount(), 6);
        QCOMPARE(view->brandText(), QStringLiteral("Visa"));
        QCOMPARE(view->luhnText(), QStringLiteral("incomplete"));
        QVERIFY(!view->maskedText().contains(QRegularExpression(QStringLiteral("\\d"))));
        click(page, number.mid(6));
        // 16 digits complete the Visa number only with '#' (Visa allows 19); the check is already shown.
        QCOMPARE(view->luhnText(), QStringLiteral("valid"));
        QVERIFY(!view->maskedText().contains(QRegularExpression(QStringLiteral("\\d"))));
        click(page, QStringLiteral("#"));
        QCOMPARE(page.diagram()->current(), QStringLiteral("expiry"));
    }

    // The agent reads the count and the clamp in words, and at the end whether the payment was taken and
    // the reference to quote.
    void agentPanelTellsTheClampTheCountAndTheOutcome()
    {
        SimulatorPage page;
        page.show();
        QSignalSpy finished(page.session(), &CallSession::finished);
        start(page, CallType::Conference);
        ConferenceView* view = page.conference();
        QVERIFY2(
            view->clamp()->text().contains(QStringLiteral("cannot hear")), qPrintable(view->clamp()->text()));
        QVERIFY(view->outcomeText().isEmpty());
        click(page, QStringLiteral("1"));
        const TestCard& c = kitCard(QStringLiteral("visa-approve"));
        click(page, c.number.left(6));
        QCOMPARE(view->countText(), QStringLiteral("6 of 19 keys"));
        QVERIFY(view->clamp()->suppressedTones() >= 6);
        QVERIFY2(view->clamp()->text().contains(
                     QStringLiteral("Keys kept from the agent: %1").arg(view->clamp()->suppressedTones())),
            qPrintable(view->clamp()->text()));
        click(page, c.number.mid(6) + u'#');
        click(page, c.expiry);
        click(page, c.securityCode);
        click(page, QStringLiteral("1"));
        QTRY_COMPARE(finished.size(), 1);
        const QString outcome = view->outcomeText();
        QVERIFY2(outcome.startsWith(QStringLiteral("Payment approved")), qPrintable(outcome));
        QVERIFY2(outcome.contains(page.session()->flow()->context().paymentReference), qPrintable(outcome));
        QVERIFY2(outcome.contains(page.session()->flow()->result().transactionId), qPrintable(outcome));
        QVERIFY(!outcome.contains(c.number.left(6)));
    }

    void ivrCallLeavesTheClampOff()
    {
        SimulatorPage page;
        start(page, CallType::Ivr);
        QVERIFY(!page.conference()->clamp()->isLit());
        click(page, QStringLiteral("1"));
        click(page, QStringLiteral("4111"));
        QCOMPARE(page.conference()->clamp()->suppressedTones(), 0);
    }

    void keyboardIsAShortcutForTheKeypad()
    {
        SimulatorPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        start(page, CallType::Ivr);
        QSignalSpy keys(page.keypad(), &KeypadWidget::keyPressed);
        page.keypad()->button(u'1')->setFocus();
        QTest::keyClick(&page, Qt::Key_2);
        QTRY_COMPARE(keys.size(), 1);
        QCOMPARE(keys.at(0).at(0).value<QChar>(), QChar(u'2'));
    }

    void noInputAndHangUpButtonsReachTheEngine()
    {
        SimulatorPage page;
        start(page, CallType::Ivr);
        page.session()->noInput();
        QCOMPARE(page.session()->flow()->currentCollect().attempt, 2);
        QSignalSpy finished(page.session(), &CallSession::finished);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("hangUp")), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(page.session()->flow()->result().outcome, Outcome::Hangup);
    }

    void kitKeysTheAnswerOfTheCurrentQuestion()
    {
        SimulatorPage page;
        start(page, CallType::Ivr);
        QVERIFY(!page.keyTestCard(QStringLiteral("visa-approve"))); // amount choice: nothing to key
        click(page, QStringLiteral("1"));
        QVERIFY(page.keyTestCard(QStringLiteral("brand-not-allowed")));
        QCOMPARE(page.session()->flow()->currentCollect().attempt, 2);
        QVERIFY(page.transcript()->plainText().contains(QStringLiteral("JCB"), Qt::CaseInsensitive)
            || page.transcript()->plainText().contains(QStringLiteral("not accept"), Qt::CaseInsensitive));
    }

    void savedKitCallReplaysInTheRunner()
    {
        QTemporaryDir dir;
        SimulatorPage page;
        start(page, CallType::Ivr);
        click(page, QStringLiteral("1"));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(page.keyTestCard(QStringLiteral("decline-code")));
        }
        click(page, QStringLiteral("1"));
        QTRY_VERIFY(page.session()->isCollecting() || page.session()->flow()->isFinished());
        page.session()->hangUp();
        QVERIFY(page.session()->recorder().replayable());
        const QString path = dir.filePath(QStringLiteral("call.json"));
        QString why;
        QVERIFY2(page.saveScenario(path, &why), qPrintable(why));
        auto scenario = Scenario::fromFile(path, &why);
        QVERIFY2(scenario, qPrintable(why));
        const ScenarioRun run = ScenarioRunner::run(*scenario, RunOptions());
        QVERIFY2(run.ok, qPrintable(run.error));
        QCOMPARE(ScenarioRunner::firstDifference(scenario->expect, run.result.toJson()), QString());
        QCOMPARE(run.result.declines, 1);

        // The same file opened in the console replays step by step to the same end.
        QVERIFY2(page.openScenario(path, &why), qPrintable(why));
        int steps = 0;
        while (page.replayNext()) {
            ++steps;
            QTRY_VERIFY(!page.session()->flow()->awaitingGateway());
        }
        QCOMPARE(steps, int(scenario->inputs.size()));
        QCOMPARE(page.session()->flow()->result().declines, 1);
        QCOMPARE(page.session()->flow()->result().outcome, Outcome::Hangup);
    }

    void otherCardDataIsNeverSaved()
    {
        QTemporaryDir dir;
        SimulatorPage page;
        start(page, CallType::Ivr);
        click(page, QStringLiteral("1"));
        const QString own = QStringLiteral("4012888888881881"); // not in the kit
        click(page, own + u'#');
        click(page, QStringLiteral("1230"));
        click(page, QStringLiteral("987"));
        page.session()->hangUp();
        QVERIFY(!page.session()->recorder().replayable());
        QCOMPARE(page.session()->recorder().maskedInputs().size(), 2);
        const QString path = dir.filePath(QStringLiteral("masked.json"));
        QString why;
        QVERIFY2(page.saveScenario(path, &why), qPrintable(why));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("4012888888881881"));
        QVERIFY(!text.contains("987"));
        QVERIFY(text.contains("NOT REPLAYABLE"));
        QVERIFY(!text.contains("\"expect\""));
    }

    // After switching to yen the default amount 125.00 cannot be paid: the form says so and the call does not
    // start (it would only end as a technical error); the summary names the configuration.
    void theFormIsCheckedAgainstTheConfiguration()
    {
        SimulatorPage page;
        FlowConfig yen;
        yen.currency = QStringLiteral("JPY");
        yen.minAmount = QStringLiteral("100");
        yen.maxAmount = QStringLiteral("500000");
        page.setConfig(yen);
        QVERIFY(page.setup()->summaryLabel()->text().contains(QStringLiteral("JPY")));
        page.setup()->amountEdit()->setText(QStringLiteral("125.00"));
        QVERIFY(page.setup()->checkLabel()->text().contains(QStringLiteral("125.00")));
        QString why;
        QVERIFY(!page.startCall(&why));
        QVERIFY2(why.contains(QStringLiteral("JPY")), qPrintable(why));
        QVERIFY(!page.session()->isActive());
        page.setup()->amountEdit()->setText(QStringLiteral("12500"));
        QVERIFY(page.setup()->errors().isEmpty());
        QVERIFY2(page.startCall(&why), qPrintable(why));
        page.session()->hangUp();
    }

    void transcriptModelIsConsistent()
    {
        TranscriptModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SimulatorPage page;
        page.transcript()->clear();
        model.add(0, TranscriptModel::Source::Prompt, QStringLiteral("Welcome"));
        model.appendToCaller(10, QStringLiteral("1"));
        model.appendToCaller(20, QStringLiteral("2"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, TranscriptModel::TextColumn).data().toString(), QStringLiteral("12"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestSimulatorPage)
#include "tst_simulatorpage.moc"
