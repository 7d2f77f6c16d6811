#include "adminschema.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace voicepay {

bool AdminSchema::isPostgres(const QSqlDatabase& db)
{
    return db.driverName() == u"QPSQL";
}

namespace {

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error) {
            *error = QStringLiteral("admin schema: %1 (%2)").arg(q.lastError().text(), sql.left(80));
        }
        return false;
    }
    return true;
}

QStringList version1(bool postgres)
{
    QStringList s {
        QStringLiteral(
            "CREATE TABLE users (name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL, "
            "failed_attempts INTEGER NOT NULL DEFAULT 0, locked_until_ms BIGINT NOT NULL DEFAULT 0, "
            "created_ms BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE audit_log (id BIGINT PRIMARY KEY, at_ms BIGINT NOT NULL, actor TEXT NOT NULL, "
            "action TEXT NOT NULL, details TEXT NOT NULL, result TEXT NOT NULL, prev_hash TEXT NOT NULL, "
            "hash TEXT NOT NULL)"),
    };
    if (postgres) {
        s << QStringLiteral("CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$ BEGIN "
                            "RAISE EXCEPTION 'the audit log is append-only'; END $$ LANGUAGE plpgsql")
          << QStringLiteral("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
                            "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()");
    } else {
        s << QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
                            "SELECT RAISE(ABORT, 'the audit log is append-only'); END")
          << QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
                            "SELECT RAISE(ABORT, 'the audit log is append-only'); END");
    }
    return s;
}

// The store's id, made once when the admin tables are created: the configuration names the store that holds
// its accounts by it, and the audit key and the chain's head outside the database are kept under it. Records
// written before version 2 were chained with a plain SHA-256; they are checked as such.
QStringList version2()
{
    QByteArray id(16, '\0');
    QRandomGenerator::system()->generate(id.begin(), id.end());
    const QString hex = QString::fromLatin1(id.toHex());
    return {
        QStringLiteral("CREATE TABLE admin_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO admin_meta (name, value) VALUES ('store_id', '%1')").arg(hex),
        QStringLiteral("INSERT INTO admin_meta (name, value) SELECT 'audit_keyed_from', "
                       "CAST(COALESCE(MAX(id), 0) + 1 AS TEXT) FROM audit_log"),
    };
}

// An admin's password reset: the account signs in with the temporary password only to set a new one.
QStringList version4()
{
    return { QStringLiteral("ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0") };
}

// Every saved version of the configuration (ConfigHistory), added to only, like the audit trail.
QStringList version5(bool postgres)
{
    QStringList s { QStringLiteral(
        "CREATE TABLE IF NOT EXISTS config_versions (id BIGINT PRIMARY KEY, at_ms BIGINT NOT NULL, actor "
        "TEXT NOT NULL, "
        "kind TEXT NOT NULL, from_id BIGINT NOT NULL DEFAULT 0, config TEXT NOT NULL)") };
    if (postgres) {
        s << QStringLiteral("CREATE OR REPLACE FUNCTION config_versions_append_only() RETURNS trigger AS $$ "
                            "BEGIN RAISE EXCEPTION 'the configuration history is append-only'; END $$ "
                            "LANGUAGE plpgsql")
          << QStringLiteral("CREATE OR REPLACE TRIGGER config_versions_no_change BEFORE UPDATE OR DELETE ON "
                            "config_versions "
                            "FOR EACH ROW EXECUTE FUNCTION config_versions_append_only()");
    } else {
        s << QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS config_versions_no_update BEFORE UPDATE ON config_versions BEGIN "
            "SELECT RAISE(ABORT, 'the configuration history is append-only'); END")
          << QStringLiteral("CREATE TRIGGER IF NOT EXISTS config_versions_no_delete BEFORE DELETE ON "
                            "config_versions BEGIN "
                            "SELECT RAISE(ABORT, 'the configuration history is append-only'); END");
    }
    return s;
}

} // namespace

QString AdminSchema::meta(const QSqlDatabase& db, const QString& name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM admin_meta WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next()) {
        return q.value(0).toString();
    }
    return QString();
}

QString AdminSchema::storeId(const QSqlDatabase& db)
{
    return meta(db, QStringLiteral("store_id"));
}

// The statements of one version and its row in admin_schema_version, inside the migration's transaction.
static bool applyVersion(QSqlDatabase& db, int number, const QStringList& statements, QString* error)
{
    for (const QString& sql : statements) {
        if (!exec(db, sql, error)) {
            return false;
        }
    }
    return exec(
        db, QStringLiteral("INSERT INTO admin_schema_version (version) VALUES (%1)").arg(number), error);
}

bool AdminSchema::migrate(QSqlDatabase& db, QString* error)
{
    const bool postgres = isPostgres(db);
    if (!db.transaction()) {
        if (error) {
            *error = QStringLiteral("admin schema: cannot begin: %1").arg(db.lastError().text());
        }
        return false;
    }
    auto rollback = [&db]() {
        db.rollback();
        return false;
    };
    // Serialise migrations between processes: an advisory lock on PostgreSQL, the write lock on SQLite.
    if (postgres && !exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(7301)"), error)) {
        return rollback();
    }
    if (!exec(db,
            QStringLiteral("CREATE TABLE IF NOT EXISTS admin_schema_version (version INTEGER NOT NULL)"),
            error)) {
        return rollback();
    }
    QSqlQuery q(db);
    int version = 0;
    if (q.exec(QStringLiteral("SELECT MAX(version) FROM admin_schema_version")) && q.next()) {
        version = q.value(0).toInt();
    }
    if (version > currentVersion) {
        if (error) {
            *error = QStringLiteral("admin schema version %1 is newer than this program (%2)")
                         .arg(version)
                         .arg(currentVersion);
        }
        return rollback();
    }
    // Version 3 was never released: a store goes from 2 to 4 directly.
    const std::pair<int, QStringList> steps[]
        = { { 1, version1(postgres) }, { 2, version2() }, { 4, version4() }, { 5, version5(postgres) } };
    for (const auto& [number, statements] : steps) {
        if (version < number && !applyVersion(db, number, statements, error)) {
            return rollback();
        }
    }
    if (!db.commit()) {
        if (error) {
            *error = QStringLiteral("admin schema: cannot commit: %1").arg(db.lastError().text());
        }
        return false;
    }
    return true;
}

} // namespace voicepay
