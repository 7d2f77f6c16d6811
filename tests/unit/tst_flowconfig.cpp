#include "config/configkeys.h"
#include "config/flowconfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;

class TestFlowConfig : public QObject
{
    Q_OBJECT

private slots:
    void defaults_areValid();
    void goodValues_data();
    void goodValues();
    void badValues_areRefusedWithTheKey_data();
    void badValues_areRefusedWithTheKey();
    void refusedFile_leavesConfigUntouched();
    void stepOverrides_applyPerStep();
    void version_isStableAndTracksChanges();
    void saveThenLoad_roundTrip();
    void loadCorruptFile_saysWhere();
    void knownKeys_coverEveryKeyWritten();
    void keyTable_rangesAreWhatTheReaderAccepts();
    void keyTable_choicesAreWhatTheReaderAccepts();
    void version_computedOnceAndRecomputedAfterAChange();
    void limits_followTheSettings();
    void docs_holdTheGeneratedKeyTable();
};

void TestFlowConfig::defaults_areValid()
{
    const FlowConfig c;
    QString error;
    QVERIFY2(c.validate(&error), qPrintable(error));
    QCOMPARE(c.currency, QStringLiteral("USD"));
    QCOMPARE(c.minimum()->minorUnits(), 100);
    QVERIFY(c.allowedBrands.contains(QStringLiteral("visa")));
}

void TestFlowConfig::goodValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("every issue key") << QByteArray(R"({"currency":"EUR","minAmount":"5","maxAmount":"500.00",
        "amountMode":"fixed","maxDeclines":2,"onMaxDeclines":"return_to_ivr","allowedBrands":["visa","jcb"],
        "readbackLast4Only":false,"inputMode":"dtmf","maxRetries":1,"language":"en-US"})");
    QTest::newRow("no maximum") << QByteArray(R"({"maxAmount":null})");
    QTest::newRow("yen in whole units")
        << QByteArray(R"({"currency":"JPY","minAmount":"100","maxAmount":"500000"})");
    QTest::newRow("dinar with fils") << QByteArray(
        R"({"currency":"KWD","minAmount":"0.500","maxAmount":"900.125"})");
    QTest::newRow("gateway server") << QByteArray(
        R"({"gateway":{"mode":"server","url":"http://127.0.0.1:8089/xml/v1/request.api",
        "merchantLogin":"demo","connectTimeoutMs":2000}})");
    QTest::newRow("empty object keeps defaults") << QByteArray("{}");
    QTest::newRow("transfer target") << QByteArray(R"({"transferTarget":"sip:agents@pbx.example:5060"})");
    QTest::newRow("no transfer target") << QByteArray(R"({"transferTarget":""})");
}

void TestFlowConfig::goodValues()
{
    QFETCH(QByteArray, json);
    QString error;
    const auto config = ConfigReader::fromJson(json, &error);
    QVERIFY2(config, qPrintable(error));
}

void TestFlowConfig::badValues_areRefusedWithTheKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::newRow("unknown key") << QByteArray(R"({"colour":"red"})") << "colour";
    QTest::newRow("unknown currency") << QByteArray(R"({"currency":"XYZ"})") << "currency";
    QTest::newRow("currency as number") << QByteArray(R"({"currency":840})") << "currency";
    QTest::newRow("amount as number") << QByteArray(R"({"minAmount":5})") << "minAmount";
    QTest::newRow("amount with letters") << QByteArray(R"({"minAmount":"five"})") << "minAmount";
    QTest::newRow("amount decimals beyond the currency")
        << QByteArray(R"({"minAmount":"1.005"})") << "minAmount";
    QTest::newRow("yen with decimals")
        << QByteArray(R"({"currency":"JPY","minAmount":"1.5"})") << "minAmount";
    QTest::newRow("zero minimum") << QByteArray(R"({"minAmount":"0"})") << "minAmount";
    QTest::newRow("maximum below minimum")
        << QByteArray(R"({"minAmount":"10","maxAmount":"5"})") << "maxAmount";
    QTest::newRow("amount mode") << QByteArray(R"({"amountMode":"any"})") << "amountMode";
    QTest::newRow("max declines zero") << QByteArray(R"({"maxDeclines":0})") << "maxDeclines";
    QTest::newRow("max declines fraction") << QByteArray(R"({"maxDeclines":1.5})") << "maxDeclines";
    QTest::newRow("huge number") << QByteArray(R"({"maxDeclines":1e300})") << "maxDeclines";
    QTest::newRow("negative huge number") << QByteArray(R"({"maxRetries":-1e300})") << "maxRetries";
    QTest::newRow("on max declines") << QByteArray(R"({"onMaxDeclines":"explode"})") << "onMaxDeclines";
    QTest::newRow("leave conference is not a choice")
        << QByteArray(R"({"onMaxDeclines":"leave_conference"})") << "onMaxDeclines";
    QTest::newRow("unknown brand") << QByteArray(R"({"allowedBrands":["visa","bankcard"]})")
                                   << "allowedBrands";
    QTest::newRow("brands not a list") << QByteArray(R"({"allowedBrands":"visa"})") << "allowedBrands";
    QTest::newRow("no brand at all") << QByteArray(R"({"allowedBrands":[]})") << "allowedBrands";
    QTest::newRow("read-back as string")
        << QByteArray(R"({"readbackLast4Only":"yes"})") << "readbackLast4Only";
    QTest::newRow("input mode") << QByteArray(R"({"inputMode":"telepathy"})") << "inputMode";
    QTest::newRow("negative retries") << QByteArray(R"({"maxRetries":-1})") << "maxRetries";
    QTest::newRow("unsupported language") << QByteArray(R"({"language":"xx-XX"})") << "language";
    QTest::newRow("unknown step") << QByteArray(R"({"steps":{"favourite_colour":{"maxRetries":1}}})")
                                  << "steps.favourite_colour";
    QTest::newRow("bad step key") << QByteArray(R"({"steps":{"pin":{"tries":1}}})") << "steps.pin.tries";
    QTest::newRow("time-out too short") << QByteArray(R"({"noInputTimeoutMs":10})") << "noInputTimeoutMs";
    QTest::newRow("gateway mode") << QByteArray(R"({"gateway":{"mode":"carrier-pigeon"}})") << "gateway.mode";
    QTest::newRow("gateway url missing") << QByteArray(R"({"gateway":{"mode":"endpoint"}})") << "gateway.url";
    QTest::newRow("no duplicate window")
        << QByteArray(R"({"gateway":{"duplicateWindowSeconds":0}})") << "gateway.duplicateWindowSeconds";
    QTest::newRow("duplicate window shorter than the recovery") << QByteArray(
        R"({"gateway":{"connectTimeoutMs":5000,"transferTimeoutMs":30000,"duplicateWindowSeconds":60}})")
                                                                << "gateway.duplicateWindowSeconds";
    QTest::newRow("gateway unknown key")
        << QByteArray(R"({"gateway":{"password":"x"}})") << "gateway.password";
    QTest::newRow("transfer target not a SIP URI")
        << QByteArray(R"({"transferTarget":"agents@pbx.example"})") << "transferTarget";
    QTest::newRow("transfer target with a header break")
        << QByteArray(R"({"transferTarget":"sip:a@b>\r\nX-Evil: 1"})") << "transferTarget";
    QTest::newRow("transfer target as number")
        << QByteArray(R"({"transferTarget":5060})") << "transferTarget";
}

void TestFlowConfig::badValues_areRefusedWithTheKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QString error;
    const auto config = ConfigReader::fromJson(json, &error);
    QVERIFY(!config);
    QVERIFY2(error.startsWith(key + QLatin1Char(':')), qPrintable(error));
}

void TestFlowConfig::refusedFile_leavesConfigUntouched()
{
    FlowConfig c;
    c.maxDeclines = 5;
    QString error;
    const QJsonObject bad = QJsonDocument::fromJson(R"({"maxDeclines":2,"currency":"NOPE"})").object();
    QVERIFY(!ConfigReader::apply(bad, c, &error));
    QCOMPARE(c.maxDeclines, 5);
    QCOMPARE(c.currency, QStringLiteral("USD"));
}

void TestFlowConfig::stepOverrides_applyPerStep()
{
    QString error;
    const auto c = ConfigReader::fromJson(
        R"({"maxRetries":1,"steps":{"card_number":{"maxRetries":4,"interDigitTimeoutMs":6000}}})", &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->timing(QStringLiteral("card_number")).maxRetries, 4);
    QCOMPARE(c->timing(QStringLiteral("card_number")).interDigitTimeoutMs, 6000);
    QCOMPARE(c->timing(QStringLiteral("card_number")).noInputTimeoutMs, c->noInputTimeoutMs);
    QCOMPARE(c->timing(QStringLiteral("pin")).maxRetries, 1);
}

void TestFlowConfig::version_isStableAndTracksChanges()
{
    const FlowConfig a;
    const FlowConfig b;
    QCOMPARE(a.version(), b.version());
    QCOMPARE(a.version().size(), 12);
    FlowConfig c;
    c.maxDeclines = 1;
    QVERIFY(a.version() != c.version());
}

void TestFlowConfig::saveThenLoad_roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FlowConfig c;
    c.currency = QStringLiteral("KWD");
    c.minAmount = QStringLiteral("0.250");
    c.maxAmount.clear();
    c.allowedBrands = { QStringLiteral("mir"), QStringLiteral("elo") };
    c.stepOverrides.insert(QStringLiteral("pin"), StepTiming { 1, 4000, 2000 });
    const QString path = dir.filePath(QStringLiteral("voicepay.json"));
    QString error;
    QVERIFY2(ConfigReader::saveFile(c, path, &error), qPrintable(error));
    const auto loaded = ConfigReader::fromFile(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->toJson(), c.toJson());
    QCOMPARE(loaded->version(), c.version());
    QVERIFY(!loaded->maximum());
}

void TestFlowConfig::loadCorruptFile_saysWhere()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"currency\": \"USD\",, }");
    file.close();
    QString error;
    QVERIFY(!ConfigReader::fromFile(path, &error));
    QVERIFY2(error.contains(path) && error.contains(QStringLiteral("offset")), qPrintable(error));
    QVERIFY(!ConfigReader::fromFile(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(error.contains(QStringLiteral("missing.json")));
}

void TestFlowConfig::knownKeys_coverEveryKeyWritten()
{
    const QStringList known = ConfigReader::knownKeys();
    for (const QString& key : FlowConfig().toJson().keys()) {
        QVERIFY2(known.contains(key), qPrintable(key));
    }
    // What is written reads back: a saved file is never refused.
    QString error;
    QVERIFY2(
        ConfigReader::fromJson(QJsonDocument(FlowConfig().toJson()).toJson(), &error), qPrintable(error));
}

namespace {
// A file holding one key: {"maxDeclines": 3} or {"gateway": {"maxCardDigits": 16}}.
QJsonObject oneKey(const ConfigKey& key, const QJsonValue& value)
{
    if (key.parent().isEmpty()) {
        return QJsonObject { { key.name, value } };
    }
    return QJsonObject { { key.parent(), QJsonObject { { key.leaf(), value } } } };
}

// Whether the reader takes the value for that key (a complaint about another key, such as gateway.url for a
// gateway mode that needs one, is not about this value).
bool readerAccepts(const ConfigKey& key, const QJsonValue& value)
{
    FlowConfig c;
    QString error;
    return ConfigReader::apply(oneKey(key, value), c, &error) || !error.startsWith(key.name + u':');
}
} // namespace

void TestFlowConfig::keyTable_rangesAreWhatTheReaderAccepts()
{
    int checked = 0;
    for (const ConfigKey& key : ConfigKeys::all()) {
        if (key.type != ConfigValueType::WholeNumber) {
            continue;
        }
        QVERIFY2(key.minimum <= key.maximum, qPrintable(key.name));
        QVERIFY2(readerAccepts(key, key.minimum), qPrintable(key.name));
        QVERIFY2(readerAccepts(key, key.maximum), qPrintable(key.name));
        QVERIFY2(!readerAccepts(key, key.minimum - 1), qPrintable(key.name));
        QVERIFY2(!readerAccepts(key, key.maximum + 1), qPrintable(key.name));
        const QJsonValue current = key.defaultValue();
        QVERIFY2(current.toInt() >= key.minimum && current.toInt() <= key.maximum, qPrintable(key.name));
        ++checked;
    }
    QCOMPARE(checked, 10);
    // The disagreements of the past: the reader's ranges are the truth.
    QCOMPARE(ConfigKeys::find(QStringLiteral("maxDeclines"))->minimum, 1);
    QCOMPARE(ConfigKeys::find(QStringLiteral("maxDeclines"))->maximum, 10);
    QCOMPARE(ConfigKeys::find(QStringLiteral("gateway.maxCardDigits"))->minimum, 12);
    QCOMPARE(ConfigKeys::find(QStringLiteral("gateway.maxCardDigits"))->maximum, 19);
    // 0 turns periodic reconciliation off (the start's stays).
    QCOMPARE(ConfigKeys::find(QStringLiteral("gateway.reconcileIntervalSeconds"))->minimum, 0);
    QCOMPARE(
        ConfigKeys::find(QStringLiteral("gateway.reconcileIntervalSeconds"))->defaultValue().toInt(), 300);
}

void TestFlowConfig::keyTable_choicesAreWhatTheReaderAccepts()
{
    for (const ConfigKey& key : ConfigKeys::all()) {
        if (key.type != ConfigValueType::Choice) {
            continue;
        }
        QVERIFY2(!key.choices.isEmpty() && key.choiceMessage, qPrintable(key.name));
        for (const ConfigChoice& choice : key.choices) {
            QVERIFY2(readerAccepts(key, choice.value), qPrintable(key.name + u' ' + choice.value));
        }
        QVERIFY2(!readerAccepts(key, QStringLiteral("leave_conference")), qPrintable(key.name));
        QVERIFY2(!readerAccepts(key, 1), qPrintable(key.name));
    }
}

void TestFlowConfig::version_computedOnceAndRecomputedAfterAChange()
{
    FlowConfig c;
    const QString first = c.version();
    const FlowConfig copy = c; // a call's copy shares what was computed
    QCOMPARE(copy.version(), first);
    c.gateway.maxCardDigits = 19; // a change the cached digest must not hide
    QVERIFY(c.version() != first);
    QCOMPARE(copy.version(), first);
    c.gateway.maxCardDigits = 16;
    QCOMPARE(c.version(), first);
    c.stepOverrides.insert(QStringLiteral("pin"), StepTiming { 1, 4000, 2000 });
    QVERIFY(c.version() != first);
}

void TestFlowConfig::limits_followTheSettings()
{
    FlowConfig c;
    QCOMPARE(c.minimum()->minorUnits(), 100);
    const FlowConfig copy = c;
    c.minAmount = QStringLiteral("2.50");
    QCOMPARE(c.minimum()->minorUnits(), 250);
    QCOMPARE(copy.minimum()->minorUnits(), 100);
    c.currency = QStringLiteral("JPY");
    c.minAmount = QStringLiteral("100");
    c.maxAmount.clear();
    QCOMPARE(c.minimum()->minorUnits(), 100);
    QCOMPARE(c.currencyInfo().decimals, 0);
    QVERIFY(!c.maximum());
}

// docs/engine.md shows the output of `voicepay-sim config keys`, which prints ConfigKeys::markdownTable().
void TestFlowConfig::docs_holdTheGeneratedKeyTable()
{
    QFile file(QStringLiteral(VOICEPAY_SOURCE_DIR "/docs/engine.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QString start = QStringLiteral("<!-- voicepay-sim config keys -->\n");
    const QString end = QStringLiteral("<!-- end of voicepay-sim config keys -->");
    const qsizetype from = text.indexOf(start);
    const qsizetype to = text.indexOf(end);
    QVERIFY2(from >= 0 && to > from, "docs/engine.md has no generated key table");
    QCOMPARE(text.mid(from + start.size(), to - from - start.size()), ConfigKeys::markdownTable());
}

QTEST_GUILESS_MAIN(TestFlowConfig)
#include "tst_flowconfig.moc"
