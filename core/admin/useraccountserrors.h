#pragma once

#include <QCoreApplication>
#include <QString>

// What useraccounts.cpp and useraccountsupkeep.cpp share: the class's messages (context "UserAccounts") and
// the "false with the reason" return of its methods.
namespace voicepay::useraccounts {

inline QString translated(const char* text)
{
    return QCoreApplication::translate("UserAccounts", text);
}

inline bool setError(QString* error, const QString& why)
{
    if (error) {
        *error = why;
    }
    return false;
}

} // namespace voicepay::useraccounts
