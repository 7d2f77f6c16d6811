#pragma once

#include <QString>

namespace voicepay {

// Which store holds this installation's accounts. The installation — the configuration (flow.json) and the
// gateway keys in the keychain — belongs to the operating-system user; beside the configuration, in
// installation.json (mode 0600), it records the id of the store whose first admin was made for it. Only an
// admin of that store may change the configuration or its keys; a console or a command opened on any other
// store may simulate and read, never change the installation.
class Installation
{
public:
    explicit Installation(QString path = defaultPath());

    static QString defaultPath(); // <configuration folder>/installation.json

    // Empty while no store is recorded, and when the file cannot be read (then `error` says why).
    QString storeId(QString* error = nullptr) const;
    // Records the store of the installation's first admin: only while none is recorded.
    bool adopt(const QString& storeId, QString* error);
    // Whether an admin of the store `storeId` may change the installation. An installation that records no
    // store yet (one set up before stores had ids) is adopted by the first admin who changes it.
    bool mayChange(const QString& storeId, QString* error);
    bool isOwnedBy(const QString& storeId) const;

private:
    QString m_path;
};

} // namespace voicepay
