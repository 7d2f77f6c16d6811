#pragma once

#include "shell/consoleuser.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace voicepay::ui {

class ConsoleAccounts;

// Asks who is working. On a store without accounts it creates the first one, an admin (name, password twice,
// with the password's weakness shown as it is typed); otherwise it signs in with name and password, showing
// the accounts' own message on failure (which never says whether the name exists) and honouring the lock-out.
// A password an admin has reset opens a ChangePasswordDialog: the new one is chosen before anyone signs in.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(ConsoleAccounts& accounts, QWidget* parent = nullptr);

    bool isFirstRun() const { return m_firstRun; }
    // Creates the first admin or signs in with the fields' values; accepts the dialog when it succeeds.
    bool submit();
    ConsoleUser user() const { return m_user; }
    QString errorText() const;

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }

private:
    void showWeakness();
    void askForNewPassword(const QString& name);

    ConsoleAccounts& m_accounts;
    bool m_firstRun;
    ConsoleUser m_user;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_weakness = nullptr;
    QLabel* m_error;
};

} // namespace voicepay::ui
