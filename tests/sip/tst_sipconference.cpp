// Agent-assisted calls over loopback: sipp is the caller of a conference call and keys the whole payment as
// in-band tones; baresip (Debian 12's 1.0) is the agent's phone, joins the call and records what it hears
// with its sndfile module. multimon-ng must find no key in that recording while the store shows the payment
// taken, and the agent's phone must have received the masked progress and the outcome.
#include "audio/dtmfgenerator.h"
#include "rtppcap.h"
#include "siptestsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace voicepay;
using namespace voicepay::test;

namespace {

const QString kPaymentKeys = QStringLiteral("1") + QStringLiteral("4111111111111111#")
    + QStringLiteral("1228") + QStringLiteral("123") + QStringLiteral("1");

// The keys multimon-ng hears in a recording ("DTMF: 4" lines).
QString multimonKeys(const QString& wav, QString* output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("multimon-ng"),
        { QStringLiteral("-q"), QStringLiteral("-a"), QStringLiteral("DTMF"), QStringLiteral("-t"),
            QStringLiteral("wav"), wav });
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
    }
    *output = QString::fromUtf8(p.readAll());
    QString keys;
    static const QRegularExpression line(QStringLiteral("DTMF: (\\S)"));
    for (auto it = line.globalMatch(*output); it.hasNext();) {
        keys += it.next().captured(1);
    }
    return keys;
}

bool waitForOutput(QProcess& process, QByteArray& said, const QByteArray& what, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!said.contains(what) && timer.elapsed() < ms) {
        process.waitForReadyRead(200);
        said += process.readAll();
    }
    return said.contains(what);
}

} // namespace

class TestSipConference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void agentHearsNoKeyTones();
    void joiningAnUnknownCallIsRefused();
    void agentWithTheHeaderLeavesFirst();

private:
    QProcess* startSipp(const QString& scenario, const QStringList& extra);
    QString writeBaresipConfig();
    void checkRecording(const QString& dir, qint64 minMs, const QByteArray& agentSaid);
    void checkPaidInStore();

    QString m_sipp;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_ivr;
    QByteArray m_ivrSaid;
    quint16 m_ivrPort = 0;
};

void TestSipConference::initTestCase()
{
    m_sipp = QStandardPaths::findExecutable(QStringLiteral("sipp"));
    QVERIFY2(!m_sipp.isEmpty(), "sipp is missing: scripts/install-deps.sh --test installs sip-tester");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("baresip")).isEmpty(),
        "baresip is missing: scripts/install-deps.sh --test installs it");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("multimon-ng")).isEmpty(),
        "multimon-ng is missing: scripts/install-deps.sh --test installs it");
}

void TestSipConference::init()
{
    cleanup();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ivrPort = freeUdpPort();
    const QString prompts = m_dir->filePath(QStringLiteral("prompts"));
    QVERIFY(QDir().mkpath(prompts + QStringLiteral("/8000")));
    QVERIFY(writeQuickPromptSet(prompts));
    const int rtpBase = 2 * QRandomGenerator::global()->bounded(15000, 16000);
    m_ivr.setProcessChannelMode(QProcess::MergedChannels);
    m_ivr.start(QStringLiteral(VOICEPAY_IVR),
        { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_ivrPort), QStringLiteral("--db"),
            QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("kpi.db")),
            QStringLiteral("--rtp-ports"), QStringLiteral("%1-%2").arg(rtpBase).arg(rtpBase + 100),
            QStringLiteral("--prompts"), prompts });
    QVERIFY(m_ivr.waitForStarted());
    m_ivrSaid.clear();
    QVERIFY2(waitForOutput(m_ivr, m_ivrSaid, "listening on", 10000), m_ivrSaid.constData());
}

void TestSipConference::cleanup()
{
    test::endProcess(m_ivr);
    if (QTest::currentTestFailed()) {
        qWarning("voicepay-ivr said: %s", QByteArray(m_ivrSaid + m_ivr.readAll()).right(4000).constData());
    }
}

QProcess* TestSipConference::startSipp(const QString& scenario, const QStringList& extra)
{
    auto* sipp = new QProcess(this);
    sipp->setWorkingDirectory(m_dir->path());
    sipp->setProcessChannelMode(QProcess::MergedChannels);
    sipp->start(m_sipp,
        extra
            + QStringList { QStringLiteral("-sf"), m_dir->filePath(scenario), QStringLiteral("-m"),
                QStringLiteral("1"), QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(freeUdpPort()), QStringLiteral("-mi"), QStringLiteral("127.0.0.1"),
                QStringLiteral("-mp"), QString::number(freeMediaPort()), QStringLiteral("-timeout"),
                QStringLiteral("30s"), QStringLiteral("-timeout_error"), QStringLiteral("-trace_msg"),
                QStringLiteral("-message_file"), m_dir->filePath(scenario + QStringLiteral(".messages")),
                QStringLiteral("-trace_logs"), QStringLiteral("-log_file"),
                m_dir->filePath(scenario + QStringLiteral(".log")), QStringLiteral("-nostdin"),
                QStringLiteral("127.0.0.1:%1").arg(m_ivrPort) });
    return sipp;
}

static bool copyScenario(
    const QString& name, const QString& dir, const QList<std::pair<QByteArray, QByteArray>>& rewrites)
{
    QFile in(QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/sip/scenarios/") + name);
    QFile out(dir + u'/' + name);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    QByteArray text = in.readAll();
    for (const auto& [from, to] : rewrites) {
        text.replace(from, to);
    }
    return out.write(text) == text.size();
}

// baresip headless: a throwaway configuration on loopback, no sound card (aubridge plays what it receives
// into its own source), sndfile recording what the phone hears and sends, calls answered by hand only.
QString TestSipConference::writeBaresipConfig()
{
    const QString dir = m_dir->filePath(QStringLiteral("baresip"));
    const quint16 rtp = freeMediaPort(7000, 9500);
    QDir().mkpath(dir + QStringLiteral("/rec"));
    QFile config(dir + QStringLiteral("/config"));
    if (!config.open(QIODevice::WriteOnly)) {
        return QString();
    }
    config.write(QStringLiteral("poll_method epoll\nsip_listen 127.0.0.1:%1\nnet_interface 127.0.0.1\n"
                                "audio_player aubridge,agent\naudio_source aubridge,agent\n"
                                "audio_alert aubridge,agent\nrtp_ports %2-%3\n"
                                "module_path /usr/lib/baresip/modules\nmodule g711.so\nmodule aubridge.so\n"
                                "module sndfile.so\nmodule_app account.so\nmodule_app menu.so\n"
                                "snd_path %4/rec\n")
                     .arg(freeUdpPort())
                     .arg(rtp)
                     .arg(rtp + 3)
                     .arg(dir)
                     .toUtf8());
    QFile accounts(dir + QStringLiteral("/accounts"));
    if (!accounts.open(QIODevice::WriteOnly)) {
        return QString();
    }
    accounts.write("<sip:agent@127.0.0.1>;regint=0;answermode=manual;audio_codecs=PCMU\n");
    return dir;
}

void TestSipConference::agentHearsNoKeyTones()
{
    // The caller's audio: a word, then every key of the payment as the project's generator makes it. The
    // same audio unclamped is the control: multimon-ng hears the keys in it.
    AudioBuffer audio = test::vowel(600, 5000);
    audio.appendSilence(200);
    audio.append(DtmfGenerator::sequence(kPaymentKeys, 8000));
    audio.appendSilence(300);
    QVERIFY(writeRtpPcap(m_dir->filePath(QStringLiteral("conference.pcap")), g711Packets(audio, false)));
    const QString control = m_dir->filePath(QStringLiteral("caller.wav"));
    QVERIFY(WavFile::write(control, audio));
    QString heard;
    QVERIFY2(multimonKeys(control, &heard).contains(QStringLiteral("4111")), qPrintable(heard));

    const qint64 talkMs = audio.durationMs() + 2500;
    QVERIFY(copyScenario(QStringLiteral("conference_inband.xml"), m_dir->path(),
        { { "@JOIN_MS@", "1500" }, { "@TALK_MS@", QByteArray::number(talkMs) } }));
    QProcess* caller = startSipp(QStringLiteral("conference_inband.xml"),
        { QStringLiteral("-cid_str"), QStringLiteral("vpconf-%u-%p") });
    QVERIFY(caller->waitForStarted());
    QVERIFY2(waitForOutput(m_ivr, m_ivrSaid, "answered", 10000), m_ivrSaid.constData());

    // The agent's phone joins the caller's call. baresip 1.0 cannot add a header of its own, so it names the
    // call in the Request-URI's x-voicepay-join parameter.
    const QString dir = writeBaresipConfig();
    QVERIFY(!dir.isEmpty());
    const QString join = QStringLiteral("vpconf-1-%1").arg(caller->processId());
    QProcess agent;
    agent.setProcessChannelMode(QProcess::MergedChannels);
    // Line-buffered, so that the test sees the SIP trace as it happens.
    agent.start(QStringLiteral("stdbuf"),
        { QStringLiteral("-oL"), QStringLiteral("baresip"), QStringLiteral("-f"), dir, QStringLiteral("-s"),
            QStringLiteral("-t"), QStringLiteral("25"), QStringLiteral("-e"),
            QStringLiteral("/dial sip:pay@127.0.0.1:%1;x-voicepay-join=%2").arg(m_ivrPort).arg(join) });
    QVERIFY(agent.waitForStarted());
    QByteArray agentSaid;

    QVERIFY(caller->waitForFinished(int(talkMs) + 15000));
    const bool byeSeen = waitForOutput(agent, agentSaid, "BYE sip:", 5000);
    agent.terminate();
    if (!agent.waitForFinished(5000)) {
        agent.kill();
        agent.waitForFinished();
    }
    agentSaid += agent.readAll();
    QVERIFY2(caller->exitCode() == 0, caller->readAll().right(2000).constData());
    QVERIFY2(byeSeen, agentSaid.right(3000).constData());
    QVERIFY2(m_ivrSaid.contains("an agent joins") || waitForOutput(m_ivr, m_ivrSaid, "an agent joins", 100),
        m_ivrSaid.constData());

    checkRecording(dir, audio.durationMs(), agentSaid);
    if (QTest::currentTestFailed()) {
        return;
    }

    // The agent's phone had the progress and the outcome, counts and verdicts only.
    QVERIFY2(agentSaid.contains("application/vnd.voicepay.progress+json"), agentSaid.right(3000).constData());
    QVERIFY(agentSaid.contains("\"keys\":16"));
    QVERIFY(agentSaid.contains("\"luhn\":\"valid\""));
    QVERIFY(agentSaid.contains("\"type\":\"outcome\""));
    QVERIFY(agentSaid.contains("\"outcome\":\"success\""));
    QVERIFY(agentSaid.contains("X-VoicePay-Result: {"));
    QVERIFY(!agentSaid.contains("4111111111111111"));
    QVERIFY(!agentSaid.contains("\"4111"));
    checkPaidInStore();
}

// What the agent heard (baresip's recording of its received audio): longer than the caller's audio, with the
// caller's word in it, and no key that multimon-ng can find.
void TestSipConference::checkRecording(const QString& dir, qint64 minMs, const QByteArray& agentSaid)
{
    const QStringList recordings
        = QDir(dir + QStringLiteral("/rec")).entryList({ QStringLiteral("*dec.wav") }, QDir::Files);
    QCOMPARE(recordings.size(), 1);
    const QString recording = dir + QStringLiteral("/rec/") + recordings.first();
    const auto heardAudio = WavFile::read(recording);
    QVERIFY(heardAudio);
    QVERIFY2(heardAudio->durationMs() > minMs, qPrintable(recording));
    qint16 loudest = 0;
    for (qint16 s : heardAudio->samples) {
        loudest = std::max<qint16>(loudest, qAbs(s));
    }
    QVERIFY2(loudest > 3000, "the agent did not hear the caller");
    // The keys are twice as loud as the word: anything louder than the word is a tone that got through.
    QVERIFY2(loudest < 10000, "something louder than the caller's word reached the agent");
    QString heard;
    QCOMPARE(multimonKeys(recording, &heard), QString());
    qInfo("the agent's recording: %lld ms, loudest sample %d, multimon-ng: \"%s\"; %lld progress messages",
        static_cast<long long>(heardAudio->durationMs()), loudest, qPrintable(heard.trimmed()),
        static_cast<long long>(agentSaid.count("Content-Type: application/vnd.voicepay.progress+json")));
}

void TestSipConference::joiningAnUnknownCallIsRefused()
{
    QVERIFY(copyScenario(QStringLiteral("join_unknown.xml"), m_dir->path(), {}));
    QProcess* agent = startSipp(QStringLiteral("join_unknown.xml"), {});
    QVERIFY(agent->waitForFinished(20000));
    QFile log(m_dir->filePath(QStringLiteral("join_unknown.xml.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray said = log.readAll();
    QVERIFY2(agent->exitCode() == 0, QByteArray(said + agent->readAll()).right(3000).constData());
    QVERIFY(said.contains("join refused: Not Found: no call in progress"));
}

// An agent's phone that sends the X-VoicePay-Join header (sipp) joins a call keyed with RFC 4733 events,
// follows the progress to the outcome and hangs up: the caller's call then ends with the endpoint's BYE,
// carrying the result.
void TestSipConference::agentWithTheHeaderLeavesFirst()
{
    QVERIFY(writeRtpPcap(
        m_dir->filePath(QStringLiteral("keys.pcap")), telephoneEvents(kPaymentKeys, 96, 400, 150)));
    QVERIFY(
        copyScenario(QStringLiteral("conference_rfc4733.xml"), m_dir->path(), { { "@JOIN_MS@", "1000" } }));
    QProcess* caller = startSipp(QStringLiteral("conference_rfc4733.xml"),
        { QStringLiteral("-cid_str"), QStringLiteral("vpconf-%u-%p") });
    QVERIFY(caller->waitForStarted());
    QVERIFY2(waitForOutput(m_ivr, m_ivrSaid, "answered", 10000), m_ivrSaid.constData());
    const QByteArray join = "vpconf-1-" + QByteArray::number(caller->processId());
    QVERIFY(copyScenario(
        QStringLiteral("agent_join.xml"), m_dir->path(), { { "@JOIN@", join }, { "@TALK_MS@", "9000" } }));
    QProcess* agent = startSipp(QStringLiteral("agent_join.xml"), { QStringLiteral("-aa") });
    QVERIFY(agent->waitForFinished(30000));
    QVERIFY(caller->waitForFinished(10000));
    QFile agentLog(m_dir->filePath(QStringLiteral("agent_join.xml.messages")));
    QFile callerLog(m_dir->filePath(QStringLiteral("conference_rfc4733.xml.log")));
    QVERIFY(agentLog.open(QIODevice::ReadOnly) && callerLog.open(QIODevice::ReadOnly));
    const QByteArray toAgent = agentLog.readAll();
    const QByteArray toCaller = callerLog.readAll();
    QVERIFY2(agent->exitCode() == 0, QByteArray(toAgent + agent->readAll()).right(3000).constData());
    QVERIFY2(caller->exitCode() == 0, QByteArray(toCaller + caller->readAll()).right(3000).constData());
    QVERIFY2(toAgent.contains("Content-Type: application/vnd.voicepay.progress+json"),
        toAgent.right(3000).constData());
    QVERIFY(toAgent.contains("\"keys\":16"));
    QVERIFY(toAgent.contains("\"type\":\"outcome\""));
    QVERIFY(!toAgent.contains("4111111111111111"));
    QVERIFY(toCaller.contains("X-VoicePay-Result: {"));
    QVERIFY(toCaller.contains("\"outcome\":\"success\""));
    checkPaidInStore();
}

// SIGTERM with no call in progress: the store holds the one session, paid.
void TestSipConference::checkPaidInStore()
{
    m_ivr.terminate();
    QVERIFY(m_ivr.waitForFinished(10000));
    m_ivrSaid += m_ivr.readAll();
    QCOMPARE(m_ivr.exitCode(), 0);
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("conference"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("kpi.db")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT outcome, brand, last4, call_type FROM sessions")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("success"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("visa"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("1111"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("conference"));
        QVERIFY(!q.next());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("conference"));
}

QTEST_GUILESS_MAIN(TestSipConference)
#include "tst_sipconference.moc"
