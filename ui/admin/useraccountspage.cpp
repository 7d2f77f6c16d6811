#include "admin/useraccountspage.h"

#include "admin/consoleaccounts.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace voicepay::ui {

UserAccountsPage::UserAccountsPage(ConsoleAccounts& accounts, const QString& actor, QWidget* parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_actor(actor)
    , m_table(new QTableWidget(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_password(new QLineEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Role"), tr("State") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 2);

    layout->addWidget(buildSide(), 1);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const QString name = selectedName();
        if (const auto account = m_accounts.users().find(name)) {
            m_name->setText(name);
            m_role->setCurrentIndex(m_role->findData(int(account->role)));
        }
    });
    refresh();
}

QWidget* UserAccountsPage::buildSide()
{
    auto* panel = new QWidget(this);
    auto* side = new QVBoxLayout(panel);
    side->setContentsMargins(0, 0, 0, 0);
    auto* box = new QGroupBox(tr("Account"), panel);
    auto* form = new QFormLayout(box);
    for (Role r : { Role::Analyst, Role::Supervisor, Role::Admin }) {
        m_role->addItem(roleName(r), int(r));
    }
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("for a new account or a reset"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("&Password:"), m_password);
    side->addWidget(box);
    auto* add = new QPushButton(tr("&Add account"), panel);
    auto* change = new QPushButton(tr("&Change role of selected"), panel);
    auto* unlockButton = new QPushButton(tr("&Unlock selected"), panel);
    unlockButton->setObjectName(QStringLiteral("unlockAccount"));
    auto* reset = new QPushButton(tr("Re&set password of selected"), panel);
    reset->setObjectName(QStringLiteral("resetPassword"));
    reset->setToolTip(tr("The Password field becomes the account's temporary password: its user must choose "
                         "a new one at the next sign-in."));
    auto* remove = new QPushButton(tr("Re&move selected"), panel);
    for (QPushButton* button : { add, change, unlockButton, reset, remove }) {
        side->addWidget(button);
    }
    side->addStretch();

    connect(add, &QPushButton::clicked, this, [this] {
        QString why;
        const bool ok = addUser(
            m_name->text().trimmed(), Role(m_role->currentData().toInt()), m_password->text(), &why);
        m_password->clear();
        report(ok, tr("Account %1 added.").arg(m_name->text().trimmed()), why);
    });
    connect(change, &QPushButton::clicked, this, [this] {
        QString why;
        const QString name = selectedName();
        report(setRole(name, Role(m_role->currentData().toInt()), &why),
            tr("%1 is now %2.").arg(name, m_role->currentText()), why);
    });
    connect(unlockButton, &QPushButton::clicked, this, [this] {
        QString why;
        const QString name = selectedName();
        report(unlock(name, &why), tr("Account %1 unlocked.").arg(name), why);
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        QString why;
        const QString name = selectedName();
        const bool ok = resetPassword(name, m_password->text(), &why);
        m_password->clear();
        report(ok, tr("The password of %1 was reset: they choose a new one at their next sign-in.").arg(name),
            why);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        if (name.isEmpty()
            || QMessageBox::question(this, tr("Remove account"), tr("Remove the account %1?").arg(name))
                != QMessageBox::Yes) {
            return;
        }
        QString why;
        report(removeUser(name, &why), tr("Account %1 removed.").arg(name), why);
    });
    return panel;
}

QString UserAccountsPage::selectedName() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? QString() : m_table->item(selected.first()->row(), 0)->text();
}

void UserAccountsPage::report(bool ok, const QString& done, const QString& why)
{
    if (ok) {
        emit message(done);
    } else {
        QMessageBox::warning(this, tr("User accounts"), why);
    }
}

void UserAccountsPage::refresh()
{
    const QList<UserAccount> accounts = m_accounts.users().accounts();
    m_table->setRowCount(int(accounts.size()));
    const qint64 now = ConsoleAccounts::nowMs();
    for (int i = 0; i < accounts.size(); ++i) {
        const UserAccount& a = accounts.at(i);
        const QString state = a.lockedUntilMs > now
            ? tr("locked until %1 UTC")
                  .arg(QDateTime::fromMSecsSinceEpoch(a.lockedUntilMs, Qt::UTC)
                           .toString(QStringLiteral("HH:mm")))
            : a.mustChangePassword
            ? tr("must choose a new password")
            : (a.failedAttempts > 0 ? tr("%n failed attempt(s)", nullptr, a.failedAttempts) : QString());
        m_table->setItem(i, 0, new QTableWidgetItem(a.name));
        m_table->setItem(i, 1, new QTableWidgetItem(roleName(a.role)));
        m_table->setItem(i, 2, new QTableWidgetItem(state));
    }
}

bool UserAccountsPage::confirmed(const QString& what, QString* error)
{
    if (m_confirm && !m_confirm(what)) {
        if (error) {
            *error = tr("Not confirmed: nothing was changed.");
        }
        return false;
    }
    return true;
}

bool UserAccountsPage::addUser(const QString& name, Role role, const QString& password, QString* error)
{
    if (!confirmed(tr("Add the account %1 (%2).").arg(name, roleName(role)), error)) {
        return false;
    }
    const bool ok
        = m_accounts.users().addUser(m_actor, name, role, password, ConsoleAccounts::nowMs(), error);
    refresh();
    emit changed();
    return ok;
}

bool UserAccountsPage::removeUser(const QString& name, QString* error)
{
    if (name == m_actor) {
        if (error) {
            *error = tr("You cannot remove the account you are signed in with.");
        }
        return false;
    }
    if (!confirmed(tr("Remove the account %1.").arg(name), error)) {
        return false;
    }
    const bool ok = m_accounts.users().removeUser(m_actor, name, ConsoleAccounts::nowMs(), error);
    refresh();
    emit changed();
    return ok;
}

bool UserAccountsPage::setRole(const QString& name, Role role, QString* error)
{
    if (!confirmed(tr("Give %1 the role %2.").arg(name, roleName(role)), error)) {
        return false;
    }
    const bool ok = m_accounts.users().setRole(m_actor, name, role, ConsoleAccounts::nowMs(), error);
    refresh();
    emit changed();
    return ok;
}

bool UserAccountsPage::unlock(const QString& name, QString* error)
{
    if (!confirmed(tr("Unlock the account %1.").arg(name), error)) {
        return false;
    }
    const bool ok = m_accounts.users().unlock(m_actor, name, ConsoleAccounts::nowMs(), error);
    refresh();
    emit changed();
    return ok;
}

bool UserAccountsPage::resetPassword(const QString& name, const QString& temporaryPassword, QString* error)
{
    if (!confirmed(tr("Reset the password of %1.").arg(name), error)) {
        return false;
    }
    const bool ok
        = m_accounts.users().resetPassword(m_actor, name, temporaryPassword, ConsoleAccounts::nowMs(), error);
    refresh();
    emit changed();
    return ok;
}

} // namespace voicepay::ui
