#include "adminaccess.h"

#include "admin/adminschema.h"

#include <QDateTime>

#include <cstdio>
#include <string.h>
#include <termios.h>
#include <unistd.h>

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

bool authorizeAdmin(AdminSession& session, const QString& as, const QString& action, const QJsonObject& details,
    QString* error)
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

QString readSecretLine(const char* prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved {};
    if (terminal) {
        std::fprintf(stderr, "%s", prompt);
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char buffer[512] = {};
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    QString line = got ? QString::fromUtf8(buffer).remove(QLatin1Char('\n')).remove(QLatin1Char('\r')) : QString();
    explicit_bzero(buffer, sizeof buffer);
    return line;
}

} // namespace voicepay::sim
