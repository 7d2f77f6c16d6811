#pragma once

#include "testpki.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <memory>

// The HTTP gateway path of voicepay-sim, set up as an installation would be: the sandbox gateway server
// (`voicepay-sim gateway`, plain HTTP or HTTPS with a test certificate authority) on loopback, an
// installation of its own in a folder (its first admin, its record and audit head), the merchant key stored
// in the system keychain by that admin, and a configuration with gateway.mode "server".
//
//   SimGatewayFixture gw(VOICEPAY_SIM);
//   if (!gw.start(folder, /*tls*/ true, &error)) ...
//   process.setProcessEnvironment(gw.environment());
//   process.start(VOICEPAY_SIM, { "test", dir, ... } + gw.runArgs());
//   gw.stop(); // the server's summary: "N charge(s)"
class SimGatewayFixture
{
public:
    explicit SimGatewayFixture(QString simPath);
    ~SimGatewayFixture(); // stops the server, takes the key out of the keychain

    // Empty when the keychain answers, else why the fixture cannot run here (for QSKIP).
    static QString unavailableReason();

    // The environment the programs run in (HOME, XDG folders...); the system's unless set before start().
    void setBaseEnvironment(const QProcessEnvironment& env) { m_env = env; }
    bool start(const QString& folder, bool tls, QString* error);
    // XDG_CONFIG_HOME of the installation, over the caller's environment.
    QProcessEnvironment environment() const { return m_env; }
    // --config CONFIG.json, and --gateway-ca CA.pem over HTTPS.
    QStringList runArgs() const;
    QString configFile() const { return m_config; }
    QString storeUrl() const { return m_db; }
    // Ends the server and returns what it printed (its last line counts the charges).
    QByteArray stop();

private:
    int sim(const QStringList& args, const QByteArray& input, QByteArray* output = nullptr) const;

    QString m_sim;
    QString m_login;
    QString m_config;
    QString m_db;
    QByteArray m_password;
    QProcessEnvironment m_env;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<QProcess> m_server;
    bool m_keyStored = false;
};
