#pragma once

#include "admin/auditlog.h"
#include "admin/useraccounts.h"
#include "secure/secretinput.h"
#include "store/storeconnection.h"

#include <QJsonObject>
#include <QString>
#include <memory>

namespace voicepay::sim {

// The store's database with the account and audit tables, for the administrative commands.
struct AdminSession
{
    std::unique_ptr<StoreConnection> connection;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<UserAccounts> users;
    QString actor; // the authenticated admin
    QString keyProblem; // why the audit key could not be had, if it could not
};

// Opens the store named by `url` (empty: the embedded default) with the admin tables.
std::unique_ptr<AdminSession> openAdminSession(const QString& url, QString* error);

// Authenticates `as` as an admin, reading the password from standard input. A store with no accounts yet has
// no admin: only `users add NAME --role admin` works there. A refusal is audited under `action`.
bool authorizeAdmin(AdminSession& session, const QString& as, const QString& action,
    const QJsonObject& details, QString* error);

// Whether the session's store holds this installation's accounts (see Installation): only then may its admins
// change the configuration and the gateway keys. A refusal is audited under `action`.
bool mayChangeInstallation(
    AdminSession& session, const QString& action, const QJsonObject& details, QString* error);

qint64 nowMs();

} // namespace voicepay::sim
