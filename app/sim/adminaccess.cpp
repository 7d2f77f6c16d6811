#include "adminaccess.h"

#include "admin/adminschema.h"

#include <QDateTime>

namespace voicepay::sim {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::unique_ptr<AdminSession> openAdminSession(const QString& urlText, QString* error)
{
    StoreUrl url = StoreUrl::defaultUrl();
    if (!urlText.isEmpty()) {
        const auto parsed = StoreUrl::parse(urlText, error);
        if (!parsed) {
            return nullptr;
        }
        url = *parsed;
    }
    auto session = std::make_unique<AdminSession>();
    session->connection = std::make_unique<StoreConnection>(url, QStringLiteral("admin"));
    if (!session->connection->open(error)) {
        return nullptr;
    }
    QSqlDatabase db = session->connection->database();
    if (!AdminSchema::migrate(db, error)) {
        return nullptr;
    }
    session->audit = std::make_unique<AuditLog>(db);
    session->users = std::make_unique<UserAccounts>(db, *session->audit);
    return session;
}

bool authorizeAdmin(AdminSession& session, const QString& as, const QString& action,
    const QJsonObject& details, QString* error)
{
    if (session.users->isEmpty()) {
        const QString user = qEnvironmentVariable("USER", QStringLiteral("unknown"));
        session.actor = QStringLiteral("cli:") + user;
        return true;
    }
    if (as.isEmpty()) {
        session.audit->append(QStringLiteral("cli:") + qEnvironmentVariable("USER"), action, details,
            QStringLiteral("refused"), nowMs());
        *error = QStringLiteral("--as ADMIN is required (the admin's password is read from standard input)");
        return false;
    }
    const AuthResult r = session.users->authenticate(as, readSecretLine("admin password: "), nowMs());
    if (!r.ok() || r.role != Role::Admin) {
        session.audit->append(as, action, details, QStringLiteral("refused"), nowMs());
        *error = r.ok() ? QStringLiteral("only an admin may do this") : r.message;
        return false;
    }
    session.actor = as;
    return true;
}

} // namespace voicepay::sim
