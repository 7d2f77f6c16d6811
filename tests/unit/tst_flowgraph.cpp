#include "flow/flowgraph.h"
#include "flow/paymentflow.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace voicepay;

namespace {

const QDate callDate(2026, 11, 25);
const QString visa = QStringLiteral("4111111111111111");

CallContext identifiedCaller()
{
    CallContext c;
    c.accountId = QStringLiteral("10001");
    c.amountDue = QStringLiteral("125.50");
    c.identified = true;
    return c;
}

FlowActions keys(PaymentFlow& flow, const QString& digits, qint64& now)
{
    FlowActions out;
    for (QChar c : digits) {
        out << flow.pressKey(c, now += 100);
    }
    return out;
}

// The dot block of docs/engine.md, between the marker comment and the closing fence.
QString docsDotBlock()
{
    QFile file(QStringLiteral(VOICEPAY_SOURCE_DIR "/docs/engine.md"));
    if (!file.open(QIODevice::ReadOnly)) {
        return QString();
    }
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression block(
        QStringLiteral("```dot\\n(.*?)```"), QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = block.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

class TestFlowGraph : public QObject
{
    Q_OBJECT

private slots:
    void standardTable_everyNodeReachableAndEveryTargetANode();
    void standardTable_everyStepCanRetryHangUpAndGiveUp();
    void standardTable_everyNodeButTheOutcomesLeadsOn();
    void engine_followsTheTable();
    void unknownEdge_isRefusedAsTechnicalError();
    void unknownEdgeAtTheStart_isRefusedBeforeAnyQuestion();
    void edgeToANodeThatIsNotThere_isRefused();
    void json_listsEveryNodeAndTransition();
    void docs_holdTheGeneratedDrawing();
};

void TestFlowGraph::standardTable_everyNodeReachableAndEveryTargetANode()
{
    const FlowGraph& graph = FlowGraph::standard();
    QCOMPARE(graph.unreachableNodes(), QStringList());
    QCOMPARE(graph.unknownEnds(), QStringList());
    QCOMPARE(graph.duplicateEdges(), QStringList());
}

void TestFlowGraph::standardTable_everyStepCanRetryHangUpAndGiveUp()
{
    const FlowGraph& graph = FlowGraph::standard();
    for (Step step : allSteps()) {
        const QString name = stepName(step);
        QCOMPARE(graph.target(name, QStringLiteral("retry")), std::optional<QString>(name));
        QCOMPARE(
            graph.target(name, QStringLiteral("hangup")), std::optional<QString>(QStringLiteral("hangup")));
        QCOMPARE(graph.target(name, QStringLiteral("too_many_retries")),
            std::optional<QString>(QStringLiteral("input_failed")));
    }
}

void TestFlowGraph::standardTable_everyNodeButTheOutcomesLeadsOn()
{
    for (const QString& node : FlowGraph::nodes()) {
        bool leadsOn = false;
        for (const FlowTransition& t : FlowGraph::transitions()) {
            leadsOn = leadsOn || t.from == node;
        }
        QCOMPARE(leadsOn, !outcomeFromName(node).has_value());
    }
}

void TestFlowGraph::engine_followsTheTable()
{
    PaymentFlow flow(FlowConfig(), identifiedCaller(), callDate, QStringLiteral("s-1"));
    qint64 now = 0;
    flow.start(now);
    keys(flow, QStringLiteral("1") + visa + QStringLiteral("#"), now);
    QCOMPARE(flow.currentStep(), std::optional<Step>(Step::Expiry));
    for (const auto& t : flow.transitions()) {
        QVERIFY2(FlowGraph::contains(t.first, t.second), qPrintable(t.first + u" -> " + t.second));
    }
    const QList<QPair<QString, QString>> expected { { QStringLiteral("start"),
                                                        QStringLiteral("amount_choice") },
        { QStringLiteral("amount_choice"), QStringLiteral("card_number") },
        { QStringLiteral("card_number"), QStringLiteral("expiry") } };
    QCOMPARE(flow.transitions(), expected);
}

void TestFlowGraph::unknownEdge_isRefusedAsTechnicalError()
{
    const FlowGraph lacking
        = FlowGraph::standard().without(QStringLiteral("card_number"), QStringLiteral("needs_expiry"));
    PaymentFlow flow(FlowConfig(), identifiedCaller(), callDate, QStringLiteral("s-2"));
    flow.setGraph(lacking);
    qint64 now = 0;
    flow.start(now);
    const FlowActions out = keys(flow, QStringLiteral("1") + visa + QStringLiteral("#"), now);
    QVERIFY(flow.isFinished());
    QCOMPARE(flow.result().outcome, Outcome::TechnicalError);
    QVERIFY2(flow.result().reason.contains(QStringLiteral("needs_expiry")), qPrintable(flow.result().reason));
    QVERIFY2(flow.result().reason.contains(QStringLiteral("card_number")), qPrintable(flow.result().reason));
    QCOMPARE(flow.transitions().last(),
        qMakePair(QStringLiteral("card_number"), QStringLiteral("technical_error")));
    QVERIFY(!out.isEmpty());
    QCOMPARE(out.last().kind, FlowAction::Kind::Finish);
    // The card number taken before the refusal is gone, and the result names it by its last four at most.
    QVERIFY(!flow.liveLuhnValid());
    QVERIFY(!QJsonDocument(flow.result().toJson()).toJson().contains(visa.toLatin1()));
    // Nothing happens after the end.
    QVERIFY(flow.pressKey(QLatin1Char('1'), now += 100).isEmpty());
}

void TestFlowGraph::unknownEdgeAtTheStart_isRefusedBeforeAnyQuestion()
{
    const FlowGraph lacking
        = FlowGraph::standard().without(QStringLiteral("start"), QStringLiteral("choose_amount"));
    PaymentFlow flow(FlowConfig(), identifiedCaller(), callDate, QStringLiteral("s-3"));
    flow.setGraph(lacking);
    const FlowActions out = flow.start(0);
    QVERIFY(flow.isFinished());
    QCOMPARE(flow.result().outcome, Outcome::TechnicalError);
    QVERIFY(flow.result().steps.isEmpty());
    for (const FlowAction& a : out) {
        QVERIFY(a.kind != FlowAction::Kind::Collect);
    }
}

void TestFlowGraph::edgeToANodeThatIsNotThere_isRefused()
{
    QList<FlowTransition> edges = FlowGraph::transitions();
    for (FlowTransition& t : edges) {
        if (t.from == u"amount_choice" && t.edge == u"amount_accepted") {
            t.to = QStringLiteral("nowhere");
        }
    }
    const FlowGraph broken(edges);
    QCOMPARE(broken.unknownEnds().size(), 1);
    PaymentFlow flow(FlowConfig(), identifiedCaller(), callDate, QStringLiteral("s-4"));
    flow.setGraph(broken);
    qint64 now = 0;
    flow.start(now);
    keys(flow, QStringLiteral("1"), now);
    QVERIFY(flow.isFinished());
    QCOMPARE(flow.result().outcome, Outcome::TechnicalError);
    QVERIFY(flow.result().reason.contains(QStringLiteral("amount_accepted")));
}

void TestFlowGraph::json_listsEveryNodeAndTransition()
{
    const QJsonObject json = FlowGraph::standard().toJson();
    QCOMPARE(json.value(QStringLiteral("nodes")).toArray().size(), FlowGraph::nodes().size());
    const QJsonArray transitions = json.value(QStringLiteral("transitions")).toArray();
    QCOMPARE(transitions.size(), FlowGraph::transitions().size());
    const QJsonObject first = transitions.first().toObject();
    QCOMPARE(first.value(QStringLiteral("from")).toString(), FlowGraph::transitions().first().from);
    QCOMPARE(first.value(QStringLiteral("edge")).toString(), FlowGraph::transitions().first().edge);
    QCOMPARE(first.value(QStringLiteral("to")).toString(), FlowGraph::transitions().first().to);
    const QString dot = FlowGraph::standard().toDot();
    for (const FlowTransition& t : FlowGraph::transitions()) {
        QVERIFY(dot.contains(QStringLiteral("%1 -> %2 [label=\"%3\"]").arg(t.from, t.to, t.edge)));
    }
}

// docs/engine.md shows the output of `voicepay-sim flow --format dot`, which prints toDot().
void TestFlowGraph::docs_holdTheGeneratedDrawing()
{
    const QString block = docsDotBlock();
    QVERIFY2(!block.isEmpty(), "docs/engine.md has no ```dot block");
    QCOMPARE(block, FlowGraph::standard().toDot());
}

QTEST_GUILESS_MAIN(TestFlowGraph)
#include "tst_flowgraph.moc"
