#pragma once

#include "admin/role.h"

#include <QString>

namespace voicepay::ui {

// Who works with the window. The shipped program builds one only from a successful UserAccounts::authenticate
// (the log-in dialog or `--user`); tests build one directly for the role they exercise.
struct ConsoleUser
{
    QString name;
    Role role = Role::Analyst;
};

} // namespace voicepay::ui
