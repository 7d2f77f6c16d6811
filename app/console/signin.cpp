#include "signin.h"

#include "admin/consoleaccounts.h"
#include "admin/logindialog.h"
#include "secure/secretinput.h"

#include <QCoreApplication>

namespace voicepay::console {

namespace {
QString readPassword()
{
    QByteArray fromEnv = qgetenv("VOICEPAY_CONSOLE_PASSWORD");
    if (!fromEnv.isNull()) {
        qunsetenv("VOICEPAY_CONSOLE_PASSWORD");
        const QString password = QString::fromUtf8(fromEnv);
        fromEnv.fill('\0');
        return password;
    }
    return readSecretLine("password: ");
}
} // namespace

std::optional<ui::ConsoleUser> signInFromCommandLine(
    ui::ConsoleAccounts& accounts, const QString& name, QString* error)
{
    const QString password = readPassword();
    if (accounts.users().isEmpty() && !accounts.addFirstAdmin(name, password, error)) {
        return std::nullopt;
    }
    const AuthResult r = accounts.users().authenticate(name, password, ui::ConsoleAccounts::nowMs());
    if (!r.ok() || !r.role) {
        *error = r.message.isEmpty() ? QCoreApplication::translate("main", "sign-in refused") : r.message;
        return std::nullopt;
    }
    return ui::ConsoleUser { name, *r.role };
}

std::optional<ui::ConsoleUser> signInInteractively(ui::ConsoleAccounts& accounts)
{
    ui::LoginDialog dialog(accounts);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.user();
}

} // namespace voicepay::console
