#include "admin/adminschema.h"
#include "admin/auditlog.h"
#include "admin/auditprotection.h"
#include "admin/installation.h"
#include "admin/useraccounts.h"
#include "adminaccess.h"
#include "runsetup.h"
#include "simcommands.h"
#include "store/storeconnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace voicepay::sim {

namespace {

struct AdminArgs
{
    QString db;
    QString as;
    QString role;
    QString out;
    QString owner;
    QString appRole;
    QStringList positional;
};

bool parseAdminArgs(const QStringList& args, AdminArgs& a, QString* error)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (!arg.startsWith(QStringLiteral("--"))) {
            a.positional << arg;
            continue;
        }
        if (i + 1 >= args.size()) {
            *error = arg + QStringLiteral(" needs a value");
            return false;
        }
        const QString value = args.at(++i);
        if (arg == u"--db") {
            a.db = value;
        } else if (arg == u"--as") {
            a.as = value;
        } else if (arg == u"--role") {
            a.role = value;
        } else if (arg == u"--out") {
            a.out = value;
        } else if (arg == u"--owner") {
            a.owner = value;
        } else if (arg == u"--app-role") {
            a.appRole = value;
        } else {
            *error = QStringLiteral("unknown option %1").arg(arg);
            return false;
        }
    }
    return true;
}

// The audit action a refused `users` command is recorded under: the one the command would have written.
QString auditActionOf(const QString& verb)
{
    if (verb == u"add") {
        return QStringLiteral("user_added");
    }
    if (verb == u"remove") {
        return QStringLiteral("user_removed");
    }
    if (verb == u"set-role") {
        return QStringLiteral("role_changed");
    }
    if (verb == u"unlock") {
        return QStringLiteral("account_unlocked");
    }
    if (verb == u"reset-password") {
        return QStringLiteral("password_reset");
    }
    return QStringLiteral("users_listed");
}
// `audit protect`: run by the database's administrator, not by an account of the store (the server's own
// privileges decide whether the tables may change hands), so it opens no audit key and asks for no --as.
int protectAudit(const AdminArgs& a)
{
    if (a.owner.isEmpty() || a.appRole.isEmpty()) {
        return usageError(QStringLiteral("usage: voicepay-sim audit protect --owner ROLE --app-role ROLE "
                                         "[--db URL] (PostgreSQL, as its administrator)"));
    }
    StoreUrl url = StoreUrl::defaultUrl();
    QString error;
    if (!a.db.isEmpty()) {
        const auto parsed = StoreUrl::parse(a.db, &error);
        if (!parsed) {
            return usageError(error);
        }
        url = *parsed;
    }
    StoreConnection connection(url, QStringLiteral("audit-protect"));
    if (!connection.open(&error)) {
        return usageError(error);
    }
    QSqlDatabase db = connection.database();
    if (!AdminSchema::migrate(db, &error) || !AuditProtection::apply(db, a.owner, a.appRole, &error)) {
        err() << "voicepay-sim: " << error << "\n";
        return 1;
    }
    out() << "the audit trail belongs to " << a.owner << "; " << a.appRole
          << " may read and append to it, not empty, drop or change it\n";
    return 0;
}
} // namespace

namespace {

// `users passwd NAME`: the account's own password, not an admin's act, so it takes no --as: the current
// password (a wrong one counts as a failed log-in), then the new one twice, from standard input.
int changeOwnPassword(AdminSession& session, const QString& name)
{
    const QString current = readSecretLine("current password: ");
    const QString fresh = readSecretLine("new password: ");
    if (readSecretLine("new password again: ") != fresh) {
        err() << "voicepay-sim: the two new passwords differ; nothing was changed\n";
        return 1;
    }
    QString error;
    if (!session.users->changePassword(name, current, fresh, nowMs(), &error)) {
        err() << "voicepay-sim: " << error << "\n";
        return 1;
    }
    out() << "ok\n";
    return 0;
}

// One account change by the signed-in admin (or the first admin's creation); false with the reason.
bool changeUser(AdminSession& session, const AdminArgs& a, const QString& verb, const QString& name,
    bool bootstrap, QString* error, bool* usage)
{
    UserAccounts& users = *session.users;
    if (verb == u"add" || verb == u"set-role") {
        const auto role = roleFromName(a.role);
        if (!role) {
            *usage = true;
            *error = QStringLiteral("--role must be analyst, supervisor or admin");
            return false;
        }
        if (verb == u"add") {
            const QString password = readSecretLine("new user's password: ");
            return users.addUser(
                bootstrap ? QString() : session.actor, name, *role, password, nowMs(), error);
        }
        return users.setRole(session.actor, name, *role, nowMs(), error);
    }
    if (verb == u"remove") {
        return users.removeUser(session.actor, name, nowMs(), error);
    }
    if (verb == u"unlock") {
        return users.unlock(session.actor, name, nowMs(), error);
    }
    if (verb == u"reset-password") {
        // The temporary password lets the user sign in only to choose a new one.
        const QString temporary = readSecretLine("temporary password: ");
        return users.resetPassword(session.actor, name, temporary, nowMs(), error);
    }
    *usage = true;
    *error = QStringLiteral("unknown users command %1").arg(verb);
    return false;
}

void reportInstallation(AdminSession& session)
{
    // The first admin of a new installation makes this store the one that holds its accounts.
    Installation installation;
    QString why;
    const QString storeId = AdminSchema::storeId(session.connection->database());
    if (installation.storeId(&why).isEmpty() && why.isEmpty() && installation.adopt(storeId, &why)) {
        out() << "this store holds the installation's accounts\n";
    } else if (!installation.isOwnedBy(storeId)) {
        out() << "this store does not hold the installation's accounts: its admins may not change the "
                 "configuration or its gateway keys\n";
    }
}

} // namespace

int usersCommand(const QStringList& args)
{
    AdminArgs a;
    QString error;
    if (!parseAdminArgs(args, a, &error) || a.positional.isEmpty()) {
        return usageError(error.isEmpty()
                ? QStringLiteral("usage: voicepay-sim users list|add NAME --role ROLE "
                                 "|remove NAME|set-role NAME --role ROLE|unlock NAME|reset-password NAME "
                                 "[--as ADMIN] [--db URL]\n       voicepay-sim users passwd NAME [--db URL]")
                : error);
    }
    auto session = openAdminSession(a.db, &error);
    if (!session) {
        return usageError(error);
    }
    UserAccounts& users = *session->users;
    const QString verb = a.positional.first();
    if (verb != u"list" && a.positional.size() != 2) {
        return usageError(QStringLiteral("%1 takes one user name").arg(verb));
    }
    if (verb == u"passwd") {
        return changeOwnPassword(*session, a.positional.at(1));
    }
    const bool bootstrap = users.isEmpty() && verb == u"add";
    if (!bootstrap
        && !authorizeAdmin(
            *session, a.as, auditActionOf(verb), { { QStringLiteral("command"), verb } }, &error)) {
        err() << "voicepay-sim: " << error << "\n";
        return a.as.isEmpty() ? 2 : 1;
    }
    if (verb == u"list") {
        for (const UserAccount& u : users.accounts()) {
            out() << u.name << "\t" << roleName(u.role) << (u.lockedUntilMs > nowMs() ? "\tlocked" : "")
                  << (u.mustChangePassword ? "\tmust set a new password" : "") << "\n";
        }
        return 0;
    }
    bool usage = false;
    if (!changeUser(*session, a, verb, a.positional.at(1), bootstrap, &error, &usage)) {
        if (usage) {
            return usageError(error);
        }
        err() << "voicepay-sim: " << error << "\n";
        return 1;
    }
    out() << "ok\n";
    if (bootstrap) {
        reportInstallation(*session);
    }
    return 0;
}

int auditCommand(const QStringList& args)
{
    AdminArgs a;
    QString error;
    if (!parseAdminArgs(args, a, &error) || a.positional.size() != 1) {
        return usageError(error.isEmpty()
                ? QStringLiteral(
                    "usage: voicepay-sim audit verify|list|export [--out FILE] [--as ADMIN] [--db URL]\n"
                    "       voicepay-sim audit protect --owner ROLE --app-role ROLE [--db URL]")
                : error);
    }
    if (a.positional.first() == u"protect") {
        return protectAudit(a);
    }
    auto session = openAdminSession(a.db, &error);
    if (!session) {
        return usageError(error);
    }
    AuditLog& audit = *session->audit;
    const QString verb = a.positional.first();
    if (verb == u"verify") {
        const AuditVerification v = audit.verify();
        if (!session->keyProblem.isEmpty()) {
            err() << "voicepay-sim: audit key: " << session->keyProblem << "\n";
        }
        if (v.ok) {
            out() << "audit chain intact: " << v.checked << " record(s)\n";
            return 0;
        }
        out() << "audit chain BROKEN at record " << v.firstBadId << ": " << v.reason << " (" << v.checked
              << " record(s) before it are intact)\n";
        return 1;
    }
    if (verb == u"list" || verb == u"export") {
        if (!authorizeAdmin(*session, a.as, QStringLiteral("audit_") + verb, {}, &error)) {
            err() << "voicepay-sim: " << error << "\n";
            return a.as.isEmpty() ? 2 : 1;
        }
        QJsonArray all;
        qint64 after = 0;
        for (;;) {
            QList<AuditRecord> batch;
            if (!audit.readRecords(after, 1000, &batch, &error)) {
                err() << "voicepay-sim: the audit log cannot be read: " << error << "\n";
                return 1;
            }
            if (batch.isEmpty()) {
                break;
            }
            for (const AuditRecord& r : std::as_const(batch)) {
                all.append(r.toJson());
                after = r.id;
            }
        }
        const QByteArray json = QJsonDocument(all).toJson(QJsonDocument::Indented);
        // No export without its record.
        if (verb == u"export"
            && !audit.append(session->actor, QStringLiteral("audit_exported"),
                { { QStringLiteral("records"), all.size() } }, QStringLiteral("ok"), nowMs(), &error)) {
            err() << "voicepay-sim: " << error << "\n";
            return 1;
        }
        if (!a.out.isEmpty()) {
            QSaveFile file(a.out);
            if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
                return usageError(QStringLiteral("cannot write %1: %2").arg(a.out, file.errorString()));
            }
        } else {
            out() << QString::fromUtf8(json);
        }
        return 0;
    }
    return usageError(QStringLiteral("unknown audit command %1").arg(verb));
}

} // namespace voicepay::sim
