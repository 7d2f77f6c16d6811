#pragma once

#include <QCoreApplication>
#include <QString>

// Shared by the configuration's reader and its checks: messages are translated in the "FlowConfig" context
// (the console shows them as they are) and start with the key at fault.
namespace voicepay::configdetail {

inline QString translated(const char* text)
{
    return QCoreApplication::translate("FlowConfig", text);
}

inline bool fail(QString* error, const QString& key, const QString& why)
{
    if (error) {
        *error = QStringLiteral("%1: %2").arg(key, why);
    }
    return false;
}

} // namespace voicepay::configdetail
