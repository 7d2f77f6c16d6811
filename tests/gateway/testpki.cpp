#include "testpki.h"

#include <QFile>
#include <QProcess>

bool TestPki::openssl(const QStringList& args, QString* error) const
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2 %3")
                     .arg(args.first(), p.errorString(), QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestPki::create(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    QFile ext(m_dir.filePath(QStringLiteral("server.ext")));
    if (!ext.open(QIODevice::WriteOnly)
        || ext.write(
               "subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n"
               "extendedKeyUsage=serverAuth\n")
            < 0) {
        *error = QStringLiteral("cannot write the certificate extensions");
        return false;
    }
    ext.close();
    const QString ec = QStringLiteral("ec_paramgen_curve:prime256v1");
    return openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"), ec, QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                       QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=VoicePay Test CA"),
                       QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                       QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") },
               error)
        && openssl({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), ec, QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                       QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=localhost") },
            error)
        && openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                       QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                       QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                       QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext") },
            error);
}

QList<QSslCertificate> TestPki::caCertificates() const
{
    return QSslCertificate::fromPath(caFile(), QSsl::Pem);
}
