#include "keychainprobe.h"
#include "testpki.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// voicepay-sim end to end: the sandbox gateway server, the transaction key set through the credentials
// command into the real Secret Service, and a call run with gateway.mode "server".
class TestSimGateway : public QObject
{
    Q_OBJECT

private:
    QString sim() const { return QStringLiteral(VOICEPAY_BINARY_DIR "/bin/voicepay-sim"); }

    int runSim(const QStringList& args, const QByteArray& input = {}, QByteArray* output = nullptr)
    {
        QProcess p;
        p.start(sim(), args);
        if (!p.waitForStarted(10000)) {
            return -1;
        }
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            return -1;
        }
        if (output) {
            *output = p.readAllStandardOutput() + p.readAllStandardError();
        }
        return p.exitCode();
    }

    bool writeFile(const QString& path, const QByteArray& data)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("VoicePay"));
        QCoreApplication::setApplicationName(QStringLiteral("voicepay"));
        QVERIFY2(QFile::exists(sim()), qPrintable(sim()));
    }

    void gatewayCommand_refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no listen address") << QStringList { QStringLiteral("gateway") };
        QTest::newRow("no port") << QStringList { QStringLiteral("gateway"), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1") };
        QTest::newRow("merchant without key") << QStringList { QStringLiteral("gateway"),
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--merchant"),
            QStringLiteral("nokey-login") };
        QTest::newRow("no merchant") << QStringList { QStringLiteral("gateway"), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0") };
        QTest::newRow("key in the command line") << QStringList { QStringLiteral("gateway"),
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--merchant"),
            QStringLiteral("login:Key123") };
        QTest::newRow("bad fault") << QStringList { QStringLiteral("gateway"), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0"), QStringLiteral("--faults"), QStringLiteral("explode") };
        QTest::newRow("tls without key")
            << QStringList { QStringLiteral("gateway"), QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls"), QStringLiteral("cert.pem") };
    }

    void gatewayCommand_refusesBadArguments()
    {
        QFETCH(QStringList, args);
        QByteArray output;
        QCOMPARE(runSim(args, {}, &output), 2);
        QVERIFY(!output.isEmpty());
    }

    void callThroughTheServer_withTheKeyFromTheKeychain_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("plain http on loopback") << false;
        QTest::newRow("https with a test certificate authority") << true;
    }

    void callThroughTheServer_withTheKeyFromTheKeychain()
    {
        QFETCH(bool, tls);
        const QString why = secretServiceUnavailableReason();
        if (!why.isEmpty()) {
            qInfo("skipping: %s", qPrintable(why));
            QSKIP(qPrintable(why));
        }
        const QString login = QStringLiteral("e2e-%1").arg(QCoreApplication::applicationPid());
        const QByteArray key = "E2eKey" + QByteArray::number(QCoreApplication::applicationPid() % 100000);

        TestPki pki;
        // The key on standard input, never in the command line; loopback without naming it.
        QStringList serverArgs { QStringLiteral("gateway"), QStringLiteral("--listen"), QStringLiteral("0"),
            QStringLiteral("--merchant"), login };
        QStringList runExtra;
        if (tls) {
            QString error;
            QVERIFY2(pki.create(&error), qPrintable(error));
            serverArgs << QStringLiteral("--tls") << pki.serverCertificateFile() << pki.serverKeyFile();
            runExtra << QStringLiteral("--gateway-ca") << pki.caFile();
        }
        QProcess server;
        server.start(sim(), serverArgs);
        QVERIFY(server.waitForStarted(10000));
        server.write(key + '\n');
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += server.readAllStandardOutput()).contains("faults:"), 10000);
        const qsizetype at = banner.indexOf("listening on ");
        QVERIFY(at >= 0);
        QByteArray url = banner.mid(at + 13, banner.indexOf('\n', at) - at - 13).trimmed();
        if (tls) {
            url.replace("https://127.0.0.1:", "https://localhost:"); // the certificate's host name
        }
        QVERIFY2(QUrl(QString::fromLatin1(url)).port() > 0, url.constData());

        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("config.json"));
        QVERIFY(writeFile(config,
            "{ \"gateway\": { \"mode\": \"server\", \"url\": \"" + url + "\", \"merchantLogin\": \""
                + login.toUtf8() + "\", \"transferTimeoutMs\": 5000 } }"));
        const QString scenario = dir.filePath(QStringLiteral("call.json"));
        QVERIFY(writeFile(scenario, R"({ "name": "e2e", "call": { "accountId": "10001", "amountDue": "125.50",
            "identified": true, "paymentReference": "INV-1001", "merchantId": "M-42", "callType": "ivr",
            "language": "en-US" }, "date": "2026-11-25", "inputs": [ "1", "4111111111111111#", "1228", "123", "1" ],
            "expect": { "outcome": "success", "cardLast4": "1111" } })"));

        QByteArray output;
        // Keys are an admin's to change: an installation of the test's own (its record and audit head in a
        // configuration folder of its own), with its first admin.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.filePath(QStringLiteral("config"))));
        const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("store.sqlite"));
        const QByteArray adminPassword = "gateway-admin-2026\n";
        const QStringList asAdmin { QStringLiteral("--as"), QStringLiteral("gwadmin"), QStringLiteral("--db"),
            db };
        QCOMPARE(runSim({ QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("gwadmin"),
                            QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--db"), db },
                     adminPassword),
            0);
        // Without a stored key the run says what to do.
        QCOMPARE(runSim(QStringList { QStringLiteral("credentials"), QStringLiteral("clear"),
                            QStringLiteral("--login"), login }
                         + asAdmin,
                     adminPassword),
            0);
        QVERIFY(runSim({ QStringLiteral("run"), scenario, QStringLiteral("--config"), config }, {}, &output)
            != 0);
        QVERIFY2(output.contains("credentials set"), output.constData());

        QCOMPARE(runSim(QStringList { QStringLiteral("credentials"), QStringLiteral("set"),
                            QStringLiteral("--config"), config }
                         + asAdmin,
                     adminPassword + key + '\n', &output),
            0);
        QVERIFY2(!output.contains(key), "the key was echoed");
        QCOMPARE(runSim({ QStringLiteral("credentials"), QStringLiteral("get-status"),
                            QStringLiteral("--login"), login },
                     {}, &output),
            0);
        QVERIFY(!output.contains(key));

        QCOMPARE(runSim(QStringList { QStringLiteral("run"), scenario, QStringLiteral("--config"), config }
                         + runExtra,
                     {}, &output),
            0);
        QVERIFY2(output.contains("\"transactionId\": \"6"), output.constData());

        // The files of the run and the product's own folders hold no key.
        const QStringList found = filesContaining(QString::fromLatin1(key), { dir.path() });
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));

        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        const QByteArray summary = server.readAllStandardOutput();
        QVERIFY2(summary.contains("1 charge(s)"), summary.constData());
        QVERIFY2(
            !server.readAllStandardError().contains("4111111111111111"), "the server logged a card number");

        QCOMPARE(runSim(QStringList { QStringLiteral("credentials"), QStringLiteral("clear"),
                            QStringLiteral("--login"), login }
                         + asAdmin,
                     adminPassword),
            0);
        QCOMPARE(runSim({ QStringLiteral("credentials"), QStringLiteral("get-status"),
                     QStringLiteral("--login"), login }),
            1);
    }
};

QTEST_GUILESS_MAIN(TestSimGateway)
#include "tst_simgateway.moc"
