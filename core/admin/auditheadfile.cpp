#include "auditheadfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace voicepay {

AuditHeadFile::AuditHeadFile(QString path)
    : m_path(std::move(path))
{
}

std::optional<AuditHead> AuditHeadFile::load(QString* error) const
{
    error->clear();
    QFile file(m_path);
    if (!file.exists()) {
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the audit head %1: %2").arg(m_path, file.errorString());
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(file.read(4096)).object();
    AuditHead head;
    head.sequence = o.value(QStringLiteral("sequence")).toInteger(-1);
    head.hash = o.value(QStringLiteral("hash")).toString();
    if (head.sequence < 0 || head.hash.size() != 64) {
        *error = QStringLiteral("the audit head %1 is not readable").arg(m_path);
        return std::nullopt;
    }
    return head;
}

bool AuditHeadFile::save(const AuditHead& head, QString* error) const
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(m_path);
    const QByteArray json = QJsonDocument(
        QJsonObject { { QStringLiteral("sequence"), head.sequence },
            { QStringLiteral("hash"),
                head.hash } }).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(json) != json.size() || !file.commit()) {
        *error = QStringLiteral("cannot write the audit head %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

QString AuditHeadFile::defaultPath(const QString& storeId)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(dir).filePath(QStringLiteral("audit-head-%1.json").arg(storeId));
}

} // namespace voicepay
