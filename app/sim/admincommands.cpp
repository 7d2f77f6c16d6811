#include "admin/adminschema.h"
#include "admin/auditlog.h"
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
        } else {
            *error = QStringLiteral("unknown option %1").arg(arg);
            return false;
        }
    }
    return true;
}

// Authenticates the acting admin (the password from stdin); an empty actor is allowed only on an empty
// system.
bool actAs(UserAccounts& users, const QString& actor, QString* error)
{
    if (users.isEmpty()) {
        return true;
    }
    if (actor.isEmpty()) {
        *error = QStringLiteral("--as ADMIN is required (the admin's password is read from standard input)");
        return false;
    }
    const AuthResult r = users.authenticate(actor, readSecretLine("admin password: "), nowMs());
    if (!r.ok()) {
        *error = r.message;
        return false;
    }
    return true;
}
} // namespace

int usersCommand(const QStringList& args)
{
    AdminArgs a;
    QString error;
    if (!parseAdminArgs(args, a, &error) || a.positional.isEmpty()) {
        return usageError(error.isEmpty()
                ? QStringLiteral("usage: voicepay-sim users list|add NAME --role ROLE "
                                 "|remove NAME|set-role NAME --role ROLE [--as ADMIN] [--db URL]")
                : error);
    }
    auto session = openAdminSession(a.db, &error);
    if (!session) {
        return usageError(error);
    }
    UserAccounts& users = *session->users;
    const QString verb = a.positional.first();
    if (verb == u"list") {
        for (const UserAccount& u : users.accounts()) {
            out() << u.name << "\t" << roleName(u.role) << (u.lockedUntilMs > nowMs() ? "\tlocked" : "")
                  << "\n";
        }
        return 0;
    }
    if (a.positional.size() != 2) {
        return usageError(QStringLiteral("%1 takes one user name").arg(verb));
    }
    const QString name = a.positional.at(1);
    const bool bootstrap = users.isEmpty();
    if (!actAs(users, a.as, &error)) {
        return usageError(error);
    }
    bool ok = false;
    if (verb == u"add" || verb == u"set-role") {
        const auto role = roleFromName(a.role);
        if (!role) {
            return usageError(QStringLiteral("--role must be analyst, supervisor or admin"));
        }
        if (verb == u"add") {
            const QString password = readSecretLine("new user's password: ");
            ok = users.addUser(bootstrap ? QString() : a.as, name, *role, password, nowMs(), &error);
        } else {
            ok = users.setRole(a.as, name, *role, nowMs(), &error);
        }
    } else if (verb == u"remove") {
        ok = users.removeUser(a.as, name, nowMs(), &error);
    } else {
        return usageError(QStringLiteral("unknown users command %1").arg(verb));
    }
    if (!ok) {
        err() << "voicepay-sim: " << error << "\n";
        return 1;
    }
    out() << "ok\n";
    return 0;
}

int auditCommand(const QStringList& args)
{
    AdminArgs a;
    QString error;
    if (!parseAdminArgs(args, a, &error) || a.positional.size() != 1) {
        return usageError(error.isEmpty()
                ? QStringLiteral(
                    "usage: voicepay-sim audit verify|list|export [--out FILE] [--as ADMIN] [--db URL]")
                : error);
    }
    auto session = openAdminSession(a.db, &error);
    if (!session) {
        return usageError(error);
    }
    AuditLog& audit = *session->audit;
    const QString verb = a.positional.first();
    if (verb == u"verify") {
        const AuditVerification v = audit.verify();
        if (v.ok) {
            out() << "audit chain intact: " << v.checked << " record(s)\n";
            return 0;
        }
        out() << "audit chain BROKEN at record " << v.firstBadId << ": " << v.reason << " (" << v.checked
              << " record(s) before it are intact)\n";
        return 1;
    }
    if (verb == u"list" || verb == u"export") {
        if (verb == u"export" && !actAs(*session->users, a.as, &error)) {
            return usageError(error);
        }
        QJsonArray all;
        qint64 after = 0;
        for (QList<AuditRecord> batch = audit.records(after); !batch.isEmpty();
             batch = audit.records(after)) {
            for (const AuditRecord& r : batch) {
                all.append(r.toJson());
                after = r.id;
            }
        }
        const QByteArray json = QJsonDocument(all).toJson(QJsonDocument::Indented);
        if (verb == u"export") {
            audit.append(a.as.isEmpty() ? QStringLiteral("cli") : a.as, QStringLiteral("audit_exported"),
                { { QStringLiteral("records"), all.size() } }, QStringLiteral("ok"), nowMs());
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
