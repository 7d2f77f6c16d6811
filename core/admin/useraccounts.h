#pragma once

#include "admin/auditlog.h"
#include "admin/role.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace voicepay {

struct AuthResult
{
    enum class Status { Ok, WrongPassword, UnknownUser, Locked };
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
};

// The console's user accounts, with salted slow password hashes and lock-out after repeated failures. Every
// change and every failed log-in is written to the audit log. Changes need an admin actor, except the very
// first account, which must be an admin.
class UserAccounts
{
public:
    static constexpr int maxFailures = 5;
    static constexpr qint64 lockoutMs = 15 * 60 * 1000;

    UserAccounts(QSqlDatabase db, AuditLog& audit, int hashIterations = 150000);

    bool isEmpty() const;
    QList<UserAccount> accounts() const;
    std::optional<UserAccount> find(const QString& name) const;

    AuthResult authenticate(const QString& name, const QString& password, qint64 nowMs);
    bool addUser(const QString& actor, const QString& name, Role role, const QString& password, qint64 nowMs,
        QString* error);
    bool removeUser(const QString& actor, const QString& name, qint64 nowMs, QString* error);
    bool setRole(const QString& actor, const QString& name, Role role, qint64 nowMs, QString* error);

private:
    bool requireAdmin(const QString& actor, const QString& action, const QJsonObject& details, qint64 nowMs,
        QString* error);

    QSqlDatabase m_db;
    AuditLog& m_audit;
    int m_iterations;
};

} // namespace voicepay
