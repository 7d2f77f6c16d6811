#pragma once

#include <QSqlDatabase>
#include <QString>

namespace voicepay {

// The tables of user accounts and the audit trail, beside the KPI store's in the same database (SQLite or
// PostgreSQL), versioned on their own. The audit table refuses UPDATE and DELETE by trigger.
class AdminSchema
{
public:
    static constexpr int currentVersion = 1;
    static bool migrate(QSqlDatabase& db, QString* error);
    static bool isPostgres(const QSqlDatabase& db);
};

} // namespace voicepay
