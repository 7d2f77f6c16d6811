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
    QString actor; // the authenticated admin, or "cli:USER" on a system with no accounts yet
};

// Opens the store named by `url` (empty: the embedded default) with the admin tables.
std::unique_ptr<AdminSession> openAdminSession(const QString& url, QString* error);

// Authenticates `as` as an admin, reading the password from standard input. On a system with no accounts yet
// anyone at the machine may act, recorded as "cli:USER". A refusal is audited under `action`.
bool authorizeAdmin(AdminSession& session, const QString& as, const QString& action,
    const QJsonObject& details, QString* error);

qint64 nowMs();

} // namespace voicepay::sim
