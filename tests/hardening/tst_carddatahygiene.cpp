#include "../audio/externaltools.h"
#include "cards/cardbrand.h"
#include "cardscan.h"
#include "config/flowconfig.h"
#include "simgatewayfixture.h"
#include "spokencalls.h"
#include "storetestdb.h"
#include "testcards.h"
#include "writtenscan.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <optional>

using namespace voicepay;
using voicepay::test::breakLuhn;
using voicepay::test::luhnComplete;

// Runs 10,000 simulated calls (2,500 under the sanitizers) with a seeded set of 15-, 16- and 19-digit test
// cards, then scans everything the programs wrote — the SQLite store with its WAL, a PostgreSQL dump, logs,
// the configuration, KPI exports, call recordings, temporary files — for every card number and security code
// used. The sanitizer build runs each call several times slower; a quarter of the calls there still takes
// every path.
#ifdef VOICEPAY_SANITIZER_BUILD
constexpr int kCalls = 2500;
#else
constexpr int kCalls = 10000;
#endif

class TestCardDataHygiene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scanner_findsPlantedData();
    void tenThousandCalls_leaveNoCardData();

private:
    struct Generated
    {
        int calls = 0;
        QSet<QByteArray> cards;
        QSet<QByteArray> codes;
        QSet<QByteArray> lastFours;
    };
    Generated generate(const QString& folder, int calls);
    QProcessEnvironment environment() const;
    int sim(const QStringList& args, const QString& logName, QByteArray* output = nullptr);
    void runGatewayCalls(const QString& calls, const QString& store, int* charged);
    void runMalformedAndSpokenCalls();
    void runRecognisedCalls(const QString& store);
    int decodeRecordings(const CardScan& scan, QStringList& leaks) const;

    QTemporaryDir m_inputs; // the scenario files: what the test feeds in, not what the programs wrote
    QTemporaryDir
        m_written; // HOME, TMPDIR, the store, logs, exports, recordings: everything the programs wrote
    Generated m_generated;
};

void TestCardDataHygiene::initTestCase()
{
    QVERIFY(m_inputs.isValid() && m_written.isValid());
    for (const char* sub :
        { "home", "tmp", "config", "data", "cache", "runtime", "logs", "exports", "audio" }) {
        QVERIFY(QDir(m_written.path()).mkpath(QLatin1String(sub)));
    }
    QFile::setPermissions(m_written.filePath(QStringLiteral("runtime")),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_generated = generate(m_inputs.filePath(QStringLiteral("calls")), kCalls);
    QCOMPARE(m_generated.calls, kCalls);
}

TestCardDataHygiene::Generated TestCardDataHygiene::generate(const QString& folder, int calls)
{
    Generated g;
    QDir().mkpath(folder);
    QRandomGenerator rng(20261125);
    struct Kind
    {
        const char* prefix;
        int length;
        int codeLength;
    };
    // 15-, 16- and 19-digit numbers across the brands.
    static const Kind kinds[] = { { "34", 15, 4 }, { "37", 15, 4 }, { "4", 16, 3 }, { "51", 16, 3 },
        { "2221", 16, 3 }, { "6011", 16, 3 }, { "3530", 16, 3 }, { "4", 19, 3 }, { "6011", 19, 3 },
        { "620", 19, 3 }, { "3530", 19, 3 }, { "6759", 19, 3 } };
    auto digits = [&rng](int n) {
        QString s;
        for (int i = 0; i < n; ++i) {
            s += QChar(u'0' + rng.bounded(10));
        }
        return s;
    };
    auto newCard = [&](const Kind& k) {
        QString number;
        do {
            number = luhnComplete(
                QLatin1String(k.prefix) + digits(k.length - 1 - int(qstrlen(k.prefix))), k.length);
        } while (g.codes.contains(number.right(4).toLatin1())); // last fours and codes stay apart
        g.cards.insert(number.toLatin1());
        g.lastFours.insert(number.right(4).toLatin1());
        return number;
    };
    auto newCode = [&](int length) {
        // Begins with 0: no count, amount or duration is ever written like that (see CardScan).
        QString code;
        do {
            code = QStringLiteral("0") + digits(length - 1);
        } while (g.lastFours.contains(code.toLatin1()) || code == u"000" || code == u"0000");
        g.codes.insert(code.toLatin1());
        return code;
    };
    const QStringList allBrands = CardBrandTable::standard().ids();
    for (int i = 0; i < calls; ++i) {
        const Kind& k = kinds[rng.bounded(int(std::size(kinds)))];
        const QString card = newCard(k);
        const QString code = newCode(k.codeLength);
        QStringList inputs { QStringLiteral("1") };
        const int path = rng.bounded(100);
        if (path < 60) {
            inputs << card + u'#' << QStringLiteral("1229") << code << QStringLiteral("1");
        } else if (path < 70) {
            const QString other = newCard(k); // same brand: only the number is asked again
            inputs << card + u'#' << QStringLiteral("1229") << code << QStringLiteral("2")
                   << QStringLiteral("2") << other + u'#' << QStringLiteral("1");
        } else if (path < 80) {
            inputs << QStringLiteral("4000000000000002#") << QStringLiteral("1229") << newCode(3)
                   << QStringLiteral("1") << card + u'#' << QStringLiteral("1229") << code
                   << QStringLiteral("1");
        } else if (path < 90) {
            inputs << card + u'#' << QStringLiteral("1229") << code << QStringLiteral("hangup");
        } else {
            const QString broken = breakLuhn(card);
            g.cards.insert(broken.toLatin1()); // a mistyped number must not be kept either
            inputs << broken + u'#' << card + u'#' << QStringLiteral("1229") << code << QStringLiteral("1");
        }
        QJsonObject call { { QStringLiteral("accountId"), QStringLiteral("10001") },
            { QStringLiteral("amountDue"),
                QStringLiteral("%1.%2")
                    .arg(5 + rng.bounded(400))
                    .arg(rng.bounded(100), 2, 10, QLatin1Char('0')) },
            { QStringLiteral("identified"), true },
            { QStringLiteral("callType"),
                rng.bounded(100) < 15 ? QStringLiteral("conference") : QStringLiteral("ivr") } };
        QJsonObject config { { QStringLiteral("allowedBrands"), QJsonArray::fromStringList(allBrands) },
            { QStringLiteral("readbackLast4Only"), rng.bounded(100) >= 20 } };
        const QJsonObject scenario { { QStringLiteral("call"), call }, { QStringLiteral("config"), config },
            { QStringLiteral("date"), QStringLiteral("2026-11-25") },
            { QStringLiteral("inputs"), QJsonArray::fromStringList(inputs) } };
        QFile file(QStringLiteral("%1/call%2.json").arg(folder).arg(i, 5, 10, QLatin1Char('0')));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QJsonDocument(scenario).toJson(QJsonDocument::Compact));
            ++g.calls;
        }
    }
    g.cards.insert("4000000000000002");
    return g;
}

QProcessEnvironment TestCardDataHygiene::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_written.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("TMPDIR"), m_written.filePath(QStringLiteral("tmp")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_written.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_written.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_written.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_written.filePath(QStringLiteral("runtime")));
    // Every message the product can log goes to the log files scanned below.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("voicepay.*=true"));
    return env;
}

int TestCardDataHygiene::sim(const QStringList& args, const QString& logName, QByteArray* output)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.setWorkingDirectory(m_written.filePath(QStringLiteral("tmp")));
    p.setStandardOutputFile(m_written.filePath(QStringLiteral("logs/") + logName + QStringLiteral(".out")));
    p.setStandardErrorFile(m_written.filePath(QStringLiteral("logs/") + logName + QStringLiteral(".err")));
    p.start(QStringLiteral(VOICEPAY_SIM), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(300000)) {
        p.kill();
        return -1;
    }
    if (output) {
        QFile f(m_written.filePath(QStringLiteral("logs/") + logName + QStringLiteral(".out")));
        f.open(QIODevice::ReadOnly);
        *output = f.readAll();
    }
    return p.exitCode();
}

void TestCardDataHygiene::scanner_findsPlantedData()
{
    const CardScan scan({ "4111111111111111", "378282246310005" }, { "042", "0917" });
    QCOMPARE(scan.scanForCardNumbers("x4111111111111111y").size(), 1);
    QCOMPARE(scan.scanForCardNumbers("card 4111 1111 1111 1111.").size(), 1);
    QCOMPARE(scan.scanForCardNumbers(QString(QStringLiteral("3782 822463 10005")).toUtf8()).size(), 1);
    const QString wide = QStringLiteral("4111111111111111");
    QCOMPARE(scan.scanForCardNumbers(QByteArray(reinterpret_cast<const char*>(wide.utf16()), wide.size() * 2))
                 .size(),
        1);
    QCOMPARE(scan.scanForCardNumbers("41111111111111112").size(), 1); // inside a longer run
    QCOMPARE(scan.scanForCardNumbers("4111111111111112").size(), 0);
    QCOMPARE(scan.scanTextForCodes(R"({"cvv":"042"})").size(), 1);
    QCOMPARE(scan.scanTextForCodes("<cardCode>0917</cardCode>").size(), 1);
    QCOMPARE(scan.scanTextForCodes("a,042\n").size(), 1);
    QCOMPARE(scan.scanTextForCodes(R"({"ms":1042,"t":"08:04:2.042"})").size(), 0);

    // A replay's body is compressed: the store's scan decodes it before it looks.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("planted.sqlite"));
    QVERIFY(writtenscan::writeReplayStore(path, R"({"closingPrompts":["card 4111111111111111, code 042"]})"));
    QStringList leaks;
    int lastFoursSeen = 0;
    int replaysDecoded = 0;
    writtenscan::scanSqliteValues(path, scan, leaks, lastFoursSeen, {}, &replaysDecoded);
    QCOMPARE(replaysDecoded, 1);
    QCOMPARE(leaks.filter(QStringLiteral("decoded replay")).size(), 2); // the number and the code
}

void TestCardDataHygiene::tenThousandCalls_leaveNoCardData()
{
    const QString store = m_written.filePath(QStringLiteral("data/store.sqlite"));
    const QString calls = m_inputs.filePath(QStringLiteral("calls"));
    QByteArray output;
    QCOMPARE(sim({ QStringLiteral("test"), calls, QStringLiteral("--db"), QStringLiteral("sqlite:") + store },
                 QStringLiteral("calls"), &output),
        0);
    QVERIFY2(output.contains(QByteArray(QByteArray::number(kCalls) + " passed, 0 failed")),
        output.right(500).constData());

    // A second site on PostgreSQL, dumped with pg_dump.
    // In a database of its own on the test server, so that the dump holds this test's calls and nothing else.
    std::optional<test::StoreTestDb> pgDb;
    if (!qEnvironmentVariable("VOICEPAY_TEST_PG_URL").isEmpty()) {
        pgDb.emplace(QStringLiteral("postgresql"));
        QVERIFY2(pgDb->isReady(), qPrintable(pgDb->skipReason()));
    }
    const QString pgUrl = pgDb ? pgDb->urlString() : QString();
    if (!pgUrl.isEmpty()) {
        QTemporaryDir some;
        int copied = 0;
        for (const QFileInfo& f : QDir(calls).entryInfoList(QDir::Files, QDir::Name)) {
            if (copied++ >= 1500) {
                break;
            }
            QFile::copy(f.filePath(), some.filePath(f.fileName()));
        }
        QCOMPARE(sim({ QStringLiteral("test"), some.path(), QStringLiteral("--db"), pgUrl },
                     QStringLiteral("pg-calls")),
            0);
        QProcess dump;
        dump.setStandardOutputFile(m_written.filePath(QStringLiteral("exports/postgres-dump.sql")));
        const QUrl url(pgUrl);
        dump.start(QStringLiteral("pg_dump"),
            { QStringLiteral("-h"), url.host(), QStringLiteral("-p"), QString::number(url.port()),
                QStringLiteral("-U"), url.userName(), url.path().mid(1) });
        QVERIFY(dump.waitForFinished(120000));
        QCOMPARE(dump.exitCode(), 0);
        QVERIFY(QFileInfo(m_written.filePath(QStringLiteral("exports/postgres-dump.sql"))).size() > 10000);
    } else {
        // The test command always starts the server: there, a missing one is a failure, not a skip.
        QVERIFY2(qEnvironmentVariableIsEmpty("CI") && qEnvironmentVariableIsEmpty("VOICEPAY_REQUIRE_PG"),
            "VOICEPAY_TEST_PG_URL is not set: the PostgreSQL part must run");
        qWarning("VOICEPAY_TEST_PG_URL is not set: the PostgreSQL dump is not scanned");
    }

    // Exports, recordings and a saved configuration.
    for (const char* format : { "csv", "json", "table" }) {
        QCOMPARE(sim({ QStringLiteral("kpi"), QStringLiteral("--db"), QStringLiteral("sqlite:") + store,
                         QStringLiteral("--by"), QStringLiteral("hour"), QStringLiteral("--format"),
                         QLatin1String(format) },
                     QStringLiteral("kpi-") + QLatin1String(format)),
            0);
    }
    const QStringList recorded = QDir(calls).entryList(QDir::Files, QDir::Name).mid(0, 8);
    for (const QString& name : recorded) {
        QCOMPARE(sim({ QStringLiteral("run"), calls + u'/' + name, QStringLiteral("--audio"),
                         m_written.filePath(QStringLiteral("audio/") + name) },
                     QStringLiteral("audio-") + name),
            0);
    }
    QString error;
    QVERIFY(ConfigReader::saveFile(
        FlowConfig(), m_written.filePath(QStringLiteral("config/voicepay.json")), &error));
    runMalformedAndSpokenCalls();
    runRecognisedCalls(store);
    // Calls through the HTTP gateway client to the loopback sandbox server, into a store of their own.
    const QString gatewayStore = m_written.filePath(QStringLiteral("data/gateway.sqlite"));
    int charged = 0;
    runGatewayCalls(calls, gatewayStore, &charged);
    if (QTest::currentTestFailed()) {
        return;
    }
    // A text dump of each SQLite store, scanned as text below (security codes as whole tokens).
    QVERIFY(writtenscan::dumpSqlite(store, m_written.filePath(QStringLiteral("exports/sqlite-dump.sql"))));
    QVERIFY(QFileInfo(m_written.filePath(QStringLiteral("exports/sqlite-dump.sql"))).size() > 10000);
    if (charged > 0) {
        QVERIFY(writtenscan::dumpSqlite(
            gatewayStore, m_written.filePath(QStringLiteral("exports/gateway-sqlite-dump.sql"))));
    }

    CardScan scan(m_generated.cards, m_generated.codes);
    QStringList leaks;
    int files = 0;
    writtenscan::scanTree(m_written.path(), scan, leaks, files);
    QVERIFY(decodeRecordings(scan, leaks) >= int(recorded.size()));
    int lastFoursSeen = 0;
    int replaysDecoded = 0;
    writtenscan::scanSqliteValues(store, scan, leaks, lastFoursSeen, m_generated.lastFours, &replaysDecoded);
    if (charged > 0) {
        int gatewayLastFours = 0;
        writtenscan::scanSqliteValues(gatewayStore, scan, leaks, gatewayLastFours, m_generated.lastFours);
        QVERIFY2(gatewayLastFours >= charged, qPrintable(QString::number(gatewayLastFours)));
    }

    // The scan read what it should: the store holds every call, with brand and last four.
    QVERIFY2(QFileInfo::exists(store + QStringLiteral("-wal")) || QFileInfo(store).size() > 100000,
        "no store written");
    QVERIFY2(lastFoursSeen >= kCalls / 2, qPrintable(QString::number(lastFoursSeen)));
    // Replays are stored compressed: the scan read each one decoded.
    QVERIFY2(replaysDecoded >= kCalls / 2, qPrintable(QString::number(replaysDecoded)));
    QVERIFY(files >= 10);
    if (!leaks.isEmpty()) {
        leaks = leaks.mid(0, 20);
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("\n"))));
    qInfo("scanned %d files and the store (%d replays decoded) for %lld card numbers and %lld security codes",
        files, replaysDecoded, static_cast<long long>(m_generated.cards.size()),
        static_cast<long long>(m_generated.codes.size()));
}

// The first calls again, through the HTTP gateway client to the sandbox gateway server on loopback over HTTPS
// (its installation, configuration and store under the scanned folders): the XML requests carry the card
// number and the code, and nothing of them may stay behind. `charged`: the charges the server made (0: no
// keychain here, said as a warning).
void TestCardDataHygiene::runGatewayCalls(const QString& calls, const QString& store, int* charged)
{
    *charged = 0;
    const QString why = SimGatewayFixture::unavailableReason();
    if (!why.isEmpty()) {
        // The test command runs with a keychain: there, its absence is a failure.
        QVERIFY2(qEnvironmentVariableIsEmpty("VOICEPAY_REQUIRE_KEYCHAIN"), qPrintable(why));
        qWarning("no keychain, the HTTP gateway path is not scanned: %s", qPrintable(why));
        return;
    }
    const QString some = m_inputs.filePath(QStringLiteral("gateway-calls"));
    QVERIFY(QDir().mkpath(some));
    const QStringList names = QDir(calls).entryList(QDir::Files, QDir::Name).mid(0, 300);
    for (const QString& name : names) {
        QVERIFY(QFile::copy(calls + u'/' + name, some + u'/' + name));
    }
    SimGatewayFixture gateway(QStringLiteral(VOICEPAY_SIM));
    gateway.setBaseEnvironment(environment());
    QString error;
    QVERIFY2(
        gateway.start(m_written.filePath(QStringLiteral("tmp/gateway")), true, &error), qPrintable(error));
    QByteArray output;
    QProcess p;
    p.setProcessEnvironment(gateway.environment());
    p.setWorkingDirectory(m_written.filePath(QStringLiteral("tmp")));
    p.setStandardOutputFile(m_written.filePath(QStringLiteral("logs/gateway-calls.out")));
    p.setStandardErrorFile(m_written.filePath(QStringLiteral("logs/gateway-calls.err")));
    p.start(QStringLiteral(VOICEPAY_SIM),
        QStringList {
            QStringLiteral("test"), some, QStringLiteral("--db"), QStringLiteral("sqlite:") + store }
            + gateway.runArgs());
    QVERIFY(p.waitForFinished(300000));
    QFile out(m_written.filePath(QStringLiteral("logs/gateway-calls.out")));
    QVERIFY(out.open(QIODevice::ReadOnly));
    output = out.readAll();
    const QByteArray summary = gateway.stop();
    QFile serverLog(m_written.filePath(QStringLiteral("logs/gateway-server.out")));
    QVERIFY(serverLog.open(QIODevice::WriteOnly) && serverLog.write(summary) == summary.size());
    for (const QString& name : names) {
        QFile::remove(some + u'/' + name); // the inputs hold the cards, on purpose
    }
    QVERIFY2(output.contains(QByteArray(QByteArray::number(names.size()) + " passed, 0 failed")),
        output.right(500).constData());
    const qsizetype at = summary.lastIndexOf(" charge(s)");
    qsizetype from = at;
    while (from > 0 && std::isdigit(static_cast<unsigned char>(summary.at(from - 1)))) {
        --from;
    }
    *charged = at > 0 ? summary.mid(from, at - from).toInt() : 0;
    QVERIFY2(*charged >= names.size() / 2, summary.constData());
}

// Scenario files a person got wrong (a card number grouped by spaces, a dash before the code, broken JSON
// around it) and calls that speak the card number instead of keying it: whatever they write is scanned too.
void TestCardDataHygiene::runMalformedAndSpokenCalls()
{
    QList<QByteArray> cardSet = m_generated.cards.values();
    QList<QByteArray> codeSet = m_generated.codes.values();
    std::sort(cardSet.begin(), cardSet.end());
    std::sort(codeSet.begin(), codeSet.end());
    QStringList cards;
    QStringList codes;
    for (int i = 0; i < 6; ++i) {
        cards << QString::fromLatin1(cardSet.at(i * 7));
        codes << QString::fromLatin1(codeSet.at(i * 7));
    }
    const QString folder = m_written.filePath(QStringLiteral("tmp/malformed"));
    QVERIFY(QDir().mkpath(folder));
    const QByteArray call = R"({"accountId": "10001", "amountDue": "12.00", "identified": true})";
    const QList<QByteArray> bodies {
        "{\"call\": " + call + ", \"inputs\": [\"1\", \"" + cards.at(0).left(4).toLatin1() + " "
            + cards.at(0).mid(4).toLatin1() + "#\", \"1229\", \"" + codes.at(0).toLatin1() + "\"]}",
        "{\"call\": " + call + ", \"inputs\": [\"1\", \"" + cards.at(1).toLatin1() + "-"
            + codes.at(1).toLatin1() + "\"]}",
        "{\"call\": " + call + ", \"inputs\": [\"1\", \"" + cards.at(2).toLatin1() + "#\" \"1229\"]}",
        "{\"call\": " + call + ", \"inputs\": [\"1\", \"say:" + cards.at(3).toLatin1()
            + "\", \"1229\", \"say:" + codes.at(3).toLatin1() + "\", \"1\"]}",
        "{\"call\": " + call + ", \"inputs\": [\"1\", \"say:" + test::spokenDigits(cards.at(4)).toLatin1()
            + "\", \"1229\", \"say:" + test::spokenDigits(codes.at(4)).toLatin1() + "\", \"1\"]}",
        "{\"call\": " + call + ", \"inputs\": [\"1\", \"" + cards.at(5).toLatin1() + "#\", \"12/29\"]}",
    };
    for (int i = 0; i < bodies.size(); ++i) {
        const QString path = QStringLiteral("%1/bad%2.json").arg(folder).arg(i);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bodies.at(i));
        file.close();
        // Refused (2) or run (0/1): either way nothing of the card may be left behind.
        const int status = sim({ QStringLiteral("run"), path }, QStringLiteral("malformed-%1").arg(i));
        QVERIFY2(status >= 0 && status <= 2, qPrintable(QString::number(status)));
        QFile::remove(path); // the input itself holds the card, on purpose
    }
}

// Calls that speak the card number and the security code as audio, recognised for real (see spokencalls.h),
// into the scanned store, with call recordings. They must succeed: the spoken card data went all the way
// through.
void TestCardDataHygiene::runRecognisedCalls(const QString& store)
{
    QString error;
    const QList<test::SpokenCall> calls = test::writeSpokenCalls(
        m_generated.cards, m_generated.codes, m_inputs.filePath(QStringLiteral("spoken")), &error);
    QVERIFY2(!calls.isEmpty(), qPrintable(error));
    for (int i = 0; i < calls.size(); ++i) {
        QByteArray output;
        QCOMPARE(sim(QStringList { QStringLiteral("run"), calls.at(i).scenario, QStringLiteral("--db"),
                         QStringLiteral("sqlite:") + store, QStringLiteral("--audio"),
                         m_written.filePath(QStringLiteral("audio/spoken%1").arg(i)) }
                         + calls.at(i).options,
                     QStringLiteral("spoken-%1").arg(i), &output),
            0);
        const QJsonObject result = QJsonDocument::fromJson(output).object();
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("success"));
        QCOMPARE(result.value(QStringLiteral("cardLast4")).toString(), calls.at(i).lastFour);
    }
}

// Every WAV file written, decoded with multimon-ng: no card number and no security code in its tones.
int TestCardDataHygiene::decodeRecordings(const CardScan& scan, QStringList& leaks) const
{
    int decoded = 0;
    QDirIterator it(m_written.path(), { QStringLiteral("*.wav") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString keys = test::multimonKeys(path);
        if (keys.startsWith(u'(')) {
            leaks << path + QStringLiteral(": multimon-ng failed");
            continue;
        }
        ++decoded;
        for (const CardScan::Hit& hit : scan.scanForCardNumbers(keys.toLatin1())) {
            leaks << path + QStringLiteral(": its tones hold a ") + hit.what;
        }
        for (const QByteArray& code : std::as_const(m_generated.codes)) {
            if (keys.toLatin1().contains(code)) {
                leaks << path + QStringLiteral(": its tones hold a security code");
                break;
            }
        }
    }
    return decoded;
}

QTEST_GUILESS_MAIN(TestCardDataHygiene)
#include "tst_carddatahygiene.moc"
