#pragma once

#include "admin/auditlog.h"
#include "admin/role.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

namespace voicepay {

struct AuthResult
{
    // MustChangePassword: the password is right, but an admin reset it; no access until a new one is set.
    enum class Status { Ok, WrongPassword, UnknownUser, Locked, MustChangePassword };
    Status status = Status::UnknownUser;
    std::optional<Role> role;
    qint64 lockedUntilMs = 0;
    QString message; // for the person at the keyboard: never says whether the name exists
    bool ok() const { return status == Status::Ok; }
};

struct UserAccount
{
    QString name;
    Role role = Role::Analyst;
    int failedAttempts = 0;
    qint64 lockedUntilMs = 0;
    bool mustChangePassword = false; // reset by an admin: a new password at the next sign-in
};

// The console's user accounts, with Argon2id password hashes and lock-out after repeated failures (counted by
// one atomic UPDATE; a sign-in whose counter cannot be written is refused). Every change and every log-in is
// written to the audit log in the same transaction: when the record cannot be written, the change is not
// made. Changes need an admin actor, except the very first account, which must be an admin.
class UserAccounts
{
public:
    static constexpr int maxFailures = 5;
    static constexpr qint64 lockoutMs = 15 * 60 * 1000;

    UserAccounts(QSqlDatabase db, AuditLog& audit);

    bool isEmpty() const;
    QList<UserAccount> accounts() const;
    std::optional<UserAccount> find(const QString& name) const;

    AuthResult authenticate(const QString& name, const QString& password, qint64 nowMs);
    bool addUser(const QString& actor, const QString& name, Role role, const QString& password, qint64 nowMs,
        QString* error);
    bool removeUser(const QString& actor, const QString& name, qint64 nowMs, QString* error);
    bool setRole(const QString& actor, const QString& name, Role role, qint64 nowMs, QString* error);

    // Account upkeep (useraccountsupkeep.cpp), each audited with the actor. An admin clears another
    // account's lock-out, or gives it a temporary password that lets it sign in only to choose a new one
    // (which also clears its lock-out); anyone changes their own password with the current one (a wrong one
    // counts as a failed log-in).
    bool unlock(const QString& actor, const QString& name, qint64 nowMs, QString* error);
    bool resetPassword(const QString& actor, const QString& name, const QString& temporaryPassword,
        qint64 nowMs, QString* error);
    bool changePassword(const QString& name, const QString& currentPassword, const QString& newPassword,
        qint64 nowMs, QString* error);

    // The message of every refused sign-in.
    static QString refusedMessage();

private:
    // Name and password against the table, with the same cost and message for every refusal; a wrong
    // password is counted. Ok carries the role, the stored hash and whether a new password is due.
    AuthResult checkPassword(
        const QString& name, const QString& password, qint64 nowMs, QString* hash, bool* mustChange);
    AuthResult recordFailure(const QString& name, qint64 nowMs);
    bool recordSuccess(
        const QString& name, const QString& password, const QString& hash, qint64 nowMs, QString* error);
    bool changeAudited(const QString& actor, const QString& action, const QJsonObject& details, qint64 nowMs,
        const std::function<QString()>& change, QString* error);
    bool requireAdmin(const QString& actor, const QString& action, const QJsonObject& details, qint64 nowMs,
        QString* error);

    QSqlDatabase m_db;
    AuditLog& m_audit;
};

} // namespace voicepay
