#pragma once

#include "admin/role.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace voicepay::ui {

class ConsoleAccounts;

// The user accounts for admins: the list, and adding (with role and password), removing, changing the role
// of, unlocking and resetting the password of an account (the Password field holds the temporary one, which
// the user replaces at the next sign-in), each through UserAccounts with the signed-in admin as the actor (so
// each is audited there).
class UserAccountsPage : public QWidget
{
    Q_OBJECT
public:
    UserAccountsPage(ConsoleAccounts& accounts, const QString& actor, QWidget* parent = nullptr);

    // Asked before an account is added, removed or given another role (the admin's password, as for the
    // configuration); false leaves the accounts as they are.
    using Confirm = std::function<bool(const QString& what)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    void refresh();
    bool addUser(const QString& name, Role role, const QString& password, QString* error);
    bool removeUser(const QString& name, QString* error);
    bool setRole(const QString& name, Role role, QString* error);
    bool unlock(const QString& name, QString* error);
    bool resetPassword(const QString& name, const QString& temporaryPassword, QString* error);
    QTableWidget* table() const { return m_table; }

signals:
    void changed();
    void message(const QString& text);

private:
    QWidget* buildSide();
    QString selectedName() const;
    bool confirmed(const QString& what, QString* error);
    void report(bool ok, const QString& done, const QString& why);

    ConsoleAccounts& m_accounts;
    QString m_actor;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_password;
    Confirm m_confirm;
};

} // namespace voicepay::ui
