#include "signin.h"

#include "consoleaccounts.h"
#include "logindialog.h"

#include <QCoreApplication>

#include <cstdio>
#include <string.h>
#include <termios.h>
#include <unistd.h>

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
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved {};
    if (terminal) {
        std::fprintf(stderr, "password: ");
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char buffer[512] = {};
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    QString line = got ? QString::fromUtf8(buffer).remove(QLatin1Char('\n')).remove(QLatin1Char('\r')) : QString();
    explicit_bzero(buffer, sizeof buffer);
    return line;
}
} // namespace

std::optional<ui::ConsoleUser> signInFromCommandLine(ui::ConsoleAccounts& accounts, const QString& name, QString* error)
{
    const QString password = readPassword();
    if (accounts.users().isEmpty()
        && !accounts.users().addUser(name, name, Role::Admin, password, ui::ConsoleAccounts::nowMs(), error)) {
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
