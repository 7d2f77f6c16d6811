#include "auditprotection.h"

#include "adminschema.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace voicepay {

namespace {

bool roleExists(QSqlDatabase& db, const QString& role, bool* exists, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(role);
    if (!q.exec()) {
        *error = QStringLiteral("audit protection: cannot read the roles: %1").arg(q.lastError().text());
        return false;
    }
    *exists = q.next();
    return true;
}

// The owner takes the trail and the configuration's history, their guards and the table that says which
// records are keyed; the application keeps reading and appending.
QStringList statements(const QString& owner, const QString& app)
{
    QStringList s;
    for (const char* table : { "audit_log", "config_versions", "admin_meta", "admin_schema_version" }) {
        const QString t = QLatin1String(table);
        s << QStringLiteral("ALTER TABLE %1 OWNER TO %2").arg(t, owner)
          << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC").arg(t)
          << QStringLiteral("REVOKE ALL ON %1 FROM %2").arg(t, app);
    }
    // Whoever owns the trigger's function could replace it with one that lets every change through.
    s << QStringLiteral("ALTER FUNCTION audit_log_append_only() OWNER TO %1").arg(owner)
      << QStringLiteral("REVOKE ALL ON FUNCTION audit_log_append_only() FROM PUBLIC")
      << QStringLiteral("ALTER FUNCTION config_versions_append_only() OWNER TO %1").arg(owner)
      << QStringLiteral("REVOKE ALL ON FUNCTION config_versions_append_only() FROM PUBLIC")
      << QStringLiteral("GRANT SELECT, INSERT ON audit_log, config_versions TO %1").arg(app)
      << QStringLiteral("GRANT SELECT ON admin_meta, admin_schema_version TO %1").arg(app)
      << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON users TO %1").arg(app);
    return s;
}

} // namespace

bool AuditProtection::isRoleName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

bool AuditProtection::apply(
    QSqlDatabase& db, const QString& ownerRole, const QString& appRole, QString* error)
{
    if (!AdminSchema::isPostgres(db)) {
        *error
            = QStringLiteral("audit protection needs PostgreSQL: SQLite has no roles (the head outside the "
                             "database detects a cut trail there)");
        return false;
    }
    if (!isRoleName(ownerRole) || !isRoleName(appRole)
        || ownerRole.compare(appRole, Qt::CaseInsensitive) == 0) {
        *error = QStringLiteral("audit protection: the owner and the application role must be two different "
                                "names of letters, digits and underscores");
        return false;
    }
    // Unquoted names fold to lower case in PostgreSQL: quote them as they are typed.
    const QString owner = db.driver()->escapeIdentifier(ownerRole, QSqlDriver::TableName);
    const QString app = db.driver()->escapeIdentifier(appRole, QSqlDriver::TableName);
    if (!db.transaction()) {
        *error = QStringLiteral("audit protection: cannot begin: %1").arg(db.lastError().text());
        return false;
    }
    const auto fail = [&db](QString* error, const QString& why) {
        db.rollback();
        *error = why;
        return false;
    };
    bool ownerExists = false;
    bool appExists = false;
    if (!roleExists(db, ownerRole, &ownerExists, error) || !roleExists(db, appRole, &appExists, error)) {
        return fail(error, *error);
    }
    if (!appExists) {
        return fail(error,
            QStringLiteral("audit protection: there is no role %1 (the role the program "
                           "connects as)")
                .arg(appRole));
    }
    QStringList sql;
    if (!ownerExists) {
        sql << QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(owner);
    }
    sql << statements(owner, app);
    for (const QString& statement : std::as_const(sql)) {
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            return fail(
                error, QStringLiteral("audit protection: %1 (%2)").arg(q.lastError().text(), statement));
        }
    }
    if (!db.commit()) {
        return fail(error, QStringLiteral("audit protection: cannot commit: %1").arg(db.lastError().text()));
    }
    return true;
}

} // namespace voicepay
