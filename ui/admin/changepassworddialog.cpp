#include "admin/changepassworddialog.h"

#include "admin/consoleaccounts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace voicepay::ui {

ChangePasswordDialog::ChangePasswordDialog(ConsoleAccounts& accounts, const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_name(name)
    , m_current(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_weakness(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("VoicePay: change the password of %1").arg(name));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_new->setObjectName(QStringLiteral("newPassword"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    for (QLineEdit* edit : { m_current, m_new, m_repeat }) {
        edit->setEchoMode(QLineEdit::Password);
    }
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat:"), m_repeat);
    m_weakness->setWordWrap(true);
    form->addRow(QString(), m_weakness);
    layout->addLayout(form);
    m_error->setObjectName(QStringLiteral("changePasswordError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_error);
    connect(m_new, &QLineEdit::textChanged, this, &ChangePasswordDialog::showWeakness);
    connect(m_repeat, &QLineEdit::textChanged, this, &ChangePasswordDialog::showWeakness);
    showWeakness();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QPushButton* ChangePasswordDialog::openerButton(
    ConsoleAccounts& accounts, const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(tr("Change password…"), parent);
    button->setObjectName(QStringLiteral("changeOwnPassword"));
    button->setFlat(true);
    QObject::connect(button, &QPushButton::clicked, button, [&accounts, name, button] {
        auto* dialog = new ChangePasswordDialog(accounts, name, button->window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    return button;
}

QString ChangePasswordDialog::errorText() const
{
    return m_error->text();
}

void ChangePasswordDialog::showWeakness()
{
    const QString weak = PasswordHash::weakness(m_new->text());
    if (!weak.isEmpty()) {
        m_weakness->setText(tr("Password: %1").arg(weak));
    } else if (m_repeat->text() != m_new->text()) {
        m_weakness->setText(tr("The two passwords differ."));
    } else {
        m_weakness->setText(tr("Password accepted."));
    }
}

void ChangePasswordDialog::clearFields()
{
    for (QLineEdit* edit : { m_current, m_new, m_repeat }) {
        edit->clear();
    }
}

bool ChangePasswordDialog::submit()
{
    if (m_new->text() != m_repeat->text()) {
        m_error->setText(tr("The two passwords differ."));
        return false;
    }
    QString why;
    const bool ok = m_accounts.users().changePassword(
        m_name, m_current->text(), m_new->text(), ConsoleAccounts::nowMs(), &why);
    clearFields();
    if (!ok) {
        m_error->setText(why);
        return false;
    }
    m_error->clear();
    accept();
    return true;
}

} // namespace voicepay::ui
