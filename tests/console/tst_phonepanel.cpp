// The console's phone line: voicepay-ivr started from the panel on a free loopback port, a real call placed
// by sipp listed with the step it is at (read from the KPI store's calls in progress), the line stopped with
// the call stored as a hang-up, a port in use said in plain words, and no address but loopback taken.
#include "audio/promptset.h"
#include "audio/segmenttable.h"
#include "audio/wavfile.h"
#include "loopbackports.h"
#include "phone/phonecallsmodel.h"
#include "phone/phoneguide.h"
#include "phone/phoneline.h"
#include "phone/phonepanel.h"
#include "quickpromptset.h"
#include "store/kpiquery.h"

#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUdpSocket>

using namespace voicepay;
using namespace voicepay::ui;

class TestPhonePanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    StoreUrl m_url;
    QString m_sipp;

    void setUpLine(PhonePanel& panel, quint16 port)
    {
        const int rtpBase = 2 * QRandomGenerator::global()->bounded(15000, 16000);
        panel.line()->setExtraArguments(
            { QStringLiteral("--prompts"), m_dir.filePath(QStringLiteral("prompts")),
                QStringLiteral("--rtp-ports"), QStringLiteral("%1-%2").arg(rtpBase).arg(rtpBase + 100) });
        FlowConfig config;
        config.noInputTimeoutMs = 30000; // the caller keys nothing: the call waits at its first question
        panel.setConfig(config);
        panel.portBox()->setValue(port);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        m_sipp = QStandardPaths::findExecutable(QStringLiteral("sipp"));
        QVERIFY2(!m_sipp.isEmpty(), "sipp is missing: scripts/install-deps.sh --test installs sip-tester");
        QVERIFY2(!PhoneLine::findProgram().isEmpty(), "voicepay-ivr is not built");
        const QString prompts = m_dir.filePath(QStringLiteral("prompts"));
        QVERIFY(QDir().mkpath(prompts + QStringLiteral("/8000")));
        QVERIFY(test::writeQuickPromptSet(prompts));
        m_url.path = m_dir.filePath(QStringLiteral("kpi.sqlite"));
    }

    void callIsListedWithItsStepUntilTheLineStops()
    {
        PhonePanel panel(m_url);
        const quint16 port = test::freeUdpPort();
        setUpLine(panel, port);
        panel.resize(1000, 600);
        panel.show();
        QVERIFY(panel.startLine());
        QCOMPARE(panel.line()->state(), PhoneLine::State::Starting);
        QTRY_COMPARE_WITH_TIMEOUT(panel.line()->state(), PhoneLine::State::Running, 10000);
        QVERIFY(panel.line()->arguments().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
        QVERIFY(panel.line()->arguments().contains(QStringLiteral("sqlite:") + m_url.path));
        QVERIFY(panel.findChild<QTextBrowser*>(QStringLiteral("phoneGuide"))
                    ->toPlainText()
                    .contains(PhoneGuide::uri(QStringLiteral("127.0.0.1"), port)));

        QProcess sipp;
        sipp.setWorkingDirectory(m_dir.path());
        sipp.start(m_sipp,
            { QStringLiteral("-sf"),
                QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/console/scenarios/phone_hold.xml"),
                QStringLiteral("-m"), QStringLiteral("1"), QStringLiteral("-i"), QStringLiteral("127.0.0.1"),
                QStringLiteral("-p"), QString::number(test::freeUdpPort()), QStringLiteral("-mi"),
                QStringLiteral("127.0.0.1"), QStringLiteral("-mp"), QString::number(test::freeMediaPort()),
                QStringLiteral("-timeout"), QStringLiteral("30s"), QStringLiteral("-timeout_error"),
                QStringLiteral("-nostdin"), QStringLiteral("127.0.0.1:%1").arg(port) });
        QVERIFY(sipp.waitForStarted());

        // The call shows with the flow node it waits at, as the store lists it.
        PhoneCallsModel* calls = panel.calls();
        QTRY_COMPARE_WITH_TIMEOUT(calls->rowCount(), 1, 10000);
        const QModelIndex step = calls->index(0, PhoneCallsModel::Step);
        QTRY_VERIFY_WITH_TIMEOUT(!calls->data(step, Qt::UserRole).toString().isEmpty(), 5000);
        const QString node = calls->data(calls->index(0, PhoneCallsModel::Step), Qt::UserRole).toString();
        QVERIFY2(node != u"start", qPrintable(node));
        QVERIFY(!calls->data(calls->index(0, PhoneCallsModel::Step)).toString().isEmpty());
        QCOMPARE(calls->calls().first().channel, phoneChannel());
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("phoneCallsTitle"))->text().contains(u'1'));
        QVERIFY(!panel.pendingLoss().isEmpty());
        const QString sessionId = calls->calls().first().sessionId;

        // Stopping ends the call as a hang-up: the caller gets the BYE, and the store keeps the session.
        panel.stopLine();
        QCOMPARE(panel.line()->state(), PhoneLine::State::Stopping);
        QTRY_COMPARE_WITH_TIMEOUT(panel.line()->state(), PhoneLine::State::Stopped, 10000);
        QVERIFY(panel.line()->statusText().contains(u'1'));
        // sipp ends with 0 only when the BYE carried a hang-up result (the scenario checks it).
        QTRY_COMPARE_WITH_TIMEOUT(sipp.state(), QProcess::NotRunning, 10000);
        QCOMPARE(sipp.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sipp.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(calls->rowCount(), 0, 5000);
        QVERIFY(panel.pendingLoss().isEmpty());
        KpiQuery query(m_url);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto stored = query.sessions(now - 3600000, now + 60000);
        QVERIFY2(stored, qPrintable(query.lastError()));
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().sessionId, sessionId);
        QCOMPARE(stored->first().outcome, u"hangup"_qs);
    }

    void portInUseIsSaidInPlainWords()
    {
        QUdpSocket taken; // without SO_REUSEADDR, so that no other socket may share the port
        QVERIFY(taken.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress));
        PhonePanel panel(m_url);
        setUpLine(panel, taken.localPort());
        QVERIFY(panel.startLine());
        QTRY_COMPARE_WITH_TIMEOUT(panel.line()->state(), PhoneLine::State::Failed, 10000);
        const QString said = panel.findChild<QLabel*>(QStringLiteral("phoneMessage"))->text();
        QVERIFY2(said.contains(QString::number(taken.localPort())) && said.contains(u"already in use"),
            qPrintable(said));
        QVERIFY(panel.findChild<QWidget*>(QStringLiteral("phoneStart"))->isEnabled());
    }

    void onlyLoopbackAddressesAreTaken()
    {
        PhoneLine line;
        QString why;
        QVERIFY(!line.start(QStringLiteral("192.0.2.1"), 5060, QStringLiteral("udp"), &why));
        QVERIFY2(why.contains(u"loopback"), qPrintable(why));
        QCOMPARE(line.state(), PhoneLine::State::Stopped);
        QVERIFY(PhoneLine::isLoopback(QStringLiteral("::1")));
        QVERIFY(!PhoneLine::isLoopback(QStringLiteral("0.0.0.0")));
    }
};

QTEST_MAIN(TestPhonePanel)
#include "tst_phonepanel.moc"
