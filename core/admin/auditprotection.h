#pragma once

#include <QSqlDatabase>
#include <QString>

namespace voicepay {

// Hands the audit trail's tables to a role of their own on PostgreSQL, so that the program's role can read
// and append records but not empty, drop, edit or unguard them: the server refuses TRUNCATE, DROP, UPDATE,
// DELETE and lifting the append-only trigger to every role but the owner (and superusers).
//
// Run once by a database administrator (a superuser, or the tables' owner who is a member of the owner role),
// on a database whose admin tables are migrated. The owner role is made (NOLOGIN) when it does not exist; the
// application role must exist. Afterwards the application role holds SELECT and INSERT on audit_log and
// SELECT on admin_meta and admin_schema_version, and keeps every right on users (accounts change). A later
// admin schema migration is run the same way, by the administrator. SQLite has no roles: refused there.
class AuditProtection
{
public:
    static bool apply(QSqlDatabase& db, const QString& ownerRole, const QString& appRole, QString* error);
    // A role name this accepts: letters, digits and underscores, starting with a letter, at most 63.
    static bool isRoleName(const QString& name);
};

} // namespace voicepay
