#include "sim/flowcoverage.h"
#include "sim/scenario.h"
#include "sim/scenariorunner.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

using namespace voicepay;

class TestScenario : public QObject
{
    Q_OBJECT

private slots:
    void badScenario_namesTheField_data();
    void badScenario_namesTheField();
    void inputs_parse_data();
    void inputs_parse();
    void roundTrip();
    void expectations_reportFirstDifference_data();
    void expectations_reportFirstDifference();
    void badConfigOverride_isAnError();
    void suite_passesAndCoversTheFlow();
    void badInput_neverQuotesCardDigits_data();
    void badInput_neverQuotesCardDigits();
    void badConfigValue_neverQuotesCardDigits();
};

void TestScenario::badScenario_namesTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    const QByteArray call = R"("call":{"accountId":"10001","amountDue":"10.00"})";
    QTest::newRow("not JSON") << QByteArray("{\"call\":") << "offset";
    QTest::newRow("not an object") << QByteArray("[1,2]") << "object";
    QTest::newRow("no call") << QByteArray(R"({"inputs":[]})") << "call";
    QTest::newRow("no inputs") << QByteArray("{" + call + "}") << "inputs";
    QTest::newRow("unknown key") << QByteArray("{" + call + R"(,"inputs":[],"colour":1})") << "colour";
    QTest::newRow("missing account") << QByteArray(R"({"call":{"amountDue":"1.00"},"inputs":[]})")
                                     << "call.accountId";
    QTest::newRow("missing amount") << QByteArray(R"({"call":{"accountId":"1"},"inputs":[]})")
                                    << "call.amountDue";
    QTest::newRow("amount as number")
        << QByteArray(R"({"call":{"accountId":"1","amountDue":5},"inputs":[]})") << "call.amountDue";
    QTest::newRow("bad call type") << QByteArray(
        R"({"call":{"accountId":"1","amountDue":"5","callType":"fax"},"inputs":[]})")
                                   << "call.callType";
    QTest::newRow("unknown call key")
        << QByteArray(R"({"call":{"accountId":"1","amountDue":"5","pin":"1"},"inputs":[]})") << "call.pin";
    QTest::newRow("input not a string") << QByteArray("{" + call + R"(,"inputs":["1",2]})") << "inputs[1]";
    QTest::newRow("input with letters") << QByteArray("{" + call + R"(,"inputs":["12ab"]})") << "inputs[0]";
    QTest::newRow("empty utterance") << QByteArray("{" + call + R"(,"inputs":["say:"]})") << "inputs[0]";
    QTest::newRow("bad date") << QByteArray("{" + call + R"(,"inputs":[],"date":"25/11/2026"})") << "date";
    QTest::newRow("unknown expectation")
        << QByteArray("{" + call + R"(,"inputs":[],"expect":{"mood":"happy"}})") << "expect.mood";
    QTest::newRow("steps not a list")
        << QByteArray("{" + call + R"(,"inputs":[],"expect":{"steps":"confirm"}})") << "expect.steps";
}

void TestScenario::badScenario_namesTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QString error;
    QVERIFY(!Scenario::fromJson(json, &error));
    QVERIFY2(error.contains(field), qPrintable(error));
}

void TestScenario::inputs_parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::newRow("keys") << "4111#" << int(ScenarioInput::Kind::Dtmf);
    QTest::newRow("star and hash") << "*#" << int(ScenarioInput::Kind::Dtmf);
    QTest::newRow("time-out") << "timeout" << int(ScenarioInput::Kind::Timeout);
    QTest::newRow("empty is silence") << "" << int(ScenarioInput::Kind::Timeout);
    QTest::newRow("hang-up") << "hangup" << int(ScenarioInput::Kind::HangUp);
    QTest::newRow("utterance") << "say:yes" << int(ScenarioInput::Kind::Say);
}

void TestScenario::inputs_parse()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QString error;
    const auto input = ScenarioInput::parse(text, &error);
    QVERIFY2(input, qPrintable(error));
    QCOMPARE(int(input->kind), kind);
    if (!text.isEmpty()) {
        QCOMPARE(input->toString(), text);
    }
}

void TestScenario::roundTrip()
{
    const QByteArray json
        = R"({"name":"n","call":{"accountId":"10001","amountDue":"10.00","callType":"conference",
        "identified":true,"merchantId":"M1","paymentReference":"R1"},"config":{"maxDeclines":1},"date":"2026-11-25",
        "inputs":["1","4111#","timeout","hangup","say:yes"],"expect":{"outcome":"hangup"}})";
    QString error;
    const auto a = Scenario::fromJson(json, &error);
    QVERIFY2(a, qPrintable(error));
    const auto b = Scenario::fromJson(QJsonDocument(a->toJson()).toJson(), &error);
    QVERIFY2(b, qPrintable(error));
    QCOMPARE(b->toJson(), a->toJson());
    QCOMPARE(b->call.callType, CallType::Conference);
    QCOMPARE(b->inputs.size(), 5);
}

void TestScenario::expectations_reportFirstDifference_data()
{
    QTest::addColumn<QByteArray>("expect");
    QTest::addColumn<QString>("difference");
    QTest::newRow("met") << QByteArray(R"({"outcome":"hangup","steps":["amount_choice","card_number"]})")
                         << "";
    QTest::newRow("outcome") << QByteArray(R"({"outcome":"success"})")
                             << "outcome: expected \"success\", got \"hangup\"";
    QTest::newRow("outcome before steps") << QByteArray(R"({"steps":["pin"],"outcome":"success"})")
                                          << "outcome: expected \"success\", got \"hangup\"";
    QTest::newRow("wrong step") << QByteArray(R"({"steps":["amount_choice","expiry"]})")
                                << "steps[1]: expected \"expiry\", got \"card_number\"";
    QTest::newRow("fewer steps") << QByteArray(R"({"steps":["amount_choice"]})")
                                 << "steps[1]: expected no more steps, got \"card_number\"";
    QTest::newRow("more steps") << QByteArray(R"({"steps":["amount_choice","card_number","expiry"]})")
                                << "steps[2]: expected \"expiry\", but the call asked only 2 step(s)";
    QTest::newRow("step prompts")
        << QByteArray(R"({"steps":[{"step":"amount_choice"},{"step":"card_number","prompts":["x"]}]})")
        << "steps[1].prompts: expected [\"x\"], got [\"Please enter your card number, "
           "followed by the hash key.\"]";
    QTest::newRow("number as string") << QByteArray(R"({"declines":0,"amount":"10.00"})") << "";
}

void TestScenario::expectations_reportFirstDifference()
{
    QFETCH(QByteArray, expect);
    QFETCH(QString, difference);
    Scenario s;
    QString error;
    s.call = *CallContext::fromJson(
        QJsonDocument::fromJson(R"({"accountId":"10001","amountDue":"10.00","identified":true})").object(),
        &error);
    s.inputs = { *ScenarioInput::parse(QStringLiteral("1"), &error),
        *ScenarioInput::parse(QStringLiteral("hangup"), &error) };
    const ScenarioRun run = ScenarioRunner::run(s, RunOptions());
    QCOMPARE(ScenarioRunner::firstDifference(QJsonDocument::fromJson(expect).object(), run.result.toJson()),
        difference);
}

void TestScenario::badConfigOverride_isAnError()
{
    Scenario s;
    QString error;
    s.call = *CallContext::fromJson(
        QJsonDocument::fromJson(R"({"accountId":"1","amountDue":"1"})").object(), &error);
    s.configOverrides = QJsonDocument::fromJson(R"({"currency":"XYZ"})").object();
    const ScenarioRun run = ScenarioRunner::run(s, RunOptions());
    QVERIFY(!run.ok);
    QVERIFY2(run.error.startsWith(QStringLiteral("config.currency")), qPrintable(run.error));
}

void TestScenario::suite_passesAndCoversTheFlow()
{
    const QDir dir(QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/scenarios"));
    const QFileInfoList files = dir.entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 20);
    FlowCoverage coverage;
    for (const QFileInfo& file : files) {
        QString error;
        const auto scenario = Scenario::fromFile(file.filePath(), &error);
        QVERIFY2(scenario, qPrintable(error));
        QVERIFY2(!scenario->expect.isEmpty(), qPrintable(file.fileName()));
        const ScenarioRun run = ScenarioRunner::run(*scenario, RunOptions());
        QVERIFY2(run.ok, qPrintable(run.error));
        const QString diff = ScenarioRunner::firstDifference(scenario->expect, run.result.toJson());
        QVERIFY2(diff.isEmpty(), qPrintable(file.fileName() + QStringLiteral(": ") + diff));
        coverage.add(run);
    }
    QVERIFY2(coverage.unknownTransitions().isEmpty(), qPrintable(coverage.report()));
    QVERIFY2(coverage.missingNodes().isEmpty(), qPrintable(coverage.report()));
    // A scenario cannot hang up between the submission and the in-process sandbox's answer; the flow test
    // covers that transition.
    const QList<FlowTransition> missing = coverage.missingTransitions();
    QVERIFY2(missing.size() == 1 && missing.first().from == u"authorize" && missing.first().to == u"hangup",
        qPrintable(coverage.report()));
}

void TestScenario::badInput_neverQuotesCardDigits_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("position");
    QTest::newRow("grouped by spaces") << QStringLiteral("4111 1111 1111 1111") << 5;
    QTest::newRow("a dash after the number") << QStringLiteral("4111111111111111-123") << 17;
    QTest::newRow("a letter in the code") << QStringLiteral("5555555555554444x737") << 17;
}

void TestScenario::badInput_neverQuotesCardDigits()
{
    QFETCH(QString, input);
    QFETCH(int, position);
    QString error;
    QVERIFY(!ScenarioInput::parse(input, &error));
    // The position and a masked excerpt: no digit of the input.
    QVERIFY2(error.contains(QStringLiteral("character %1").arg(position)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1Char('*')), qPrintable(error));
    const qsizetype open = error.indexOf(QLatin1Char('"'));
    const QString quoted = error.mid(open + 1, error.indexOf(QLatin1Char('"'), open + 1) - open - 1);
    QVERIFY(!quoted.isEmpty());
    for (QChar c : quoted) {
        QVERIFY2(!c.isDigit(), qPrintable(error));
    }
    // Through a whole scenario file too.
    const QByteArray json = R"({"call": {"accountId": "10001", "amountDue": "12.00"}, "inputs": [")"
        + input.toUtf8() + R"("]})";
    QVERIFY(!Scenario::fromJson(json, &error));
    QVERIFY2(!error.contains(QStringLiteral("1111")) && !error.contains(QStringLiteral("4444")),
        qPrintable(error));
}

void TestScenario::badConfigValue_neverQuotesCardDigits()
{
    for (const QByteArray& json : { QByteArray(R"({"allowedBrands": ["visa", "4111111111111111"]})"),
             QByteArray(R"({"currency": "4111111111111111"})"),
             QByteArray(R"({"language": "4111111111111111"})") }) {
        QString error;
        QVERIFY(!ConfigReader::fromJson(json, &error));
        QVERIFY2(!error.isEmpty() && !error.contains(QStringLiteral("1111")), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
