#include "useraccounts.h"

#include "passwordhash.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace voicepay {

namespace {
QString translated(const char* text)
{
    return QCoreApplication::translate("UserAccounts", text);
}

bool setError(QString* error, const QString& why)
{
    if (error) {
        *error = why;
    }
    return false;
}
} // namespace

UserAccounts::UserAccounts(QSqlDatabase db, AuditLog& audit, int hashIterations)
    : m_db(std::move(db))
    , m_audit(audit)
    , m_iterations(hashIterations)
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
    if (!q.exec(
            QStringLiteral("SELECT name, role, failed_attempts, locked_until_ms FROM users ORDER BY name"))) {
        return out;
    }
    while (q.next()) {
        out << UserAccount { q.value(0).toString(),
            roleFromName(q.value(1).toString()).value_or(Role::Analyst), q.value(2).toInt(),
            q.value(3).toLongLong() };
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

AuthResult UserAccounts::authenticate(const QString& name, const QString& password, qint64 nowMs)
{
    AuthResult result;
    const QString refused
        = translated(QT_TRANSLATE_NOOP("UserAccounts", "The name or the password is not right."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT role, password_hash, failed_attempts, locked_until_ms FROM users WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next()) {
        // Spend the same time as for a real account, so that timing does not tell which names exist.
        PasswordHash::verify(password, PasswordHash::create(QStringLiteral("x"), m_iterations));
        m_audit.append(name, QStringLiteral("login_failed"),
            { { QStringLiteral("reason"), QStringLiteral("unknown user") } }, QStringLiteral("refused"),
            nowMs);
        result.status = AuthResult::Status::UnknownUser;
        result.message = refused;
        return result;
    }
    const auto role = roleFromName(q.value(0).toString());
    const QString hash = q.value(1).toString();
    const int failures = q.value(2).toInt();
    const qint64 lockedUntil = q.value(3).toLongLong();
    if (lockedUntil > nowMs) {
        m_audit.append(name, QStringLiteral("login_failed"),
            { { QStringLiteral("reason"), QStringLiteral("locked") } }, QStringLiteral("refused"), nowMs);
        result.status = AuthResult::Status::Locked;
        result.lockedUntilMs = lockedUntil;
        result.message = QCoreApplication::translate("UserAccounts",
            "This account is locked after too many failed log-ins. Try again in %n minute(s).", nullptr,
            static_cast<int>((lockedUntil - nowMs + 59999) / 60000));
        return result;
    }
    QSqlQuery update(m_db);
    if (!PasswordHash::verify(password, hash)) {
        const int now = failures + 1;
        const qint64 lock = now >= maxFailures ? nowMs + lockoutMs : 0;
        update.prepare(
            QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until_ms = ? WHERE name = ?"));
        update.addBindValue(lock ? 0 : now);
        update.addBindValue(lock);
        update.addBindValue(name);
        update.exec();
        m_audit.append(name, QStringLiteral("login_failed"),
            { { QStringLiteral("reason"), QStringLiteral("wrong password") },
                { QStringLiteral("failures"), now } },
            QStringLiteral("refused"), nowMs);
        if (lock) {
            m_audit.append(name, QStringLiteral("account_locked"), { { QStringLiteral("untilMs"), lock } },
                QStringLiteral("ok"), nowMs);
        }
        result.status = lock ? AuthResult::Status::Locked : AuthResult::Status::WrongPassword;
        result.lockedUntilMs = lock;
        result.message = refused;
        return result;
    }
    update.prepare(
        QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until_ms = 0 WHERE name = ?"));
    update.addBindValue(name);
    update.exec();
    m_audit.append(name, QStringLiteral("login"), {}, QStringLiteral("ok"), nowMs);
    result.status = AuthResult::Status::Ok;
    result.role = role;
    return result;
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
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO users (name, role, password_hash, failed_attempts, locked_until_ms, created_ms) "
        "VALUES (?, ?, ?, 0, 0, ?)"));
    q.addBindValue(name);
    q.addBindValue(roleName(role));
    q.addBindValue(PasswordHash::create(password, m_iterations));
    q.addBindValue(nowMs);
    if (!q.exec()) {
        m_audit.append(
            bootstrap ? name : actor, QStringLiteral("user_added"), details, QStringLiteral("failed"), nowMs);
        return setError(error,
            find(name)
                ? translated(QT_TRANSLATE_NOOP("UserAccounts", "a user named %1 exists already")).arg(name)
                : q.lastError().text());
    }
    m_audit.append(
        bootstrap ? name : actor, QStringLiteral("user_added"), details, QStringLiteral("ok"), nowMs);
    return true;
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
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM users WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_audit.append(actor, QStringLiteral("user_removed"), details, QStringLiteral("failed"), nowMs);
        return setError(error, translated(QT_TRANSLATE_NOOP("UserAccounts", "no user named %1")).arg(name));
    }
    m_audit.append(actor, QStringLiteral("user_removed"), details, QStringLiteral("ok"), nowMs);
    return true;
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
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET role = ? WHERE name = ?"));
    q.addBindValue(roleName(role));
    q.addBindValue(name);
    if (!q.exec()) {
        m_audit.append(actor, QStringLiteral("role_changed"), details, QStringLiteral("failed"), nowMs);
        return setError(error, q.lastError().text());
    }
    m_audit.append(actor, QStringLiteral("role_changed"), details, QStringLiteral("ok"), nowMs);
    return true;
}

} // namespace voicepay
