#include "installation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace voicepay {

Installation::Installation(QString path)
    : m_path(std::move(path))
{
}

QString Installation::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("installation.json"));
}

QString Installation::storeId(QString* error) const
{
    QFile file(m_path);
    if (!file.exists()) {
        return QString();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QStringLiteral("%1: %2").arg(m_path, file.errorString());
        }
        return QString();
    }
    return QJsonDocument::fromJson(file.read(4096)).object().value(QStringLiteral("storeId")).toString();
}

bool Installation::adopt(const QString& storeId, QString* error)
{
    QString why;
    const QString recorded = this->storeId(&why);
    if (!recorded.isEmpty() || !why.isEmpty()) {
        *error = why.isEmpty() ? QStringLiteral("this installation belongs to another store already") : why;
        return recorded == storeId && why.isEmpty();
    }
    if (storeId.isEmpty()) {
        *error = QStringLiteral("the store has no id");
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    const QByteArray json = QJsonDocument(QJsonObject { { QStringLiteral("storeId"), storeId } }).toJson();
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(json) != json.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

bool Installation::mayChange(const QString& storeId, QString* error)
{
    QString why;
    const QString recorded = this->storeId(&why);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    if (recorded.isEmpty()) {
        return adopt(storeId, error);
    }
    if (recorded != storeId) {
        *error
            = QStringLiteral("this store does not hold this installation's accounts: its admins may simulate "
                             "and read, not change the configuration or its gateway keys");
        return false;
    }
    return true;
}

bool Installation::isOwnedBy(const QString& storeId) const
{
    const QString recorded = this->storeId();
    return !recorded.isEmpty() && recorded == storeId;
}

} // namespace voicepay
