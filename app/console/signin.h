#pragma once

#include "shell/consoleuser.h"

#include <QString>
#include <optional>

namespace voicepay::ui {
class ConsoleAccounts;
}

namespace voicepay::console {

// `--user NAME`: signs NAME in without the dialog, for scripts. The password still has to be right: it comes
// from the environment variable VOICEPAY_CONSOLE_PASSWORD (removed from the environment once read) or else
// from the first line of standard input (not echoed on a terminal). On a store without accounts, NAME becomes
// the first admin with that password, exactly as the dialog would offer. nullopt with the reason on failure.
std::optional<ui::ConsoleUser> signInFromCommandLine(
    ui::ConsoleAccounts& accounts, const QString& name, QString* error);

// The log-in dialog; nullopt when it is cancelled.
std::optional<ui::ConsoleUser> signInInteractively(ui::ConsoleAccounts& accounts);

} // namespace voicepay::console
