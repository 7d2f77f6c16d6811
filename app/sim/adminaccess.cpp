#include "adminaccess.h"

#include "admin/adminschema.h"
#include "admin/installation.h"
#include "auditkey.h"

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
    session->audit = AuditKey::openLog(db, &session->keyProblem);
    session->users = std::make_unique<UserAccounts>(db, *session->audit);
    return session;
}

bool authorizeAdmin(AdminSession& session, const QString& as, const QString& action,
    const QJsonObject& details, QString* error)
{
    // An installation without accounts has no admin yet: only the first admin may be made then, by
    // `users add NAME --role admin`. Nothing else acts in the name of whoever is at the keyboard.
    if (session.users->isEmpty()) {
        *error = QStringLiteral("this store has no accounts yet: make the first admin with "
                                "`voicepay-sim users add NAME --role admin`");
        return false;
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
        if (r.status == AuthResult::Status::MustChangePassword) {
            *error += QStringLiteral(" (`voicepay-sim users passwd %1`)").arg(as);
        }
        return false;
    }
    session.actor = as;
    return true;
}

bool mayChangeInstallation(
    AdminSession& session, const QString& action, const QJsonObject& details, QString* error)
{
    Installation installation;
    if (installation.mayChange(AdminSchema::storeId(session.connection->database()), error)) {
        return true;
    }
    session.audit->append(session.actor, action, details, QStringLiteral("refused"), nowMs());
    return false;
}

} // namespace voicepay::sim
