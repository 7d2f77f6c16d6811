// UserAccounts: unlocking an account, an admin's password reset and a change of one's own password.
#include "passwordhash.h"
#include "useraccounts.h"
#include "useraccountserrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace voicepay {

namespace {
using useraccounts::setError;
using useraccounts::translated;

QString noSuchUser(const QString& name)
{
    return translated(QT_TRANSLATE_NOOP("UserAccounts", "no user named %1")).arg(name);
}
} // namespace

bool UserAccounts::unlock(const QString& actor, const QString& name, qint64 nowMs, QString* error)
{
    const auto account = find(name);
    QJsonObject details { { QStringLiteral("user"), name } };
    if (account) {
        details.insert(QStringLiteral("failures"), account->failedAttempts);
        details.insert(QStringLiteral("wasLocked"), account->lockedUntilMs > nowMs);
    }
    if (!requireAdmin(actor, QStringLiteral("account_unlocked"), details, nowMs, error)) {
        return false;
    }
    return changeAudited(
        actor, QStringLiteral("account_unlocked"), details, nowMs,
        [&]() -> QString {
            QSqlQuery q(m_db);
            q.prepare(
                QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until_ms = 0 WHERE name = ?"));
            q.addBindValue(name);
            if (!q.exec()) {
                return q.lastError().text();
            }
            return q.numRowsAffected() == 1 ? QString() : noSuchUser(name);
        },
        error);
}

bool UserAccounts::resetPassword(
    const QString& actor, const QString& name, const QString& temporaryPassword, qint64 nowMs, QString* error)
{
    const QJsonObject details { { QStringLiteral("user"), name } };
    if (!requireAdmin(actor, QStringLiteral("password_reset"), details, nowMs, error)) {
        return false;
    }
    if (actor == name) {
        return setError(error,
            translated(QT_TRANSLATE_NOOP(
                "UserAccounts", "an admin changes their own password with the current one, not by a reset")));
    }
    const QString weak = PasswordHash::weakness(temporaryPassword);
    if (!weak.isEmpty()) {
        return setError(error, translated(QT_TRANSLATE_NOOP("UserAccounts", "password: %1")).arg(weak));
    }
    const QString hash = PasswordHash::create(temporaryPassword);
    return changeAudited(
        actor, QStringLiteral("password_reset"), details, nowMs,
        [&]() -> QString {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = 1, "
                                     "failed_attempts = 0, locked_until_ms = 0 WHERE name = ?"));
            q.addBindValue(hash);
            q.addBindValue(name);
            if (!q.exec()) {
                return q.lastError().text();
            }
            return q.numRowsAffected() == 1 ? QString() : noSuchUser(name);
        },
        error);
}

bool UserAccounts::changePassword(const QString& name, const QString& currentPassword,
    const QString& newPassword, qint64 nowMs, QString* error)
{
    const QJsonObject details { { QStringLiteral("user"), name } };
    const QString weak = PasswordHash::weakness(newPassword);
    if (!weak.isEmpty()) {
        return setError(error, translated(QT_TRANSLATE_NOOP("UserAccounts", "new password: %1")).arg(weak));
    }
    if (newPassword == currentPassword) {
        return setError(error,
            translated(
                QT_TRANSLATE_NOOP("UserAccounts", "the new password must differ from the current one")));
    }
    QString oldHash;
    bool mustChange = false;
    // The current password is checked as a sign-in is: a wrong one is a counted, audited failure.
    const AuthResult check = checkPassword(name, currentPassword, nowMs, &oldHash, &mustChange);
    if (check.status != AuthResult::Status::Ok) {
        m_audit.append(name, QStringLiteral("password_changed"), details, QStringLiteral("refused"), nowMs);
        return setError(error, check.message);
    }
    const QString hash = PasswordHash::create(newPassword);
    QJsonObject changed = details;
    if (mustChange) {
        changed.insert(QStringLiteral("afterReset"), true);
    }
    return changeAudited(
        name, QStringLiteral("password_changed"), changed, nowMs,
        [&]() -> QString {
            // Only over the hash just checked: a reset or change in the meantime wins.
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = 0, "
                                     "failed_attempts = 0, locked_until_ms = 0 "
                                     "WHERE name = ? AND password_hash = ?"));
            q.addBindValue(hash);
            q.addBindValue(name);
            q.addBindValue(oldHash);
            if (!q.exec()) {
                return q.lastError().text();
            }
            return q.numRowsAffected() == 1
                ? QString()
                : translated(QT_TRANSLATE_NOOP("UserAccounts", "the password was changed in the meantime"));
        },
        error);
}

} // namespace voicepay
