#pragma once

#include "config/flowconfig.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace voicepay::sim {

// The options `run` and `test` share, parsed from the arguments; what is left are the positional arguments
// and any options a command handles itself.
struct CommonOptions
{
    FlowConfig config;
    QDate date;
    QStringList positional;
    QStringList rest; // unparsed "--name value" pairs for the command
};

// Known flags that take a value; others are refused with a clear message.
std::optional<CommonOptions> parseCommonOptions(const QStringList& args, const QStringList& commandFlags,
    QString* error);

} // namespace voicepay::sim
