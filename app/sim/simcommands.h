#pragma once

#include <QStringList>
#include <QTextStream>
#include <functional>

// Each `voicepay-sim` command: takes its own arguments (without the command name) and returns the exit
// status: 0 success, 1 a check or expectation failed, 2 bad arguments or a bad input file.
namespace voicepay::sim {

QTextStream& out();
QTextStream& err();
int usageError(const QString& message);

// One command of the tool; main.cpp holds the table of them.
struct Command
{
    QString name;
    QString usage; // shown by `voicepay-sim --help`
    std::function<int(const QStringList&)> run;
};

int cardCommand(const QStringList& args);
int runCommand(const QStringList& args);
int testCommand(const QStringList& args);
int gatewayCommand(const QStringList& args);
int credentialsCommand(const QStringList& args);
int kpiCommand(const QStringList& args);
int loadCommand(const QStringList& args);
int promptsetCommand(const QStringList& args);
int usersCommand(const QStringList& args);
int auditCommand(const QStringList& args);
int reconcileCommand(const QStringList& args);
int sayCommand(const QStringList& args);
int wallboardCommand(const QStringList& args);
int configCommand(const QStringList& args);
int flowCommand(const QStringList& args);

} // namespace voicepay::sim
