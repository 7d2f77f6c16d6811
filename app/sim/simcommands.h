#pragma once

#include <QStringList>
#include <QTextStream>

// Each `voicepay-sim` command: takes its own arguments (without the command name) and returns the exit
// status: 0 success, 1 a check or expectation failed, 2 bad arguments or a bad input file.
namespace voicepay::sim {

QTextStream& out();
QTextStream& err();
int usageError(const QString& message);

} // namespace voicepay::sim
