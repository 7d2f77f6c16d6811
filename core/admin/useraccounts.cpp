#include "useraccounts.h"

#include "passwordhash.h"
#include "useraccountserrors.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace voicepay {

namespace {
using useraccounts::setError;
using useraccounts::translated;
} // namespace

// An Argon2id hash of no account's password at the production parameters: an unknown name is checked
// against it, so that it costs what a real account costs.
const char* const noAccountHash = "$argon2id$v=19$m=19456,t=2,p=1$Ox628X9tpDIhrhNottLfOg$"
                                  "C67IDGaoXU48rUzUeZkQpT2Badnu4MnnQHMGrdhQSUA";

UserAccounts::UserAccounts(QSqlDatabase db, AuditLog& audit)
    : m_db(std::move(db))
    , m_audit(audit)
{
}

bool UserAccounts::isEmpty() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM users")) && q.next() && q.value(0).toInt() == 0;
}

QList<UserAccount> UserAccounts::accounts() const
{
    QList<UserAccount> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, role, failed_attempts, locked_until_ms, must_change_password "
                               "FROM users ORDER BY name"))) {
        return out;
    }
    while (q.next()) {
        out << UserAccount { q.value(0).toString(),
            roleFromName(q.value(1).toString()).value_or(Role::Analyst), q.value(2).toInt(),
            q.value(3).toLongLong(), q.value(4).toInt() != 0 };
    }
    return out;
}

std::optional<UserAccount> UserAccounts::find(const QString& name) const
{
    for (const UserAccount& a : accounts()) {
        if (a.name == name) {
            return a;
        }
    }
    return std::nullopt;
}

QString UserAccounts::refusedMessage()
{
    // One message for every refusal: it tells neither whether the name exists nor whether it is locked.
    return translated(QT_TRANSLATE_NOOP("UserAccounts",
        "The name or the password is not right, or the account is locked for a while after too many failed "
        "log-ins."));
}

AuthResult UserAccounts::authenticate(const QString& name, const QString& password, qint64 nowMs)
{
    QString hash;
    bool mustChange = false;
    AuthResult result = checkPassword(name, password, nowMs, &hash, &mustChange);
    if (result.status != AuthResult::Status::Ok) {
        return result;
    }
    if (mustChange) {
        // Only someone who knows the temporary password learns that it must be replaced.
        m_audit.append(name, QStringLiteral("login"),
            { { QStringLiteral("reason"), QStringLiteral("a new password is required") } },
            QStringLiteral("refused"), nowMs);
        result.status = AuthResult::Status::MustChangePassword;
        result.message = translated(QT_TRANSLATE_NOOP(
            "UserAccounts", "The password was reset by an admin: choose a new one to sign in."));
        return result;
    }
    QString error;
    if (!recordSuccess(name, password, hash, nowMs, &error)) {
        // Fail closed: a sign-in whose counter or record cannot be written is refused.
        result.status = AuthResult::Status::Locked;
        result.role.reset();
        result.message = refusedMessage();
        return result;
    }
    return result;
}

AuthResult UserAccounts::checkPassword(
    const QString& name, const QString& password, qint64 nowMs, QString* hashOut, bool* mustChange)
{
    AuthResult result;
    result.message = refusedMessage();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT role, password_hash, locked_until_ms, must_change_password FROM users WHERE name = ?"));
    q.addBindValue(name);
    const bool found = q.exec() && q.next();
    const QString hash = found ? q.value(1).toString() : QString::fromLatin1(noAccountHash);
    // Every path spends one slow derivation, so that timing tells neither a name nor a lock.
    const bool passwordOk = PasswordHash::verify(password, hash);
    if (!found) {
        m_audit.append(name, QStringLiteral("login_failed"),
            { { QStringLiteral("reason"), QStringLiteral("unknown user") } }, QStringLiteral("refused"),
            nowMs);
        result.status = AuthResult::Status::UnknownUser;
        return result;
    }
    const auto role = roleFromName(q.value(0).toString());
    const qint64 lockedUntil = q.value(2).toLongLong();
    *mustChange = q.value(3).toInt() != 0;
    // An open read would pin this connection to an old snapshot, and its write would be refused at once.
    q.finish();
    if (lockedUntil > nowMs) {
        m_audit.append(name, QStringLiteral("login_failed"),
            { { QStringLiteral("reason"), QStringLiteral("locked") } }, QStringLiteral("refused"), nowMs);
        result.status = AuthResult::Status::Locked;
        result.lockedUntilMs = lockedUntil;
        return result;
    }
    if (!passwordOk) {
        return recordFailure(name, nowMs);
    }
    *hashOut = hash;
    result.status = AuthResult::Status::Ok;
    result.role = role;
    result.message.clear();
    return result;
}

AuthResult UserAccounts::recordFailure(const QString& name, qint64 nowMs)
{
    AuthResult result;
    result.message = refusedMessage();
    result.status = AuthResult::Status::WrongPassword;
    // One UPDATE adds the failure, so two guesses at once are two failures.
    QString error;
    if (!m_audit.begin(&error)) {
        return result;
    }
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE users SET failed_attempts = failed_attempts + 1, locked_until_ms = "
                       "CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until_ms END WHERE name = ?"));
    q.addBindValue(maxFailures);
    q.addBindValue(nowMs + lockoutMs);
    q.addBindValue(name);
    QSqlQuery read(m_db);
    read.prepare(QStringLiteral("SELECT failed_attempts FROM users WHERE name = ?"));
    read.addBindValue(name);
    if (!q.exec() || !read.exec() || !read.next()) {
        m_audit.rollback();
        return result;
    }
    const int failures = read.value(0).toInt();
    const bool locks = failures >= maxFailures;
    bool ok = m_audit.appendWithin(name, QStringLiteral("login_failed"),
        { { QStringLiteral("reason"), QStringLiteral("wrong password") },
            { QStringLiteral("failures"), failures } },
        QStringLiteral("refused"), nowMs, &error);
    if (ok && failures == maxFailures) {
        ok = m_audit.appendWithin(name, QStringLiteral("account_locked"),
            { { QStringLiteral("untilMs"), nowMs + lockoutMs } }, QStringLiteral("ok"), nowMs, &error);
    }
    if (!ok) {
        m_audit.rollback();
    } else {
        m_audit.commit(&error);
    }
    if (locks) {
        result.status = AuthResult::Status::Locked;
        result.lockedUntilMs = nowMs + lockoutMs;
    }
    return result;
}

bool UserAccounts::recordSuccess(
    const QString& name, const QString& password, const QString& hash, qint64 nowMs, QString* error)
{
    if (!m_audit.begin(error)) {
        return false;
    }
    // The counter is reset only while the account is not locked (a guess that locked it in the meantime
    // wins), and a hash of an earlier scheme is replaced by an Argon2id one.
    const bool rehash = PasswordHash::needsRehash(hash);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until_ms = 0%1 "
                             "WHERE name = ? AND locked_until_ms <= ?")
                  .arg(rehash ? QStringLiteral(", password_hash = ?") : QString()));
    if (rehash) {
        q.addBindValue(PasswordHash::create(password));
    }
    q.addBindValue(name);
    q.addBindValue(nowMs);
    QJsonObject details;
    if (rehash) {
        details.insert(QStringLiteral("rehashed"), QStringLiteral("argon2id"));
    }
    if (!q.exec() || q.numRowsAffected() != 1
        || !m_audit.appendWithin(
            name, QStringLiteral("login"), details, QStringLiteral("ok"), nowMs, error)) {
        m_audit.rollback();
        return false;
    }
    return m_audit.commit(error);
}

bool UserAccounts::requireAdmin(
    const QString& actor, const QString& action, const QJsonObject& details, qint64 nowMs, QString* error)
{
    const auto account = find(actor);
    if (account && account->role == Role::Admin) {
        return true;
    }
    m_audit.append(actor, action, details, QStringLiteral("refused"), nowMs);
    return setError(error, translated(QT_TRANSLATE_NOOP("UserAccounts", "only an admin may do this")));
}

bool UserAccounts::changeAudited(const QString& actor, const QString& action, const QJsonObject& details,
    qint64 nowMs, const std::function<QString()>& change, QString* error)
{
    QString why;
    if (!m_audit.begin(&why)) {
        return setError(error, why);
    }
    why = change();
    if (!why.isEmpty()) {
        m_audit.rollback();
        m_audit.append(actor, action, details, QStringLiteral("failed"), nowMs);
        return setError(error, why);
    }
    if (!m_audit.appendWithin(actor, action, details, QStringLiteral("ok"), nowMs, &why)) {
        m_audit.rollback();
        return setError(error, why);
    }
    return m_audit.commit(error);
}

bool UserAccounts::addUser(const QString& actor, const QString& name, Role role, const QString& password,
    qint64 nowMs, QString* error)
{
    const QJsonObject details { { QStringLiteral("user"), name },
        { QStringLiteral("role"), roleName(role) } };
    const bool bootstrap = isEmpty();
    if (bootstrap && role != Role::Admin) {
        return setError(
            error, translated(QT_TRANSLATE_NOOP("UserAccounts", "the first account must be an admin")));
    }
    if (!bootstrap && !requireAdmin(actor, QStringLiteral("user_added"), details, nowMs, error)) {
        return false;
    }
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!validName.match(name).hasMatch()) {
        return setError(error,
            translated(QT_TRANSLATE_NOOP(
                "UserAccounts", "a user name has 2 to 32 letters, digits, dots, dashes or underscores")));
    }
    const QString weak = PasswordHash::weakness(password);
    if (!weak.isEmpty()) {
        return setError(error, translated(QT_TRANSLATE_NOOP("UserAccounts", "password: %1")).arg(weak));
    }
    const QString hash = PasswordHash::create(password);
    return changeAudited(
        bootstrap ? name : actor, QStringLiteral("user_added"), details, nowMs,
        [&]() -> QString {
            // The very first account only while there is none: two first admins at once are one.
            if (bootstrap && !isEmpty()) {
                return translated(QT_TRANSLATE_NOOP("UserAccounts", "only an admin may do this"));
            }
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral(
                "INSERT INTO users (name, role, password_hash, failed_attempts, locked_until_ms, created_ms) "
                "VALUES (?, ?, ?, 0, 0, ?)"));
            q.addBindValue(name);
            q.addBindValue(roleName(role));
            q.addBindValue(hash);
            q.addBindValue(nowMs);
            if (q.exec()) {
                return QString();
            }
            return find(name)
                ? translated(QT_TRANSLATE_NOOP("UserAccounts", "a user named %1 exists already")).arg(name)
                : q.lastError().text();
        },
        error);
}

bool UserAccounts::removeUser(const QString& actor, const QString& name, qint64 nowMs, QString* error)
{
    const QJsonObject details { { QStringLiteral("user"), name } };
    if (!requireAdmin(actor, QStringLiteral("user_removed"), details, nowMs, error)) {
        return false;
    }
    if (actor == name) {
        return setError(
            error, translated(QT_TRANSLATE_NOOP("UserAccounts", "an admin cannot remove their own account")));
    }
    return changeAudited(
        actor, QStringLiteral("user_removed"), details, nowMs,
        [&]() -> QString {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("DELETE FROM users WHERE name = ?"));
            q.addBindValue(name);
            if (!q.exec() || q.numRowsAffected() != 1) {
                return translated(QT_TRANSLATE_NOOP("UserAccounts", "no user named %1")).arg(name);
            }
            return QString();
        },
        error);
}

bool UserAccounts::setRole(const QString& actor, const QString& name, Role role, qint64 nowMs, QString* error)
{
    const auto before = find(name);
    QJsonObject details { { QStringLiteral("user"), name }, { QStringLiteral("new"), roleName(role) } };
    if (before) {
        details.insert(QStringLiteral("old"), roleName(before->role));
    }
    if (!requireAdmin(actor, QStringLiteral("role_changed"), details, nowMs, error)) {
        return false;
    }
    if (!before) {
        m_audit.append(actor, QStringLiteral("role_changed"), details, QStringLiteral("failed"), nowMs);
        return setError(error, translated(QT_TRANSLATE_NOOP("UserAccounts", "no user named %1")).arg(name));
    }
    if (actor == name && role != Role::Admin) {
        return setError(error,
            translated(QT_TRANSLATE_NOOP("UserAccounts", "an admin cannot take away their own admin role")));
    }
    return changeAudited(
        actor, QStringLiteral("role_changed"), details, nowMs,
        [&]() -> QString {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("UPDATE users SET role = ? WHERE name = ?"));
            q.addBindValue(roleName(role));
            q.addBindValue(name);
            return q.exec() ? QString() : q.lastError().text();
        },
        error);
}

} // namespace voicepay
