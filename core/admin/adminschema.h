#pragma once

#include <QSqlDatabase>
#include <QString>

namespace voicepay {

// The tables of user accounts and the audit trail, beside the KPI store's in the same database (SQLite or
// PostgreSQL), versioned on their own (version 2: the store's id; version 4: a password an admin reset must
// be changed at the next sign-in; version 5: the configuration's saved versions). The audit table refuses
// UPDATE and DELETE by trigger.
class AdminSchema
{
public:
    static constexpr int currentVersion = 5;
    static bool migrate(QSqlDatabase& db, QString* error);
    // The id made when the tables were created (32 hex digits); empty when it cannot be read.
    static QString storeId(const QSqlDatabase& db);
    // A value of the admin_meta table ("store_id", "audit_keyed_from"); empty when there is none.
    static QString meta(const QSqlDatabase& db, const QString& name);
    static bool isPostgres(const QSqlDatabase& db);
};

} // namespace voicepay
