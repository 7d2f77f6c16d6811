#pragma once

#include "admin/auditlog.h"
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
    // `storeUrl`: as for the main window (empty: the embedded SQLite file). `hashIterations` applies to
    // passwords set from here on; existing hashes keep their own count.
    explicit ConsoleAccounts(const QString& storeUrl, int hashIterations = PasswordHash::defaultIterations);
    ~ConsoleAccounts();
    ConsoleAccounts(const ConsoleAccounts&) = delete;
    ConsoleAccounts& operator=(const ConsoleAccounts&) = delete;

    bool open(QString* error);
    bool isOpen() const { return bool(m_users); }
    UserAccounts& users() { return *m_users; }
    AuditLog& audit() { return *m_audit; }
    QString displayName() const { return m_display; }

    static qint64 nowMs();

private:
    QString m_urlText;
    int m_iterations;
    QString m_display;
    std::unique_ptr<StoreConnection> m_connection;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<UserAccounts> m_users;
};

} // namespace voicepay::ui
