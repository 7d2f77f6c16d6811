#include "schemacheck.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryFile>

QString schemaPath()
{
    return QStringLiteral(VOICEPAY_GATEWAY_SCHEMA);
}

QString schemaErrors(const QByteArray& xml)
{
    if (!QFile::exists(schemaPath())) {
        return QStringLiteral("the schema is missing: ") + schemaPath();
    }
    QTemporaryFile file;
    if (!file.open() || file.write(xml) != xml.size() || !file.flush()) {
        return QStringLiteral("cannot write a temporary file");
    }
    QProcess xmllint;
    xmllint.start(QStringLiteral("xmllint"),
        { QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"), schemaPath(),
            file.fileName() });
    if (!xmllint.waitForFinished(30000)) {
        return QStringLiteral("xmllint did not run: ") + xmllint.errorString();
    }
    if (xmllint.exitStatus() == QProcess::NormalExit && xmllint.exitCode() == 0) {
        return QString();
    }
    return QString::fromUtf8(xmllint.readAllStandardError()).trimmed();
}
