#include "cards/publishedtestcards.h"
#include "cards/testcards.h"
#include "flow/voiceinput.h"
#include "processmemory.h"
#include "sim/scenario.h"
#include "simgatewayfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace voicepay;

// After its calls have ended, a running voicepay-sim holds none of the card numbers that went through it.
class TestMemoryDump : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scanner_findsWhatIsThere();
    void finishedCalls_leaveNoCardNumbers();
    void gatewayCalls_leaveNoCardNumbersOrCodes_data();
    void gatewayCalls_leaveNoCardNumbersOrCodes();

private:
    static QList<QByteArray> cardNumbersOf(const QString& folder);
    // Runs `voicepay-sim test DIR ARGS --hold-at-end`, reads its memory once the calls are over and returns
    // what of `needles` it found, beside `control` (which must be there); "" when all is well.
    static QStringList leaksAfterCalls(const QString& folder, const QStringList& extraArgs,
        const QProcessEnvironment& env, const QList<std::pair<QByteArray, QString>>& needles,
        const QByteArray& control, QByteArray* output);
};

// The numbers the scenarios key in, less those of the product's own test-card table: that table is public
// reference data the sandbox keeps resident to give each card its outcome, not a caller's card.
QList<QByteArray> TestMemoryDump::cardNumbersOf(const QString& folder)
{
    QSet<QString> reference;
    for (const TestCard& card : TestCards::standard().cards()) {
        reference.insert(card.number);
    }
    QList<QByteArray> cards;
    for (const QFileInfo& file : QDir(folder).entryInfoList({ QStringLiteral("*.json") }, QDir::Files)) {
        QString error;
        const auto scenario = Scenario::fromFile(file.filePath(), &error);
        if (!scenario) {
            continue;
        }
        for (const ScenarioInput& input : scenario->inputs) {
            QString digits = input.kind == ScenarioInput::Kind::Say
                ? VoiceInput::digits(input.text).value_or(QString())
                : input.text;
            digits.remove(QLatin1Char('#'));
            if (digits.size() >= 13 && !digits.contains(QLatin1Char('*')) && !reference.contains(digits)
                && !cards.contains(digits.toLatin1())) {
                cards << digits.toLatin1();
            }
        }
    }
    return cards;
}

void TestMemoryDump::initTestCase()
{
#ifdef VOICEPAY_SANITIZER_BUILD
    QSKIP("a sanitizer build replaces the wiping allocator and maps terabytes of shadow memory; the test "
          "command's plain build runs this test");
#endif
}

void TestMemoryDump::scanner_findsWhatIsThere()
{
    // The scanner must be able to see this process's own memory, or the real test proves nothing.
    const QByteArray marker = QByteArray("memory-scan-marker-") + QByteArray::number(::getpid());
    volatile const char* keep = marker.constData();
    Q_UNUSED(keep);
    const MemoryScan scan
        = scanProcessMemory(::getpid(), { marker, QByteArray("never-in-memory-") + "x" + "yz" });
    QVERIFY2(scan.ok, qPrintable(scan.error));
    bool found = false;
    for (const MemoryHit& hit : scan.hits) {
        found = found || hit.needle == marker;
    }
    QVERIFY(found);
}

QStringList TestMemoryDump::leaksAfterCalls(const QString& folder, const QStringList& extraArgs,
    const QProcessEnvironment& env, const QList<std::pair<QByteArray, QString>>& needles,
    const QByteArray& control, QByteArray* output)
{
    QProcess sim;
    sim.setProcessEnvironment(env);
    sim.setProcessChannelMode(QProcess::MergedChannels);
    sim.start(QStringLiteral(VOICEPAY_SIM),
        QStringList { QStringLiteral("test"), folder } + extraArgs
            + QStringList { QStringLiteral("--hold-at-end"), QStringLiteral("120") });
    if (!sim.waitForStarted()) {
        return { QStringLiteral("voicepay-sim did not start") };
    }
    while (!output->contains("holding pid")) {
        if (!sim.waitForReadyRead(90000)) {
            return { QStringLiteral("voicepay-sim did not finish its calls: ")
                + QString::fromLocal8Bit(output->right(2000)) };
        }
        *output += sim.readAll();
    }
    QList<QByteArray> all { control };
    for (const auto& needle : needles) {
        all << needle.first;
    }
    const MemoryScan scan = scanProcessMemory(sim.processId(), all);
    sim.closeWriteChannel();
    sim.waitForFinished(30000);
    if (!scan.ok) {
        return { scan.error };
    }
    bool controlSeen = false;
    QStringList leaks;
    for (const MemoryHit& hit : scan.hits) {
        if (hit.needle == control) {
            controlSeen = true;
            continue;
        }
        for (const auto& needle : needles) {
            if (needle.first == hit.needle) {
                leaks << QStringLiteral("%1 in %2 at 0x%3")
                             .arg(needle.second, hit.region)
                             .arg(hit.address, 0, 16);
            }
        }
    }
    if (!controlSeen) {
        leaks << QStringLiteral("the scan did not find the command line: it read the wrong memory");
    }
    qInfo("scanned %lld bytes of voicepay-sim for %lld needles", scan.bytesRead,
        static_cast<long long>(needles.size()));
    return leaks;
}

void TestMemoryDump::finishedCalls_leaveNoCardNumbers()
{
    if (::geteuid() != 0) {
        QSKIP("reading a hardened (non-dumpable) process's memory needs root; the test command runs as root");
    }
    const QString folder = QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/scenarios");
    const QList<QByteArray> cards = cardNumbersOf(folder);
    QVERIFY2(cards.size() >= 2, "the scenario suite keys in card numbers beyond the test-card table");
    QList<std::pair<QByteArray, QString>> needles;
    for (const QByteArray& card : cards) {
        for (const QByteArray& form : cardNumberForms(card)) {
            needles.append({ form,
                QStringLiteral("card ending %1 (%2 bytes)")
                    .arg(QString::fromLatin1(card.right(4)))
                    .arg(form.size()) });
        }
    }
    QByteArray output;
    const QStringList leaks = leaksAfterCalls(
        folder, {}, QProcessEnvironment::systemEnvironment(), needles, folder.toLocal8Bit(), &output);
    QVERIFY2(output.contains(" passed, 0 failed"), output.right(2000).constData());
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("; "))));
}

namespace {

// A card number of the brand's shape that passes Luhn, is new to this run and is in neither the product's
// test-card table nor the published list: nothing keeps it resident on purpose.
QByteArray freshCard(const QString& prefix, int length)
{
    QSet<QString> reference;
    for (const TestCard& card : TestCards::standard().cards()) {
        reference.insert(card.number);
    }
    for (;;) {
        QString body = prefix;
        while (body.size() < length - 1) {
            body += QChar(u'1' + int(QRandomGenerator::global()->bounded(9)));
        }
        const QString number = testcards::luhnComplete(body, length);
        if (!reference.contains(number) && !isPublishedTestCard(number.toStdString())) {
            return number.toLatin1();
        }
    }
}

// A security code no count, time or port is written as: a 0, then digits 1 to 9.
QByteArray freshCode(int length, const QSet<QByteArray>& taken)
{
    for (;;) {
        QByteArray code("0");
        while (code.size() < length) {
            code += char('1' + QRandomGenerator::global()->bounded(9));
        }
        if (!taken.contains(code)) {
            return code;
        }
    }
}

// A security code as it would sit in memory: in the XML request, in the scenario's JSON, in an unwiped
// SensitiveDigits (the code then zeros), as a QString (UTF-16 with its terminator) and packed. Three or four
// digits alone occur everywhere, so each form keeps what would stand around it.
QList<QByteArray> securityCodeForms(const QByteArray& code)
{
    QByteArray utf16;
    for (char c : code) {
        utf16.append(c);
        utf16.append('\0');
    }
    return { "<cardCode>" + code + "</cardCode>", '"' + code + '"', code + QByteArray(12, '\0'),
        utf16 + QByteArray(2, '\0') };
}

} // namespace

void TestMemoryDump::gatewayCalls_leaveNoCardNumbersOrCodes_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("http on loopback") << false;
    QTest::newRow("https with a test certificate authority") << true;
}

// Calls through the HTTP gateway client to the loopback sandbox server: the request's XML, the network
// stack's buffers and the TLS library's must all be gone once the sessions end.
void TestMemoryDump::gatewayCalls_leaveNoCardNumbersOrCodes()
{
    QFETCH(bool, tls);
    if (::geteuid() != 0) {
        QSKIP("reading a hardened (non-dumpable) process's memory needs root; the test command runs as root");
    }
    const QString why = SimGatewayFixture::unavailableReason();
    if (!why.isEmpty()) {
        // The test command runs with a keychain: there, its absence is a failure.
        QVERIFY2(qEnvironmentVariableIsEmpty("VOICEPAY_REQUIRE_KEYCHAIN"), qPrintable(why));
        QSKIP(qPrintable(why));
    }
    QTemporaryDir dir;
    SimGatewayFixture gateway(QStringLiteral(VOICEPAY_SIM));
    QString error;
    QVERIFY2(gateway.start(dir.path(), tls, &error), qPrintable(error));
    const QString calls = dir.filePath(QStringLiteral("calls"));
    QVERIFY(QDir().mkpath(calls));

    QList<std::pair<QByteArray, QString>> needles;
    QSet<QByteArray> codes;
    const int callCount = 6;
    for (int i = 0; i < callCount; ++i) {
        const bool amex = i % 2 == 1;
        const QByteArray card
            = amex ? freshCard(QStringLiteral("37"), 15) : freshCard(QStringLiteral("4"), 16);
        const QByteArray code = freshCode(amex ? 4 : 3, codes);
        codes.insert(code);
        const QByteArray json = R"({ "name": "gateway-)" + QByteArray::number(i)
            + R"(", "call": { "accountId": "10001", "amountDue": "125.50", "identified": true,
            "paymentReference": "INV-1001", "merchantId": "M-42", "callType": "ivr", "language": "en-US" },
            "date": "2026-11-25", "inputs": [ "1", ")"
            + card + (amex ? "" : "#") + R"(", "1228", ")" + code + R"(", "1" ],
            "expect": { "outcome": "success", "cardLast4": ")"
            + card.right(4) + "\" } }";
        QFile file(QDir(calls).filePath(QStringLiteral("call-%1.json").arg(i)));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(json) == json.size());
        const QString last4 = QString::fromLatin1(card.right(4));
        for (const QByteArray& form : cardNumberForms(card)) {
            needles.append({ form, QStringLiteral("card ending %1 (%2 bytes)").arg(last4).arg(form.size()) });
        }
        for (const QByteArray& form : securityCodeForms(code)) {
            needles.append({ form,
                QStringLiteral("the security code of the card ending %1 (%2 bytes)")
                    .arg(last4)
                    .arg(form.size()) });
        }
    }
    QByteArray output;
    const QStringList leaks = leaksAfterCalls(
        calls, gateway.runArgs(), gateway.environment(), needles, calls.toLocal8Bit(), &output);
    QVERIFY2(output.contains(QByteArray(QByteArray::number(callCount) + " passed, 0 failed")),
        output.right(2000).constData());
    const QByteArray summary = gateway.stop();
    QVERIFY2(summary.contains(QByteArray(QByteArray::number(callCount) + " charge(s)")), summary.constData());
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestMemoryDump)
#include "tst_memorydump.moc"
