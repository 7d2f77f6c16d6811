#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace voicepay::ui {

class ConsoleAccounts;

// A user's own password: the current one (a wrong one counts as a failed log-in), the new one twice with its
// weakness shown as it is typed. Opened from the status bar, and by the sign-in when an admin has reset the
// password. Accepts when the password was changed (audited by UserAccounts).
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(ConsoleAccounts& accounts, const QString& name, QWidget* parent = nullptr);

    // A flat "Change password…" button for the status bar that opens the dialog for `name`.
    static QPushButton* openerButton(ConsoleAccounts& accounts, const QString& name, QWidget* parent);

    bool submit();
    QString errorText() const;
    QLineEdit* currentEdit() const { return m_current; }
    QLineEdit* newEdit() const { return m_new; }
    QLineEdit* repeatEdit() const { return m_repeat; }

private:
    void showWeakness();
    void clearFields();

    ConsoleAccounts& m_accounts;
    QString m_name;
    QLineEdit* m_current;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    QLabel* m_weakness;
    QLabel* m_error;
};

} // namespace voicepay::ui
