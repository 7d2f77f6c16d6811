#include "simgatewayfixture.h"

#include "keychainprobe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

SimGatewayFixture::SimGatewayFixture(QString simPath)
    : m_sim(std::move(simPath))
    , m_env(QProcessEnvironment::systemEnvironment())
{
}

SimGatewayFixture::~SimGatewayFixture()
{
    stop();
    if (m_keyStored) {
        sim({ QStringLiteral("credentials"), QStringLiteral("clear"), QStringLiteral("--login"), m_login,
                QStringLiteral("--as"), QStringLiteral("gwadmin"), QStringLiteral("--db"), m_db },
            m_password);
    }
}

QString SimGatewayFixture::unavailableReason()
{
    return secretServiceUnavailableReason();
}

int SimGatewayFixture::sim(const QStringList& args, const QByteArray& input, QByteArray* output) const
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_sim, args);
    if (!p.waitForStarted(10000)) {
        return -1;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        return -1;
    }
    if (output) {
        *output = p.readAll();
    }
    return p.exitCode();
}

bool SimGatewayFixture::start(const QString& folder, bool tls, QString* error)
{
    const quint32 tag = QRandomGenerator::global()->bounded(1000000u);
    m_login = QStringLiteral("hyg-%1-%2").arg(QCoreApplication::applicationPid()).arg(tag);
    const QByteArray key = "HygKey" + QByteArray::number(tag);
    m_password = "gateway-admin-2026\n";
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot make %1").arg(folder);
        return false;
    }
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(folder).filePath(QStringLiteral("config")));
    m_db = QStringLiteral("sqlite:") + QDir(folder).filePath(QStringLiteral("installation.sqlite"));

    QStringList serverArgs { QStringLiteral("gateway"), QStringLiteral("--listen"), QStringLiteral("0"),
        QStringLiteral("--merchant"), m_login };
    if (tls) {
        m_pki = std::make_unique<TestPki>();
        if (!m_pki->create(error)) {
            return false;
        }
        serverArgs << QStringLiteral("--tls") << m_pki->serverCertificateFile() << m_pki->serverKeyFile();
    }
    m_server = std::make_unique<QProcess>();
    m_server->setProcessEnvironment(m_env);
    m_server->start(m_sim, serverArgs);
    if (!m_server->waitForStarted(10000)) {
        *error = QStringLiteral("the sandbox gateway server did not start");
        return false;
    }
    m_server->write(key + '\n');
    QByteArray banner;
    if (!QTest::qWaitFor(
            [&] { return (banner += m_server->readAllStandardOutput()).contains("faults:"); }, 15000)) {
        *error = QStringLiteral("the sandbox gateway server did not say where it listens: ")
            + QString::fromLocal8Bit(banner + m_server->readAllStandardError());
        return false;
    }
    const qsizetype at = banner.indexOf("listening on ");
    QByteArray url = banner.mid(at + 13, banner.indexOf('\n', at) - at - 13).trimmed();
    url.replace("https://127.0.0.1:", "https://localhost:"); // the test certificate's host name

    m_config = QDir(folder).filePath(QStringLiteral("gateway-config.json"));
    QFile config(m_config);
    if (!config.open(QIODevice::WriteOnly)
        || config.write("{ \"gateway\": { \"mode\": \"server\", \"url\": \"" + url
               + "\", \"merchantLogin\": \"" + m_login.toUtf8() + "\", \"transferTimeoutMs\": 10000 } }")
            < 0) {
        *error = QStringLiteral("cannot write %1").arg(m_config);
        return false;
    }
    config.close();
    QByteArray output;
    if (sim({ QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("gwadmin"),
                QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--db"), m_db },
            m_password, &output)
        != 0) {
        *error = QStringLiteral("the installation's first admin: ") + QString::fromLocal8Bit(output);
        return false;
    }
    if (sim({ QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--config"), m_config,
                QStringLiteral("--as"), QStringLiteral("gwadmin"), QStringLiteral("--db"), m_db },
            m_password + key + '\n', &output)
        != 0) {
        *error = QStringLiteral("storing the merchant key: ") + QString::fromLocal8Bit(output);
        return false;
    }
    m_keyStored = true;
    return true;
}

QStringList SimGatewayFixture::runArgs() const
{
    QStringList args { QStringLiteral("--config"), m_config };
    if (m_pki) {
        args << QStringLiteral("--gateway-ca") << m_pki->caFile();
    }
    return args;
}

QByteArray SimGatewayFixture::stop()
{
    if (!m_server || m_server->state() == QProcess::NotRunning) {
        return {};
    }
    m_server->terminate();
    if (!m_server->waitForFinished(10000)) {
        m_server->kill();
        m_server->waitForFinished(5000);
    }
    return m_server->readAllStandardOutput();
}
