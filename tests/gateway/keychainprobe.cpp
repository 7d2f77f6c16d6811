#include "keychainprobe.h"

#include "credentialstore.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace voicepay;

QString secretServiceUnavailableReason()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        return QStringLiteral(
            "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset); the test command runs ctest "
            "under dbus-run-session with scripts/with-keyring.sh");
    }
    QString error;
    const QString probe = QStringLiteral("probe-secret-service");
    if (!CredentialStore::storeBlocking(probe, QStringLiteral("probe"), &error)) {
        return QStringLiteral("no Secret Service answered: ") + error;
    }
    CredentialStore::clearBlocking(probe, &error);
    return QString();
}

QStringList filesContaining(const QString& secret, const QStringList& extraFolders)
{
    QStringList folders = extraFolders;
    for (auto location : { QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
             QStandardPaths::AppLocalDataLocation, QStandardPaths::CacheLocation,
             QStandardPaths::ConfigLocation }) {
        folders << QStandardPaths::writableLocation(location);
    }
    folders << QFileInfo(QSettings().fileName()).absolutePath();
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
    QStringList found;
    for (const QString& folder : std::as_const(folders)) {
        if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
            continue;
        }
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            // The keychain's own (encrypted) store is the one place the key belongs.
            if (path.contains(QStringLiteral("/keyrings/"))) {
                continue;
            }
            QFile file(path);
            if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QByteArray data = file.readAll();
            if (data.contains(utf8) || data.contains(utf16)) {
                found << path;
            }
        }
    }
    found.removeDuplicates();
    return found;
}
