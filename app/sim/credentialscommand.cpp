#include "adminaccess.h"
#include "credentialstore.h"
#include "runsetup.h"
#include "simcommands.h"

#include <functional>
#include <unistd.h>

namespace voicepay::sim {

int credentialsCommand(const QStringList& args)
{
    const QString usage = QStringLiteral("usage: voicepay-sim credentials set|get-status|clear "
                                         "(--login LOGIN | --config CONFIG.json) [--as ADMIN] [--db URL]");
    if (args.size() < 3 || args.size() % 2 == 0) {
        return usageError(usage);
    }
    const QString action = args.at(0);
    QString login;
    QString as;
    QString db;
    QString configPath;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--login") {
            login = args.at(i + 1);
        } else if (args.at(i) == u"--config") {
            configPath = args.at(i + 1);
        } else if (args.at(i) == u"--as") {
            as = args.at(i + 1);
        } else if (args.at(i) == u"--db") {
            db = args.at(i + 1);
        } else {
            return usageError(usage);
        }
    }
    if (login.isEmpty() == configPath.isEmpty()) {
        return usageError(usage);
    }
    if (!configPath.isEmpty()) {
        QString error;
        const auto config = ConfigReader::fromFile(configPath, &error);
        if (!config) {
            return usageError(error);
        }
        login = config->gateway.merchantLogin;
        if (login.isEmpty()) {
            return usageError(configPath + QStringLiteral(": gateway.merchantLogin is empty"));
        }
    }
    if (login.isEmpty() || login.size() > 25) {
        return usageError(QStringLiteral("a merchant login has 1 to 25 characters"));
    }
    QString error;
    // Setting or clearing a key is an administrative action: an admin's, and written to the audit log.
    std::unique_ptr<AdminSession> admin;
    const QJsonObject details { { QStringLiteral("login"), login } };
    const QString auditAction
        = action == u"set" ? QStringLiteral("credential_set") : QStringLiteral("credential_cleared");
    if (action == u"set" || action == u"clear") {
        admin = openAdminSession(db, &error);
        if (!admin) {
            return usageError(
                QStringLiteral("the audit log cannot be written, so the key is left as it is: ") + error);
        }
        if (!authorizeAdmin(*admin, as, auditAction, details, &error)
            || !mayChangeInstallation(*admin, auditAction, details, &error)) {
            return usageError(error);
        }
    }
    // The record is written in a transaction held while the keychain changes: when it cannot be written, the
    // key is left as it is; when the keychain fails, the record says so instead.
    auto audited = [&](const std::function<bool(QString*)>& change) {
        QString why;
        if (!admin->audit->begin(&why)
            || !admin->audit->appendWithin(
                admin->actor, auditAction, details, QStringLiteral("ok"), nowMs(), &why)) {
            admin->audit->rollback();
            error = QStringLiteral("the audit log cannot be written, so the key is left as it is: ") + why;
            return false;
        }
        if (!change(&error)) {
            admin->audit->rollback();
            admin->audit->append(admin->actor, auditAction, details, QStringLiteral("failed"), nowMs());
            return false;
        }
        return admin->audit->commit(&error);
    };
    if (action == u"set") {
        const QString key = readSecretLine("transaction key: ").trimmed();
        if (key.isEmpty()) {
            return usageError(QStringLiteral("no transaction key on standard input"));
        }
        if (key.size() > 16) {
            return usageError(QStringLiteral("a transaction key has at most 16 characters"));
        }
        if (!audited([&](QString* why) { return CredentialStore::storeBlocking(login, key, why); })) {
            err() << "voicepay-sim credentials: " << error << "\n";
            return 2;
        }
        out() << "stored the transaction key for " << login << " in the system keychain (service "
              << CredentialStore::serviceName() << ")\n";
        return 0;
    }
    if (action == u"get-status") {
        bool notFound = false;
        const auto key = CredentialStore::readBlocking(login, &notFound, &error);
        if (key) {
            out() << "a transaction key for " << login << " is stored in the system keychain\n";
            return 0;
        }
        if (notFound) {
            out() << "no transaction key for " << login << " is stored\n";
            return 1;
        }
        err() << "voicepay-sim credentials: " << error << "\n";
        return 2;
    }
    if (action == u"clear") {
        if (!audited([&](QString* why) { return CredentialStore::clearBlocking(login, why); })) {
            err() << "voicepay-sim credentials: " << error << "\n";
            return 2;
        }
        out() << "no transaction key for " << login << " is stored any more\n";
        return 0;
    }
    return usageError(usage);
}

} // namespace voicepay::sim
