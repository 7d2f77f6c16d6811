#pragma once

#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

// A throwaway certificate authority and a server certificate for "localhost" it signed, made with the openssl
// command in a temporary folder.
class TestPki
{
public:
    bool create(QString* error);

    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString serverCertificateFile() const { return m_dir.filePath(QStringLiteral("server.pem")); }
    QString serverKeyFile() const { return m_dir.filePath(QStringLiteral("server.key")); }
    QList<QSslCertificate> caCertificates() const;

private:
    bool openssl(const QStringList& args, QString* error) const;

    QTemporaryDir m_dir;
};
