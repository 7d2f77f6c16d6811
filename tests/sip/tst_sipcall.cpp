// Real calls to voicepay-ivr over loopback, placed by sipp (Debian's sip-tester): the whole payment keyed as
// RFC 4733 telephone-events, as in-band tones and through SIP INFO ends `success` in the KPI store with the
// result on the endpoint's BYE, and a call without a mandatory header is refused with a SIP error that names
// it.
#include "audio/dtmfgenerator.h"
#include "audio/promptset.h"
#include "audio/segmenttable.h"
#include "audio/wavfile.h"
#include "flitevoice.h"
#include "pocketsphinxrecognizer.h"
#include "siptestsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <algorithm>

using namespace voicepay;
using namespace voicepay::test;

namespace {

// The answers of tests/scenarios/01_full_amount_visa.json, key by key: the full amount, the card, its expiry,
// the security code and the confirmation.
const QString kPaymentKeys = QStringLiteral("1") + QStringLiteral("4111111111111111#")
    + QStringLiteral("1228") + QStringLiteral("123") + QStringLiteral("1");

} // namespace

class TestSipCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase() { cleanup(); }
    void paymentWithTelephoneEvents();
    void paymentWithInbandTones();
    void paymentWithSipInfo();
    void paymentWithInbandTonesInPcma();
    void paymentSpokenOverTheLine();
    void callOverTcp();
    void missingAmountIsRefused();
    void callWithoutRtpIsEnded();
    void reinvitesAreAnswered();
    void cancelAfterTheAnswerChangesNothing();
    void badRequestsGetClearAnswers();
    void transferToAgentIsReferred();
    void transferTargetFromTheConfiguration();

private:
    bool runSipp(const QString& scenario, QByteArray* log, const QByteArray& infoKeys = {});
    void checkPaid(const QByteArray& log);
    void checkStored(const QString& outcome, int sessions);
    void payInband(bool alaw);
    QString m_sippTransport = QStringLiteral("u1"); // sipp's -t: u1 UDP, t1 TCP
    QList<std::pair<QByteArray, QByteArray>> m_rewrites; // applied to the scenario's text
    QString m_sipp;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_ivr;
    QByteArray m_ivrSaid; // the endpoint's output, once it has stopped
    quint16 m_ivrPort = 0;
};

void TestSipCall::initTestCase()
{
    m_sipp = QStandardPaths::findExecutable(QStringLiteral("sipp"));
    QVERIFY2(!m_sipp.isEmpty(), "sipp is missing: scripts/install-deps.sh --test installs sip-tester");
}

void TestSipCall::init()
{
    cleanup(); // an earlier init() that failed left its endpoint running
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ivrPort = freeUdpPort();
    const QString prompts = m_dir->filePath(QStringLiteral("prompts"));
    QVERIFY(QDir().mkpath(prompts + QStringLiteral("/8000")));
    QVERIFY(writeQuickPromptSet(prompts));
    const int rtpBase = 2 * QRandomGenerator::global()->bounded(15000, 16000);
    QStringList args { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_ivrPort),
        QStringLiteral("--db"), QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("kpi.db")),
        QStringLiteral("--rtp-ports"), QStringLiteral("%1-%2").arg(rtpBase).arg(rtpBase + 100),
        QStringLiteral("--prompts"), prompts };
    const QByteArray test = QTest::currentTestFunction();
    if (test == "callWithoutRtpIsEnded" || test == "callOverTcp") {
        args << QStringLiteral("--rtp-timeout") << QStringLiteral("2");
    }
    if (test == "callOverTcp") {
        args << QStringLiteral("--transport") << QStringLiteral("udp,tcp");
    }
    if (test == "transferToAgentIsReferred" || test == "transferTargetFromTheConfiguration") {
        // No retries and a short no-input time-out: a silent caller fails input at once and goes to an agent,
        // the configuration's target unless --transfer-to names another.
        QFile config(m_dir->filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({ "maxRetries": 0, "noInputTimeoutMs": 500, "onFailure": "transfer_to_agent",
                          "transferTarget": "sip:desk@127.0.0.1:5998" })");
        config.close();
        args << QStringLiteral("--config") << config.fileName();
        if (test == "transferToAgentIsReferred") {
            args << QStringLiteral("--transfer-to") << QStringLiteral("sip:agents@127.0.0.1:5999");
        }
    }
    m_ivr.setProcessChannelMode(QProcess::MergedChannels);
    m_ivr.start(QStringLiteral(VOICEPAY_IVR), args);
    QVERIFY(m_ivr.waitForStarted());
    QByteArray said;
    while (!said.contains("listening on") && m_ivr.waitForReadyRead(10000)) {
        said += m_ivr.readAll();
    }
    QVERIFY2(said.contains("listening on"), said.constData());
}

void TestSipCall::cleanup()
{
    test::endProcess(m_ivr);
    if (QTest::currentTestFailed()) {
        qWarning("voicepay-ivr said: %s", m_ivr.readAll().right(3000).constData());
    }
}

bool TestSipCall::runSipp(const QString& scenario, QByteArray* log, const QByteArray& infoKeys)
{
    const QString xml = m_dir->filePath(scenario);
    QFile in(QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/sip/scenarios/") + scenario);
    QFile out(xml);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    QByteArray text = in.readAll();
    if (text.contains("@INFO_KEYS@")) {
        // One INFO and its 200 for each key, from the template's block.
        const qsizetype begin = text.indexOf("@INFO_BLOCK_BEGIN@") + 18;
        const QByteArray block = text.mid(begin, text.indexOf("@INFO_BLOCK_END@") - begin);
        QByteArray keys;
        for (qsizetype i = 0; i < infoKeys.size(); ++i) {
            keys += QByteArray(block)
                        .replace("@KEY@", QByteArray(1, infoKeys.at(i)))
                        .replace("@CSEQ@", QByteArray::number(2 + i));
        }
        text.replace("@INFO_KEYS@", keys);
    }
    for (const auto& [from, to] : m_rewrites) {
        text.replace(from, to);
    }
    out.write(text);
    out.close();
    const QString logFile = m_dir->filePath(QStringLiteral("sipp.log"));
    QProcess sipp;
    sipp.setWorkingDirectory(m_dir->path());
    // The CANCEL follows its INVITE at once, and the endpoint answers at once: the 200 may arrive while sipp
    // is still sending the CANCEL, which sipp would take as unexpected. Ignored then, it comes again (a 2xx
    // is retransmitted until it is acknowledged) at the step that expects it.
    const QStringList behaviours = scenario == u"cancel.xml"
        ? QStringList { QStringLiteral("-default_behaviors"), QStringLiteral("all,-abortunexp") }
        : QStringList();
    sipp.start(m_sipp,
        behaviours
            + QStringList { QStringLiteral("-sf"), xml, QStringLiteral("-m"), QStringLiteral("1"),
                QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(freeUdpPort()), QStringLiteral("-mi"), QStringLiteral("127.0.0.1"),
                QStringLiteral("-mp"), QString::number(freeMediaPort()), QStringLiteral("-timeout"),
                QStringLiteral("50s"), QStringLiteral("-timeout_error"), QStringLiteral("-trace_logs"),
                QStringLiteral("-log_file"), logFile, QStringLiteral("-trace_err"),
                QStringLiteral("-error_file"), m_dir->filePath(QStringLiteral("sipp-errors.log")),
                QStringLiteral("-t"), m_sippTransport, QStringLiteral("-nostdin"),
                QStringLiteral("127.0.0.1:%1").arg(m_ivrPort) });
    const bool finished = sipp.waitForFinished(55000);
    if (!finished) {
        sipp.kill();
        sipp.waitForFinished();
    }
    QFile l(logFile);
    if (l.open(QIODevice::ReadOnly)) {
        *log = l.readAll();
    }
    QFile e(m_dir->filePath(QStringLiteral("sipp-errors.log")));
    if (sipp.exitCode() != 0 && e.open(QIODevice::ReadOnly)) {
        qWarning("sipp: %s", e.readAll().right(2000).constData());
        QFile m(m_dir->filePath(QStringLiteral("sipp-messages.log")));
        if (m.open(QIODevice::ReadOnly)) {
            qWarning("sipp messages: %s", m.readAll().right(4000).constData());
        }
        qWarning("sipp output: %s", sipp.readAll().right(2000).constData());
    }
    return finished && sipp.exitStatus() == QProcess::NormalExit && sipp.exitCode() == 0;
}

void TestSipCall::paymentWithTelephoneEvents()
{
    QVERIFY(writeRtpPcap(
        m_dir->filePath(QStringLiteral("keys.pcap")), telephoneEvents(kPaymentKeys, 96, 400, 150)));
    QByteArray log;
    QVERIFY2(runSipp(QStringLiteral("payment_rfc4733.xml"), &log), log.right(2000).constData());
    checkPaid(log);
}

void TestSipCall::paymentWithInbandTones()
{
    payInband(false);
}

void TestSipCall::paymentWithInbandTonesInPcma()
{
    // The caller offers PCMA alone: the answer takes it, and the keys are heard in A-law audio.
    m_rewrites = { { "RTP/AVP 0", "RTP/AVP 8" }, { "a=rtpmap:0 PCMU/8000", "a=rtpmap:8 PCMA/8000" } };
    payInband(true);
}

void TestSipCall::payInband(bool alaw)
{
    // The project's own generator makes the tones; sipp sends them as G.711 in 20 ms packets.
    AudioBuffer audio;
    audio.appendSilence(400);
    audio.append(DtmfGenerator::sequence(kPaymentKeys, 8000));
    audio.appendSilence(300);
    QVERIFY(writeRtpPcap(m_dir->filePath(QStringLiteral("tones.pcap")), g711Packets(audio, alaw)));
    QByteArray log;
    QVERIFY2(runSipp(QStringLiteral("payment_inband.xml"), &log), log.right(2000).constData());
    checkPaid(log);
}

void TestSipCall::paymentSpokenOverTheLine()
{
    // The caller speaks the card number and the yes of the read-back (flite's rms voice at 8 kHz, the voice
    // that reads 20 of 20 card numbers at 8 kHz) as PCMU in 20 ms packets, with the line's silence between,
    // and keys the amount choice, the expiry and the security code as RFC 4733 events. The recogniser runs
    // off the endpoint's loop, so the prompt frames keep their time while it loads and decodes; the first key
    // and the card number still leave time for a recogniser that is not ready yet (a sanitizer build).
    QString error;
    QVERIFY2(
        FliteVoice::available(&error) && PocketSphinxSettings::modelAvailable(&error), qPrintable(error));
    const FliteVoice rms(QStringLiteral("rms"));
    const auto card = rms.speak(QStringLiteral("4111111111111111"), 8000, &error);
    const auto yes = rms.speak(QStringLiteral("yes"), 8000, &error);
    QVERIFY2(card && yes, qPrintable(error));
    AudioBuffer line;
    line.appendSilence(2500);
    line.append(*card);
    line.appendSilence(1500); // the end of speech, then the expiry's question
    const qint64 keysAt = line.durationMs();
    line.appendSilence(7 * 150 + 1000); // the expiry and the security code keyed, then the read-back
    line.append(*yes);
    line.appendSilence(1500);
    QList<RtpPacket> packets = telephoneEvents(QStringLiteral("1"), 96, 1500, 150)
        + telephoneEvents(QStringLiteral("1228123"), 96, keysAt, 150);
    for (size_t i = 0; i + 160 <= line.samples.size(); i += 160) {
        RtpPacket p { qint64(i / 8), 0, i == 0, quint16(3000 + i / 160), quint32(i), QByteArray(160, '\0') };
        for (int n = 0; n < 160; ++n) {
            p.payload[n] = char(g711_pcm2ulaw(std::max<qint16>(line.samples[i + size_t(n)], -32767)));
        }
        packets << p;
    }
    std::stable_sort(packets.begin(), packets.end(),
        [](const RtpPacket& a, const RtpPacket& b) { return a.atMs < b.atMs; });
    QVERIFY(writeRtpPcap(m_dir->filePath(QStringLiteral("keys.pcap")), packets));
    QByteArray log;
    QVERIFY2(runSipp(QStringLiteral("payment_rfc4733.xml"), &log), log.right(2000).constData());
    checkPaid(log);
    // Spoken card data is never logged, as words or as digits.
    QVERIFY(!m_ivrSaid.contains("4111111111111111"));
    QVERIFY(!m_ivrSaid.contains("four one"));
    // Recognition never holds the loop: with the recogniser on it, 38 of 606 frames went out late (about
    // 0.8 s). What is left is the machine's own scheduling, which a shared 2-core machine allows a little of.
    const QRegularExpressionMatch frames
        = QRegularExpression(QStringLiteral("(\\d+) prompt frames sent, (\\d+) late"))
              .match(QString::fromUtf8(m_ivrSaid));
    QVERIFY2(frames.hasMatch(), m_ivrSaid.constData());
    const int sent = frames.captured(1).toInt();
    const int late = frames.captured(2).toInt();
    qInfo("prompt frames: %d sent, %d late", sent, late);
    QVERIFY(sent > 500);
    QVERIFY2(late <= sent / 25, qPrintable(QStringLiteral("%1 of %2 frames late").arg(late).arg(sent)));
}

void TestSipCall::paymentWithSipInfo()
{
    QByteArray log;
    QVERIFY2(runSipp(QStringLiteral("payment_info.xml"), &log, kPaymentKeys.toLatin1()),
        log.right(2000).constData());
    checkPaid(log);
}

void TestSipCall::checkPaid(const QByteArray& log)
{
    QVERIFY2(log.contains("X-VoicePay-Result: {"), log.constData());
    QVERIFY2(log.contains("\"outcome\":\"success\""), log.constData());
    QVERIFY(log.contains("\"cardLast4\":\"1111\""));
    QVERIFY(log.contains("\"cardBrand\":\"visa\""));
    QVERIFY(!log.contains("4111111111111111"));

    checkStored(QStringLiteral("success"), 1);
    if (QTest::currentTestFailed()) {
        return;
    }
    auto db = QSqlDatabase::database(QStringLiteral("check"));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT amount, brand, last4 FROM sessions")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("125.50"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("visa"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("1111"));
}

// SIGTERM with no call in progress: the endpoint stops cleanly and the store holds the sessions, each with
// the outcome given. The database stays open as "check" for the caller's own queries.
void TestSipCall::checkStored(const QString& outcome, int sessions)
{
    m_ivr.terminate();
    QVERIFY(m_ivr.waitForFinished(10000));
    m_ivrSaid = m_ivr.readAll();
    qInfo("voicepay-ivr said: %s", m_ivrSaid.constData());
    QCOMPARE(m_ivr.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_ivr.exitCode(), 0);
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(m_dir->filePath(QStringLiteral("kpi.db")));
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT outcome FROM sessions")));
    int n = 0;
    while (q.next()) {
        QCOMPARE(q.value(0).toString(), outcome);
        ++n;
    }
    QCOMPARE(n, sessions);
}

void TestSipCall::missingAmountIsRefused()
{
    QByteArray log;
    QVERIFY2(runSipp(QStringLiteral("missing_amount.xml"), &log), log.right(2000).constData());
}

void TestSipCall::callWithoutRtpIsEnded()
{
    // The endpoint runs with --rtp-timeout 2: two seconds after the ACK, the BYE gives the reason.
    QByteArray log;
    QVERIFY2(runSipp(QStringLiteral("no_rtp.xml"), &log), log.right(2000).constData());
    QVERIFY(log.contains("Reason: SIP;cause=408"));
    checkStored(QStringLiteral("hangup"), 1);
}

void TestSipCall::callOverTcp()
{
    // The same call as callWithoutRtpIsEnded with SIP over TCP: the INVITE, the answer, the ACK and the
    // endpoint's BYE with its headers all travel on the caller's connection.
    m_sippTransport = QStringLiteral("t1");
    QByteArray log;
    QVERIFY2(runSipp(QStringLiteral("no_rtp.xml"), &log), log.right(2000).constData());
    QVERIFY(log.contains("X-VoicePay-Result: {"));
    checkStored(QStringLiteral("hangup"), 1);
}

void TestSipCall::reinvitesAreAnswered()
{
    QByteArray log;
    QVERIFY2(runSipp(QStringLiteral("reinvite.xml"), &log), log.right(3000).constData());
    QVERIFY(log.contains("holdDirection: a=recvonly"));
    checkStored(QStringLiteral("hangup"), 1);
}

void TestSipCall::cancelAfterTheAnswerChangesNothing()
{
    QByteArray log;
    QVERIFY2(runSipp(QStringLiteral("cancel.xml"), &log), log.right(2000).constData());
    checkStored(QStringLiteral("hangup"), 1);
}

void TestSipCall::badRequestsGetClearAnswers()
{
    // What no SIP parser can answer (no Via, no start line, random bytes) is dropped; the endpoint carries
    // on.
    QUdpSocket raw;
    const QList<QByteArray> garbage { QByteArray(1400, '\xff'), "INVITE sip:pay@127.0.0.1 SIP/2.0\r\n\r\n",
        "SIP/2.0 200 OK\r\n\r\n", QByteArray("OPTIONS sip:x SIP/2.0\r\nVia: ") + QByteArray(8000, 'v') };
    for (const QByteArray& g : garbage) {
        QCOMPARE(raw.writeDatagram(g, QHostAddress::LocalHost, m_ivrPort), g.size());
    }
    QByteArray log;
    QVERIFY2(runSipp(QStringLiteral("hostile.xml"), &log), log.right(3000).constData());
    QVERIFY(log.contains("FROBNICATE 2: SIP/2.0 501"));
    QVERIFY(m_ivr.state() == QProcess::Running);
    checkStored(QStringLiteral("hangup"), 0);
}

void TestSipCall::transferToAgentIsReferred()
{
    QByteArray log;
    QVERIFY2(runSipp(QStringLiteral("transfer.xml"), &log), log.right(3000).constData());
    QVERIFY(log.contains("Refer-To: sip:agents@127.0.0.1:5999"));
    QVERIFY(!log.contains("5998")); // the flag overrides the configuration
    checkStored(QStringLiteral("input_failed"), 1);
}

void TestSipCall::transferTargetFromTheConfiguration()
{
    m_rewrites << std::pair(QByteArray("sip:agents@127.0.0.1:5999"), QByteArray("sip:desk@127.0.0.1:5998"));
    QByteArray log;
    QVERIFY2(runSipp(QStringLiteral("transfer.xml"), &log), log.right(3000).constData());
    QVERIFY(log.contains("Refer-To: sip:desk@127.0.0.1:5998"));
    checkStored(QStringLiteral("input_failed"), 1);
}

QTEST_GUILESS_MAIN(TestSipCall)
#include "tst_sipcall.moc"
