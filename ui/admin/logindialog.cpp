#include "admin/logindialog.h"

#include "admin/changepassworddialog.h"
#include "admin/consoleaccounts.h"
#include "widgets/uilog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace voicepay::ui {

LoginDialog::LoginDialog(ConsoleAccounts& accounts, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_firstRun(accounts.users().isEmpty())
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(m_firstRun ? tr("VoicePay: create the first admin account") : tr("VoicePay: sign in"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(m_firstRun
            ? tr(
                "This store has no user accounts yet. Create the first one: it is an admin, who can then add "
                "analysts, supervisors and other admins.")
            : tr("Sign in to %1.").arg(accounts.displayName()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("loginName"));
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    if (m_firstRun) {
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("loginRepeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat:"), m_repeat);
        m_weakness = new QLabel(this);
        m_weakness->setWordWrap(true);
        form->addRow(QString(), m_weakness);
        connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::showWeakness);
        connect(m_repeat, &QLineEdit::textChanged, this, &LoginDialog::showWeakness);
        showWeakness();
    }
    layout->addLayout(form);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_firstRun ? tr("Create and sign in") : tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString LoginDialog::errorText() const
{
    return m_error->text();
}

void LoginDialog::showWeakness()
{
    const QString weak = PasswordHash::weakness(m_password->text());
    if (!weak.isEmpty()) {
        m_weakness->setText(tr("Password: %1").arg(weak));
    } else if (m_repeat->text() != m_password->text()) {
        m_weakness->setText(tr("The two passwords differ."));
    } else {
        m_weakness->setText(tr("Password accepted."));
    }
}

bool LoginDialog::submit()
{
    const QString name = m_name->text().trimmed();
    const QString password = m_password->text();
    QString why;
    if (m_firstRun) {
        if (password != m_repeat->text()) {
            m_error->setText(tr("The two passwords differ."));
            return false;
        }
        if (!m_accounts.addFirstAdmin(name, password, &why)) {
            m_error->setText(why);
            return false;
        }
    }
    const AuthResult r = m_accounts.users().authenticate(name, password, ConsoleAccounts::nowMs());
    m_password->clear();
    if (m_repeat) {
        m_repeat->clear();
    }
    if (r.status == AuthResult::Status::MustChangePassword) {
        askForNewPassword(name);
        return false;
    }
    if (!r.ok() || !r.role) {
        m_error->setText(r.message.isEmpty() ? tr("The name or the password is wrong.") : r.message);
        qCInfo(lcUi) << "sign-in refused";
        return false;
    }
    m_user = ConsoleUser { name, *r.role };
    m_error->clear();
    accept();
    return true;
}

void LoginDialog::askForNewPassword(const QString& name)
{
    // The temporary password was right: the user chooses their own, then signs in with it.
    m_error->setText(tr("An admin reset your password: choose a new one, then sign in with it."));
    auto* change = new ChangePasswordDialog(m_accounts, name, this);
    change->setAttribute(Qt::WA_DeleteOnClose);
    connect(change, &QDialog::accepted, this, [this] {
        m_error->setText(tr("Password changed: sign in with the new one."));
        m_password->setFocus();
    });
    change->open();
}

} // namespace voicepay::ui
