#include "adminaccess.h"
#include "credentialstore.h"
#include "runsetup.h"
#include "simcommands.h"

#include <functional>
#include <optional>
#include <unistd.h>

namespace voicepay::sim {

namespace {
const QString& credentialsUsage()
{
    static const QString usage
        = QStringLiteral("usage: voicepay-sim credentials set|get-status|clear "
                         "(--login LOGIN | --config CONFIG.json) [--as ADMIN] [--db URL]");
    return usage;
}

struct CredentialsArgs
{
    QString action;
    QString login;
    QString as;
    QString db;
};

// The merchant login comes from --login or from the configuration's gateway.merchantLogin, never both.
std::optional<CredentialsArgs> parseCredentialsArgs(const QStringList& args, int* exitCode)
{
    auto fail = [exitCode](const QString& why) -> std::optional<CredentialsArgs> {
        *exitCode = usageError(why);
        return std::nullopt;
    };
    if (args.size() < 3 || args.size() % 2 == 0) {
        return fail(credentialsUsage());
    }
    CredentialsArgs a;
    a.action = args.at(0);
    QString configPath;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--login") {
            a.login = args.at(i + 1);
        } else if (args.at(i) == u"--config") {
            configPath = args.at(i + 1);
        } else if (args.at(i) == u"--as") {
            a.as = args.at(i + 1);
        } else if (args.at(i) == u"--db") {
            a.db = args.at(i + 1);
        } else {
            return fail(credentialsUsage());
        }
    }
    if (a.login.isEmpty() == configPath.isEmpty()) {
        return fail(credentialsUsage());
    }
    if (!configPath.isEmpty()) {
        QString error;
        const auto config = ConfigReader::fromFile(configPath, &error);
        if (!config) {
            return fail(error);
        }
        a.login = config->gateway.merchantLogin;
        if (a.login.isEmpty()) {
            return fail(configPath + QStringLiteral(": gateway.merchantLogin is empty"));
        }
    }
    if (a.login.isEmpty() || a.login.size() > 25) {
        return fail(QStringLiteral("a merchant login has 1 to 25 characters"));
    }
    return a;
}

// Setting or clearing a key is an administrative action: an admin's, and written to the audit log. The record
// is written in a transaction held while the keychain changes: when it cannot be written, the key is left as
// it is; when the keychain fails, the record says so instead.
class AuditedKeyChange
{
public:
    explicit AuditedKeyChange(const CredentialsArgs& a)
        : m_action(
            a.action == u"set" ? QStringLiteral("credential_set") : QStringLiteral("credential_cleared"))
        , m_details { { QStringLiteral("login"), a.login } }
    {
    }

    bool open(const CredentialsArgs& a, QString* error)
    {
        m_admin = openAdminSession(a.db, error);
        if (!m_admin) {
            *error
                = QStringLiteral("the audit log cannot be written, so the key is left as it is: ") + *error;
            return false;
        }
        return authorizeAdmin(*m_admin, a.as, m_action, m_details, error)
            && mayChangeInstallation(*m_admin, m_action, m_details, error);
    }

    bool run(const std::function<bool(QString*)>& change, QString* error)
    {
        QString why;
        AuditLog& audit = *m_admin->audit;
        if (!audit.begin(&why)
            || !audit.appendWithin(
                m_admin->actor, m_action, m_details, QStringLiteral("ok"), nowMs(), &why)) {
            audit.rollback();
            *error = QStringLiteral("the audit log cannot be written, so the key is left as it is: ") + why;
            return false;
        }
        if (!change(error)) {
            audit.rollback();
            audit.append(m_admin->actor, m_action, m_details, QStringLiteral("failed"), nowMs());
            return false;
        }
        return audit.commit(error);
    }

private:
    QString m_action;
    QJsonObject m_details;
    std::unique_ptr<AdminSession> m_admin;
};

int failed(const QString& error)
{
    err() << "voicepay-sim credentials: " << error << "\n";
    return 2;
}

int setKey(const QString& login, AuditedKeyChange& change)
{
    const QString key = readSecretLine("transaction key: ").trimmed();
    if (key.isEmpty()) {
        return usageError(QStringLiteral("no transaction key on standard input"));
    }
    if (key.size() > 16) {
        return usageError(QStringLiteral("a transaction key has at most 16 characters"));
    }
    QString error;
    if (!change.run([&](QString* why) { return CredentialStore::storeBlocking(login, key, why); }, &error)) {
        return failed(error);
    }
    out() << "stored the transaction key for " << login << " in the system keychain (service "
          << CredentialStore::serviceName() << ")\n";
    return 0;
}

int clearKey(const QString& login, AuditedKeyChange& change)
{
    QString error;
    if (!change.run([&](QString* why) { return CredentialStore::clearBlocking(login, why); }, &error)) {
        return failed(error);
    }
    out() << "no transaction key for " << login << " is stored any more\n";
    return 0;
}

int keyStatus(const QString& login)
{
    QString error;
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
    return failed(error);
}
} // namespace

int credentialsCommand(const QStringList& args)
{
    int exitCode = 0;
    const auto a = parseCredentialsArgs(args, &exitCode);
    if (!a) {
        return exitCode;
    }
    if (a->action == u"get-status") {
        return keyStatus(a->login);
    }
    if (a->action != u"set" && a->action != u"clear") {
        return usageError(credentialsUsage());
    }
    AuditedKeyChange change(*a);
    QString error;
    if (!change.open(*a, &error)) {
        return usageError(error);
    }
    return a->action == u"set" ? setKey(a->login, change) : clearKey(a->login, change);
}

} // namespace voicepay::sim
