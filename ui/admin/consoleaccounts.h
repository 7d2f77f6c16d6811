#pragma once

#include "admin/auditlog.h"
#include "admin/confighistory.h"
#include "admin/passwordhash.h"
#include "admin/useraccounts.h"

#include <QString>
#include <memory>

namespace voicepay {
class StoreConnection;
}

namespace voicepay::ui {

// The user accounts and the audit trail of the store the console uses, on a connection of the GUI thread (the
// same tables `voicepay-sim users` and `voicepay-sim audit` work on).
class ConsoleAccounts
{
public:
    // `storeUrl`: as for the main window (empty: the embedded SQLite file). The audit chain's key comes from
    // the system keychain; keyProblem() says why when it could not be had (nothing can be changed then).
    explicit ConsoleAccounts(const QString& storeUrl);
    ~ConsoleAccounts();
    ConsoleAccounts(const ConsoleAccounts&) = delete;
    ConsoleAccounts& operator=(const ConsoleAccounts&) = delete;

    bool open(QString* error);
    bool isOpen() const { return bool(m_users); }
    UserAccounts& users() { return *m_users; }
    AuditLog& audit() { return *m_audit; }
    ConfigHistory& configHistory() { return *m_configHistory; }
    QString displayName() const { return m_display; }
    QString keyProblem() const { return m_keyProblem; }
    // Whether this store holds the installation's accounts, so that its admins may change the configuration
    // and its keys (see Installation); the first admin of a new installation makes it so.
    bool mayChangeInstallation(QString* why) const;
    // The first account of an empty store, an admin; a new installation (none recorded yet) is bound to this
    // store.
    bool addFirstAdmin(const QString& name, const QString& password, QString* error);

    static qint64 nowMs();

private:
    QString m_urlText;
    QString m_display;
    QString m_keyProblem;
    std::unique_ptr<StoreConnection> m_connection;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<UserAccounts> m_users;
    std::unique_ptr<ConfigHistory> m_configHistory;
};

} // namespace voicepay::ui
