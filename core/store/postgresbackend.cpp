#include "postgresbackend.h"

#include <QSqlError>
#include <QSqlQuery>

namespace voicepay {

bool PostgresBackend::open(QSqlDatabase& db, const StoreUrl& url, QString* error) const
{
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setUserName(url.user);
    db.setPassword(url.password);
    db.setDatabaseName(url.database);
    // Fail fast on a server that does not answer rather than hang a console.
    QString options = QStringLiteral("connect_timeout=5;application_name=voicepay");
    if (!url.sslMode.isEmpty()) {
        options += QStringLiteral(";sslmode=") + url.sslMode;
    }
    if (!url.sslRootCert.isEmpty()) {
        options += QStringLiteral(";sslrootcert=") + url.sslRootCert;
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        *error = db.lastError().text().trimmed();
        return false;
    }
    QSqlQuery q(db);
    // Short statements only: a stuck query must not hold a console forever; UTC keeps buckets
    // site-independent.
    if (!q.exec(QStringLiteral("SET statement_timeout = 60000"))
        || !q.exec(QStringLiteral("SET TIME ZONE 'UTC'"))
        || !q.exec(QStringLiteral("SET client_min_messages = warning"))) {
        *error = q.lastError().text().trimmed();
        db.close();
        return false;
    }
    return true;
}

QStringList PostgresBackend::migrationBegin() const
{
    return { QStringLiteral("BEGIN"), QStringLiteral("SELECT pg_advisory_xact_lock(4727201)") };
}

} // namespace voicepay
